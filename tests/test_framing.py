"""Framing divergences: word choice, actor naming, attribution, hedges, voice."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsdiff.claims.framing import load_lexicons, sentence_cues, tokenize
from newsdiff.claims.quotes import extract_quotes
from newsdiff.config import Config
from newsdiff.divergences import framing
from newsdiff.models import Comparison, Divergence, Group, Member, Report
from newsdiff.segment import split_sentences


def aligned(*texts: str) -> Comparison:
    """Reports r0, r1, ... whose i-th sentences form group g{i} (built by hand, no encoder)."""
    reports = tuple(Report(id=f"r{k}", text=t) for k, t in enumerate(texts))
    sentences = tuple(tuple(split_sentences(r.id, r.text)) for r in reports)
    n = max(len(s) for s in sentences)
    groups = tuple(
        Group(id=f"g{i}", score=1.0, members=tuple(
            Member(report=r.id, sentences=(i,))
            for r, s in zip(reports, sentences, strict=True) if i < len(s)))
        for i in range(n))
    return Comparison(model="test", reports=reports, sentences=sentences, groups=groups)


def framings(comparison: Comparison, subkind: str | None = None) -> list[Divergence]:
    found = framing.find(comparison, config=Config())
    for d in found:
        assert d.kind == "framing" and d.id == ""
        for e in d.evidence:
            assert comparison.report(e.report).text[e.start:e.end] == e.text
    return [d for d in found if subkind is None or d.subkind == subkind]


def test_every_lexicon_file_names_its_source() -> None:
    folder = resources.files("newsdiff.claims").joinpath("lexicons")
    names = [p.name for p in folder.iterdir() if p.name.endswith(".tsv")]
    assert len(names) >= 5
    for name in names:
        header = folder.joinpath(name).read_text("utf-8").split("\n# ")[0:6]
        assert any("ource" in line or "derived from" in line for line in header), name


def test_cues_skip_quoted_words() -> None:
    text = 'He said the guard was "murdered by the regime" at night.'
    cues = sentence_cues("r", 0, text, 0, load_lexicons())
    assert [c.text for c in cues if c.category == "word_choice"] == []
    assert [c.text for c in cues if c.category == "attribution"] == ["said"]


def test_loaded_verb_for_the_same_act_is_word_choice() -> None:
    c = aligned("US commandos seized the leader at night.",
                "US commandos abducted the leader at night.")
    (d,) = framings(c, "word_choice")
    assert "'abducted' (r1)" in d.message and "'seized' (r0)" in d.message
    assert d.severity == "high"
    assert {e.text for e in d.evidence} == {"seized", "abducted"}


@pytest.mark.parametrize(("plain", "loaded"), [
    ("arrested", "nabbed"),     # lorry-migrant-deaths (dev): a tabloid's slang for an arrest
    ("detained", "collared"),
])
def test_tabloid_verbs_of_an_arrest_are_word_choice(plain: str,
                                                                  loaded: str) -> None:
    (d,) = framings(aligned(f"Police said they {plain} it near the border on Tuesday.",
                            f"Police said they {loaded} it near the border on Tuesday."),
                    "word_choice")
    assert {e.text for e in d.evidence} == {plain, loaded}


def test_a_headline_nab_is_no_word_choice() -> None:
    """ECB+ 12: 'Navy nabs 23 pirates' is a headline's short word, not a stance."""
    assert framings(aligned("The navy captures the pirates in the gulf.",
                            "The navy nabs the pirates in the gulf."), "word_choice") == []


def with_quotes(comparison: Comparison) -> Comparison:
    """The comparison with its quotes and reported speech found, as the pipeline does."""
    quotes = tuple(q for r, s in zip(comparison.reports, comparison.sentences, strict=True)
                   for q in extract_quotes(r, s))
    return comparison.model_copy(update={"quotes": quotes})


def test_a_loaded_word_against_the_plain_word_of_reported_speech() -> None:
    c = with_quotes(aligned("Police rounded up dozens of people near the square.",
                            "Police said dozens of people were detained near the square."))
    (d,) = framings(c, "word_choice")
    assert "'rounded up' (r0)" in d.message and "'detained' (r1)" in d.message
    # the loaded word told with its source may be the source's word, not the outlet's
    spoken = ("Kenneth Dorsey says the woman accused of killing two co-workers in a break "
              "room is a good person.")
    assert framings(with_quotes(aligned("She executed two of them in a break room, police "
                                        "said.", spoken)), "word_choice") == []
    assert framings(with_quotes(aligned("She executed two of them in a break room.", spoken)),
                    "word_choice")
    # reported speech alone still frames nothing: both reports quote their sources
    c = with_quotes(aligned("Police said dozens were rounded up near the square.",
                            "Police said dozens of people were detained near the square."))
    assert framings(c, "word_choice") == []


