"""Quotes: direct and indirect statements with their speakers (issue #5, not built yet)."""

from __future__ import annotations

from collections.abc import Sequence

from newsdiff.models import Quote, Report, Sentence


def extract_quotes(report: Report, sentences: Sequence[Sentence]) -> list[Quote]:
    """Every quotation in ``sentences`` of ``report``.

    Not built yet: returns no quotes until the quotes capability lands.
    """
    return []
