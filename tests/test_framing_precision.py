"""Framing precision rules drawn from hand-checked flags on real coverage (AllSides
excerpts, ECB+ articles): each case is a pattern that gave wrong flags, next to the
right flag the rule must keep."""

from __future__ import annotations

import pytest

from newsdiff.claims.framing import Cue, load_lexicons, quoted_spans, sentence_cues
from newsdiff.config import Config
from newsdiff.divergences import framing
from newsdiff.encoders import HashingEncoder
from newsdiff.models import Comparison, Divergence
from newsdiff.pipeline import compare
from tests.test_dev_cluster_rules import grouped
from tests.test_framing import aligned


def cues(text: str, category: str, masks: tuple[tuple[int, int], ...] = ()) -> list[str]:
    return [c.text for c in sentence_cues("r", 0, text, 0, load_lexicons(), masks=masks)
            if c.category == category]


def flags(comparison: Comparison, subkind: str) -> list[Divergence]:
    return [d for d in framing.find(comparison, config=Config()) if d.subkind == subkind]


@pytest.mark.parametrize(("text", "expected"), [
    ("Moderna has claimed that its vaccine is 96% effective.", ["claimed"]),
    ("The reporter claimed she was ordered to write the story.", ["claimed"]),
    ("The ban was lifted, the company claimed.", ["claimed"]),
    ("Ten days of fighting had claimed hundreds of lives.", []),
    ("He repeated his baseless claims that the election was rigged.", []),
    ("A spokesperson said the senator's claims violated the policy.", ["said"]),
    ("The rules ban videos including claims that masks do not work.", []),
    ("The board asked officials to act on alleged threats against staff.", []),
    # fortieth session (dev): when and where the statement was made stand between the verb
    # and what it introduces; a decimal point is no clause boundary; 'calls itself' names
    ("Idrena Voskuel claimed on Monday, 14 July, that Karsland had cut exports.",
     ["claimed"]),
    ("The gang, which calls itself the Harrak Front, claimed in a letter to be holding them.",
     ["claimed"]),
    ('Tomas Brenner admitted in a terse statement: "These figures are sobering."',
     ["admitted"]),
    ("Kestrel claimed the pitiful Cr1.8 billion handout for motorists would cut prices.",
     ["claimed"]),
    ("The group claimed in a statement responsibility for the attack.", []),
    ("The fire claimed on Monday 12 lives.", []),
    # forty-second session (journalist-jailed, dev): prosecutors' 'alleged' is the law's
    # word, their 'claimed' is not; a second speaker set against the first after 'but'
    # leaves the first verb the outlet's
    ("Prosecutors alleged she passed secret papers to foreign agents.", []),
    ("Prosecutors claimed she passed secret navy papers to Kestrian agents - but her "
     "supporters say the only thing she ever handed over was the truth.", ["claimed", "say"]),
    ("She claimed she had been beaten, police said.", ["said"]),
    ("Varesk insisted after the vote that the result gave her a mandate.", ["insisted"]),
    ("He insisted after the meeting on a recount.", []),
    ("Dahl insisted after the meeting that ran late on a recount.", []),
    # forty-third session (quarry-landslide, dev): 'even though' sets another statement
    # against the first, as 'but' does
    ("The operator, Halvek Aggregates, claimed it held all the permits, even though local "
     "media reported that its licence had expired.", ["claimed", "reported"]),
    # ... but not a 'though' inside the claim (a review of made-up cases, /tmp/review43)
    ("Ostrin claimed that the delay, though regrettable, was unavoidable, the Vessby Courier "
     "reported.", ["reported"]),
    ("Velloq claimed the commission behaved as though it were above the law, party officials "
     "said.", ["said"]),
    ("Halvek claimed it held the permits, although regulators revoked them in May, the Ledger "
     "reported.", ["claimed", "reported"]),
    ("Halvek claimed it held the permits, though its licence had expired, regulators said.",
     ["claimed", "said"]),
])
def test_a_doubting_verb_must_report_a_statement(text: str, expected: list[str]) -> None:
    assert cues(text, "attribution") == expected