def test_legal_terms_of_intent_are_no_loaded_kill_words() -> None:
    cues = sentence_cues("r", 0, "He was charged with assault with intent to murder and "
                         "conspiracy to murder.", 0, load_lexicons())
    assert "murder" not in {c.term for c in cues}


@pytest.mark.parametrize(("a", "b"), [
    ("troops", "soldiers"), ("forces", "commandos"), ("raid", "operation"),
])
def test_neutral_synonyms_are_not_flagged(a: str, b: str) -> None:
    c = aligned(f"The {a} entered the city at dawn.", f"The {b} entered the city at dawn.")
    assert framings(c) == []


def test_said_vs_told_reporters_is_not_flagged_but_claimed_is() -> None:
    same = aligned("The minister said the guard was killed.",
                   "The minister told reporters the guard was killed.")
    assert framings(same, "attribution") == []
    doubt = aligned("The minister said the guard was killed.",
                    "The minister claimed the guard was killed.")
    (d,) = framings(doubt, "attribution")
    assert "'claimed' (r1)" in d.message and "'said' (r0)" in d.message


def test_hedge_in_one_report_only() -> None:
    c = aligned("Ten soldiers were reportedly killed by rebels.",
                "Ten soldiers were killed by rebels.")
    (d,) = framings(c, "hedge")
    assert "'reportedly' (r0)" in d.message and "r1" in d.message
    # the hedge, and the sentence of the report without it (a reader sees both wordings)
    assert [(e.report, e.text) for e in d.evidence] == [
        ("r0", "reportedly"), ("r1", "Ten soldiers were killed by rebels.")]


def test_a_weak_hedge_against_the_same_fact_told_in_other_words() -> None:
    """migrant-boat (dev): 'appears to have overturned when passengers rushed to one side'
    vs 'capsized when passengers rushed to one side' share under half their content words
    but tell one fact; a weak hedge is told against them from two fifths (not a half), and
    not against a sentence that tells another fact."""
    c = aligned("It appears to have overturned when passengers rushed to one side.",
                "The vessel capsized when passengers rushed to one side as the rescue ship "
                "came alongside.")  # Dice 0.43
    (d,) = framings(c, "hedge")
    assert "'appears to' (r0)" in d.message
    assert framings(aligned("It appears to have overturned when passengers rushed to one "
                            "side.", "Passengers were taken to two hospitals in the port."),
                    "hedge") == []
    # the same clause inside a much longer sentence (Dice 0.29 < 0.4, though the clause
    # is told): not held to the hedge
    c = aligned("It appears to have overturned when passengers rushed to one side.",
                "Near the crowded northern quay the overloaded wooden fishing boat "
                "overturned at dawn when frightened passengers rushed to one side as "
                "coastguard crews, local fishermen and volunteer divers approached from the "
                "harbour entrance.")
    assert framing._dice(c, c.groups[0], "r0", "r1") < 0.3
    assert framings(c, "hedge") == []


def test_agentless_passive_vs_named_agent() -> None:
    c = aligned("US forces killed ten soldiers in the capital.",
                "Ten soldiers were killed in the capital.")
    (d,) = framings(c, "voice")
    assert {e.report for e in d.evidence} == {"r0", "r1"}
    assert "'were killed' (r1)" in d.message
    both_agents = aligned("US forces killed ten soldiers in the capital.",
                          "Ten soldiers were killed by US forces in the capital.")
    assert framings(both_agents, "voice") == []


def test_a_killing_told_as_shot_dead_by_someone_names_the_agent() -> None:
    # police-chief-sacked (dev): 'was killed during the operation' hides who fired
    c = aligned("Ilse Marveen, 67, was shot dead by an officer in her hallway.",
                "A 67-year-old woman was killed in her hallway.")
    (d,) = framings(c, "voice")
    assert "'was killed' (r1)" in d.message
    # shot, not dead: another act than a killing
    assert framings(aligned("Ilse Marveen, 67, was shot by an officer in her hallway.",
                            "A 67-year-old woman was killed in her hallway."), "voice") == []
    # ... and 'shot dead' is a shooting still (a review's case)
    (d,) = framings(aligned("Two protesters were shot dead by soldiers in the square.",
                            "Two protesters were shot in the square."), "voice")
    assert "'were shot' (r1)" in d.message


def test_a_tabloids_trigger_happy_cops_is_loaded() -> None:
    # police-chief-sacked (dev)
    c = aligned("Ilse Marveen, 67, was shot dead by an officer in her own hallway.",
                "Ilse Marveen, 67, was shot dead by trigger-happy cops in her own hallway.")
    assert any("trigger-happy" in d.message for d in framings(c, "word_choice"))


