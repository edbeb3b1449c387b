"""Alignment time and peak memory, dense vs sparse path, as the number of sentences grows.

Run: ``.venv/bin/python -m benchmarks.scaling [--data DIR] [--reports 10,30,100,300,1000]
[--dense-max 3000] [--k 20] [--whole 300] [--ann-sizes 3000,10000,30000]``.

Clusters of R reports x 30 sentences are built from real news sentences: the MRPC
paraphrase pairs in ``../shared/data/mrpc`` (skipped with a message when absent).  Ten
"shared facts" (paraphrase pairs) are stated by each report with probability 0.7, in
either wording, at random positions; the other sentences are drawn at random from the
rest (so some wire copy repeats).  Vectors come from the **hashing encoder** (bag of
words), so the numbers are those of alignment alone (candidate search, pair scores,
clustering), with the default ``Config`` weights; encoding is not timed.  Each size runs
:func:`newsdiff.align.align` once for time and once under ``tracemalloc`` for the peak of
Python and numpy allocations (kept apart: tracemalloc slows Python code).  The dense path
(every pair) runs up to ``--dense-max`` sentences; above it, its memory is extrapolated,
not run.  ``agree`` is the share of the dense path's groups the sparse path reproduces
exactly (same members).

``--whole R`` also times a whole :func:`newsdiff.compare` of R such reports (hashing
encoder, default ``Config``) stage by stage, and ``--ann-sizes`` runs
:mod:`benchmarks.ann` (approximate nearest-neighbour indexes against the exact candidate
search, MiniLM vectors); both tables go into this section.
"""

from __future__ import annotations

import argparse
import csv
import gc
import random
import re
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from benchmarks._common import data_dir, machine, markdown_table, write_section
from newsdiff.align import Unit, align_scores, align_sparse, groups_from_scores
from newsdiff.config import Config
from newsdiff.divergences import FINDERS
from newsdiff.encoders import HashingEncoder
from newsdiff.models import Group, Report
from newsdiff.pipeline import compare

PER_REPORT = 30
SHARED = 10


def load_pairs(folder: Path) -> list[tuple[str, str]]:
    """MRPC train pairs (paraphrase or not) as (sentence 1, sentence 2)."""
    path = folder / "mrpc" / "msr_paraphrase_train.txt"
    with path.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(r[3], r[4]) for r in rows[1:] if len(r) == 5 and r[0] == "1"]


def build(pairs: list[tuple[str, str]], reports: int, seed: int = 0) -> list[Unit]:
    """``reports`` reports of 30 sentences sharing ten facts; units ordered by report."""
    rnd = random.Random(seed)
    facts = pairs[:SHARED]
    pool = [s for p in pairs[SHARED:] for s in p]
    units: list[Unit] = []
    for r in range(reports):
        stated = [rnd.choice(f) for f in facts if rnd.random() < 0.7]
        texts = stated + rnd.sample(pool, PER_REPORT - len(stated))
        rnd.shuffle(texts)
        units += [Unit(f"r{r:05d}", i, t) for i, t in enumerate(texts)]
    return units


def measure(run: Callable[[], list[Group]]) -> tuple[list[Group], float, float]:
    """(groups, seconds, peak MB): one plain run for time, one under tracemalloc for memory."""
    gc.collect()
    t0 = time.perf_counter()
    groups = run()
    seconds = time.perf_counter() - t0
    gc.collect()
    tracemalloc.start()
    try:
        run()
        peak = tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()
    return groups, seconds, peak


def k_sweep(pairs: list[tuple[str, str]], encoder: HashingEncoder) -> list[list[object]]:
    """Agreement of the sparse groups with the dense ones for several ``candidate_k``."""
    units = build(pairs, 30)
    vecs = encoder.encode([u.text for u in units])
    dense = groups_from_scores(units, align_scores(units, vecs, config=Config()),
                               config=Config())
    want = {tuple((m.report, m.sentences) for m in g.members) for g in dense}
    rows: list[list[object]] = []
    for k in (5, 20, 50, 200, len(units)):
        t0 = time.perf_counter()
        sparse = align_sparse(units, vecs, config=Config(candidate_k=k))
        seconds = time.perf_counter() - t0
        got = {tuple((m.report, m.sentences) for m in g.members) for g in sparse}
        rows.append([k, round(seconds, 2), round(len(want & got) / len(want), 3)])
    return rows


