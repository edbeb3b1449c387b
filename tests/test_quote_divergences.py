"""Quote divergences: matching quotes across reports and typing how they differ."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsdiff import compare
from newsdiff.config import Config
from newsdiff.divergences.quotes import _nearly_held, quote_words
from newsdiff.encoders import Encoder
from newsdiff.ingest import load_reports
from newsdiff.models import Divergence, Report

QUOTES_ONLY = Config(kinds=("quote",))


def quote_divergences(encoder: Encoder, *texts: str) -> list[Divergence]:
    reports = [Report(id=f"r{i}", text=t) for i, t in enumerate(texts)]
    result = compare(reports, encoder=encoder, config=QUOTES_ONLY)
    for d in result.divergences:
        assert d.kind == "quote"
        for e in d.evidence:
            assert result.report(e.report).text[e.start:e.end] == e.text
    return list(result.divergences)


def kinds(divs: list[Divergence]) -> list[tuple[str, tuple[str, ...]]]:
    return [(d.subkind, tuple(e.report for e in d.evidence)) for d in divs]


BASE = "Defence Minister Ana Ruiz said the guard was killed \"in cold blood\" by troops."


def test_identical_and_cosmetic_differences_agree(hashing_encoder: Encoder) -> None:
    assert quote_divergences(hashing_encoder, BASE, BASE) == []
    other = ("Defence Minister Ana Ruiz said the guard was killed "
             "\u201cIn  cold-blood!\u201d by troops.")
    assert quote_divergences(hashing_encoder, BASE, other) == []


def test_altered_word_shows_the_word_diff(hashing_encoder: Encoder) -> None:
    a = '"The guard was murdered by the invaders," Ana Ruiz said on Sunday.'
    b = '"The guard was executed by the invaders," Ana Ruiz said on Sunday.'
    c = '"The guard was murdered by the invaders," Padrino said on Sunday.'
    divs = quote_divergences(hashing_encoder, a, b, c)
    # c's speaker is not a's: a and b name Ana Ruiz, so a's wording is the reference
    assert kinds(divs) == [("altered", ("r1", "r0")), ("misattributed", ("r2", "r0"))]
    assert "[-murdered-] {+executed+}" in divs[0].message
    assert divs[0].severity == "medium" and divs[1].severity == "high"


def test_extended_and_trimmed(hashing_encoder: Encoder) -> None:
    full = '"The guard was killed in cold blood by the invaders," Ana Ruiz said.'
    # two reports: the partial quote is the version both contain, the full one extends it
    divs = quote_divergences(hashing_encoder, BASE.replace("by troops", "by the invaders"), full)
    assert kinds(divs) == [("extended", ("r1", "r0"))]
    assert "{+The guard was killed+} in cold blood {+by the invaders+}" in divs[0].message
    # three reports: most give the full quote, so the partial one is trimmed
    divs = quote_divergences(hashing_encoder, full, full,
                             BASE.replace("by troops", "by the invaders"))
    assert kinds(divs) == [("trimmed", ("r2", "r0"))]


def test_two_longer_versions_of_a_short_quote_are_told_against_each_other(
        hashing_encoder: Encoder) -> None:
    # gold-mine-collapse (dev): each extends the short reference, and they differ
    short = 'Mines Minister Halima Oduya visited the scene. "These pits are death traps," she said.'
    wire = ('Mines Minister Halima Oduya said: "These pits are death traps, and we will not '
            'allow them to keep swallowing our young men."')
    tabloid = ('Mines Minister Halima Oduya declared: "These pits are death traps and we will '
               'not let them keep swallowing our young men!"')
    divs = quote_divergences(hashing_encoder, short, wire, tabloid)
    assert ("altered", ("r2", "r1")) in kinds(divs)
    altered = next(d for d in divs if d.subkind == "altered")
    assert "[-allow-] {+let+}" in altered.message or "[-let-] {+allow+}" in altered.message
    # the same longer version twice: nothing more than the extensions
    divs = quote_divergences(hashing_encoder, short, wire, wire)
    assert {k for k, _ in kinds(divs)} <= {"extended", "trimmed"}


def test_a_word_changed_against_a_longer_version_of_the_reference(
        hashing_encoder: Encoder) -> None:
    # voter-roll-purge (dev): the shortest version is the reference; the tabloid alters the
    # longer one's words around it
    short = 'Tamsin Velloq called it "disenfranchisement on an industrial scale".'
    longer = '"This is disenfranchisement on an industrial scale," Tamsin Velloq said.'
    tabloid = '"This is disenfranchisement on a massive scale," Tamsin Velloq fumed.'
    divs = quote_divergences(hashing_encoder, short, longer, tabloid)
    assert ("altered", ("r2", "r1")) in kinds(divs)
    # the longer version's words twice: nothing altered ('This is' adds no content word)
    assert quote_divergences(hashing_encoder, short, longer, longer) == []


def test_reported_speech_against_a_longer_version_of_a_short_reference(
        hashing_encoder: Encoder) -> None:
    # fishing-trawler-missing (dev, forty-fourth session): the reference is a term of three
    # words; the paraphrase renders the longer quote that holds it
    term = 'Aksel Varga promised a "full and independent" inquiry into the sinking.'
    whole = ('Aksel Varga told VPB: "There will be a full and independent investigation, and '
             'if rules were broken, people will be held to account."')
    paraphrase = ("Aksel Varga said there would be an independent investigation into the "
                  "sinking and that anyone found to have broken the rules would be held to "
                  "account.")
    divs = quote_divergences(hashing_encoder, term, whole, paraphrase)
    assert ("indirect_vs_direct", ("r2", "r1")) in kinds(divs)
    # with no longer version the paraphrase is not told against the term
    assert [k for k, _ in kinds(quote_divergences(hashing_encoder, term, paraphrase))] == []


def test_one_word_changed_inside_a_longer_quote_links_the_two(
        hashing_encoder: Encoder) -> None:
    # air-traffic-control-failure (dev): one sentence of a long quote, one word changed,
    # in sentences the alignment keeps apart (as there; a shared group links them anyway)
    long_ = ('"This was not a cyber attack. The system did exactly what it was designed to do '
             'when it received data it could not understand," Hanna Drevik said.')
    short = '"The system did exactly what it was supposed to do," Hanna Drevik said.'
    apart = Config(kinds=("quote",), group_threshold=0.99)
    result = compare([Report(id="r0", text=long_), Report(id="r1", text=short)],
                     encoder=hashing_encoder, config=apart)
    assert len(result.groups) == 2
    assert kinds(list(result.divergences)) == [("altered", ("r0", "r1"))]  # short: reference
    assert "{+designed+}" in result.divergences[0].message
    # two speakers may each say a stock line: no link, no misattribution (a review's
    # made-up cases)
    other = short.replace("Hanna Drevik", "Transport Minister Ivo Dranek")
    result = compare([Report(id="r0", text=long_), Report(id="r1", text=other)],
                     encoder=hashing_encoder, config=apart)
    assert result.divergences == ()
    # a name or a number put for another is another statement (a second review's cases)
    for said, other_ in (("Every home in Orsk will have water by Friday",
                          "Every home in Harrak will have water by Friday"),
                         ("Our teams have rescued 40 people so far tonight",
                          "Our teams have rescued 52 people so far tonight")):
        long2 = (f'"We were ready for this storm and had planned for weeks with every crew in '
                 f'the region. {said}," Hanna Drevik said.')
        short2 = f'"{other_}," Hanna Drevik said.'
        result = compare([Report(id="r0", text=long2), Report(id="r1", text=short2)],
                         encoder=hashing_encoder, config=apart)
        assert not [d for d in result.divergences if d.subkind == "altered"], other_
    # the same sentence held word for word: the long one extends it, nothing altered
    same = '"The system did exactly what it was designed to do," Hanna Drevik said.'
    assert kinds(quote_divergences(hashing_encoder, long_, same)) == [("extended", ("r0", "r1"))]


@pytest.mark.parametrize(("short", "held"), [
    ("The system did exactly what it was supposed to do", True),  # one word changed
    ("The system did what it was designed to do", False),  # one left out: no
    ("A system did exactly what it was designed to do", False),  # at the quote's edge
    ("The system did exactly what it had been designed to do", False),  # two words changed
    ("what it was supposed to", False),  # fewer than six words
])
def test_nearly_held_is_one_content_word_put_for_another(short: str, held: bool) -> None:
    long_ = quote_words("This was not a cyber attack. The system did exactly what it was "
                        "designed to do when it received data it could not understand")
    assert (_nearly_held(long_, quote_words(short)) is not None) is held


def test_a_censored_word_is_the_word_it_censors(hashing_encoder: Encoder) -> None:
    # BASIL 63: "f***ing" in one outlet, the word in full in another
    a = 'Vicente Fox said: "I\'m not going to pay for that f***ing wall!"'
    b = 'Vicente Fox said: "I\'m not going to pay for that fucking wall."'
    assert quote_divergences(hashing_encoder, a, b) == []


def test_extension_that_swaps_a_word_outside_the_marks_is_altered(
        hashing_encoder: Encoder) -> None:
    executed = 'Ana Ruiz claimed that the guard was "executed in cold blood" by troops.'
    divs = quote_divergences(hashing_encoder, BASE, executed)
    assert kinds(divs) == [("altered", ("r1", "r0"))]


def test_misattributed(hashing_encoder: Encoder) -> None:
    other = BASE.replace("Defence Minister Ana Ruiz", "Foreign Minister Yvan Gil")
    divs = quote_divergences(hashing_encoder, BASE, BASE, other)
    assert kinds(divs) == [("misattributed", ("r2", "r0"))]
    assert "Yvan Gil" in divs[0].message and "Ana Ruiz" in divs[0].message


def test_a_fragment_of_a_longer_version_given_to_another_speaker(
        hashing_encoder: Encoder) -> None:
    # spy-balloon-shootdown (dev): the reference is the short version most reports hold,
    # which shares no words with the fragment another report gives the prime minister; the
    # longer version holds both
    full = ('"This was a deliberate violation of our sovereignty, and we have responded in '
            'a measured and lawful way," Defence Minister Ingrid Sollberg told reporters.')
    short = ('Defence Minister Ingrid Sollberg called the flight "a deliberate violation of '
             'our sovereignty".')
    fragment = ('Prime Minister Aurel Vantholm said the government had "responded in a '
                'measured and lawful way" to the breach.')
    divs = [d for d in quote_divergences(hashing_encoder, full, short, short, fragment)
            if d.subkind == "misattributed"]
    assert kinds(divs) == [("misattributed", ("r3", "r0"))]
    assert "Vantholm" in divs[0].message and "Sollberg" in divs[0].message
    # the same speaker's fragment is no misattribution
    own = fragment.replace("Prime Minister Aurel Vantholm", "Defence Minister Ingrid Sollberg")
    assert not [d for d in quote_divergences(hashing_encoder, full, short, short, own)
                if d.subkind == "misattributed"]
    # ... nor words a report says the speaker echoes or repeats (a review's cases)
    for echo in ('Echoing his defence minister, Prime Minister Aurel Vantholm told parliament '
                 'the country had "responded in a measured and lawful way".',
                 'Prime Minister Aurel Vantholm repeated that the government had "responded '
                 'in a measured and lawful way".'):
        assert not [d for d in quote_divergences(hashing_encoder, full, short, short, echo)
                    if d.subkind == "misattributed"]


def test_unknown_speaker_is_not_misattribution(hashing_encoder: Encoder) -> None:
    anonymous = 'The guard was killed "in cold blood" by troops, a witness recalled.'
    assert [d.subkind for d in quote_divergences(hashing_encoder, BASE, anonymous)] == []


def test_indirect_vs_direct(hashing_encoder: Encoder) -> None:
    paraphrase = "Ana Ruiz said the guard had been killed without mercy by troops."
    faithful = "Ana Ruiz said the guard had been killed in cold blood by troops."
    divs = quote_divergences(hashing_encoder, BASE, paraphrase)
    assert kinds(divs) == [("indirect_vs_direct", ("r1", "r0"))]
    assert "cold, blood" in divs[0].message
    assert divs[0].severity == "medium"
    # a faithful paraphrase is still reported speech against a direct quote: low severity
    same = quote_divergences(hashing_encoder, BASE, faithful)
    assert [(d.subkind, d.severity) for d in same] == [("indirect_vs_direct", "low")]
    assert "no quoted word is lost" in same[0].message


def test_a_body_paraphrased_against_its_spokesperson_quoted(hashing_encoder: Encoder) -> None:
    # dev match-fixing-scandal, prisoner-swap, lorry-migrant-deaths: the ministry speaks in
    # one report, its spokesman (named as such) in the other
    quoted = ('Foreign ministry spokesman Teodor Vrana said: "No Karavian citizen has been '
              'shown to have committed any crime, and we expect our citizens to be treated '
              'fairly."')
    paraphrase = ("Karavia's foreign ministry said it expected its citizens to be treated "
                  "fairly and that none had been shown to have committed any crime.")
    divs = quote_divergences(hashing_encoder, quoted, paraphrase)
    assert kinds(divs) == [("indirect_vs_direct", ("r1", "r0"))]
    # the report does not tie the quoted man to the ministry: another speaker
    stranger = quoted.replace("Foreign ministry spokesman Teodor Vrana said",
                              "Teodor Vrana, a lawyer for the players, said")
    assert quote_divergences(hashing_encoder, stranger, paraphrase) == []
    # review (/tmp/review37): the body named beside the man but not as his role, or
    # another country's ministry, or a witness who told the police
    for other in ("Teodor Vrana, Ostrel's foreign ministry spokesman, said",
                  "Teodor Vrana, who accused the foreign ministry of lying, said",
                  "Teodor Vrana, speaking outside the foreign ministry, said"):
        assert quote_divergences(hashing_encoder, quoted.replace(
            "Foreign ministry spokesman Teodor Vrana said", other), paraphrase) == [], other
    # the role before a comma and the name (hospital-power-failure, dev, forty-third
    # session), the body by the acronym its report defines
    spokesman = ('The Tarsovian Grid Company\'s spokesman, Ansel Morrow, said: "We are '
                 'cooperating fully with the authorities, and our engineers are working to '
                 'establish what caused the fire."')
    company = ("Power was cut, according to the Tarsovian Grid Company (TGC). TGC said it was "
               "cooperating fully with the authorities and that its engineers were working "
               "to establish what caused the fire.")
    assert [d.subkind for d in quote_divergences(hashing_encoder, spokesman, company)] == [
        "indirect_vs_direct"]
    witness = 'Witness Ana Lisk told police: "The driver had been drinking before the crash."'
    assert quote_divergences(hashing_encoder, witness, "Police said the driver had been "
                             "drinking before the crash.") == []
    # two words in quote marks are a term, not a statement the paraphrase tells; but a
    # two-word answer after a colon is a statement
    term = ('Health ministry spokeswoman Ana Ruiz blamed the rise on "imported cases" from '
            "Ardenza.")
    told = "The health ministry said imported cases from Ardenza had caused the rise."
    assert quote_divergences(hashing_encoder, term, told) == []
    answer = ('Asked whether the hospital would close, Mayor Ana Lisk said: "Absolutely '
              'not."')
    assert [d.subkind for d in quote_divergences(
        hashing_encoder, answer, "Mayor Ana Lisk said the hospital would absolutely not "
        "close.")] == ["indirect_vs_direct"]


def test_a_quote_of_no_known_speaker_paraphrased_nearly_word_for_word(
        hashing_encoder: Encoder) -> None:
    # school-poisoning, hostage-rescue-raid (dev, forty-third session): the quote's speaker
    # was not found; nearly all of the paraphrase is told in it
    quoted = ('"Within an hour of lunch, the first children were vomiting in the '
              'corridors."')
    told = ("Head teacher Jonas Albrek said the first children had begun vomiting in the "
            "corridors within an hour of lunch.")
    assert kinds(quote_divergences(hashing_encoder, quoted, told)) == [
        ("indirect_vs_direct", ("r1", "r0"))]
    # a paraphrase that shares less of it is another statement
    loose = ("Head teacher Jonas Albrek said the children had eaten lunch before the "
             "vomiting started at the school.")
    assert quote_divergences(hashing_encoder, quoted, loose) == []


def test_different_statements_are_not_compared(hashing_encoder: Encoder) -> None:
    other = '"Our economy is growing fast," Defence Minister Ana Ruiz said.'
    assert quote_divergences(hashing_encoder, BASE, other) == []


def test_result_does_not_depend_on_report_order(hashing_encoder: Encoder) -> None:
    texts = [BASE, BASE.replace("Defence Minister Ana Ruiz", "Yvan Gil"),
             '"The guard was killed in cold blood by troops," Ana Ruiz said.']
    reports = [Report(id=f"r{i}", text=t) for i, t in enumerate(texts)]
    one = compare(reports, encoder=hashing_encoder, config=QUOTES_ONLY).divergences
    two = compare(reports[::-1], encoder=hashing_encoder, config=QUOTES_ONLY).divergences
    assert one == two and len(one) == 2


_WORDS = ["guard", "troops", "city", "night", "army", "leader", "bombs", "people", "homes",
          "border", "oil", "peace", "war", "truth", "justice", "fear"]
_MARKS = [('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"), ("\u00ab", "\u00bb")]


@settings(max_examples=15, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), min_size=3, max_size=8),
       marks=st.sampled_from(_MARKS), spaces=st.integers(1, 3), upper=st.booleans())
def test_cosmetic_changes_never_diverge(hashing_encoder: Encoder, words: list[str],
                                        marks: tuple[str, str], spaces: int,
                                        upper: bool) -> None:
    quote = " ".join(words)
    changed = (" " * spaces).join(w.upper() if upper else w for w in words) + "!"
    a = f'"{quote}," Ana Ruiz said on Sunday.'
    b = f"{marks[0]}{changed},{marks[1]}  Ana Ruiz said on Sunday."
    assert quote_divergences(hashing_encoder, a, b) == []


@settings(max_examples=15, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), min_size=3, max_size=8),
       index=st.integers(0, 7), replacement=st.sampled_from(["dead", "hope", "storm"]))
@example(words=["guard", "guard", "guard", "guard"], index=1, replacement="dead")  # repeated
def test_swapping_one_content_word_always_diverges(hashing_encoder: Encoder, words: list[str],
                                                   index: int, replacement: str) -> None:
    swapped = list(words)
    swapped[index % len(words)] = replacement
    a = f'"{" ".join(words)}," Ana Ruiz said on Sunday.'
    b = f'"{" ".join(swapped)}," Ana Ruiz said on Sunday.'
    divs = quote_divergences(hashing_encoder, a, b)
    assert [d.subkind for d in divs] == ["altered"]
    assert f"{{+{replacement}+}}" in divs[0].message


@pytest.mark.model
def test_examples_with_the_real_model(real_encoder: Encoder, examples_dir: Path) -> None:
    result = compare(load_reports(examples_dir), encoder=real_encoder, config=QUOTES_ONLY)
    got = {(d.subkind, d.evidence[0].report, d.evidence[0].text, d.evidence[1].report)
           for d in result.divergences}
    assert got == {
        ("altered", "daily-courier", "executed in cold blood", "wire"),
        ("extended", "northern-post",
         "Most of the presidential guard was killed in cold blood by the invaders", "wire"),
        ("misattributed", "radio-metro", "in cold blood", "wire"),
        ("indirect_vs_direct", "globe",
         "the guard protecting Maduro had been killed without mercy by American soldiers",
         "wire"),
    }
    for d in result.divergences:
        assert d.group is not None
        members = {m.report: m.sentences for g in result.groups if g.id == d.group
                   for m in g.members}
        assert d.evidence[0].sentence in members[d.evidence[0].report]
    speakers = {(q.report, q.text): q.speaker for q in result.quotes}
    assert speakers[("daily-courier", "executed in cold blood")] == "Vladimir Padrino López"


def test_a_carried_over_speaker_or_a_shared_surname_is_no_misattribution(
        hashing_encoder: Encoder) -> None:
    # 'she continued' carries the speaker over from the sentence before: not told here
    carried = ('Ana Ruiz spoke first. Gloria Diaz spoke after her. "The guard was killed in '
               'cold blood by troops," she continued.')
    divs = quote_divergences(hashing_encoder, BASE, BASE, carried)
    assert "misattributed" not in {d.subkind for d in divs}
    # the sentence names the other speaker too ("..., as Ana Ruiz put it, ...")
    both = ('Yvan Gil repeated what Ana Ruiz said: the guard was killed "in cold blood" by '
            'troops.')
    divs = quote_divergences(hashing_encoder, BASE, BASE, both)
    assert "misattributed" not in {d.subkind for d in divs}


def test_same_speaker_is_undecided_for_a_shared_surname() -> None:
    from newsdiff.claims.speakers import same_speaker
    assert same_speaker("Hillary Rodham Clinton", "Bill Clinton") is None
    assert same_speaker("Hillary Rodham Clinton", "Mrs. Clinton") is True
    assert same_speaker("Ana Ruiz", "Yvan Gil") is False


# --- rules from the hand-judged quote flags on real coverage
#     (benchmarks/labels/quote_precision_round1-5.tsv)

def test_transcription_style_is_no_alteration(hashing_encoder: Encoder) -> None:
    a = '"They\'re followers of a false prophet, the F.B.I. says, two in three," Fox said.'
    b = '"They are followers of a false prophet, the FBI says, 2 in 3," Fox said.'
    assert quote_divergences(hashing_encoder, a, b) == []
    c = '"[Obama\'s] war on religion must end now," Perry said.'
    d = '"War on religion must end now," Perry said.'
    assert quote_divergences(hashing_encoder, c, d) == []


def test_a_quote_split_around_its_attribution_quotes_all_its_words(
        hashing_encoder: Encoder) -> None:
    whole = '"I trust in God but God wants us to act," Ana Ruiz said on Sunday.'
    split = '"I trust in God," Ana Ruiz said on Sunday, "but God wants us to act."'
    assert quote_divergences(hashing_encoder, whole, split) == []
    # without the second part, the whole quote still extends the split report's
    part = '"I trust in God and country," Ana Ruiz said on Sunday.'
    assert [d.subkind for d in quote_divergences(
        hashing_encoder, whole, part, part)] != []


def test_two_parts_of_one_statement_are_not_one_quote_altered(
        hashing_encoder: Encoder) -> None:
    a = ('Ana Ruiz spoke on Sunday. "We will rebuild the port before winter," Ana Ruiz said. '
         '"The guard was killed in cold blood," she said.')
    b = ('Ana Ruiz spoke on Sunday. "Nobody will forget what happened at the port," '
         'Ana Ruiz said.')
    assert [d.subkind for d in quote_divergences(hashing_encoder, a, b)
            if d.subkind == "altered"] == []


def test_a_term_in_quote_marks_is_not_compared(hashing_encoder: Encoder) -> None:
    a = 'Cruz called Trump a "sniveling coward" on Thursday.'
    b = 'Cruz called Trump a "coward" on Thursday.'
    assert quote_divergences(hashing_encoder, a, b) == []


def test_a_cut_marked_with_an_ellipsis_and_reordered_words_are_no_alteration(
        hashing_encoder: Encoder) -> None:
    full = ('"We would be remiss in our duty to you if we did not challenge your plan," '
            'the letter said.')
    cut = '"We would be remiss ... if we did not challenge your plan," the letter said.'
    assert quote_divergences(hashing_encoder, full, cut) == []
    unmarked = '"We would be remiss if we did not challenge your plan," the letter said.'
    assert [d.subkind for d in quote_divergences(hashing_encoder, full, unmarked)] == [
        "altered"]
    a = '"No one would be tougher with either our partners or rivals," Clinton said.'
    b = '"No one would be tougher either with our partners or rivals," Clinton said.'
    assert quote_divergences(hashing_encoder, a, b) == []


def test_an_unpaired_quote_mark_is_no_reported_speech(hashing_encoder: Encoder) -> None:
    a = 'A spokeswoman said: "We are aware of the death of a British man in New Zealand."'
    b = 'A spokeswoman said "We are aware of the death of a British man in New Zealand'
    assert [d.subkind for d in quote_divergences(hashing_encoder, a, b)
            if d.subkind == "indirect_vs_direct"] == []


def test_editors_insertions_are_no_change(hashing_encoder: Encoder) -> None:
    a = '"She (Tara Reid) will not be back for the sequel," Weitz said.'
    b = '"She will not be back for the sequel," Weitz said.'
    assert quote_divergences(hashing_encoder, a, b) == []
    c = '"We fought [for] the people of this county every day," Weitz said.'
    d = '"We fought for the people of this county every day," Weitz said.'
    assert quote_divergences(hashing_encoder, c, d) == []


def test_no_misattribution_when_the_other_speaker_is_named_nearby(
        hashing_encoder: Encoder) -> None:
    words = '"The workarounds are cumbersome and a fix is needed quickly,"'
    a = f"{words} said Wolfgang Kandek of Qualys."
    b = (f"Wolfgang Kandek of Qualys studied the flaw. {words} said Mike Reavey, who "
         "works with him.")
    assert [d.subkind for d in quote_divergences(hashing_encoder, a, b)] == []
    far = f"{words} said Mike Reavey."
    assert [d.subkind for d in quote_divergences(hashing_encoder, a, far)] == [
        "misattributed"]


def test_british_and_american_spellings_and_whole_hours_are_one(
        hashing_encoder: Encoder) -> None:
    a = '"We realised the neighbourhood centre was closed at 6:00 p.m.," Ruiz said.'
    b = '"We realized the neighborhood center was closed at 6 p.m.," Ruiz said.'
    assert quote_divergences(hashing_encoder, a, b) == []
    c = '"We realized the neighborhood center was closed at 7 p.m.," Ruiz said.'
    assert [d.subkind for d in quote_divergences(hashing_encoder, a, c)] == ["altered"]


def test_the_next_speaker_named_after_a_quote_does_not_clear_a_misattribution(
        hashing_encoder: Encoder) -> None:
    words = "The channel stays open, and Sorvenia will keep it open"
    a = (f'"{words}," Hanzi said after the handover. Ilena Marsk, the government\'s chief '
         "negotiator, looked exhausted.")
    b = f'Marsk added: "{words}."'
    assert [d.subkind for d in quote_divergences(hashing_encoder, a, b)] == ["misattributed"]


def test_a_speaker_who_opens_the_sentence_before_she_said_is_told(
        hashing_encoder: Encoder) -> None:
    # mayor-impeachment (dev): the chair named as the subject just before '..., she said'
    words = "The council has done its duty, not its pleasure"
    a = f'Council chair Petra Holm defended the decision. "{words}," she said.'
    b = f'"{words}," said Aron Feldt, the deputy mayor.'
    assert [d.subkind for d in quote_divergences(hashing_encoder, a, b)] == ["misattributed"]
    # not when the sentence before names her elsewhere than as its subject
    c = f'The decision was defended by Petra Holm. "{words}," she said.'
    assert "misattributed" not in {d.subkind for d in quote_divergences(hashing_encoder, c, b)}
    # ... nor when the name there is no subject (BASIL 68: 'Local Republican Party
    # affiliates are less organized ...' before Boehner's '..., he said')
    party = f'Local Republican Party affiliates are less organized there. "{words}," he said.'
    assert "misattributed" not in {
        d.subkind for d in quote_divergences(hashing_encoder, party, b)}
    # the sentence two back may open with her too
    twice = (f'Council chair Petra Holm called the vote. Council chair Petra Holm defended the '
             f'decision. "{words}," she said.')
    assert [d.subkind for d in quote_divergences(hashing_encoder, twice, b)] == ["misattributed"]


def test_a_speaker_who_opens_the_paragraph_before_she_fumed_is_told(
        hashing_encoder: Encoder) -> None:
    # casino-police-raid, factory-layoffs (dev): 'she fumed', '..., the minister added'
    # after it; 'didn't hold back' does not say she was silent; the paragraph before is
    # another paragraph's
    words = "This is a betrayal of every family that built this firm"
    a = ("Veltra admitted losing 410 million euros.\n\nUnion chief Marta Kowal didn't hold "
         f'back. "{words}," she fumed.')
    b = f'"{words}," said Aron Feldt, the deputy mayor.'
    assert [d.subkind for d in quote_divergences(hashing_encoder, a, b)] == ["misattributed"]
    more = "They believed they were untouchable and this morning showed them they were wrong"
    c = (f'{a} "{more}," she added.')
    d = f'"{words}," said Aron Feldt, the deputy mayor. "{more}," Feldt added.'
    assert [x.subkind for x in quote_divergences(hashing_encoder, c, d)] == [
        "misattributed", "misattributed"]
    # ... but 'did not comment' is silence
    silent = a.replace("didn't hold back", "did not comment")
    assert "misattributed" not in {
        x.subkind for x in quote_divergences(hashing_encoder, silent, b)}


def test_a_role_after_a_sentence_opened_by_the_person_so_titled_is_told(
        hashing_encoder: Encoder) -> None:
    # voter-roll-purge (dev, forty-third session): '..., the Prime Minister said' after
    # 'Prime Minister Aurel Domaszek welcomed the update.'
    words = "A clean register is the foundation of a credible election"
    a = f'Prime Minister Aurel Domaszek welcomed the update. "{words}," the Prime Minister said.'
    b = f'"{words}," commission chairman Halvard Ostrin said.'
    assert [d.subkind for d in quote_divergences(hashing_encoder, a, b)] == ["misattributed"]
    # the sentence before opens with someone else: not told
    other = a.replace("Prime Minister Aurel Domaszek welcomed the update.",
                      "Prime Minister Aurel Domaszek spoke. Opposition leader Tamsin Velloq "
                      "attacked him.")
    assert "misattributed" not in {d.subkind for d in quote_divergences(
        hashing_encoder, other, b)}


@pytest.mark.parametrize("before", [
    # a review helper's made-up cases: the 'he' of the quote is someone else
    "Karl Brand admitted the offence. Judge Maria Olsen jailed him for six years.",
    "Spokeswoman Ida Lund took questions. Chief executive Maria Sund could not be reached.",
    "Police chief Jonas Berg said three men were held. Mayor Petra Holm praised the officers.",
])
def test_no_speaker_told_before_when_someone_else_may_be_meant(
        hashing_encoder: Encoder, before: str) -> None:
    words = "We caught them within hours and they will face justice"
    a = f'{before} "{words}," she said.'
    b = f'"{words}," said Tomas Grell, the head of the inquiry.'
    assert "misattributed" not in {d.subkind for d in quote_divergences(hashing_encoder, a, b)}


def test_no_misattribution_when_the_report_quotes_the_other_speaker_saying_it(
        hashing_encoder: Encoder) -> None:
    a = ('Senior officials warned that inaction "would significantly increase the risk" of a '
         'recession. "What I said is it would significantly increase the risk," Summers '
         "replied.")
    b = ('Larry Summers told reporters that failure to pass the deal "would significantly '
         'increase the risk" of a recession.')
    assert "misattributed" not in {d.subkind for d in quote_divergences(hashing_encoder, a, b)}


def test_transcription_style_differences_are_low_severity(hashing_encoder: Encoder) -> None:
    a = ('"I was talking about the radical environmentalists in this state," Santorum '
         "said.")
    b = '"I was talking about the radical environmentalist in this state," Santorum said.'
    (d,) = quote_divergences(hashing_encoder, a, b)
    assert (d.subkind, d.severity) == ("altered", "low") and "small difference" in d.message
    c = '"I was talking about the radical extremists in this state," Santorum said.'
    (d,) = quote_divergences(hashing_encoder, a, c)
    assert (d.subkind, d.severity) == ("altered", "medium")


def test_no_paraphrase_flag_when_the_report_also_quotes_the_words(
        hashing_encoder: Encoder) -> None:
    a = 'Trump said: "They do have my blessing to discuss the end of the war."'
    b = ("Trump said the Koreas had his blessing to discuss ending the war. "
         '"They do have my blessing to discuss the end of the war," he said.')
    assert "indirect_vs_direct" not in {d.subkind for d in quote_divergences(
        hashing_encoder, a, b)}


def test_a_passage_the_other_report_quotes_piece_by_piece_is_not_quoted_more(
        hashing_encoder: Encoder) -> None:
    block = ("He returned to the subject of loyalty at the dinner. I replied that he would "
             "always get honesty from me. He paused and said that is what he wants from "
             "his officials.")
    a = f'Comey wrote in the memo: "{block}"'
    b = ('"He returned to the subject of loyalty at the dinner," Comey wrote. Later in '
         'the memo he described the meal. "I replied that he would always get honesty '
         'from me," he wrote. "He paused and said that is what he wants from his '
         'officials," Comey added.')
    assert "extended" not in {d.subkind for d in quote_divergences(hashing_encoder, a, b)}


def test_two_fragments_of_a_statement_another_report_quotes_whole_are_not_altered(
        hashing_encoder: Encoder) -> None:
    whole = ('Trump said: "We have had direct talks at very high levels, extremely high '
             'levels, with North Korea."')
    one = 'Trump said there had been "direct talks at very high levels" with the North.'
    other = 'Trump said talks were held at "extremely high levels" with the North.'
    found = quote_divergences(hashing_encoder, whole, one, other)
    assert "altered" not in {d.subkind for d in found}
    # without the whole quote, the two fragments are still compared (and differ)
    assert [d.subkind for d in quote_divergences(hashing_encoder, one, other)] == ["altered"]


def test_a_spaced_closing_mark_before_a_word_is_no_contraction() -> None:
    # tokenised copies space their marks: "him ' we" is a closing mark, "I ' m" is "I'm"
    assert quote_words("told him ' we have some") == ("told", "him", "we", "have", "some")
    assert quote_words("I ' m sure it ' s") == quote_words("I'm sure it's")


def test_one_word_written_as_two_is_no_alteration(hashing_encoder: Encoder) -> None:
    said = " Ana Ruiz said on Sunday."
    one = '"There is a lot of goodwill on both sides, and the talks will go on,"' + said
    two = '"There is a lot of good will on both sides, and the talks will go on,"' + said
    # also where the other quote marks a cut with an ellipsis
    cut = '"There is a lot of good will ... and the talks will go on,"' + said
    assert quote_divergences(hashing_encoder, one, two) == []
    assert quote_divergences(hashing_encoder, one, cut) == []


_VANEK = "We acted within hours of the first positive test."
_PELLIN = "The reserves of this country are safe and the mark is not in danger."


@pytest.mark.parametrize(("a", "b", "expected"), [
    # dev clusters (cattle-disease-outbreak, election-count): a report quotes two officials
    # in turn; another gives the second one's words to the first
    ('Minister Teodor Vanek said: "This outbreak is serious, but it is contained." '
     f'Chief veterinary officer Ilse Kordan said: "{_VANEK}"',
     f'Minister Teodor Vanek told farmers: "{_VANEK}"', ["misattributed"]),
    # ... but a name told in the sentence before without a quote of its own still clears it
    ("Minister Teodor Vanek visited the farms on Tuesday. "
     f'Chief veterinary officer Ilse Kordan said: "{_VANEK}"',
     f'Minister Teodor Vanek told farmers: "{_VANEK}"', []),
    # gold-reserve-theft (dev): a name told two sentences before clears nothing
    ("Governor Ilse Varnholt said the vault's procedures had failed. The bank said the "
     f'rest of the gold was accounted for. Finance Minister Oskar Pellin said: "{_PELLIN}"',
     f'Yet Varnholt told reporters: "{_PELLIN}"', ["misattributed"]),
])
def test_names_told_before_a_quote_that_do_not_clear_a_misattribution(
        hashing_encoder: Encoder, a: str, b: str, expected: list[str]) -> None:
    assert [d.subkind for d in quote_divergences(hashing_encoder, a, b)] == expected


def test_a_term_of_two_words_is_never_misattributed(hashing_encoder: Encoder) -> None:
    a = 'Ministry spokesman Oren Matisak said the rockets struck "military targets" only.'
    b = 'Lena Brask, an analyst, said the rockets struck "military targets" only.'
    assert "misattributed" not in {d.subkind for d in quote_divergences(hashing_encoder, a, b)}


@pytest.mark.parametrize(("other", "misattributed"), [
    # ECB+ (ecb13): 'Authorities' was read as a name against the fire chief James Steele
    ("Authorities said", False), ("Officials said", False), ("Governor said", False),
    # a review (2026-12-04): a group that leaves the fire chief out, and names that hold a
    # group noun or a role word, are speakers a quote can be misattributed to
    ("Witnesses said", True), ("Police Scotland said", True), ("Julie Bishop said", True),
    ("Mayor Ana Ruiz said", True)])
def test_unnamed_officials_or_a_lone_role_are_no_speaker_to_misattribute_to(
        hashing_encoder: Encoder, other: str, misattributed: bool) -> None:
    words = "We are treating it as suspicious and as potential arson at this point."
    a = f'Fire chief James Steele said: "{words}"'
    b = f'{other}: "{words}"'
    found = {d.subkind for d in quote_divergences(hashing_encoder, a, b)}
    assert ("misattributed" in found) is misattributed


WITHSTOOD = ('"This was an exceptional storm that no defence could have fully withstood," '
             "{who} said{after}.")


def test_a_name_told_before_its_quote_with_an_appositive_or_a_time_is_its_speaker(
        hashing_encoder: Encoder) -> None:
    """coastal-storm-surge (dev): 'Halvard Stenn, the infrastructure minister, rejected the
    charge' and 'Prime Minister Aurelia Danning on Wednesday announced ...' name the
    speakers of the next sentence's '..., he said on Wednesday' and '..., the Prime
    Minister said during a visit to the town'."""
    a = ("Halvard Stenn, the infrastructure minister, rejected the charge.\n\n"
         + WITHSTOOD.format(who="he", after=" on Wednesday"))
    b = ("Prime Minister Aurelia Danning on Wednesday announced a relief fund for the town."
         "\n\n" + WITHSTOOD.format(who="the Prime Minister", after=" during a visit to the "
                                                                  "town"))
    divs = quote_divergences(hashing_encoder, a, b)
    assert [d.subkind for d in divs] == ["misattributed"]
    assert "Halvard Stenn" in divs[0].message and "Aurelia Danning" in divs[0].message


