"""Candidate sentence pairs for large comparisons: each sentence's nearest other-report sentences.

Exact top-k by cosine similarity (dot product of L2-normalised vectors), computed in row
blocks with numpy, so memory is ``O(block + n * k)`` instead of ``O(n * n)``.  Each row's
neighbours are ordered best first (equal similarity: lower index first); the result is
deterministic.

Why exact and not an approximate index: HNSW indexes (faiss-cpu, usearch, hnswlib) were
measured against this search on MiniLM vectors of news clusters (``benchmarks/ann.py``,
table in docs/benchmarks.md, section Scaling): none was faster up to 10,000 sentences,
above ``Config.max_sentences``, and at 30,000 the faster ones lost recall.

>>> import numpy as np
>>> vecs = np.array([[1, 0], [0, 1], [0.9, 0.1], [0.1, 0.9]], dtype=np.float32)
>>> nearest_other(vecs, np.array([0, 0, 1, 1]), k=1).tolist()
[[2], [3], [0], [1]]
>>> candidate_pairs(vecs, np.array([0, 0, 1, 1]), k=1).tolist()
[[0, 2], [1, 3]]
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]


def nearest_other(
    queries: npt.NDArray[np.floating],
    query_reports: npt.NDArray[np.integer],
    *,
    k: int,
    base: npt.NDArray[np.floating] | None = None,
    base_reports: npt.NDArray[np.integer] | None = None,
    block: int = 2_000_000,
) -> IntArray:
    """For each query row, the indices of its ``k`` most similar ``base`` rows of other reports.

    ``base`` defaults to ``queries`` (self-search); about ``block`` similarities are held
    at a time.  Rows are ordered by similarity, best
    first, ties by lower index; ``-1`` pads rows with fewer than ``k`` other-report rows.
    """
    base_v = queries if base is None else base
    base_r = query_reports if base_reports is None else base_reports
    m, n = len(queries), len(base_v)
    k = max(0, min(k, n))
    out = np.full((m, k), -1, dtype=np.int64)
    if k == 0 or m == 0:
        return out
    b32 = np.ascontiguousarray(base_v, dtype=np.float32)
    chunk = max(1, block // n)
    for lo in range(0, m, chunk):
        hi = min(m, lo + chunk)
        sim = np.ascontiguousarray(queries[lo:hi], dtype=np.float32) @ b32.T
        sim[query_reports[lo:hi, None] == base_r[None, :]] = -np.inf
        if k < n:
            part = np.argpartition(sim, n - k, axis=1)[:, n - k:]
        else:
            part = np.broadcast_to(np.arange(n), (hi - lo, n))
        vals = np.take_along_axis(sim, part, axis=1)
        order = np.lexsort((part, -vals), axis=1)  # best first, then lower index
        idx = np.take_along_axis(part, order, axis=1)
        vals = np.take_along_axis(vals, order, axis=1)
        out[lo:hi] = np.where(np.isfinite(vals), idx, -1)
    return out


def candidate_pairs(
    vectors: npt.NDArray[np.floating],
    reports: npt.NDArray[np.integer],
    *,
    k: int,
    block: int = 2_000_000,
    pair_vectors: npt.NDArray[np.floating] | None = None,
    adjacent: IntArray | None = None,
) -> IntArray:
    """Unique cross-report pairs ``[i, j]`` (``i < j``, sorted) among each row's ``k`` nearest.

    With ``pair_vectors`` and ``adjacent`` (positions ``a`` whose ``a`` and ``a + 1`` are
    joined in ``pair_vectors[a]``), the ``k`` nearest sentences of each joined pair are
    candidates of both halves too (one report's two sentences matching another's one).
    """
    n = len(vectors)
    near = nearest_other(vectors, reports, k=k, block=block)
    rows = np.repeat(np.arange(n, dtype=np.int64), near.shape[1])
    cols = near.ravel()
    parts = [(rows, cols)]
    if pair_vectors is not None and adjacent is not None and len(adjacent):
        joined = nearest_other(pair_vectors[adjacent], reports[adjacent], k=k, base=vectors,
                               base_reports=reports, block=block)
        first = np.repeat(adjacent.astype(np.int64), joined.shape[1])
        parts += [(first, joined.ravel()), (first + 1, joined.ravel())]
    i = np.concatenate([p[0] for p in parts])
    j = np.concatenate([p[1] for p in parts])
    keep = (j >= 0) & (reports[i] != reports[np.maximum(j, 0)])
    pairs = np.stack([np.minimum(i, j), np.maximum(i, j)], axis=1)[keep]
    return np.unique(pairs, axis=0).astype(np.int64) if len(pairs) else pairs.reshape(0, 2)
