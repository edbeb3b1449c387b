"""Alignment: reordering, one-to-many, two-fact sentences, singletons (controlled vectors)."""

from __future__ import annotations

import numpy as np
import pytest

from newsdiff.align import (
    Unit,
    align,
    align_scores,
    anchor_terms,
    cluster,
    consistent_scores,
    content_terms,
    extra_memberships,
    groups_from_scores,
    pair_scores,
)
from newsdiff.config import Config
from newsdiff.render.json import GroupDoc

NO_LEX = Config(lexical_weight=0.0, anchor_weight=0.0, use_concatenations=False)


def members(groups: list) -> list[list[tuple[str, tuple[int, ...]]]]:  # type: ignore[type-arg]
    return [[(m.report, m.sentences) for m in g.members] for g in groups]


def unit_vectors(*rows: list[float]) -> np.ndarray:  # type: ignore[type-arg]
    arr = np.array(rows, dtype=np.float32)
    return arr / np.linalg.norm(arr, axis=1, keepdims=True)


def test_reordered_facts_align_and_unique_content_is_singleton() -> None:
    units = [Unit("a", 0, "f1"), Unit("a", 1, "f2"), Unit("a", 2, "only a"),
             Unit("b", 0, "f2"), Unit("b", 1, "f1")]
    vecs = unit_vectors([1, 0, 0], [0, 1, 0], [0, 0, 1], [0, 1, 0], [1, 0, 0])
    got = members(align(units, vecs, config=NO_LEX))
    assert [("a", (0,)), ("b", (1,))] in got
    assert [("a", (1,)), ("b", (0,))] in got
    assert [("a", (2,))] in got
    assert len(got) == 3


def test_three_reports_form_one_group_per_fact() -> None:
    units = [Unit(r, 0, "x") for r in "abc"] + [Unit(r, 1, "y") for r in "abc"]
    units.sort(key=lambda u: (u.report, u.index))
    vecs = unit_vectors(*([[1, 0.1], [0.1, 1]] * 3))
    got = members(align(units, vecs, config=NO_LEX))
    assert got == [[("a", (0,)), ("b", (0,)), ("c", (0,))], [("a", (1,)), ("b", (1,)), ("c", (1,))]]


def test_split_sentence_joins_as_adjacent_pair() -> None:
    # a0 states f1+f2; b0 states f1, b1 states f2: both of b's sentences join a0.
    units = [Unit("a", 0, "f1 f2"), Unit("b", 0, "f1"), Unit("b", 1, "f2")]
    vecs = unit_vectors([1, 1], [1, 0.2], [0.2, 1])
    got = members(align(units, vecs, config=NO_LEX.model_copy(update={"group_threshold": 0.7})))
    assert got == [[("a", (0,)), ("b", (0, 1))]]


def test_concatenation_links_both_halves() -> None:
    units = [Unit("a", 0, "f1 f2"), Unit("b", 0, "f1"), Unit("b", 1, "f2")]
    vecs = unit_vectors([1, 1], [1, 0], [0, 1])
    pair = np.zeros((2, 2), dtype=np.float32)
    pair[1] = unit_vectors([1, 1])[0]  # b0+b1 joined is exactly a0
    config = Config(lexical_weight=0.0, anchor_weight=0.0, group_threshold=0.8)
    without = members(align(units, vecs, config=config.model_copy(
        update={"use_concatenations": False})))
    with_pairs = members(align(units, vecs, config=config, pair_vectors=pair))
    assert [("a", (0,)), ("b", (0, 1))] not in without
    assert with_pairs == [[("a", (0,)), ("b", (0, 1))]]


def test_two_complete_groups_are_not_fused() -> None:
    # headline and lead in both reports: related, but two groups, not one of four.
    units = [Unit("a", 0, "h"), Unit("a", 1, "l"), Unit("b", 0, "h"), Unit("b", 1, "l")]
    vecs = unit_vectors([1, 0.6], [0.6, 1], [1, 0.6], [0.6, 1])
    got = members(align(units, vecs, config=NO_LEX))
    assert got == [[("a", (0,)), ("b", (0,))], [("a", (1,)), ("b", (1,))]]


