"""Approximate nearest-neighbour indexes against the exact top-k of :mod:`newsdiff.candidates`.

Run: ``.venv/bin/python -m benchmarks.ann [--data DIR] [--sizes 3000,10000,30000] [--k 20]
[--model onnx]`` (also run by :mod:`benchmarks.scaling`, whose section holds the table).
The libraries are not newsdiff dependencies (none is used): ``.venv/bin/pip install
faiss-cpu usearch hnswlib`` first; a missing one shows as "not installed".

Each size is a scaling-benchmark cluster (reports of 30 real MRPC sentences, so wire copy
repeats) encoded with the bundled MiniLM through ONNX (384-d, the embeddings newsdiff
uses; cached on disk).  For every sentence the task is the one ``candidate_pairs`` solves:
its ``k`` most similar sentences of *other* reports.  The exact search is
:func:`newsdiff.candidates.nearest_other` (numpy blocks).  Each library builds an HNSW
index over all sentences and is asked for ``k + 29`` neighbours (a report has at most 29
other sentences), same-report hits dropped, the best ``k`` kept.  Recall@k counts a
returned neighbour as right when its similarity reaches the exact k-th one (ties among
repeated sentences are equal answers).  Libraries run with their default thread counts
(2 cores here); parameters are each library's usual ones, listed in the table.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import numpy.typing as npt

from benchmarks._common import data_dir, markdown_table
from benchmarks.scaling import PER_REPORT, build, load_pairs
from newsdiff.cache import EmbeddingCache
from newsdiff.candidates import nearest_other
from newsdiff.encoders import default_cache_dir, encode_unique, encoder_for

F32 = npt.NDArray[np.float32]
I64 = npt.NDArray[np.int64]
Search = Callable[[F32, int], I64]  # (vectors, neighbours) -> ids, best first


def _faiss(vecs: F32, kk: int) -> I64:
    import faiss

    index = faiss.IndexHNSWFlat(vecs.shape[1], 32, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = 80
    index.add(vecs)
    index.hnsw.efSearch = max(64, kk)
    return np.asarray(index.search(vecs, kk)[1], dtype=np.int64)


def _usearch(vecs: F32, kk: int) -> I64:
    from usearch.index import Index

    index = Index(ndim=vecs.shape[1], metric="ip", dtype="f32", connectivity=16,
                  expansion_add=128, expansion_search=max(64, kk))
    index.add(np.arange(len(vecs)), vecs)
    keys = index.search(vecs, kk).keys
    return np.asarray(keys, dtype=np.int64)


def _hnswlib(vecs: F32, kk: int) -> I64:
    import hnswlib

    index = hnswlib.Index(space="ip", dim=vecs.shape[1])
    index.init_index(max_elements=len(vecs), ef_construction=100, M=16, random_seed=0)
    index.add_items(vecs, np.arange(len(vecs)))
    index.set_ef(max(64, kk))
    return np.asarray(index.knn_query(vecs, k=kk)[0], dtype=np.int64)


def _faiss_flat(vecs: F32, kk: int) -> I64:
    import faiss

    index = faiss.IndexFlatIP(vecs.shape[1])
    index.add(vecs)
    return np.asarray(index.search(vecs, kk)[1], dtype=np.int64)


LIBRARIES: dict[str, tuple[str, str, Search]] = {
    "faiss HNSW": ("faiss", "M=32, efConstruction=80, efSearch=max(64, k')", _faiss),
    "usearch HNSW": ("usearch", "connectivity=16, expansion 128/max(64, k')", _usearch),
    "hnswlib HNSW": ("hnswlib", "M=16, ef_construction=100, ef=max(64, k')", _hnswlib),
    "faiss flat (exact)": ("faiss", "IndexFlatIP", _faiss_flat),
}


def other_report_top(ids: I64, vecs: F32, reports: I64, k: int) -> I64:
    """The best ``k`` of each row's returned ids that belong to another report (-1 pads)."""
    out = np.full((len(ids), k), -1, dtype=np.int64)
    for row, cand in enumerate(ids):
        cand = cand[(cand >= 0) & (reports[np.maximum(cand, 0)] != reports[row])]
        out[row, : min(k, len(cand))] = cand[:k]
    return out


