"""Which groups hold a divergence's sentences: a flag told across groups names the group
that holds most of its evidence."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from newsdiff.models import Comparison, Span

#: the groups of each (report, sentence)
GroupIndex = dict[tuple[str, int], list[str]]


def group_index(comparison: Comparison) -> GroupIndex:
    """The ids of the groups each sentence sits in, in group order."""
    where: GroupIndex = defaultdict(list)
    for g in comparison.groups:
        for m in g.members:
            for s in m.sentences:
                where[(m.report, s)].append(g.id)
    return where


def main_group(spans: Sequence[Span], where: GroupIndex) -> str | None:
    """The group holding most of the spans' sentences (first such group on ties)."""
    counts: dict[str, int] = defaultdict(int)
    first_seen: dict[str, int] = {}
    for f in spans:
        for g in where.get((f.report, f.sentence), []):
            counts[g] += 1
            first_seen.setdefault(g, len(first_seen))
    if not counts:
        return None
    return max(counts, key=lambda g: (counts[g], -first_seen[g]))