def test_approximation_words_before_a_figure_are_the_figure_qualifier() -> None:
    text = "The unemployment rate ticked up to 6.1% in April."
    at = text.index("6.1%")
    assert cues(text, "hedge", masks=((at, at + 4),)) == []  # the figure said: no bound
    assert cues("Up to eighty people were hurt.", "hedge") == ["Up to"]


@pytest.mark.parametrize("text", [
    "It was the biggest rise in so-called core inflation since 1992.",
    "Margaret Keenan, 90, reportedly said she felt privileged.",
])
def test_terms_and_hedged_remarks_are_no_hedges(text: str) -> None:
    assert cues(text, "hedge") == []


@pytest.mark.parametrize(("text", "expected"), [
    # forty-second session (hotel-collapse, truck-bomb-checkpoint, dev): a hedge on an act of
    # saying something is one ('reportedly said' stays a remark's)
    ("Guests had reportedly complained of cracks in the walls.", ["reportedly"]),
    ("A group purporting to be the Tavel Liberation Front claimed responsibility.",
     ["purporting to"]),
])
def test_hedged_acts_of_saying_are_hedges(text: str, expected: list[str]) -> None:
    assert cues(text, "hedge") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He was charged with first-degree murder on Friday.", []),
    ("The murder trial opens next week.", []),
    ("He faces a slew of charges.", []),
    ("The gunman murdered six people at the school.", ["murdered"]),
])
def test_legal_murder_and_the_noun_slew_are_no_word_choice(text: str,
                                                          expected: list[str]) -> None:
    assert cues(text, "word_choice") == expected


def test_a_quote_cut_short_is_masked_to_the_end() -> None:
    text = "Biden said: “The murder of George Floyd is.."
    assert quoted_spans(text) == [(text.index("“"), len(text))]
    assert cues(text, "word_choice") == []


def test_a_negated_passive_hides_no_agent() -> None:
    assert cues("None were hit by the shots, police said.", "agentless") == []
    assert cues("Two officers were hit in the exchange.", "agentless") == ["were hit"]


def test_a_hedge_needs_the_same_fact_in_the_plain_report() -> None:
    other_fact = aligned(
        "Senator Schumer reportedly has been working for months to win Republican votes.",
        "Senator Schumer introduced draft legislation on Wednesday to end the federal ban.")
    assert flags(other_fact, "hedge") == []
    same_fact = aligned(
        "The searches were allegedly linked to Giuliani's business dealings in Ukraine.",
        "The searches were linked to a criminal probe of Giuliani's dealings in Ukraine.")
    (d,) = flags(same_fact, "hedge")
    assert "'allegedly' (r0)" in d.message


def test_another_number_is_another_fact() -> None:
    c = aligned("The Nationals reportedly raised their offer to $184 million for Teixeira.",
                "The Nationals made an offer of $160 million for Teixeira.")
    assert flags(c, "hedge") == []


def test_a_loaded_word_needs_the_same_fact_around_it() -> None:
    c = aligned(
        "Consumer prices rose 5% in May, the most since 2008, when oil prices were "
        "skyrocketing.",
        "The consumer price index rose 5% in May, the fastest jump since 2008.")
    assert flags(c, "word_choice") == []


@pytest.mark.parametrize(("a", "b", "flagged"), [
    ("seized", "captured", False), ("abducted", "captured", True),
    ("assassinated", "shot dead", False), ("massacred", "killed", True),
])
def test_word_choice_needs_a_loading_gap(a: str, b: str, flagged: bool) -> None:
    c = aligned(f"Gunmen {a} the mayor at his home on Sunday.",
                f"Gunmen {b} the mayor at his home on Sunday.")
    assert bool(flags(c, "word_choice")) is flagged


def test_voice_is_quiet_when_the_report_names_the_agent_elsewhere() -> None:
    named = aligned("North Korea fired two missiles on Thursday.",
                    "Two missiles were fired on Thursday from a base near the coast. "
                    "North Korea has tested missiles before.")
    assert flags(named, "voice") == []
    hidden = aligned("North Korea fired two missiles on Thursday.",
                     "Two missiles were fired on Thursday from a base near the coast.")
    (d,) = flags(hidden, "voice")
    assert "'were fired' (r1)" in d.message