def whole_compare(pairs: list[tuple[str, str]], reports: int) -> list[list[object]]:
    """Stage timings (seconds) of one whole compare of ``reports`` reports, hashing encoder,
    with the divergence stage split by kind (each finder timed on the same comparison)."""
    texts: dict[str, list[str]] = {}
    for u in build(pairs, reports):
        texts.setdefault(u.report, []).append(u.text)
    given = [Report(id=r, text=" ".join(ts)) for r, ts in texts.items()]
    config = Config()
    t0 = time.perf_counter()
    result = compare(given, encoder=HashingEncoder(), config=config.model_copy(
        update={"kinds": ()}))
    stages = {k: v for k, v in result.timings.items() if k != "divergences"}
    found = 0
    for kind in config.kinds:
        t1 = time.perf_counter()
        found += len(FINDERS[kind](result, config=config))
        stages[f"divergences: {kind}"] = time.perf_counter() - t1
    total = time.perf_counter() - t0
    n = sum(map(len, result.sentences))
    rows: list[list[object]] = [[stage, round(sec, 1), f"{sec / total:.0%}"]
                                for stage, sec in stages.items()]
    rows.append([f"**total** ({reports} reports, {n:,} sentences, {found} divergences)",
                 round(total, 1), "100%"])
    print(rows, file=sys.stderr)
    return rows


