"""Sentences of two reports that are each other's nearest, grouped or not.

The aligner groups sentences whose scores clear its thresholds; a report that tells a fact
with other numbers and louder words ('more than 600 cops' vs 'about 400 officers') often
falls below them and lands in a group of its own, which hides the very clash a
fact-checker looks for.  Figure divergences therefore also compare the figures of two
sentences that are each other's nearest in the other report (mutual nearest neighbours
by embedding cosine) with a cosine of at least ``Config.neighbour_threshold``: each
sentence is closer to the other than to anything else the other report says.

>>> import numpy as np
>>> units = [Unit("a", 0, "x"), Unit("a", 1, "y"), Unit("b", 0, "y2"), Unit("b", 1, "z")]
>>> vecs = np.array([[1, 0], [0, 1], [0.2, 1], [1, -1]], dtype=np.float32)
>>> sorted(mutual_neighbours(units, vecs, threshold=0.5))
[(('a', 0), ('b', 1)), (('a', 1), ('b', 0))]
>>> sorted(mutual_neighbours(units, vecs, threshold=0.9))
[(('a', 1), ('b', 0))]
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from newsdiff.align import Unit

SentKey = tuple[str, int]
#: pairs of sentences of two reports, each the other's nearest (the smaller key first)
Neighbours = frozenset[tuple[SentKey, SentKey]]


def mutual_neighbours(units: Sequence[Unit], vectors: npt.NDArray[np.floating],
                      *, threshold: float) -> Neighbours:
    """Pairs of sentences of two reports, each the other's most similar sentence in the
    other report, with a cosine of at least ``threshold``.  One product of a report's
    vectors with all the others per report (memory: its sentences x all sentences)."""
    if not units:
        return frozenset()
    order = sorted(range(len(units)), key=lambda k: (units[k].report, units[k].index))
    vecs = np.asarray(vectors, dtype=np.float32)[order]
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    unit = vecs / np.where(norms > 0, norms, 1.0)
    names = [units[k].report for k in order]
    starts = [k for k in range(len(names)) if k == 0 or names[k] != names[k - 1]]
    ends = starts[1:] + [len(names)]
    segment = np.repeat(np.arange(len(starts)), np.diff(starts + [len(names)]))
    out: set[tuple[SentKey, SentKey]] = set()
    for r, (lo, hi) in enumerate(zip(starts, ends, strict=True)):
        if hi == len(names):
            break  # the last report's pairs were all seen from the others
        sim = unit[lo:hi] @ unit[hi:].T  # this report's rows against the later reports
        nearest_row = sim.argmax(axis=0)  # each later sentence's nearest here
        best = sim[nearest_row, np.arange(sim.shape[1])]
        # each row's best within each later report: the row's maximum over that segment
        seg_starts = np.asarray(starts[r + 1:]) - hi
        seg_max = np.maximum.reduceat(sim, seg_starts, axis=1)
        seg_of = segment[hi:] - (r + 1)
        mutual = (best >= threshold) & (best >= seg_max[nearest_row, seg_of])
        for c in np.flatnonzero(mutual):
            ua, ub = units[order[lo + int(nearest_row[c])]], units[order[hi + int(c)]]
            out.add(((ua.report, ua.index), (ub.report, ub.index)))
    return frozenset(out)
