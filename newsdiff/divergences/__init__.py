"""Divergence detection: one module per kind, each ``find(comparison, *, config)``.

Each finder reads a :class:`~newsdiff.models.Comparison` whose ``divergences`` are
still empty and returns its divergences with placeholder ids; :func:`find_divergences`
orders them deterministically and numbers them ``d0, d1, ...``.
"""

from __future__ import annotations

from collections.abc import Callable

from newsdiff.config import Config
from newsdiff.divergences import figures, framing, omissions, quotes
from newsdiff.models import Comparison, Divergence
from newsdiff.neighbours import Neighbours

Finder = Callable[..., list[Divergence]]
FINDERS: dict[str, Finder] = {
    "figure": figures.find,
    "quote": quotes.find,
    "framing": framing.find,
    "omission": omissions.find,
}
_KIND_ORDER = {k: i for i, k in enumerate(FINDERS)}
_SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}


def find_divergences(comparison: Comparison, *, config: Config,
                     near: Neighbours = frozenset()) -> tuple[Divergence, ...]:
    """All divergences of the kinds in ``config.kinds``, ordered and numbered; ``near``
    (:func:`~newsdiff.neighbours.mutual_neighbours`) adds sentence pairs whose figures are
    compared as if grouped."""
    found: list[Divergence] = []
    for kind in config.kinds:
        if kind == "figure":
            found.extend(figures.find(comparison, config=config, near=near))
        else:
            found.extend(FINDERS[kind](comparison, config=config))
    group_pos = {g.id: i for i, g in enumerate(comparison.groups)}

    def key(d: Divergence) -> tuple[object, ...]:
        return (
            _KIND_ORDER[d.kind],
            group_pos.get(d.group, -1) if d.group is not None else -1,
            d.subkind,
            [(e.report, e.start, e.end) for e in d.evidence],
            d.message,
        )

    ordered = sorted(found, key=key)
    return tuple(d.model_copy(update={"id": f"d{i}"}) for i, d in enumerate(ordered))