def test_no_misattribution_of_a_stock_line_or_after_a_passive(hashing_encoder: Encoder) -> None:
    """A review's made-up cases: a stock condolence two ministers each say; 'he' after a
    sentence in the passive ('was booed by engineers') may be one of the engineers."""
    line = "Our thoughts are with the families of the victims"
    a = (f'Floods hit Kellen. Prime Minister Aurelia Danning on Wednesday visited the flooded '
         f'town. "{line}," she said.')
    b = f'Floods hit Kellen. Interior Minister Petra Vos visited the town. "{line}," Vos said.'
    assert [d.subkind for d in quote_divergences(hashing_encoder, a, b)] == []
    warned = "We warned the ministry for years that the bridge was failing"
    booed = (f"The Orvik bridge closed. Halvard Stenn, the infrastructure minister, was booed "
             f'by engineers at the site. "{warned}," he said on Wednesday.')
    brandt = f'The Orvik bridge closed. "{warned}," chief engineer Ola Brandt said.'
    assert [d.subkind for d in quote_divergences(hashing_encoder, booed, brandt)] == []
    cheered = booed.replace("was booed by engineers", "spoke to engineers")
    assert [d.subkind for d in quote_divergences(hashing_encoder, cheered, brandt)] == [
        "misattributed"]
    # ... a passive in a relative clause does not count, another person described does
    relative = booed.replace("was booed by engineers at the site",
                             "reviewed the report, which was written by engineers")
    assert [d.subkind for d in quote_divergences(hashing_encoder, relative, brandt)] == [
        "misattributed"]
    nurse = booed.replace("was booed by engineers at the site",
                          "met an engineer who had worked on the bridge")
    assert [d.subkind for d in quote_divergences(hashing_encoder, nurse, brandt)] == []
    # stock lines in other words, only in a short quote
    for stock in ("Those responsible will be brought to justice",
                  "Our heart goes out to the people of Kellen"):
        a2, b2 = a.replace(line, stock), b.replace(line, stock)
        assert [d.subkind for d in quote_divergences(hashing_encoder, a2, b2)] == []