def test_two_fact_sentence_sits_in_two_groups() -> None:
    # c0 states f1 and f2, which a and b state in separate, non-adjacent sentences.
    units = [Unit("a", 0, "f1"), Unit("a", 1, "x"), Unit("a", 2, "f2"),
             Unit("b", 0, "f2"), Unit("b", 1, "y"), Unit("b", 2, "f1"),
             Unit("c", 0, "f1 f2")]
    vecs = unit_vectors([1, 0, 0, 0], [0, 0, 1, 0], [0, 1, 0, 0],
                        [0, 1, 0, 0], [0, 0, 0, 1], [1, 0, 0, 0],
                        [1, 1, 0, 0])
    config = NO_LEX.model_copy(update={"group_threshold": 0.6, "extra_membership_threshold": 0.6})
    got = members(align(units, vecs, config=config))
    in_groups = [g for g in got if ("c", (0,)) in g]
    assert len(in_groups) == 2
    assert {tuple(g) for g in in_groups} == {
        (("a", (0,)), ("b", (2,)), ("c", (0,))), (("a", (2,)), ("b", (0,)), ("c", (0,)))}


def test_same_report_pairs_never_score() -> None:
    units = [Unit("a", 0, "x"), Unit("a", 1, "x")]
    scores = pair_scores(units, unit_vectors([1, 0], [1, 0]), config=NO_LEX)
    assert np.isneginf(scores).all()
    assert members(align(units, unit_vectors([1, 0], [1, 0]), config=NO_LEX)) == [
        [("a", (0,))], [("a", (1,))]]


def test_cluster_matches_brute_force_average_linkage_on_small_inputs() -> None:
    rng = np.random.default_rng(0)
    for _ in range(20):
        n = int(rng.integers(2, 8))
        score = rng.uniform(-1, 1, (n, n))
        score = (score + score.T) / 2
        reports = [str(i) for i in range(n)]  # all different reports: plain average linkage
        got = cluster(score, 0.2, report_of=reports, index_of=[0] * n)
        assert sorted(map(sorted, got)) == sorted(map(sorted, _reference(score, 0.2)))


def _reference(score: np.ndarray, threshold: float) -> list[list[int]]:  # type: ignore[type-arg]
    clusters = [[i] for i in range(len(score))]
    while True:
        best, pair = -np.inf, None
        for x in range(len(clusters)):
            for y in range(x + 1, len(clusters)):
                link = np.mean([score[i, j] for i in clusters[x] for j in clusters[y]])
                if link > best:
                    best, pair = link, (x, y)
        if pair is None or best < threshold:
            return clusters
        x, y = pair
        clusters[x] = clusters[x] + clusters[y]
        del clusters[y]


def test_content_terms_fold_accents_and_plurals() -> None:
    assert content_terms("Padrino López said soldiers") == content_terms("padrino lopez soldier")


def test_anchor_terms_are_names_and_numbers_with_numbers_in_words() -> None:
    assert anchor_terms("Fifty-five soldiers died in Caracas, Padrino López said.") == (
        anchor_terms("The toll: 55 dead in Caracas (Padrino Lopez)."))
    assert anchor_terms("They said nothing.") == frozenset()


def test_anchor_weight_separates_look_alike_events() -> None:
    # same wording, different people: the name overlap pulls the score down.
    units = [Unit("a", 0, "Actress Tara Reid checked into rehab."),
             Unit("b", 0, "Actress Lindsay Lohan checked into rehab."),
             Unit("c", 0, "Actress Tara Reid entered a rehab clinic.")]
    vecs = unit_vectors([1, 0.1], [1, 0.1], [1, 0.1])
    plain = pair_scores(units, vecs, config=NO_LEX)
    anchored = pair_scores(units, vecs, config=NO_LEX.model_copy(update={"anchor_weight": 0.5}))
    assert plain[0, 1] == pytest.approx(plain[0, 2])
    assert anchored[0, 2] > anchored[0, 1]


def test_anchors_are_neutral_when_one_side_has_none() -> None:
    units = [Unit("a", 0, "Troops left at night."), Unit("b", 0, "Soldiers in Caracas left.")]
    vecs = unit_vectors([1, 0.3], [1, 0.0])
    plain = pair_scores(units, vecs, config=NO_LEX)
    anchored = pair_scores(units, vecs, config=NO_LEX.model_copy(update={"anchor_weight": 0.5}))
    assert anchored[0, 1] == pytest.approx(plain[0, 1])


def test_consistency_raises_pairs_bridged_by_a_third_report() -> None:
    score = np.array([[-np.inf, 0.3, 0.9, 0.1],
                      [0.3, -np.inf, 0.9, 0.1],
                      [0.9, 0.9, -np.inf, -np.inf],
                      [0.1, 0.1, -np.inf, -np.inf]])
    reports = ["a", "b", "c", "c"]
    out = consistent_scores(score, reports, weight=0.5)
    assert out[0, 1] == pytest.approx(0.5 * 0.3 + 0.5 * 0.9)
    assert out[0, 2] == pytest.approx(0.5 * 0.9 + 0.5 * 0.3)  # the only bridge: a0-b0-c0
    assert np.isneginf(out[2, 3])
    assert np.allclose(out, out.T)
    assert consistent_scores(score, reports, weight=0.0) is score