def test_a_shooter_named_far_from_the_passive_is_still_hidden_there() -> None:
    """hostage-release, journalist-kidnapping (dev): 'Shots were fired into the air' while
    the report names the gunmen three sentences away: the passive hides who fired; a death
    or an arrest told in the passive hides nothing when its report names the doer anywhere
    ('the collapse killed', police make arrests)."""
    far = ("Shots were fired into the air on the coast road. The drivers were ordered out. "
           "The reporters were led into the forest. The gunmen left the vehicles by the road.")
    (d,) = flags(aligned("The gunmen fired shots into the air on the coast road.", far),
                 "voice")
    assert "'were fired' (r1)" in d.message
    killed = ("Twelve guests were killed early on Saturday. Rescuers searched the rubble. "
              "Cranes arrived at noon. The collapse also killed a night porter.")
    assert flags(aligned("The collapse killed twelve guests early on Saturday.", killed),
                 "voice") == []


def test_a_cause_is_no_agent() -> None:
    assert cues("At least 150 people were killed by gun violence.", "agent") == []
    assert cues("An explosion that killed 13 troops shook the airport.", "agent") == []
    found = sentence_cues("r", 0, "Police shot the man twice.", 0, load_lexicons())
    assert [c.text for c in found if isinstance(c, Cue) and c.category == "agent"] == ["shot"]



@pytest.mark.parametrize(("plain", "flagged"), [
    ("The fire killed 40 people in the old town on Sunday, officials talked about it.", True),
    ("The fire killed as many as 40 people in the old town on Sunday.", False),
    ("The fire killed 40 people in the old town on Sunday, an estimated toll.", True),
])
def test_a_report_that_keeps_the_distance_in_other_words_is_not_plain(
        plain: str, flagged: bool) -> None:
    c = compare(["The fire killed at least 40 people in the old town on Sunday.", plain],
                encoder=HashingEncoder())
    assert len(c.groups[0].members) == 2
    assert bool(flags(c, "hedge")) is flagged


def test_distancing_in_other_words_is_not_plain() -> None:
    c = aligned("The damage was reportedly put at one million dollars by the firm.",
                "The damage was thought to be one million dollars by the firm.")
    assert flags(c, "hedge") == []
    plain = aligned("The damage was reportedly put at one million dollars by the firm.",
                    "The damage was put at one million dollars by the firm.")
    assert flags(plain, "hedge")


def test_a_doubting_verb_before_masked_reported_speech_still_counts() -> None:
    text = "Corvane insisted its safety checks were up to date."
    at = text.index("its")
    found = sentence_cues("r", 0, text, 0, load_lexicons(), masks=((at, len(text) - 1),))
    assert [c.text for c in found if c.category == "attribution"] == ["insisted"]
    figure = "Ten days of fighting had claimed hundreds of lives."
    at = figure.index("hundreds")
    found = sentence_cues("r", 0, figure, 0, load_lexicons(), masks=((at, len(figure) - 1),))
    assert [c.text for c in found if c.category == "attribution"] == []


def test_a_doubting_verb_inside_another_speakers_report_is_theirs() -> None:
    text = "A tweet set off reports suggesting he had finally admitted that he lost."
    assert cues(text, "attribution") == []
    assert cues("Sources said the men admitted they were smuggled in.", "attribution") == ["said"]


@pytest.mark.parametrize(("text", "quoted"), [
    ("Mugabe slams 'vile' West", ["'vile'"]),
    ("He said ‘no way’ to Obama’s plan", ["‘no way’"]),
    ("Obama's plan and the players' union", []),
])
def test_headlines_quote_with_single_marks(text: str, quoted: list[str]) -> None:
    assert [text[a:b] for a, b in quoted_spans(text)] == quoted


def test_a_loaded_word_in_a_name_is_not_loaded() -> None:
    assert cues("Police detain Amnesty International staff in Istanbul.", "loaded") == []


@pytest.mark.parametrize(("text", "expected"), [
    # Penn Treebank quotes in headline sets: the word is Mugabe's, not the outlet's
    ("Defiant Mugabe sworn in for seventh term blasts ` vile ' West", []),
    ("Defiant Mugabe sworn in for seventh term blasts vile West", ["vile"]),
    # a court's finding and a lower-cased name are no judgement of the outlet
    ("The gunman was found insane by the court.", []),
    ("The gunman is insane, his neighbours say.", ["insane"]),
    ("amnesty international said the trial was unfair.", []),
])
def test_quoted_found_or_named_loaded_words_are_no_cue(text: str, expected: list[str]) -> None:
    masks = tuple(quoted_spans(text))
    assert cues(text, "loaded", masks) == expected