def test_actor_labels_for_one_name() -> None:
    c = aligned("Troops detained the strongman Nicolas Maduro overnight.",
                "Troops detained President Nicolas Maduro overnight.",
                "Troops detained Nicolas Maduro overnight.")
    (d,) = framings(c, "actor_naming")
    assert "'the strongman Nicolas Maduro' (r0)" in d.message
    assert "'President Nicolas Maduro' (r1)" in d.message
    assert "'Nicolas Maduro' (r2)" in d.message
    neutral = aligned("Troops detained President Nicolas Maduro overnight.",
                      "Troops detained Nicolas Maduro overnight.")
    assert framings(neutral, "actor_naming") == []


def test_one_actor_labelled_alike_in_several_groups_is_one_flag() -> None:
    c = aligned("Troops detained the strongman Nicolas Maduro overnight. "
                "The strongman Nicolas Maduro was flown to New York on Sunday.",
                "Troops detained President Nicolas Maduro overnight. "
                "President Nicolas Maduro was flown to New York on Sunday.")
    (d,) = framings(c, "actor_naming")
    assert d.group == "g0"
    assert {(e.report, e.sentence) for e in d.evidence} == {
        ("r0", 0), ("r0", 1), ("r1", 0), ("r1", 1)}
    assert "'the strongman Nicolas Maduro' (r0)" in d.message
    assert "'President Nicolas Maduro' (r1)" in d.message


def test_loaded_word_inserted_by_one_report_is_found_by_the_diff() -> None:
    c = aligned("The senator gave a speech about taxes on Monday.",
                "The senator gave a bizarre speech about taxes on Monday.")
    (d,) = framings(c, "word_choice")
    assert "'bizarre' (r1)" in d.message
    assert [(e.report, e.text) for e in d.evidence] == [
        ("r0", "The senator gave a speech about taxes on Monday."), ("r1", "bizarre")]


def test_loaded_word_below_the_minimum_loading_is_not_flagged() -> None:
    plain = "The senator gave a speech about taxes on Monday."
    mild = "The senator gave a controversial speech about taxes on Monday."  # loading 1
    c = aligned(plain, mild)
    assert framings(c, "word_choice") == []
    found = framing.find(c, config=Config(framing_min_loading=1))
    assert any("'controversial' (r1)" in d.message for d in found)


def test_loaded_terms_are_graded_and_not_dead() -> None:
    lex = load_lexicons()
    assert 150 <= len(lex.loaded) <= 450  # a hand-written list, grown by sessions
    assert {e.loading for e in lex.loaded} == {1, 2, 3}
    # A word another lexicon classifies is never a loaded cue: such a line would be dead.
    assert [e.words for e in lex.loaded if lex.covered.intersection(e.words)] == []
    assert len({e.words for e in lex.loaded}) == len(lex.loaded)


_TEMPLATES = [
    "The {x} entered the northern district of the city before dawn on Monday.",
    "Officials said the {x} left the airport after a short meeting.",
    "Witnesses saw the {x} near the bridge late at night.",
]
_NEUTRAL = [("troops", "soldiers"), ("forces", "troops"), ("soldiers", "personnel"),
            ("protesters", "demonstrators"), ("government", "authorities")]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_TEMPLATES), st.sampled_from(_NEUTRAL))
def test_property_neutral_synonym_never_flags(template: str, pair: tuple[str, str]) -> None:
    c = aligned(template.format(x=pair[0]), template.format(x=pair[1]))
    assert framings(c) == []


def _loaded_swaps() -> list[tuple[str, str]]:
    """(neutral term, loaded term) pairs of one concept from the word-choice lexicon."""
    lex = load_lexicons()
    by_concept: dict[str, list[tuple[str, int]]] = {}
    for e in lex.word_choice:
        by_concept.setdefault(e.key, []).append((" ".join(e.words), e.loading))
    return [(n, t) for terms in by_concept.values() for n, ln in terms if ln == 0
            for t, lt in terms if lt >= 2]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_TEMPLATES), st.sampled_from(_loaded_swaps()))
def test_property_swapping_in_a_loaded_term_always_flags(
    template: str, swap: tuple[str, str]
) -> None:
    neutral, loaded = swap
    c = aligned(template.format(x=neutral), template.format(x=loaded))
    found = framings(c, "word_choice")
    assert any(f"'{loaded}' (r1)" in d.message and f"'{neutral}' (r0)" in d.message
               for d in found), [d.message for d in found]


@pytest.fixture(scope="module")
def examples(compare_examples: Callable[..., Comparison]) -> Comparison:
    return compare_examples("framing")