def recall(found: I64, exact: I64, vecs: F32) -> float:
    """Share of exact top-k slots matched by a found neighbour at least as similar as the
    exact k-th one (ties between repeated sentences count as equal answers)."""
    rows = np.arange(len(vecs))[:, None]
    kth = np.einsum("ij,ij->i", vecs, vecs[exact[:, -1]])[:, None]
    sims = np.einsum("rkd,rd->rk", vecs[np.maximum(found, 0)], vecs[rows[:, 0]])
    good = (found >= 0) & (sims >= kth - 1e-5)
    return float(good.sum() / exact.size)


def measure(sizes: list[int], *, folder: Path, k: int, model: str) -> list[list[object]]:
    """One row per (size, method): seconds (build + query) and recall@k."""
    pairs = load_pairs(folder)
    encoder = encoder_for(model, cache_dir=None)
    cache = EmbeddingCache(default_cache_dir())
    rows: list[list[object]] = []
    for n in sizes:
        units = build(pairs, max(2, round(n / PER_REPORT)))
        names = sorted({u.report for u in units})
        reports = np.array([names.index(u.report) for u in units], dtype=np.int64)
        vecs = np.ascontiguousarray(encode_unique(encoder, [u.text for u in units],
                                                  cache=cache), dtype=np.float32)
        t0 = time.perf_counter()
        exact = nearest_other(vecs, reports, k=k)
        exact_s = time.perf_counter() - t0
        rows.append([len(units), "numpy blocks (exact, current)", "-", round(exact_s, 2), 1.0])
        print(rows[-1], file=sys.stderr)
        kk = k + PER_REPORT - 1
        for name, (module, params, search) in LIBRARIES.items():
            if importlib.util.find_spec(module) is None:
                rows.append([len(units), name, "not installed", "-", "-"])
                continue
            t0 = time.perf_counter()
            found = other_report_top(search(vecs, kk), vecs, reports, k)
            seconds = time.perf_counter() - t0
            rows.append([len(units), name, params, round(seconds, 2),
                         round(recall(found, exact, vecs), 4)])
            print(rows[-1], file=sys.stderr)
    return rows


HEADERS = ["sentences", "method", "parameters", "build+query s", "recall@k"]


def reading(rows: list[list[object]], *, floor: float = 0.95) -> str:
    """Per size: the fastest index with recall@k >= ``floor`` against the exact search."""
    lines = []
    for n in sorted({int(str(r[0])) for r in rows}):
        at = [r for r in rows if r[0] == n]
        exact = next(float(str(r[3])) for r in at if str(r[1]).startswith("numpy"))
        approx = [r for r in at if "HNSW" in str(r[1]) and isinstance(r[4], float)
                  and r[4] >= floor]
        if not approx:
            lines.append(f"- {n:,} sentences: no HNSW index reached recall {floor}.")
            continue
        best = min(approx, key=lambda r: float(str(r[3])))
        lines.append(f"- {n:,} sentences: fastest HNSW with recall >= {floor} is {best[1]} "
                     f"({best[3]} s, recall {best[4]}) vs exact numpy {exact} s: "
                     f"{exact / float(str(best[3])):.2f}x the speed.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--sizes", default="3000,10000,30000")
    parser.add_argument("--k", type=int, default=20)
    parser.add_argument("--model", default="onnx")
    args = parser.parse_args(argv)
    folder = data_dir(args.data)
    if folder is None:
        return 0
    rows = measure([int(x) for x in args.sizes.split(",")], folder=folder, k=args.k,
                   model=args.model)
    print(markdown_table(HEADERS, rows))
    print(reading(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