def test_a_passive_next_to_a_sentence_naming_the_doer_hides_nothing() -> None:
    plain = aligned("Police said the deputy was shot on Friday. The deputy's wife wept.",
                    "A gunman shot the deputy on Friday. The deputy's wife wept.")
    assert [d.subkind for d in flags(plain, "voice")] == ["voice"]
    # the doer in the next sentence, in other words than the other report's 'gunman'
    told = aligned("Police said the deputy was shot on Friday. A man shot him twice at "
                   "the station.",
                   "A gunman shot the deputy on Friday. The deputy's wife wept.")
    assert flags(told, "voice") == []


@pytest.mark.parametrize(("distanced", "flagged"), [
    ("The searches were linked, investigators believe, to a criminal probe of Giuliani's "
     "dealings in Ukraine.", False),
    ("The searches were linked to a criminal probe of Giuliani's dealings in Ukraine, "
     "according to prosecutors.", False),
    ("Prosecutors speculate the searches were linked to a criminal probe of Giuliani's "
     "dealings in Ukraine.", False),
    ("The searches were linked to a criminal probe of Giuliani's dealings in Ukraine.", True),
])
def test_a_distance_kept_in_other_words_is_no_missing_hedge(distanced: str,
                                                             flagged: bool) -> None:
    hedged = "The searches were allegedly linked to Giuliani's business dealings in Ukraine."
    assert bool(flags(aligned(hedged, distanced), "hedge")) == flagged


@pytest.mark.parametrize(("plain", "flagged"), [
    ("Tara Reid checked into the Promises Treatment Center in Malibu on Friday.", False),
    ("Tara Reid checked into the Promises Treatment Center in Malibu on her doctors' orders.",
     True),
])
def test_a_hedge_that_opens_its_own_clause_qualifies_that_clause(plain: str,
                                                                 flagged: bool) -> None:
    """ECB+ 1 (round 11, dev): ', reportedly of her own desire' hedges why she went, not
    that she went: it is no hedge against a report that tells only the stay."""
    hedged = ("Tara Reid entered the Promises Treatment Center in Malibu, reportedly on her "
              "doctors' orders.")
    assert bool(flags(aligned(hedged, plain), "hedge")) is flagged


@pytest.mark.parametrize(("plain", "flagged"), [
    ("Hiller walked to the mixing room on the third floor and opened fire.", False),
    ("Hiller walked to the mixing room and shot three employees.", True),
])
def test_a_bound_is_hedged_only_against_a_plain_number_of_its_kind(plain: str,
                                                                   flagged: bool) -> None:
    """ECB+ 22 (round 11, dev): 'at least three' employees against 'the third floor'."""
    c = compare(["Hiller walked to the mixing room and shot at least three employees.", plain],
                encoder=HashingEncoder())
    assert len(c.groups[0].members) == 2
    assert bool(flags(c, "hedge")) is flagged


def test_attribution_verbs_compare_what_each_introduces_near_it() -> None:
    """NewsWCL50 1 (round 11, dev): 'Comey claims the FBI does not leak' and 'Comey said
    he favored transparency' are two statements, though another sentence of the same
    member tells the FBI's memos; the claim told right after the plain verb is one."""
    claimed = "Comey claims FBI does not leak in redacted memos."
    far = grouped([claimed, "A series of explosive memos prepared by former FBI director "
                   "James Comey were released Thursday. Critics were quiet. Nobody spoke. "
                   "Comey said he favored transparency."], [{"r0": (0,), "r1": (0, 3)}])
    assert flags(far, "attribution") == []
    near = grouped([claimed, "Comey said on Thursday that the FBI does not leak. The "
                    "memos were released on Thursday."], [{"r0": (0,), "r1": (0, 1)}])
    (d,) = flags(near, "attribution")
    assert "'claims' (r0)" in d.message and "'said' (r1)" in d.message