@pytest.mark.model
def test_examples_framing(examples: Comparison) -> None:
    found = examples.divergences
    by_sub: dict[str, list[str]] = {}
    for d in found:
        assert d.kind == "framing"
        by_sub.setdefault(d.subkind, []).append(d.message)
        for e in d.evidence:
            assert examples.report(e.report).text[e.start:e.end] == e.text
    assert any("'abducted' (tribune)" in m and "seized" in m and "captured" in m
               for m in by_sub["word_choice"])
    assert any("'claimed' (daily-courier)" in m and "'said'" in m for m in by_sub["attribution"])
    assert any("'reportedly' (tribune)" in m for m in by_sub["hedge"])
    assert any("the strongman" in m and "President Nicolas Maduro" in m
               for m in by_sub["actor_naming"])
    voice = [d for d in found if d.subkind == "voice"]
    assert any({("tribune", "were reportedly killed"), ("northern-post", "killed")}
               <= {(e.report, e.text) for e in d.evidence} for d in voice)
    # Synonyms that change nothing stay quiet: no flag is about troops/soldiers/forces.
    assert not any("soldiers" in m.split("(")[0] for m in by_sub.get("word_choice", []))


@pytest.mark.parametrize(("plain", "doubting", "verb"), [
    # blind dev clusters (benchmarks/heldout): a plain present tense, a time before 'that',
    # a long subject before the statement's verb
    ("Ministers said the reform would save 4.2 billion euros a year by 2030.",
     "Ministers insist the shake-up will save 4.2 billion euros a year by 2030.", "insist"),
    ("Corvane confirmed on Monday that one of the ship's radars had been faulty.",
     "Corvane admitted on Monday that one of the tanker's radars had been faulty.",
     "admitted"),
    ("Kestrel said a fuel subsidy worth 1.8 billion crowns would cut pump prices.",
     "Kestrel claimed the pitiful 1.8 billion crown handout for motorists would cut pump "
     "prices.", "claimed"),
])
def test_doubting_verbs_found_in_the_blind_dev_clusters(plain: str, doubting: str,
                                                        verb: str) -> None:
    (d,) = framings(aligned(plain, doubting), "attribution")
    assert f"'{verb}' (r1)" in d.message


def test_a_verb_after_a_modal_reports_no_statement() -> None:
    lexicons = load_lexicons()
    text = "The administration should insist on a roadmap whereby Kim lays out his plan."
    assert [c for c in sentence_cues("r", 0, text, 0, lexicons)
            if c.category == "attribution"] == []


@pytest.mark.parametrize(("plain", "labelled", "epithet"), [
    # blind dev clusters (mining-tax, prison-riot, oil-spill, journalist-kidnapping): a
    # compound the outlet coins for a person other reports name plainly
    ("Finance Minister Dorian Kessaly unveiled the plan on Monday.",
     "Tax-mad Dorian Kessaly unveiled the plan on Monday.", "tax-mad"),
    ("Justice Minister Tomas Reveni said the wing would reopen.",
     "The soft-touch Justice Minister Tomas Reveni said the wing would reopen.", "soft-touch"),
    ("Prime Minister Andrej Kolvar said the budget was cut.",
     "Penny-pinching premier Andrej Kolvar said the budget was cut.", "penny-pinching"),
    # twenty-eighth session (dev): the labelled name before a possessive, a time word or a
    # verb whose past has no '-ed'
    ("Prime Minister Andrej Kolvar's government cut the maintenance budget last year.",
     "Penny-pinching premier Andrej Kolvar's government cut the maintenance budget last "
     "year.", "penny-pinching"),
    ("President Anton Varesh today dismissed the central bank governor.",
     "Our no-nonsense President Anton Varesh today dismissed the central bank governor.",
     "no-nonsense"),
    ("Prime Minister Kasimir Oddvar hit back at the protesters on Sunday.",
     "Tough-talking Prime Minister Kasimir Oddvar hit back at the protesters on Sunday.",
     "tough-talking"),
    # fortieth session (dev): a noun before the role ('campsite boss') and a title in
    # capitals ('opposition MP')
    ("The site, run by campsite owner Rudi Kessane, was full of families.",
     "The site, run by cash-hungry campsite boss Rudi Kessane, was full of families.",
     "cash-hungry"),
    ("Opposition MP Dragan Holub said police had taken too long.",
     "Rabble-rousing opposition MP Dragan Holub said police had taken too long.",
     "rabble-rousing"),
])
def test_a_compound_epithet_before_a_name_is_actor_naming(plain: str, labelled: str,
                                                          epithet: str) -> None:
    (d,) = framings(aligned(plain, labelled), "actor_naming")
    assert f"'{epithet}" in d.message.casefold() and "(r1)" in d.message