def _plain(doc: str) -> str:
    """A docstring's text as one Markdown paragraph (reST roles and double backticks out)."""
    text = " ".join(doc.split())
    return re.sub(r":(?:mod|func|class):", "", text).replace("``", "`")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--reports", default="10,30,100,300,1000")
    parser.add_argument("--dense-max", type=int, default=3000)
    parser.add_argument("--k", type=int, default=Config().candidate_k)
    parser.add_argument("--whole", type=int, default=300,
                        help="reports in the whole-compare timing (0: skip it)")
    parser.add_argument("--ann-sizes", default="3000,10000,30000",
                        help="sentences in the ANN comparison ('': skip it)")
    args = parser.parse_args(argv)
    from benchmarks import ann  # here: benchmarks.ann imports this module

    folder = data_dir(args.data)
    if folder is None:
        return 0
    pairs = load_pairs(folder)
    encoder = HashingEncoder()
    config = Config(candidate_k=args.k)
    rows: list[list[object]] = []
    for reports in [int(x) for x in args.reports.split(",")]:
        units = build(pairs, reports)
        n = len(units)
        vecs = encoder.encode([u.text for u in units])
        sparse, s_time, s_peak = measure(
            lambda units=units, vecs=vecs: align_sparse(units, vecs, config=config))
        if n <= args.dense_max:
            dense, d_time, d_peak = measure(lambda units=units, vecs=vecs: groups_from_scores(
                units, align_scores(units, vecs, config=config), config=config))
            want = {tuple((m.report, m.sentences) for m in g.members) for g in dense}
            got = {tuple((m.report, m.sentences) for m in g.members) for g in sparse}
            agree: object = len(want & got) / max(1, len(want))
            cells: list[object] = [round(d_time, 2), round(d_peak), round(d_time / s_time, 2),
                                   round(d_peak / s_peak, 1), agree]
        else:
            cells = ["-", f"~{n * n * 8 * 6 / 1e6:,.0f} (est.)", "-", "-", "-"]
        rows.append([reports, n, *cells[:2], round(s_time, 2), round(s_peak), *cells[2:]])
        print(rows[-1], file=sys.stderr)
    sweep = k_sweep(pairs, encoder)
    whole = whole_compare(pairs, args.whole) if args.whole else []
    ann_rows: list[list[object]] = []
    if args.ann_sizes:
        ann_rows = ann.measure([int(x) for x in args.ann_sizes.split(",")], folder=folder,
                               k=args.k, model="onnx")
    headers = ["reports", "sentences", "dense s", "dense peak MB", "sparse s",
               "sparse peak MB", "dense/sparse time", "dense/sparse memory", "agree"]
    table = markdown_table(headers, rows)
    print(table)
    body = "\n\n".join([
        "## Scaling: dense vs sparse alignment",
        f"Machine: {machine()}.",
        f"Command: `.venv/bin/python -m benchmarks.scaling --reports {args.reports} "
        f"--dense-max {args.dense_max} --k {args.k} --whole {args.whole} --ann-sizes "
        f"{args.ann_sizes}` (benchmarks/scaling.py, benchmarks/ann.py). Reports of "
        f"{PER_REPORT} real news sentences (MRPC) sharing {SHARED} facts (paraphrase pairs); "
        "vectors from the hashing encoder, so only alignment is timed (default Config, "
        f"candidate_k={args.k}). Peak memory is tracemalloc's (Python and numpy). Dense "
        "estimates above --dense-max assume six n x n float64 matrices.",
        table,
        "Agreement with the dense groups as candidate_k grows (30 reports, 900 sentences; "
        "k >= 899 is exact, as tests/test_scaling.py checks):",
        markdown_table(["candidate_k", "sparse s", "agree"], sweep),
        "Reading (this run, on a machine shared with other jobs, so times are noisy): the "
        "sparse path is faster than the dense one from 900 sentences on; at 3,000 it took 9x "
        "less time and 12x less memory, and 30,000 sentences aligned in under a minute with a "
        "230 MB peak (the exact top-k search is O(n^2) flops, done in bounded blocks, so "
        "memory stays O(block + n*k)). These runs pass no pair vectors (no concatenation "
        "candidates or boosts), which the pipeline adds. Groups differ from the dense path's "
        "where a pair that is not a candidate would have pulled a group's average below the "
        "threshold: the sparse path leaves unscored pairs out of the average (no evidence), "
        "the dense path counts their low scores. Config.dense_limit stays at 2,000, so every "
        "input the dense path accepted before keeps its exact groups. Config.max_sentences "
        "stays at 8,000: past that, the stages after encoding (below) cost minutes.",
        *([f"### Whole compare of {args.whole} reports, stage by stage",
           "`newsdiff.compare` of the same kind of cluster, hashing encoder (so encoding is "
           "nearly free), default Config with pair vectors; `Comparison.timings`, and each "
           "divergence finder timed on its own on the result (the pipeline runs them in "
           "one stage).",
           markdown_table(["stage", "s", "share"], whole),
           "Before the divergence fast paths (commit 672665d: quote links only between "
           "candidate pairs from inverted indexes, difflib ratios skipped when an upper bound "
           "rules them out, framing lexicon indexes built once, loaded-word diffs skipped "
           "when nothing can be flagged and cached by token sequence) this compare took "
           "342 s with divergences 214 s; figure, quote and framing divergences of that "
           "300-report comparison went from 182 s to 20 s with identical output. At "
           "commit 769687f the whole compare took 192 s, alignment 67 s and omissions 71 s; "
           "the sparse alignment rewrite (4cff4c8, 428649a: adjacent-pair boosts and extra "
           "memberships vectorised, same groups) and the omission index (8b2c3b3) brought "
           "them to the times above. Segmentation (pysbd) is now the largest stage."]
          if whole else []),
        *([f"### ANN indexes vs the exact candidate search (k={args.k})",
           _plain((ann.__doc__ or "").split("\n\n", 1)[1]),
           markdown_table(ann.HEADERS, ann_rows), ann.reading(ann_rows),
           "Decision: no ANN index; candidates.py keeps the exact numpy search "
           "(deterministic, no extra dependency). Up to Config.max_sentences (8,000) the "
           "exact search takes seconds, a small part of alignment, and no HNSW index beat "
           "it at the sizes newsdiff accepts; at 30,000 the faster indexes lost recall on "
           "these clusters full of repeated (wire copy) sentences, which HNSW graphs handle "
           "badly. Installation on Python 3.11 here: faiss-cpu 1.15.1 and usearch 2.26.6 "
           "come as wheels; hnswlib 0.8.0 has no wheel and compiled from source (about 2 "
           "minutes). faiss's exact flat index is faster than the numpy blocks, but only by "
           "seconds where newsdiff runs, and it would add a dependency and its own "
           "tie order."] if ann_rows else []),
    ])
    write_section("scaling", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