@pytest.mark.parametrize(("other", "flagged"), [
    ("Nichols was sentenced to life in prison on Saturday.", True),
    ("Nichols was found guilty last month of murder and dozens of other counts.", False),
    ("A jury found Nichols guilty on Friday of murdering the deputy.", False),
    ("Nichols was jailed for life for the murder of the deputy.", False),
    # no conviction for murder (a review's cases)
    ("Nichols pleaded not guilty to murder.", True),
    ("The jury found Nichols not guilty of murder.", True),
    ("The jury convicted Nichols of manslaughter but cleared him of murder.", True),
    ("Nichols had been convicted of armed robbery twice before the killing.", True),
])
def test_murdered_after_a_murder_conviction_is_the_crime_s_name(other: str,
                                                                flagged: bool) -> None:
    """ECB+ 3 (round 11, dev): once a report tells the conviction for murder, 'murdered'
    is the legal name of the killing, not a loaded word for it."""
    c = aligned("Nichols murdered a deputy outside the courtroom.",
                "Nichols shot and killed a deputy outside the courtroom.", other)
    assert bool(flags(c, "word_choice")) is flagged


_MET = "The minister reportedly met the inspectors at the hospital on Monday."
_OFFER = "The Red Sox reportedly offer Teixeira $200 million"


@pytest.mark.parametrize(("hedged", "plain", "flagged"), [
    # ECB+ 10 (round 11, dev): a headline 'Report: ...' is no plain statement
    (_OFFER, "Report: Red Sox offer Teixeira $200 million", False),
    (_OFFER, "Red Sox offer Teixeira $200 million", True),
    (_MET, "The minister met the inspectors at the hospital on Monday.", True),
    (_MET, "The minister met the inspectors at the hospital on Monday, reports say.", False),
    (_MET, "According to local reports, the minister met the inspectors at the hospital.", False),
    # a report that is a thing, not a source (a review's cases)
    (_MET, "The minister met the inspectors at the hospital about its annual report.", True),
    (_MET, "The minister met the inspectors at the hospital on Monday, it was reported.", False),
])
def test_only_a_report_as_source_keeps_the_distance(hedged: str, plain: str,
                                                    flagged: bool) -> None:
    assert bool(flags(aligned(hedged, plain), "hedge")) is flagged


def test_a_hedge_over_one_word_clause_is_told_against_that_word() -> None:
    """A review's case: ', reportedly to Ostrava' qualifies the one word it opens."""
    hedged = "The convoy left the border town on Monday, reportedly to Ostrava."
    assert flags(aligned(hedged, "The convoy left the border town on Monday for Ostrava."),
                 "hedge")
    assert flags(aligned(hedged, "The convoy left the border town on Monday for Brno."),
                 "hedge") == []


def test_an_institution_after_a_nation_is_the_same_speaker() -> None:
    """lorry-migrant-deaths (dev): 'Marenian police claimed' is the police of 'Police
    said', the same statement told with a doubting verb."""
    (d,) = flags(aligned(
        "Police said they believed the migrants had been loaded into the trailer in Drovnia.",
        "Marenian police claimed that the migrants had been loaded into the trailer in "
        "Drovnia."), "attribution")
    assert "'claimed' (r1)" in d.message and "'said' (r0)" in d.message
    # a review's case: two nations' police are two speakers
    assert flags(aligned(
        "Marenian police said the smugglers had fired first at the border post near Varsk.",
        "Kestranian police claimed the smugglers had fired first at the border post near "
        "Varsk."), "attribution") == []
    assert flags(aligned(
        "Mayor Ilse Dravic said the migrants had been loaded into the trailer in Drovnia.",
        "Marenian police claimed that the migrants had been loaded into the trailer in "
        "Drovnia."), "attribution") == []


def test_an_institution_alone_leaves_the_speaker_open() -> None:
    """dengue-outbreak (dev): 'the ministry said' may be the ministry the named minister
    speaks for; 'claimed responsibility in a statement posted online' is an act."""
    (d,) = flags(aligned(
        "The ministry said heavy rains and imported cases had caused the outbreak.",
        "Health Minister Teodora Valcarcel claimed heavy rains and imported cases had caused "
        "the outbreak."), "attribution")
    assert "'claimed' (r1)" in d.message
    assert cues("A group calling itself the Marn Front claimed responsibility in a statement "
                "posted online on Tuesday.", "attribution") == []