def test_restatement_joins_a_group_that_holds_its_report() -> None:
    # a0 and a1 state the same fact; b0 and c0 state it once.
    score = np.full((4, 4), -np.inf)
    links = {(0, 2): 0.9, (0, 3): 0.9, (2, 3): 0.9, (1, 2): 0.7, (1, 3): 0.6}
    for (i, j), v in links.items():
        score[i, j] = score[j, i] = v
    reports = ["a", "a", "b", "c"]
    groups = [[0, 2, 3], [1]]
    assert extra_memberships(groups, score, 0.6, report_of=reports) == groups
    assert extra_memberships(groups, score, 0.6, report_of=reports,
                             restatement_threshold=0.64) == [[0, 1, 2, 3], [1]]
    assert extra_memberships(groups, score, 0.6, report_of=reports,
                             restatement_threshold=0.7) == groups
    assert extra_memberships(groups, score, 0.6, report_of=reports,
                             restatement_threshold=0.7, top_k=1) == [[0, 1, 2, 3], [1]]


def test_align_equals_scores_then_groups() -> None:
    rng = np.random.default_rng(1)
    units = [Unit(r, k, f"s{r}{k}") for r in "abc" for k in range(4)]
    vecs = unit_vectors(*rng.normal(size=(12, 6)).tolist())
    config = Config(consistency_weight=0.3, restatement_threshold=0.5, membership_top_k=2)
    direct = align(units, vecs, config=config)
    staged = groups_from_scores(units, align_scores(units, vecs, config=config), config=config)
    assert direct == staged


def _reference_constrained(score: np.ndarray, threshold: float, report_of: list[str],  # type: ignore[type-arg]
                           index_of: list[int]) -> list[list[int]]:
    """Average linkage recomputed from scratch at every step, with the same merge rule."""
    from newsdiff.align import _may_merge

    clusters = [[i] for i in range(len(score))]
    blocked: set[tuple[tuple[int, ...], tuple[int, ...]]] = set()
    while True:
        best, pair = -np.inf, None
        for x in range(len(clusters)):
            for y in range(x + 1, len(clusters)):
                vals = [score[i, j] for i in clusters[x] for j in clusters[y]
                        if np.isfinite(score[i, j])]
                key = (tuple(clusters[x]), tuple(clusters[y]))
                if vals and key not in blocked and np.mean(vals) > best:
                    best, pair = float(np.mean(vals)), (x, y)
        if pair is None or best < threshold:
            return sorted(sorted(c) for c in clusters)
        x, y = pair
        if not _may_merge(clusters[x], clusters[y], report_of, index_of):
            blocked.add((tuple(clusters[x]), tuple(clusters[y])))
            continue
        clusters[x] = clusters[x] + clusters[y]
        del clusters[y]


def test_cluster_with_shared_reports_matches_reference() -> None:
    rng = np.random.default_rng(7)
    for _ in range(40):
        n = int(rng.integers(2, 10))
        reports = sorted(str(r) for r in rng.integers(0, 3, n))
        index_of = [reports[:k].count(r) for k, r in enumerate(reports)]
        score = rng.uniform(-0.2, 1, (n, n))
        score = (score + score.T) / 2
        same = np.array(reports)[:, None] == np.array(reports)[None, :]
        score = np.where(same, -np.inf, score)
        got = cluster(score, 0.3, report_of=reports, index_of=index_of)
        assert sorted(got) == _reference_constrained(score, 0.3, reports, index_of)


def test_groups_record_the_sentences_that_joined_after_clustering() -> None:
    units = [Unit("a", 0, "x"), Unit("a", 1, "y"), Unit("b", 0, "x2"), Unit("b", 1, "y2"),
             Unit("c", 0, "x and y")]
    s = 2 ** -0.5
    vecs = np.array([[1, 0], [0, 1], [1, 0], [0, 1], [s, s]], dtype=np.float32)
    groups = align(units, vecs, config=Config(lexical_weight=0.0, anchor_weight=0.0))
    with_c = [g for g in groups if "c" in g.reports]
    assert len(with_c) == 2  # the two-fact sentence sits in both groups
    assert sorted(len(g.joined) for g in with_c) == [0, 1]  # clustered into one, joined one
    (late,) = [g for g in with_c if g.joined]
    assert [(m.report, m.sentences) for m in late.joined] == [("c", (0,))]
    assert "joined" not in GroupDoc.model_fields  # Python only: the JSON contract is unchanged