@pytest.mark.parametrize(("unnamed", "linked"), [
    ("A hospital spokeswoman", True),
    ("A police spokeswoman", False),  # another body's role
    ("A hospital doctor", False),  # another role
])
def test_an_unnamed_role_holder_is_the_named_one_told_with_that_role(
        hashing_encoder: Encoder, unnamed: str, linked: bool) -> None:
    """neonatal-ward-infection (dev): 'A hospital spokeswoman said it was cooperating fully
    ...' renders what 'A spokeswoman for the hospital, Vera Lisanska,' said."""
    named = ('A spokeswoman for the hospital, Vera Lisanska, said: "We are cooperating fully '
             'with the ministry and with prosecutors."')
    reported = f"{unnamed} said it was cooperating fully with the ministry and prosecutors."
    divs = quote_divergences(hashing_encoder, named, reported)
    assert [d.subkind for d in divs] == (["indirect_vs_direct"] if linked else [])


@pytest.mark.parametrize(("named", "body"), [
    # migrant-boat (dev): the role told in the sentence before '"...," she said'
    ('Marta Quell, director of Open Waters, said the delay had cost lives. "Had the '
     'authorities responded faster, more lives could have been saved," she said.',
     "Open Waters said more lives could have been saved had the authorities responded "
     "faster."),
    # tanker-collision (dev): a body named by its own name before the role
    ('In a statement, Castellan Maritime spokeswoman Lena Oduya said: "The Aurelia Dawn was '
     'on its approved course and in contact with port control at all times."',
     "Castellan Maritime said the Aurelia Dawn had been on its approved course and in "
     "contact with port control."),
    # protest-camp-raid (dev): an appositive of seven words after the name
    ('"We have seen video of officers striking people who were lying on the ground," said '
     'Pavo Strenk, director of the Calderran Civil Liberties Union.',
     "The Calderran Civil Liberties Union said it had seen video of officers striking "
     "people who were lying on the ground."),
])
def test_a_body_paraphrases_what_its_named_officer_said(hashing_encoder: Encoder, named: str,
                                                        body: str) -> None:
    divs = quote_divergences(hashing_encoder, named, body)
    assert [d.subkind for d in divs] == ["indirect_vs_direct"]


