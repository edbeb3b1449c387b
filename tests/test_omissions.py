"""Omissions: facts most reports state and some leave out; the coverage matrix."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff import compare
from newsdiff.claims.figures import extract_figures
from newsdiff.config import Config
from newsdiff.divergences import omissions
from newsdiff.encoders import HashingEncoder
from newsdiff.models import Comparison, Divergence, Group, Member, Report
from newsdiff.segment import split_sentences

FACTS = [
    "The bridge over the Orinoco river collapsed during the evening rush hour.",
    "Rescue divers recovered three cars from the water by midnight.",
    "The governor ordered an inquiry into the maintenance contractor.",
    "Engineers had warned about corrosion in the steel cables last spring.",
    "Ferry services will replace the crossing until a new span opens.",
    "Local schools closed on Thursday as a mark of respect.",
]


def by_hand(texts: dict[str, str], groups: Sequence[Mapping[str, tuple[int, ...]]]) -> Comparison:
    reports = tuple(Report(id=k, text=v) for k, v in sorted(texts.items()))
    sentences = tuple(tuple(split_sentences(r.id, r.text)) for r in reports)
    built = tuple(Group(id=f"g{i}", score=1.0, members=tuple(
        Member(report=r, sentences=ix) for r, ix in sorted(g.items())))
        for i, g in enumerate(groups))
    return Comparison(model="test", reports=reports, sentences=sentences, groups=built)


def found(comparison: Comparison, *, details: bool = False,
          **config: float) -> list[Divergence]:
    """The omissions of ``comparison``: of facts only, unless ``details`` (then also the
    low-severity omissions of a detail, which paraphrases such as these tests' can raise)."""
    out = omissions.find(comparison, config=Config(**config))  # type: ignore[arg-type]
    for d in out:
        assert d.kind == "omission" and d.subkind == "missing" and d.missing
        for e in d.evidence:
            assert e.report not in d.missing
            assert comparison.report(e.report).text[e.start:e.end] == e.text
    return [d for d in out if details or not omissions.is_detail(d)]


def test_coverage_matrix_lists_every_report_for_every_group() -> None:
    c = by_hand({"a": FACTS[0] + " " + FACTS[1], "b": FACTS[0], "c": FACTS[1]},
                [{"a": (0,), "b": (0,)}, {"a": (1,), "c": (0,)}])
    assert c.coverage_matrix() == {"g0": {"a": (0,), "b": (0,), "c": ()},
                                   "g1": {"a": (1,), "b": (), "c": (0,)}}


def test_fact_most_reports_state_is_missing_from_the_other() -> None:
    c = by_hand({"a": " ".join(FACTS[:3]), "b": " ".join(FACTS[:3]), "c": FACTS[0] + " "
                 + FACTS[2]},
                [{"a": (0,), "b": (0,), "c": (0,)}, {"a": (1,), "b": (1,)},
                 {"a": (2,), "b": (2,), "c": (1,)}])
    (d,) = found(c)
    assert d.group == "g1" and d.missing == ("c",)
    assert [(e.report, e.sentence) for e in d.evidence] == [("a", 1), ("b", 1)]
    assert "divers" in d.message and "2 of 3" in d.message


def test_fact_inside_a_longer_sentence_of_another_group_is_not_missing() -> None:
    long = ("The bridge over the Orinoco river collapsed in the evening, and rescue divers "
            "recovered three cars from the water by midnight.")
    c = by_hand({"a": " ".join(FACTS[:2]), "b": " ".join(FACTS[:2]), "c": long},
                [{"a": (0,), "b": (0,), "c": (0,)}, {"a": (1,), "b": (1,)}])
    assert found(c) == []
    # only the detail c leaves out ("rush hour") is reported, with low severity
    assert [(d.message.split(" does ")[0], [e.text for e in d.evidence], d.severity)
            for d in found(c, details=True)] == [
        ("omission of a detail: c", ["rush hour", "rush hour"], "low")]


def test_a_detail_most_reports_give_is_an_omission_in_the_reports_without_it() -> None:
    detail = "Police detained the ship's captain on suspicion of negligent manslaughter."
    bare = "Police detained the ship's captain on Sunday."
    c = by_hand({"a": detail, "b": detail, "c": bare, "d": bare.replace("Sunday", "Monday")},
                [{"a": (0,), "b": (0,), "c": (0,), "d": (0,)}])
    (d,) = found(c, details=True)
    assert d.missing == ("c", "d") and d.severity == "low"
    assert [(e.report, e.text) for e in d.evidence] == [
        ("a", "suspicion of negligent manslaughter"), ("b", "suspicion of negligent manslaughter")]
    # a single word more ("at dawn") is too little to call a detail
    dawn = bare.replace("Sunday", "Sunday at dawn")
    c2 = by_hand({"a": dawn, "b": dawn, "c": bare}, [{"a": (0,), "b": (0,), "c": (0,)}])
    assert found(c2, details=True) == []


def test_a_toll_of_one_nation_told_in_other_words_shares_a_figure_term() -> None:
    texts = {"a": "32 Cuban military personnel were killed, Cuba says.",
             "b": "Cuba put its dead at 32, among them three senior officers.",
             "c": "Venezuela put its dead at 23."}
    plain = by_hand(texts, [{"a": (0,)}, {"b": (0,)}, {"c": (0,)}])
    figures = tuple(f for r, sents in zip(plain.reports, plain.sentences, strict=True)
                    for f in extract_figures(r, sents))
    terms = omissions._figure_terms(plain.model_copy(update={"figures": figures}))
    # the Cuban dead are one quantity however they are named; the Venezuelan are another
    assert "#killed:CU" in terms[("a", 0)] & terms[("b", 0)]
    assert "#killed:VE" in terms[("c", 0)] and "#killed:CU" not in terms[("c", 0)]


def test_content_only_one_report_has_is_unique_not_an_omission() -> None:
    c = by_hand({"a": FACTS[0] + " " + FACTS[3], "b": FACTS[0], "c": FACTS[0]},
                [{"a": (0,), "b": (0,), "c": (0,)}, {"a": (1,)}])
    assert found(c) == []
    assert omissions.unique_content(c, config=Config()) == {"a": (1,), "b": (), "c": ()}


def test_share_below_the_threshold_is_not_an_omission() -> None:
    texts = {k: FACTS[0] + (" " + FACTS[1] if k in "ab" else "") for k in "abcde"}
    groups = [{k: (0,) for k in "abcde"}, {"a": (1,), "b": (1,)}]
    assert found(by_hand(texts, groups)) == []          # 2 of 5 < 0.5
    (d,) = found(by_hand(texts, groups), omission_share=0.4)
    assert d.missing == ("c", "d", "e")


def test_one_fact_split_over_two_groups_gives_one_omission() -> None:
    a = "The governor ordered an inquiry. It will examine the maintenance contractor."
    b = "The governor ordered an inquiry into the maintenance contractor."
    c_ = "The governor ordered an inquiry into the maintenance contractor on Friday."
    c = by_hand({"a": a, "b": b, "c": c_, "d": FACTS[4]},
                [{"a": (0,), "b": (0,), "c": (0,)}, {"a": (1,), "b": (0,)}, {"d": (0,)}])
    (d,) = found(c)
    assert d.missing == ("d",)



Y = "Rescue divers searched the water for more cars on Friday."


def test_a_neighbouring_sentence_of_another_group_does_not_state_the_fact() -> None:
    # c's sentence shares 'rescue divers ... water ... cars' with the fact, but a and b tell
    # it apart from the fact (they state both), so c lacks what only the fact says.
    texts = {"a": f"{FACTS[1]} {Y}", "b": f"{FACTS[1]} {Y}", "c": Y}
    (d,) = found(by_hand(texts, [{"a": (0,), "b": (0,)}, {"a": (1,), "b": (1,), "c": (0,)}]))
    assert d.group == "g0" and d.missing == ("c",)


def test_a_member_restating_another_group_word_for_word_does_not_state_the_fact() -> None:
    # One text republished without a sentence: the aligner pulled c's neighbouring sentence
    # into the fact's group as well.
    texts = {"a": f"{FACTS[1]} {Y}", "b": f"{FACTS[1]} {Y}", "c": Y}
    groups = [{"a": (0,), "b": (0,), "c": (0,)}, {"a": (1,), "b": (1,), "c": (0,)}]
    (d,) = found(by_hand(texts, groups))
    assert d.group == "g0" and d.missing == ("c",)
    assert "c" not in omissions.fact_coverage(by_hand(texts, groups), config=Config())["g0"]


def test_two_facts_in_one_sentence_that_sits_in_both_groups_are_not_missing() -> None:
    long = ("The bridge over the Orinoco river collapsed in the evening, and rescue divers "
            "recovered three cars from the water by midnight.")
    c = by_hand({"a": " ".join(FACTS[:2]), "b": " ".join(FACTS[:2]), "c": long},
                [{"a": (0,), "b": (0,), "c": (0,)}, {"a": (1,), "b": (1,), "c": (0,)}])
    assert found(c) == []



def test_a_sentence_that_only_joined_the_group_must_hold_its_words() -> None:
    ferries = "Ferries will run in place of the bridge until engineers build a new one."
    texts = {"a": f"{FACTS[1]} {FACTS[4]}", "b": f"{FACTS[1]} {FACTS[4]}", "c": ferries}
    c = by_hand(texts, [{"a": (0,), "b": (0,), "c": (0,)}, {"a": (1,), "b": (1,), "c": (0,)}])
    assert found(c) == []  # a clustered member is trusted (the aligner matched its meaning)
    joined = c.groups[0].model_copy(update={"joined": (Member(report="c", sentences=(0,)),)})
    c = c.model_copy(update={"groups": (joined, c.groups[1])})
    (d,) = found(c)
    assert d.group == "g0" and d.missing == ("c",)
    # A joined sentence that states both facts still states this one.
    both = ("Rescue divers recovered three cars from the water by midnight, and ferry "
            "services will replace the crossing.")
    c = c.model_copy(update={"reports": (*c.reports[:2], Report(id="c", text=both)),
                             "sentences": (*c.sentences[:2],
                                           tuple(split_sentences("c", both)))})
    assert found(c) == []

ARTICLE = [
    "The bridge over the Orinoco river collapsed during the evening rush hour on Tuesday.",
    "Rescue divers recovered three cars from the water by midnight.",
    "Rescue divers searched the river for more cars on Wednesday morning.",
    "Four people died and eleven were taken to hospital, the fire service said.",
    "The fire service said the search would continue through the weekend.",
    "The governor ordered an inquiry into the maintenance contractor.",
    "The governor said the inquiry would report within three months.",
    "Engineers had warned about corrosion in the steel cables last spring.",
    "The contractor said the cables had been inspected in March.",
    "Ferry services will replace the crossing until a new span opens.",
    "The ferry operator said it would add night crossings from Monday.",
    "Local schools closed on Thursday as a mark of respect.",
]


@pytest.mark.model
def test_copies_of_one_article_with_different_sentences_cut(real_encoder: object) -> None:
    # The benchmark's 'copies' setting on an article written for the test: every sentence
    # cut from one copy is an omission of that copy, though its neighbours say similar things.
    cuts = {"copy-a": (1, 6), "copy-b": (4, 8), "copy-c": (2, 10)}
    reports = [Report(id=name, text=" ".join(s for i, s in enumerate(ARTICLE) if i not in cut))
               for name, cut in cuts.items()]
    result = compare(reports, encoder=real_encoder,  # type: ignore[arg-type]
                     config=Config(kinds=("omission",)))
    for name, cut in cuts.items():
        for i in cut:
            assert any(d.missing == (name,) and any(e.text == ARTICLE[i] for e in d.evidence)
                       for d in result.divergences), (name, ARTICLE[i])
    assert all(len(d.missing or ()) == 1 for d in result.divergences)

@settings(max_examples=15, deadline=None)
@given(n_reports=st.integers(3, 5), n_facts=st.integers(3, 6), data=st.data())
def test_property_removing_a_sentence_all_others_state_is_an_omission(
    n_reports: int, n_facts: int, data: st.DataObject
) -> None:
    facts = FACTS[:n_facts]
    victim = data.draw(st.integers(0, n_reports - 1), label="report")
    dropped = data.draw(st.integers(0, n_facts - 1), label="fact")
    reports = [
        Report(id=f"r{k}", text=" ".join(f for i, f in enumerate(facts)
                                         if k != victim or i != dropped))
        for k in range(n_reports)
    ]
    result = compare(reports, encoder=HashingEncoder(), config=Config(kinds=("omission",)))
    hits = [d for d in result.divergences if d.missing == (f"r{victim}",)]
    assert hits, [d.message for d in result.divergences]
    assert any(facts[dropped] in e.text for d in hits for e in d.evidence)


@pytest.fixture(scope="module")
def examples(compare_examples: Callable[..., Comparison]) -> Comparison:
    return compare_examples("omission")


@pytest.mark.model
def test_examples_omissions(examples: Comparison) -> None:
    found_ = examples.divergences
    assert all(d.kind == "omission" for d in found_)
    admirals = [d for d in found_ if any("admirals" in e.text for e in d.evidence)]
    assert any("tribune" in (d.missing or ()) for d in admirals)
    operation = [d for d in found_ if any("Absolute Resolve" in e.text for e in d.evidence)]
    assert len(operation) == 1
    assert set(operation[0].missing or ()) == {"tribune", "radio-metro"}
    # Fact-level: globe tells the Padrino quote in indirect speech, so only tribune lacks it.
    quote = [d for d in found_ if any("cold blood" in e.text for e in d.evidence)]
    assert quote and all(d.missing == ("tribune",) for d in quote)
    matrix = examples.coverage_matrix()
    assert set(matrix) == {g.id for g in examples.groups}
    assert all(set(row) == {r.id for r in examples.reports} for row in matrix.values())


def test_a_member_whose_sentences_all_drop_out_still_gets_the_loose_check() -> None:
    # c's only link to g0 is an unrelated sentence that joined late; its first sentence
    # states the fact, so c is not missing it (found by review).
    c_text = ("Witnesses said the bridge over the Orinoco river collapsed during the evening "
              "rush hour. " + FACTS[4])
    texts = {"a": f"{FACTS[0]} {FACTS[2]}", "b": f"{FACTS[0]} {FACTS[2]}", "c": c_text}
    c = by_hand(texts, [{"a": (0,), "b": (0,), "c": (1,)}, {"a": (1,), "b": (1,)}])
    late = c.groups[0].model_copy(update={"joined": (Member(report="c", sentences=(1,)),)})
    c = c.model_copy(update={"groups": (late, c.groups[1])})
    assert [(d.group, d.missing) for d in found(c)] == [("g1", ("c",))]
    assert omissions.fact_coverage(c, config=Config())["g0"]["c"] == (0,)


def test_a_dateline_is_no_fact_to_omit() -> None:
    senate = "The Senate passed the budget bill on Friday by 52 votes to 48."
    texts = {"a": f"WASHINGTON (Reuters) - {senate}", "b": f"WASHINGTON (AP) \u2014 {senate}",
             "c": senate}
    c = by_hand(texts, [{"a": (0,), "b": (0,)}, {"a": (1,), "b": (1,), "c": (0,)}])
    assert [c.sentence_text("a", 0), c.sentence_text("b", 0)] == [
        "WASHINGTON (Reuters) -", "WASHINGTON (AP) \u2014"]
    assert found(c) == []
    # the same two reports with a real first sentence instead: c lacks it
    texts = {"a": f"Rain fell all day. {senate}", "b": f"Rain fell all day. {senate}",
             "c": senate}
    c = by_hand(texts, [{"a": (0,), "b": (0,)}, {"a": (1,), "b": (1,), "c": (0,)}])
    assert [d.missing for d in found(c)] == [("c",)]


def test_sentences_that_share_only_the_storys_topic_words_are_not_tight() -> None:
    # the story's words (Trump, Kim, summit) are in every sentence and weigh little
    story = [
        "Trump and Kim will hold their summit in Singapore during June, officials said.",
        "Trump and Kim exchanged personal letters through Swedish envoys before the summit.",
        "Trump said Kim had promised to halt missile launches before the summit.",
        "Trump and Kim will hold the summit in Singapore in June, aides said.",
        "The summit between Trump and Kim is set for Singapore in June, officials said.",
    ]
    more = " ".join(f"Trump spoke of Kim and the summit on day {k}." for k in range(8))
    c = by_hand({r: f"{t} {more}" for r, t in zip("abcde", story, strict=True)}, [])
    terms = omissions._Terms.of(c)
    topic = omissions._tightness({"a": (0,), "b": (0,), "c": (0,)}, terms)
    fact = omissions._tightness({"a": (0,), "d": (0,), "e": (0,)}, terms)
    assert topic < Config().omission_tightness <= fact