@pytest.mark.parametrize(("plain", "flagged"), [
    # forty-third session (dev): against hearsay a named source's 'according to' keeps no
    # distance ('reportedly identified' vs 'flagged ..., according to documents released
    # by the directorate'); the press and its sources keep it
    ("A 2019 inspection report flagged corrosion on the same girder, according to "
     "documents released by the directorate on Wednesday.", True),
    ("A 2019 inspection report flagged corrosion on the same girder, according to the "
     "Evening Herald.", False),
    ("A 2019 inspection report flagged corrosion on the same girder, according to "
     "sources close to the inquiry.", False),
    ("A 2019 inspection report flagged corrosion on the same girder, according to KBC.",
     False),
    ("A 2019 inspection report flagged corrosion on the same girder, according to media "
     "reports.", False),
    ("A 2019 inspection report flagged corrosion on the same girder, according to other "
     "officials.", False),
    # a review of made-up cases (/tmp/review43): unnamed people, outlets by name
    ("A 2019 inspection report flagged corrosion on the same girder, according to two "
     "diplomats.", False),
    ("A 2019 inspection report flagged corrosion on the same girder, according to the "
     "Vessby Observer.", False),
    ("A 2019 inspection report flagged corrosion on the same girder, according to Radio "
     "Kestria.", False),
    ("A 2019 inspection report flagged corrosion on the same girder, according to TV3.",
     False),
    ("A 2019 inspection report flagged corrosion on the same girder, according to a news "
     "release from the Interior Ministry.", True),
    ("A 2019 inspection report flagged corrosion on the same girder, according to the "
     "official police report.", True),
    ("A 2019 inspection report flagged corrosion on the same girder, according to radio "
     "logs kept by the bridge operator.", True),
    ("A 2019 inspection report flagged corrosion on the same girder, according to 2024 "
     "inspection figures from the directorate.", True),
])
def test_hearsay_against_according_to(plain: str, flagged: bool) -> None:
    c = aligned("A 2019 inspection report reportedly identified corrosion on the same girder.",
                plain)
    assert bool(flags(c, "hedge")) is flagged


def test_an_allegation_hedge_is_answered_by_any_source() -> None:
    c = aligned("The inspection allegedly found corrosion on the same girder.",
                "The inspection found corrosion on the same girder, according to documents "
                "released by the directorate.")
    assert flags(c, "hedge") == []


def test_a_hedge_may_sit_on_its_subordinate_clause() -> None:
    # a review of made-up cases (/tmp/review43): narrowing a hedge to its main clause was
    # tried and undone; what is doubted is often the circumstance ('sailed when gale-force
    # winds were already battering the coast'), so the whole clause stays its context
    gale = aligned("The ferry Santa Irena reportedly sailed when gale-force winds were "
                   "already battering the coast.", "The ferry Santa Irena sailed on Tuesday.")
    assert flags(gale, "hedge") == []
    unnamed = aligned("He then allegedly ran a stop sign and red light when police began to "
                      "pursue him.", "We want to have a stop sign.")
    assert flags(unnamed, "hedge") == []


def test_a_hedge_between_an_article_and_its_word_qualifies_that_word() -> None:
    """ECB+ 21 (round 11, dev half): 'an allegedly drunk driver' doubts that he was drunk,
    which a report saying only that the driver fled never states; one that calls him a
    drunk driver outright does."""
    drunk = "A woman was hit and killed by an allegedly drunk driver who fled the scene."
    fled = aligned(drunk, "A woman was hit by a car whose driver fled the scene.")
    assert flags(fled, "hedge") == []
    outright = aligned(drunk, "A woman was killed by a drunk hit-and-run driver.")
    (d,) = flags(outright, "hedge")
    assert "'allegedly' (r0)" in d.message and "r1" in d.message
    adverb = aligned("An allegedly severely beaten inmate died in his cell.",
                     "A beaten inmate died in his cell.")
    assert len(flags(adverb, "hedge")) == 1


