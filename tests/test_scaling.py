"""The sparse alignment path (candidate pairs) against the dense one, and its memory bound."""

from __future__ import annotations

import tracemalloc
from pathlib import Path
from unittest import mock

import numpy as np
import numpy.typing as npt
from contract import check_contract
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdiff import Report, compare, load_reports
from newsdiff.align import (
    Unit,
    _joining,
    _mix,
    _sparse_clusters_and_members,
    _Terms,
    align,
    align_sparse,
    cluster_sparse,
    sparse_pair_scores,
)
from newsdiff.candidates import candidate_pairs, nearest_other
from newsdiff.config import Config
from newsdiff.encoders import Encoder, HashingEncoder

WORDS = ["soldiers", "killed", "Caracas", "raid", "Maduro", "captured", "55", "twenty-three",
         "minister", "said", "cold", "blood", "Cuba", "troops", "the", "in", "were", "night"]


def members(groups: list) -> list[list[tuple[str, tuple[int, ...]]]]:  # type: ignore[type-arg]
    return [[(m.report, m.sentences) for m in g.members] for g in groups]


def normalised(x: npt.NDArray[np.float64]) -> npt.NDArray[np.float32]:
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


# --- candidates ---------------------------------------------------------------------------

def test_nearest_other_is_exact_top_k_of_other_reports() -> None:
    rng = np.random.default_rng(1)
    vecs = normalised(rng.normal(size=(60, 12)))
    reports = rng.integers(0, 5, size=60)
    near = nearest_other(vecs, reports, k=4, block=100)
    sim = vecs @ vecs.T
    for i in range(60):
        others = np.flatnonzero(reports != reports[i])
        expected = others[np.argsort(-sim[i, others], kind="stable")][:4]
        assert near[i].tolist() == expected.tolist()


def test_candidate_pairs_with_large_k_are_all_cross_report_pairs() -> None:
    rng = np.random.default_rng(2)
    vecs = normalised(rng.normal(size=(15, 4)))
    reports = np.array([0] * 5 + [1] * 4 + [2] * 6)
    pairs = candidate_pairs(vecs, reports, k=100)
    expected = [[i, j] for i in range(15) for j in range(i + 1, 15) if reports[i] != reports[j]]
    assert pairs.tolist() == expected


def test_joined_pairs_add_their_neighbours_to_both_halves() -> None:
    # a0+a1 joined points at b1, which neither half is nearest to with k=1.
    vecs = normalised(np.array([[1, 0, 0], [0, 1, 0], [1, 0.1, 0], [0.1, 0.5, 1.0]]))
    pair_vecs = normalised(np.array([[0.1, 0.5, 1.0], [1, 1, 1], [1, 1, 1], [1, 1, 1]]))
    reports = np.array([0, 0, 1, 1])
    plain = candidate_pairs(vecs, reports, k=1).tolist()
    joined = candidate_pairs(vecs, reports, k=1, pair_vectors=pair_vecs,
                             adjacent=np.array([0])).tolist()
    assert [0, 3] not in plain and [0, 3] in joined and [1, 3] in joined


# --- sparse == dense when every pair is a candidate ---------------------------------------

@st.composite
def unit_sets(draw: st.DrawFn) -> tuple[list[Unit], npt.NDArray[np.float32],
                                        npt.NDArray[np.float32], Config]:
    sizes = draw(st.lists(st.integers(1, 6), min_size=2, max_size=4))
    units = [Unit(f"r{r}", i, " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1,
                                                     max_size=7))) + ".")
             for r, size in enumerate(sizes) for i in range(size)]
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    vecs = normalised(rng.normal(size=(len(units), 6)))
    pair_vecs = normalised(rng.normal(size=(len(units), 6)))
    config = Config(group_threshold=draw(st.floats(0.0, 0.6)),
                    extra_membership_threshold=draw(st.floats(0.2, 0.6)),
                    membership_top_k=draw(st.sampled_from([0, 1, 2])),
                    candidate_k=len(units))
    return units, vecs, pair_vecs, config


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(unit_sets())
def test_sparse_with_all_pairs_equals_dense(case: tuple) -> None:  # type: ignore[type-arg]
    units, vecs, pair_vecs, config = case
    dense = align(units, vecs, config=config, pair_vectors=pair_vecs)
    sparse = align_sparse(units, vecs, config=config, pair_vectors=pair_vecs)
    assert members(sparse) == members(dense)
    # scores are rounded to 4 decimals; the cosines come from different BLAS calls
    assert np.allclose([g.score for g in sparse], [g.score for g in dense], atol=2e-4)


def test_sparse_equals_dense_on_the_examples_with_the_real_model(
    real_encoder: Encoder, examples_dir: Path
) -> None:
    reports = load_reports(examples_dir)
    dense = compare(reports, encoder=real_encoder)
    n = sum(map(len, dense.sentences))
    sparse = compare(reports, encoder=real_encoder,
                     config=Config(dense_limit=1, candidate_k=n))
    assert n > 1 and members(list(sparse.groups)) == members(list(dense.groups))
    assert np.allclose([g.score for g in sparse.groups], [g.score for g in dense.groups],
                       atol=2e-4)
    # with few candidates the contract still holds
    check_contract(compare(reports, encoder=real_encoder,
                           config=Config(dense_limit=1, candidate_k=3)).to_json())


