"""Figures: numbers, amounts and dates with what they count (issue #4, not built yet)."""

from __future__ import annotations

from collections.abc import Sequence

from newsdiff.models import Figure, Report, Sentence


def extract_figures(report: Report, sentences: Sequence[Sentence]) -> list[Figure]:
    """Every figure stated in ``sentences`` of ``report``.

    Not built yet: returns no figures until the figures capability lands.
    """
    return []