def test_a_number_word_is_compared_by_its_value() -> None:
    """ECB+ 10 (round 11): 'reportedly only offered seven years' is another offer than one
    of '8 years'; 'seven' and '7' are one number; 'two years ago' is a time, no count."""
    hedged = "The Orioles have reportedly only offered Teixeira seven years."
    assert flags(aligned(hedged, "The Orioles have offered Teixeira 8 years."), "hedge") == []
    (d,) = flags(aligned(hedged, "The Orioles have offered Teixeira 7 years."), "hedge")
    assert "'reportedly' (r0)" in d.message
    (d,) = flags(aligned("The operator reportedly shelved a signalling upgrade two years ago "
                         "to save cash.", "The operator shelved a signalling upgrade in 2024 "
                         "to save cash."), "hedge")
    assert "'reportedly' (r0)" in d.message
    # a number word left out is no other number (snap-election-called, dev)
    assert len(flags(aligned("Varenne had reportedly spent three days trying to coax Orsan "
                             "back to the table.", "Varenne spent days trying to coax Orsan "
                             "back to the table."), "hedge")) == 1
    # a review's made-up cases: another number of another thing, a length in other units,
    # a name
    for hedged, plain in (
            ("Gunmen reportedly killed 12 villagers and wounded three guards at a market in "
             "Sorro on Saturday.", "Gunmen killed 12 villagers at a market in Sorro on "
             "Saturday."),
            ("Dock workers in Port Ansel reportedly began a two-day strike on Monday.",
             "Dock workers in Port Ansel began a 48-hour strike on Monday."),
            ("Riot police reportedly cleared the Seven Sisters protest camp in Marlow on "
             "Thursday.", "Riot police cleared the protest camp in Marlow on Thursday, "
             "arresting 40 people.")):
        assert len(flags(aligned(hedged, plain), "hedge")) == 1, hedged
    # 'hundreds' is no one number; 'two guards before fleeing' counts guards
    assert len(flags(aligned("Hundreds of residents reportedly fled the town of Orsk.",
                             "Some 300 residents fled the town of Orsk."), "hedge")) == 1
    assert flags(aligned("The gunmen reportedly killed two guards before fleeing Orsk.",
                         "The gunmen killed three guards before fleeing Orsk."), "hedge") == []


@pytest.mark.parametrize(("plain", "flagged"), [
    # ECB+ 22 (round 11): a guilty verdict states what the trial's reports had to call
    # alleged; a headline's source tag attributes it
    ("A judge today found a former Kraft Foods employee guilty of murder after she shot "
     "and killed two co-workers.", False),
    ("Suspended worker shot and killed two co-workers at the Kraft plant: Police", False),
    ("The suspended worker shot and killed two co-workers at the Kraft plant.", True),
    ("A jury found her not guilty after she shot and killed two co-workers at the plant.",
     True),
    # a review's made-up cases: another verdict, or none
    ("The suspended worker shot and killed two co-workers at the Kraft plant; her brother "
     "was convicted of fraud in 2019.", True),
    ("The suspended worker, who has never been convicted of a crime, shot and killed two "
     "co-workers at the Kraft plant.", True),
    ("The suspended worker, who was convicted of fraud in 2019, shot and killed two "
     "co-workers at the Kraft plant.", True),
    ("A convicted drug dealer, the suspended worker shot and killed two co-workers at the "
     "Kraft plant.", True),
    ("He shot and killed two co-workers at the Kraft plant and then fired at the first to "
     "arrive: police.", True),
    ("The suspended worker shot and killed two co-workers at the Kraft plant and faces life "
     "in prison if she is found guilty of killing the two co-workers.", True),
])
def test_an_accusation_hedge_against_a_verdict_or_a_source_tag(plain: str,
                                                               flagged: bool) -> None:
    c = aligned("The suspended worker allegedly shot and killed two co-workers at the Kraft "
                "plant.", plain)
    assert bool(flags(c, "hedge")) is flagged


def test_an_earlier_verdict_is_another_verdict() -> None:
    c = aligned("Varga allegedly assaulted a guard at Kestrel prison on Monday.",
                "Varga, who was found guilty in 2019 of assaulting a guard at Kestrel prison, "
                "attacked another guard there on Monday.")
    assert len(flags(c, "hedge")) == 1