# --- the vectorised sparse steps == their plain loops, with few candidates ----------------

def reference_boost(units: list[Unit], links: list[dict[int, float]], pair_links: dict,  # type: ignore[type-arg]
                    margin: float) -> None:
    """The adjacent-pair boosts one by one (``pair_links[k][j]``: pair k, k+1 against each j
    either half linked to before any boost)."""
    for k in sorted(pair_links):
        for j, pc in sorted(pair_links[k].items()):
            s1, s2 = links[k].get(j, -np.inf), links[k + 1].get(j, -np.inf)
            if pc >= max(s1, s2) + margin:
                links[k][j] = links[j][k] = max(s1, pc)
                links[k + 1][j] = links[j][k + 1] = max(s2, pc)


def reference_members(units: list[Unit], links: list[dict[int, float]],
                      clusters: list[list[int]], config: Config) -> list[list[int]]:
    """Extra and restatement memberships from a full block per group."""
    report_of = [u.report for u in units]
    out = []
    for cl in clusters:
        joined: list[int] = []
        if len(cl) >= 2:
            block = np.array([[links[s].get(c, -np.inf) for c in cl] for s in range(len(units))])
            joined = _joining(block, range(len(units)), {report_of[i] for i in cl},
                              config.extra_membership_threshold, report_of=report_of,
                              restatement_threshold=config.restatement_threshold,
                              top_k=config.membership_top_k)
        out.append(sorted({*cl, *joined}))
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(unit_sets(), st.integers(1, 3))
def test_sparse_steps_equal_their_plain_loops(case: tuple, k: int) -> None:  # type: ignore[type-arg]
    units, vecs, pair_vecs, config = case
    config = config.model_copy(update={"candidate_k": k})
    boosted = sparse_pair_scores(units, vecs, config=config, pair_vectors=pair_vecs)
    with mock.patch("newsdiff.align._boost_adjacent_links"):  # the same links, no boosts
        plain = sparse_pair_scores(units, vecs, config=config, pair_vectors=pair_vecs)
    # every pair's score against every sentence, from the dense path's joined-pair scores
    terms = _Terms.of([u.text for u in units], config)
    pair_links = {}
    for a in range(len(units) - 1):
        if units[a].report == units[a + 1].report:
            joined = _Terms.of([units[a].text + " " + units[a + 1].text], config)
            js = sorted(plain[a].keys() | plain[a + 1].keys())
            cos = np.array([float(pair_vecs[a].astype(np.float64) @ vecs[j].astype(np.float64))
                            for j in js])
            scores = _mix(cos, joined.take([0] * len(js)), terms.take(js), config=config,
                          pairwise=True)
            pair_links[a] = dict(zip(js, scores.tolist(), strict=True))
    reference_boost(units, plain, pair_links, config.concat_margin)
    assert [sorted(d) for d in boosted] == [sorted(d) for d in plain]
    assert np.allclose([v for d in boosted for v in d.values()],
                       [plain[i][j] for i, d in enumerate(boosted) for j in d])
    clusters = cluster_sparse(boosted, config.group_threshold,
                              report_of=[u.report for u in units],
                              index_of=[u.index for u in units])
    got = [full for _, full in _sparse_clusters_and_members(units, boosted, config=config)]
    assert got == reference_members(units, boosted, clusters, config)


# --- the contract on the sparse path ------------------------------------------------------

ENCODER = HashingEncoder(dim=128)
sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=9).map(
    lambda ws: " ".join(ws).capitalize() + ".")


@st.composite
def report_sets(draw: st.DrawFn) -> list[Report]:
    ids = draw(st.lists(st.text("abcdefgh", min_size=1, max_size=4), min_size=2, max_size=4,
                        unique=True))
    return [Report(id=i, text=" ".join(draw(st.lists(sentence, min_size=1, max_size=7))))
            for i in ids]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report_sets(), st.integers(1, 4), st.randoms(use_true_random=False))
def test_contract_order_invariance_and_determinism_on_the_sparse_path(
    reports: list[Report], k: int, rnd  # type: ignore[no-untyped-def]
) -> None:
    config = Config(dense_limit=0, candidate_k=k)
    first = compare(reports, encoder=ENCODER, config=config).to_json()
    check_contract(first)
    shuffled = list(reports)
    rnd.shuffle(shuffled)
    assert compare(shuffled, encoder=ENCODER, config=config).to_json() == first
    assert compare(reports, encoder=ENCODER, config=config).to_json() == first


# --- memory -------------------------------------------------------------------------------

def test_fifteen_thousand_sentences_do_not_allocate_a_square_matrix() -> None:
    n = 15_000
    rng = np.random.default_rng(0)
    vocab = [f"w{i}" for i in range(3000)]
    units = [Unit(f"r{i // 20:04d}", i % 20, " ".join(rng.choice(vocab, 8))) for i in range(n)]
    vecs = HashingEncoder(dim=256).encode([u.text for u in units])
    config = Config(lexical_weight=0.0, anchor_weight=0.0, candidate_k=8)
    tracemalloc.start()
    try:
        groups = align(units, vecs, config=config)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < n * n * 8 / 10  # a float64 n x n matrix would be 1.8 GB
    covered = {(m.report, s) for g in groups for m in g.members for s in m.sentences}
    assert len(covered) == n