@pytest.mark.parametrize("labelled", [
    # compounds that describe ('long-serving', an age), a place or a group, a noun between
    # the compound and the name, a verb
    "The long-serving Finance Minister Dorian Kessaly unveiled the plan on Monday.",
    "The 57-year-old Finance Minister Dorian Kessaly unveiled the plan on Monday.",
    "Rank-and-file members backed Finance Minister Dorian Kessaly on Monday.",
    "The pin-up icon Dorian Kessaly unveiled the plan on Monday.",
    "After re-signing Dorian Kessaly unveiled the plan on Monday.",
    # a family, a title, a position, an award (a review's cases)
    "Mum-of-three Dorian Kessaly unveiled the plan on Monday.",
    "The editor-in-chief Dorian Kessaly unveiled the plan on Monday.",
    "Scrum-half Dorian Kessaly unveiled the plan on Monday.",
    "Man-of-the-match Dorian Kessaly unveiled the plan on Monday.",
    # what befell a thing or a person
    "The crisis-hit Dorian Kessaly went bust on Monday.",
    "The war-torn Dorian Kessaly went quiet on Monday.",
])
def test_no_compound_epithet_for_describing_compounds(labelled: str) -> None:
    assert framings(aligned("Finance Minister Dorian Kessaly unveiled the plan on Monday.",
                            labelled), "actor_naming") == []


@pytest.mark.parametrize(("plain", "labelled", "label"), [
    # fortieth session (dev): the outlet's label after the verb that follows a quote is its
    # own word, not the speaker's; nouns that label a person; 'embattled premier'
    ('"We have not seen hail like this," said Marko Pellin, who heads the growers.',
     '"We have not seen hail like this," said fuming farm boss Marko Pellin.',
     "fuming farm boss Marko Pellin"),
    ("The casino is run by Tomas Serpa, 52, police said.",
     "The casino is run by mob godfather Tomas Serpa, 52, whose gang has terrorised the "
     "docks.", "godfather Tomas Serpa"),
    ('BSA chairman Oskar Lindqvar said: "We will not rush this."',
     'Strait supremo Oskar Lindqvar said: "We will not rush this."',
     "supremo Oskar Lindqvar"),
    ("Prime Minister Tomas Brenner said the figures were sobering.",
     "Embattled premier Tomas Brenner said the figures were sobering.",
     "Embattled premier Tomas Brenner"),
])
def test_a_label_before_a_name_is_actor_naming_after_a_quote_too(plain: str, labelled: str,
                                                                 label: str) -> None:
    (d,) = framings(aligned(plain, labelled), "actor_naming")
    assert f"'{label}' (r1)" in d.message


@pytest.mark.parametrize(("plain", "loaded", "word"), [
    # forty-second session: tabloid words of older dev clusters' missed word choice and
    # actor naming (airport-crash, snowstorm-chaos, opposition-arrest, train-collision)
    ("The jet overran a waterlogged runway in the storm on Saturday.",
     "The jet careered off a waterlogged runway in the storm on Saturday.", "careered"),
    ("Critics attacked the government's response to the storm on Monday.",
     "Critics attacked the government's shambolic response to the storm on Monday.",
     "shambolic"),
    ("Kovar faces charges of organising an illegal protest in the capital.",
     "Kovar faces trumped-up charges of organising an illegal protest in the capital.",
     "trumped-up"),
    ("The dispatcher at Kesselford let the freight train into the section.",
     "The dozy signalman at Kesselford let the freight train into the section.", "dozy"),
])
def test_tabloid_words_of_dev_misses_are_loaded(plain: str, loaded: str, word: str) -> None:
    found = [d.message for d in framings(aligned(plain, loaded))]
    assert any(word in m for m in found), found


def test_one_named_speakers_looser_version_and_a_bodys_officials() -> None:
    # inflation-figures (dev): one named minister's statement told loosely, 'claimed' vs
    # 'said'; wildlife-smuggling-seizure (dev): 'Velorian customs officials claimed' are the
    # customs of 'Customs officials said'; 'And she claimed' names no speaker 'And'
    c = aligned("Finance Minister Dario Kestrel said a Cr1.8bn fuel subsidy approved last week "
                "would cut pump prices by around 10 cents a litre from October.",
                "Kestrel claimed the pitiful Cr1.8 billion handout for motorists would knock "
                "around 10 cents off a litre of petrol from October.")
    assert [d.subkind for d in framings(c, "attribution")] == ["attribution"]
    c = aligned("Customs officials said the container had been loaded in the port of Ketsa.",
                "Velorian customs officials claimed the container had been loaded at Ketsa "
                "port.")
    assert [d.subkind for d in framings(c, "attribution")] == ["attribution"]
    # ... not two statements of one person with no number to tie them (a review's case)
    c = aligned("Talvik said the budget would rise next year.",
                "Talvik claimed the opposition had lied about the budget.")
    assert framings(c, "attribution") == []
    # ... and a quote and a reported remark of one person are two statements
    # (garment-factory-fire, dev)
    c = aligned("Prime Minister Vera Kallan said she was deeply saddened by the loss of life "
                "and would visit Dorsk on Thursday.",
                'Prime Minister Vera Kallan thundered: "Whoever locked those doors will answer '
                'for every life lost."')
    assert framings(c, "attribution") == []
    lex = load_lexicons()
    (cue,) = [c for c in sentence_cues("t", 0, "And she claimed total spending had gone up.", 0,
                                        lex) if c.category == "attribution"]
    assert cue.name is None


