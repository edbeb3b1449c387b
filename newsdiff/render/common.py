"""What every human-readable view shares: labels, severity order, summaries, safe text.

Views know divergence kinds only through :func:`kind_label`, so a new kind shows up
everywhere with at most a new entry in :data:`KIND_LABELS`.

>>> kind_label("figure"), kind_label("date_shift")
('Figures', 'Date shift')
>>> visible("red \\x1b[31mtext")
'red \\\\x1b[31mtext'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsdiff.divergences.omissions import is_detail
from newsdiff.models import Comparison, Divergence, Evidence, Report

SEVERITIES: tuple[str, ...] = ("high", "medium", "low")
KIND_LABELS: dict[str, str] = {
    "figure": "Figures",
    "quote": "Quotes",
    "framing": "Framing",
    "omission": "Omissions",
}
_SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}
_CONTROL = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def visible(text: str) -> str:
    """``text`` with control, bidi-override and lone surrogate characters shown as escapes.

    Newlines and tabs are kept; everything else a terminal or browser might act on is
    spelled out, so a report cannot recolour a terminal or reorder a page.
    """
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def kind_label(kind: str) -> str:
    """The human label of a divergence kind (unknown kinds get a readable default)."""
    return KIND_LABELS.get(kind) or kind.replace("_", " ").capitalize()


def severity_rank(severity: str) -> int:
    """0 for the most severe; unknown severities sort last."""
    return _SEVERITY_RANK.get(severity, len(SEVERITIES))


def by_severity(divergences: Iterable[Divergence]) -> list[Divergence]:
    """Divergences, the most severe first, otherwise in their given order."""
    items = list(divergences)
    pos = {id(d): i for i, d in enumerate(items)}
    return sorted(items, key=lambda d: (severity_rank(d.severity), pos[id(d)]))


@dataclass(frozen=True)
class KindCount:
    """How many divergences of one kind, by severity."""

    kind: str
    by_severity: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_severity.values())


def kind_counts(comparison: Comparison) -> list[KindCount]:
    """Divergence counts per kind, the kinds with the most severe findings first."""
    counts: dict[str, dict[str, int]] = {}
    for d in comparison.divergences:
        per = counts.setdefault(d.kind, dict.fromkeys(SEVERITIES, 0))
        per[d.severity] = per.get(d.severity, 0) + 1
    first_seen = {k: i for i, k in enumerate(counts)}
    rows = [KindCount(k, v) for k, v in counts.items()]
    return sorted(rows, key=lambda r: (*(-r.by_severity.get(s, 0) for s in SEVERITIES),
                                       -r.total, first_seen[r.kind]))


def report_label(report: Report) -> str:
    """``id`` or ``id (Source)``."""
    return f"{report.id} ({report.source})" if report.source else report.id


def missing_reports(comparison: Comparison) -> dict[str, set[str]]:
    """For each group id, the reports an omission divergence says lack it (not the
    omissions of a detail: those reports state the fact)."""
    out: dict[str, set[str]] = {}
    for d in comparison.divergences:
        if d.missing and d.group is not None and not is_detail(d):
            out.setdefault(d.group, set()).update(d.missing)
    return out


@dataclass(frozen=True)
class InContext:
    """An evidence span with the text around it in its sentence (whitespace folded)."""

    before: str
    span: str
    after: str


def in_context(comparison: Comparison, evidence: Evidence, *, width: int = 200) -> InContext:
    """The evidence inside its sentence, cut to about ``width`` characters around it.

    A span that is the whole sentence (or whose sentence is unknown) has no context.
    """
    span = " ".join(evidence.text.split())
    try:
        report = comparison.report(evidence.report)
        sentence = comparison.sentences_of(evidence.report)[evidence.sentence]
    except (KeyError, IndexError):
        return InContext("", span, "")
    inside = sentence.start <= evidence.start <= evidence.end <= sentence.end
    if not inside or (evidence.start, evidence.end) == (sentence.start, sentence.end):
        return InContext("", span, "")
    text = report.text
    before = " ".join(text[sentence.start:evidence.start].split())
    after = " ".join(text[evidence.end:sentence.end].split())
    if before and text[evidence.start - 1].isspace():
        before += " "
    if after and text[evidence.end].isspace():
        after = " " + after
    room = max(0, width - len(span)) // 2
    if len(before) > room:
        before = "…" + before[len(before) - room:]
    if len(after) > room:
        after = after[:room] + "…"
    return InContext(before, span, after)
