"""Figures of sentences that are each other's nearest in the other report are compared even
when the aligner put them in different groups (newsdiff/neighbours.py)."""

from __future__ import annotations

import numpy as np
import pytest

from newsdiff import compare
from newsdiff.align import Unit
from newsdiff.claims.figures import extract_figures
from newsdiff.config import Config
from newsdiff.divergences.figures import find
from newsdiff.encoders import SentenceTransformerEncoder
from newsdiff.models import Comparison, Divergence, Group, Member, Report
from newsdiff.neighbours import mutual_neighbours
from newsdiff.segment import split_sentences

FIGURES = Config(kinds=("figure",))
FUND_A = "The government set aside €8 million in emergency funding for the refugees."
FUND_B = "Ministers splurged a staggering €18 million of emergency funding on the camps!"


def apart(*texts: str) -> Comparison:
    """One-sentence reports r0, r1, ..., each in a group of its own."""
    reports = tuple(Report(id=f"r{k}", text=t) for k, t in enumerate(texts))
    sentences = tuple(tuple(split_sentences(r.id, r.text)) for r in reports)
    groups = tuple(Group(id=f"g{k}", score=1.0, members=(Member(report=r.id, sentences=(0,)),))
                   for k, r in enumerate(reports))
    return Comparison(model="test", reports=reports, sentences=sentences, groups=groups,
                      figures=tuple(f for r, s in zip(reports, sentences, strict=True)
                                    for f in extract_figures(r, s)))


def values(found: list[Divergence]) -> list[list[float | str | None]]:
    return [sorted((e.value for e in d.evidence), key=str) for d in found
            if d.subkind in {"value", "bound"}]


def test_nearest_sentences_in_other_groups_compare_their_figures() -> None:
    c = apart(FUND_A, FUND_B)
    assert values(find(c, config=FIGURES)) == []  # not grouped: nothing compared before
    near = frozenset({(("r0", 0), ("r1", 0))})
    assert values(find(c, config=FIGURES, near=near)) == [[18_000_000.0, 8_000_000.0]]


def test_mutual_neighbours_keeps_only_pairs_closest_both_ways() -> None:
    units = [Unit("a", 0, "x"), Unit("a", 1, "y"), Unit("b", 0, "x'"), Unit("c", 0, "y'")]
    vecs = np.array([[1, 0], [0.6, 0.8], [0.8, 0.6], [0, 1]], dtype=np.float32)
    # a0 and a1 both have b0 nearest, but b0 is nearer a1 (0.96 vs 0.8): only (a1, b0);
    # c0 pairs with a1 (0.8) and with b0 (0.6), each the only sentence of its report
    assert mutual_neighbours(units, vecs, threshold=0.5) == frozenset({
        (("a", 1), ("b", 0)), (("a", 1), ("c", 0)), (("b", 0), ("c", 0))})
    assert mutual_neighbours(units, vecs, threshold=0.9) == frozenset({(("a", 1), ("b", 0))})


def test_the_real_model_pairs_a_tabloid_sentence_left_out_of_every_group(
        real_encoder: SentenceTransformerEncoder) -> None:
    reports = [Report(id="wire", text=f"Refugees kept arriving on Monday. {FUND_A} "
                                      "Aid groups said the camps were full."),
               Report(id="tabloid", text=f"Chaos at the border! {FUND_B} "
                                         "Locals say they have had enough.")]
    # no two sentences group at this threshold: only the nearest pair can compare
    alone = Config(kinds=("figure",), group_threshold=0.99, extra_membership_threshold=0.99,
                   restatement_threshold=None)
    found = compare(reports, encoder=real_encoder, config=alone).divergences
    assert values(list(found)) == [[18_000_000.0, 8_000_000.0]]
    off = alone.model_copy(update={"neighbour_threshold": None})
    assert values(list(compare(reports, encoder=real_encoder, config=off).divergences)) == []


NEAR = frozenset({(("r0", 0), ("r1", 0))})


@pytest.mark.parametrize(("a", "b"), [
    # names tell the sentences apart: two players
    ("Wayne had five catches to become the fifth player in history with four 100-catch "
     "seasons.", "Allen had three catches on Sunday, bringing his season total to 43."),
    # a sentence with two counts of the thing: no one count of games
    ("The Sixers went on to win 18 of their next 23 games after being at least 12 games "
     "below .500.", "The Sixers are still just two games behind the eighth seed in the East."),
    # history (a review's cases, 2026-12-03): last season's final, a flood of 2007, the old
    # hospital
    ("A crowd of 61,000 watched the final at Wembley on Sunday.",
     "Last season's final drew a record crowd of 89,000."),
    ("Forty homes were flooded in the village on Friday.",
     "In 2007, floods swept through 400 homes in the village."),
    ("The new children's hospital will have 300 beds.",
     "The old hospital it replaces had only 180 beds and was built in 1960."),
])
def test_nearest_sentences_that_tell_other_things_do_not_compare(a: str, b: str) -> None:
    assert values(find(apart(a, b), config=FIGURES, near=NEAR)) == []