def test_a_loaded_word_after_a_verb_of_saying_stays_the_speakers() -> None:
    # the word after 'said' that follows no quote is the speaker's ('Police said fuming
    # residents ...'), as before, and so is one after 'adding that' (a review's case)
    lex = load_lexicons()
    for text in ["Police said fuming residents had gathered outside the hall.",
                 '"We will fight on," said farm boss Marko Pellin, adding that the deal was '
                 'a shameful betrayal of growers.']:
        assert not [c for c in sentence_cues("t", 0, text, 0, lex) if c.category == "loaded"]


@pytest.mark.parametrize(("plain", "labelled"), [
    # a review's cases: a compound that describes the noun before the role, a neutral
    # compound before a title in capitals, a loaded noun that is a relation
    ("Cinema owner Lena Marsk said the screenings would go on.",
     "Open-air cinema owner Lena Marsk said the screenings would go on."),
    ("MP Dragan Holub said the lift had been broken for weeks.",
     "Wheelchair-using MP Dragan Holub said the lift had been broken for weeks."),
    ("A family friend, Marek Dulavin, raised the alarm when she did not come home.",
     "The girl's godfather, Marek Dulavin, raised the alarm when she did not come home."),
])
def test_descriptions_and_relations_are_no_labels(plain: str, labelled: str) -> None:
    assert framings(aligned(plain, labelled), "actor_naming") == []


def test_a_loaded_label_before_a_name_is_actor_naming() -> None:
    # blind dev clusters: 'the hapless Interior Minister Tomas Reval', 'Fat-cat boss Henrik
    # Dahl' against the same person named plainly; one flag, not a word-choice flag too
    c = aligned("Interior Minister Tomas Reval said the dam had held for decades.",
                "The hapless Interior Minister Tomas Reval said the dam had held for decades.")
    found = framings(c)
    assert [d.subkind for d in found] == ["actor_naming"]
    assert "'hapless Interior Minister Tomas Reval' (r1)" in found[0].message
    (boss,) = framings(aligned("Chief executive Henrik Dahl has cut 2,500 jobs.",
                               "Fat-cat boss Henrik Dahl has cut 2,500 jobs."), "actor_naming")
    assert "'Fat-cat boss Henrik Dahl' (r1)" in boss.message
    # airshow-crash, hotel-collapse (dev): 'daredevil flyboy Aurel Vantrek', 'Hotel fat cat
    # Tobiah Renk' (the two-word 'fat cat' as well as 'fat-cat')
    for plain, labelled, label in [
            ("The pilot, Aurel Vantrek, 61, tried a low pass over the runway.",
             "Daredevil flyboy Aurel Vantrek, 61, tried a low pass over the runway.",
             "flyboy Aurel Vantrek"),
            ("Chief executive Tobiah Renk said the firm was cooperating.",
             "Hotel fat cat Tobiah Renk said the firm was cooperating.",
             "fat cat Tobiah Renk")]:
        (d,) = framings(aligned(plain, labelled), "actor_naming")
        assert f"{label}' (r1)" in d.message
    # review: 'daredevil' describes as often ('a former daredevil stuntman'): no label
    assert framings(aligned("The pilot, a former stuntman, died in the crash.",
                            "The pilot, a former daredevil stuntman, died in the crash.")) == []


def test_a_loaded_label_is_compared_with_the_plain_name_anywhere_in_the_reports() -> None:
    # nuclear-leak (dev): 'Bungling premier Aldo Venner' in the lead, the prime minister
    # named plainly in another report's sentence on another fact; the aligner never puts
    # the two sentences together, the label is how one report names him all the same
    c = aligned("Bungling premier Aldo Venner announced a compensation fund on Monday. "
                "Residents were told to keep windows shut.",
                "Engineers were still checking the cooling circuit on Monday. "
                "Prime Minister Aldo Venner visited the evacuation centre.")
    (d,) = framings(c, "actor_naming")
    assert d.message == ("actor naming: 'Bungling premier Aldo Venner' (r0) vs 'Prime "
                         "Minister Aldo Venner' (r1)")
    # the same report naming him plainly elsewhere gets no flag of its own
    assert framings(aligned("Premier Aldo Venner announced a fund on Monday.",
                            "Prime Minister Aldo Venner visited the centre."),
                    "actor_naming") == []


