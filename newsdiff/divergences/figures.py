"""Divergences of kind figure (not built yet: finds nothing until that capability lands)."""

from __future__ import annotations

from newsdiff.config import Config
from newsdiff.models import Comparison, Divergence


def find(comparison: Comparison, *, config: Config) -> list[Divergence]:
    """Divergences of this kind in ``comparison`` (none yet)."""
    return []