@pytest.mark.parametrize(("named", "other"), [
    # the families' spokeswoman is no hospital spokeswoman; the officers' union is not the
    # police; a union named after a company is not the company; a lawyer does not speak her
    # client's words; a nurse after an opening clause is no spokeswoman (a review's cases)
    ('Vera Lisanska, a spokeswoman for families of patients at the hospital, said: "Staff '
     'did everything they could to save the patients."',
     "A hospital spokeswoman said staff had done everything they could to save the patients."),
    ('Jon Rask, a spokesman for the Police Federation, said: "Officers were sent into the '
     'crowd without protection."',
     "A police spokesman said officers were sent into the crowd without protection."),
    ('Lena Oduya, a spokeswoman for the Castellan Maritime Workers Union, said: "The tanker '
     'was on its approved course at all times."',
     "Castellan Maritime said the tanker had been on its approved course at all times."),
    ('Ana Lisk, a lawyer for Tomas Brell, said: "My client never saw the money from the '
     'contract."', "Tomas Brell said he had never seen the money from the contract."),
    ('After the hospital spokeswoman left, Vera Lisanska, a ward nurse, said: "Staff did '
     'everything they could to save the patients."',
     "A hospital spokeswoman said staff had done everything they could to save the patients."),
    ('After meeting a hospital spokeswoman, Vera Lisanska, a ward nurse, said: "Staff did '
     'everything they could to save the patients."',
     "A hospital spokeswoman said staff had done everything they could to save the patients."),
    ('Vera Lisanska, a former hospital spokeswoman, said: "Staff did everything they could '
     'to save the patients."',
     "A hospital spokeswoman said staff had done everything they could to save the patients."),
    ('Former Castellan Maritime pilot Lena Oduya said: "The tanker was on its approved course '
     'at all times."',
     "Castellan Maritime said the tanker had been on its approved course at all times."),
])
def test_a_role_held_for_another_body_or_person_links_no_paraphrase(
        hashing_encoder: Encoder, named: str, other: str) -> None:
    assert [d.subkind for d in quote_divergences(hashing_encoder, named, other)
            if d.subkind == "indirect_vs_direct"] == []