@pytest.mark.parametrize(("loud", "plain"), [
    # the loaded word is no label written before the name (ECB+, BASIL)
    ("The plan fuelled outrage among Democrats and angst among moderates, but it passed.",
     "Democrats in the state capital said nothing about the plan."),
    ("He is a shell of the boxer who once shockingly knocked out Lennox Lewis.",
     "Lennox Lewis retired from boxing in 2004."),
    # a capitalised adjective is no name ('the notorious Southern gal')
    ("Della Marr, the notorious Southern gal-turned-dominatrix-turned pin-up-queen, died on "
     "Thursday.", "Her Southern roots showed in every interview she gave."),
])
def test_no_actor_naming_across_groups_without_a_label_before_a_name(loud: str,
                                                                     plain: str) -> None:
    c = aligned(f"{loud} Shops were closed.", f"Shops were closed on Sunday. {plain}")
    assert framings(c, "actor_naming") == []


@pytest.mark.parametrize("text", [
    "And it drew criticism for its infamous Sarah Palin cover in 2009.",  # a modifier
    "The financier ridiculed Trump's statements on immigration.",  # a verb and its object
    "Over 100 dead as typhoon slams central Philippines.",
    "The hapless Mr. Reval said the dam had held.",  # a title is no name ('Mr')
])
def test_no_actor_label_where_the_loaded_word_is_no_label_of_the_name(text: str) -> None:
    assert [c for c in sentence_cues("r", 0, text, 0, load_lexicons())
            if c.category == "actor"] == []


def test_tabloid_words_for_a_job_cut_and_a_deal_are_word_choice() -> None:
    # blind dev clusters: 'cut 2,400 jobs' vs 'axed 2,400 jobs'; a 'deal' vs a 'climbdown'
    (cut,) = framings(aligned("Veltra Motors will cut 2,400 jobs at its Castmere plant.",
                              "Veltra Motors has axed 2,400 jobs at its Castmere plant."),
                      "word_choice")
    assert "'axed' (r1)" in cut.message and "'cut' (r0)" in cut.message
    (deal,) = framings(aligned(
        "The government freed 60 prisoners under a deal with the rebels on Tuesday.",
        "The government freed 60 prisoners in a climbdown to the rebels on Tuesday."),
        "word_choice")
    assert "'climbdown' (r1)" in deal.message


def test_a_plan_shelved_a_person_mown_down_and_held_hostages_are_word_choice() -> None:
    # blind dev clusters tram-crash, tunnel-fire, fuel-protest, ceasefire-talks
    (shelved,) = framings(aligned(
        "A refurbishment of the tunnel's fans was postponed last year until 2028.",
        "A refurbishment of the tunnel's fans was shelved last year until 2028."),
        "word_choice")
    assert "'shelved' (r1)" in shelved.message and "'postponed' (r0)" in shelved.message
    (mown,) = framings(aligned("The courier was struck by a police van near the junction.",
                               "The courier was mown down by a police van near the junction."),
                       "word_choice")
    assert "'mown down' (r1)" in mown.message
    (held,) = framings(aligned("Keldria will hand back the 190 prisoners it holds.",
                               "Keldria will hand back the 190 hostages it holds."),
                       "word_choice")
    assert "'hostages' (r1)" in held.message
    # a postponement told in the same words is none
    assert not framings(aligned("The upgrade was delayed until 2028.",
                                "The upgrade was postponed until 2028."), "word_choice")


def test_one_statement_whose_figure_differs_is_still_one_statement() -> None:
    # tram-crash: 'The operator said it had postponed a €42 million upgrade of the
    # network's signalling' vs 'HMT admitted it had postponed a €24 million upgrade of the
    # signalling system': the disputed figure does not make it another statement
    (attr,) = framings(aligned(
        "The operator said it had postponed a €42 million upgrade of the network's "
        "signalling in 2024 because of budget constraints.",
        "Halvik Municipal Transport admitted it had postponed a €24 million upgrade of the "
        "signalling system in 2024."), "attribution")
    assert "'admitted' (r1)" in attr.message
    # another number with little else told is another fact
    assert not framings(aligned(
        "The operator said it had spent €42 million on trams.",
        "Halvik Municipal Transport admitted it had lost €24 million on buses last year."),
        "attribution")


def test_one_number_in_two_writings_by_one_speaker_is_one_statement() -> None:
    """general-strike (dev): 'Unions said 2.1 million workers joined the strike' vs 'Union
    organisers claimed that 2,100,000 workers had taken part': one figure written two ways,
    and 'unions' are the 'union organisers'; another figure is still another statement."""
    said = "Unions said 2.1 million workers joined the strike, while the ministry put it lower."
    (attr,) = framings(aligned(said, "Union organisers claimed that 2,100,000 workers had "
                                     "taken part, a figure the ministry doubted."),
                       "attribution")
    assert "'claimed' (r1)" in attr.message and "'said' (r0)" in attr.message
    assert not framings(aligned(said, "Union organisers claimed that 900,000 workers had "
                                      "taken part, a figure the ministry doubted."),
                        "attribution")
    # a name in the plural is no group: The Times is not Time magazine
    assert not framings(aligned("The Times said the strike had ended on Friday night.",
                                "Time magazine claimed the strike had ended on Friday "
                                "night."), "attribution")


@pytest.mark.parametrize(("plain", "loaded", "term"), [
    ("Clashes broke out near parliament in the afternoon.",
     "Riots broke out near parliament in the afternoon.", "riots"),
    ("An oil tanker and a cargo ship collided off the cape on Sunday.",
     "An oil tanker ploughed into a cargo ship off the cape on Sunday.", "ploughed into"),
    ("Ferrocast shares fell 7 percent after the tax was announced.",
     "Ferrocast shares nosedived 7 percent after the tax was announced.", "nosedived"),
    ("Thieves stole 212 gold bars from the central bank vault.",
     "Thieves plundered 212 gold bars from the central bank vault.", "plundered"),
    ("The council approved the rationing plan on Monday.",
     "The council rubber-stamped the rationing plan on Monday.", "rubber-stamped"),
    ("The ministry has spent 2.3 billion euros defending the currency.",
     "The ministry has squandered 2.3 billion euros defending the currency.", "squandered"),
    ("Police cleared the informal settlement beside the river at dawn.",
     "Police cleared the shanty town beside the river at dawn.", "shanty town"),
    ("The fire broke out at a garment factory in Dorsk.",
     "The fire broke out at a garment sweatshop in Dorsk.", "sweatshop"),
    ("About 2,000 residents were evacuated from their homes near the plant.",
     "About 2,000 residents were forced to flee their homes near the plant.", "forced to flee"),
])
def test_general_news_concepts_are_told_against_their_plain_word(
        plain: str, loaded: str, term: str) -> None:
    # twenty-eighth session, after the blind dev clusters' missed word choices
    (d,) = framings(aligned(plain, loaded), "word_choice")
    assert f"'{term}' (r1)" in d.message


@pytest.mark.parametrize(("loaded", "plain"), [
    # a review's cases (twenty-eighth session): a concept's word used for another thing
    ("A car bomb exploded outside the ministry, and the death toll rose to 14 overnight.",
     "The death toll rose to 14 overnight after a car bomb outside the ministry."),
    ("A light aircraft crashed near the airfield as fuel prices fell for a third week.",
     "Fuel prices fell for a third week, the ministry said."),
    ("The storm left the school roof blown off, and the council allocated 2 million euros.",
     "The council set aside 2 million euros for repairs after the storm."),
    ("Three men were charged with rioting on Sunday after clashes outside the stadium.",
     "Three men were charged on Sunday after clashes outside the stadium."),
    ("Ministers face a backbench revolt as protests by campaigners continue outside.",
     "Campaigners continued their protests outside Parliament on Monday."),
])
def test_a_concepts_word_for_another_thing_is_no_word_choice(loaded: str, plain: str) -> None:
    assert framings(aligned(plain, loaded), "word_choice") == []


def test_riot_police_is_no_riot() -> None:
    assert not framings(aligned(
        "Riot police moved in after clashes broke out near parliament.",
        "Police moved in after clashes broke out near parliament."), "word_choice")
    assert not framings(aligned(
        "Officers in riot gear dispersed the protest on Saturday.",
        "Officers dispersed the protest on Saturday."), "word_choice")


_MASK = st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.text(alphabet="ab ,.'", max_size=30), st.integers(0, 5),
       st.lists(_MASK, max_size=6))
@example("ab ab", 0, [(2, 3)])  # a mask that starts where a token ends
@example("ab ab", 0, [(3, 3), (0, 2)])  # an empty mask inside a token, one touching
@example("ab ab", 2, [(1, 3), (2, 4)])  # overlapping masks before the text's offset
def test_a_token_is_masked_exactly_when_it_overlaps_a_mask(
        text: str, offset: int, masks: list[tuple[int, int]]) -> None:
    # tokenize sweeps merged mask runs; the definition is any overlap with any mask
    for t in tokenize(text, offset, masks=masks):
        assert t.masked == any(s < t.end and t.start < e for s, e in masks)
