"""The data newsdiff passes between its stages: frozen pydantic v2 models.

Spans are half-open character offsets ``[start, end)`` into one report's ``text``
(Python string indices), never re-cut copies.

>>> r = Report(id="a", text="One. Two.")
>>> s = Sentence(report="a", index=1, start=5, end=9)
>>> r.text[s.start:s.end]
'Two.'
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

DivergenceKind = Literal["figure", "quote", "framing", "omission"]
Severity = Literal["low", "medium", "high"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Report(_Frozen):
    """One news report: an id, its body text (kept verbatim) and optional metadata."""

    id: str = Field(min_length=1, description="Unique report id (the file stem for files).")
    text: str = Field(description="The body exactly as ingested; all offsets index into it.")
    source: str | None = Field(default=None, description="Outlet or source name.")
    title: str | None = None
    url: str | None = None
    published: str | None = Field(
        default=None, description="Publication date, ISO 8601 when it could be parsed."
    )
    metadata: dict[str, str] = Field(
        default_factory=dict, description="Header keys newsdiff does not interpret."
    )

    @property
    def published_date(self) -> dt.date | None:
        """The publication date as a :class:`datetime.date`, if ``published`` parses."""
        if not self.published:
            return None
        try:
            return dt.date.fromisoformat(self.published[:10])
        except ValueError:
            return None


class Sentence(_Frozen):
    """A sentence (or headline, dateline, list item) of one report, as offsets."""

    report: str
    index: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    def text_in(self, report: Report) -> str:
        """The sentence's text, cut from ``report.text``."""
        return report.text[self.start : self.end]


class Member(_Frozen):
    """The sentences of one report that belong to a group."""

    report: str
    sentences: tuple[int, ...]


class Group(_Frozen):
    """Sentences from one or more reports that state the same content."""

    id: str
    score: float = Field(description="Mean cross-report similarity of the members (1.0 alone).")
    members: tuple[Member, ...]
    joined: tuple[Member, ...] = Field(
        default=(),
        description=(
            "The members that joined after clustering (extra or restatement memberships: "
            "sentences that match the group on average, e.g. a sentence stating two facts). "
            "Python only; not part of the JSON output."
        ),
    )

    @property
    def reports(self) -> tuple[str, ...]:
        """Ids of the reports that have a sentence in this group."""
        return tuple(m.report for m in self.members)


class Span(_Frozen):
    """A span of a report's text with the sentence it lies in."""

    report: str
    sentence: int
    start: int
    end: int
    text: str


class Figure(Span):
    """A number, amount or date stated in a sentence, with what it counts."""

    value: float | str | None = Field(
        description="Normalised number, or ISO date for dates; null if only a bound is known."
    )
    low: float | None = Field(default=None, description="Lower end of the stated interval.")
    high: float | None = Field(default=None, description="Upper end; null means unbounded.")
    unit: str | None = Field(default=None, description="Currency code, %, or unit of measure.")
    subject: str | None = Field(default=None, description="What is counted, normalised.")
    kind: str = Field(description="count|percent|money|measure|date|time|age|ordinal|year")
    qualifier: str | None = Field(
        default=None, description="Bound or approximation word as written ('at least')."
    )
    weekday: str | None = Field(default=None, description="Weekday stated with a date.")
    predicate: str | None = Field(
        default=None, description="Event the count stands in, normalised ('killed', 'injured')."
    )
    source: str | None = Field(
        default=None, description="Who the figure is attributed to, as written ('Cuba')."
    )


class Quote(Span):
    """A direct quotation or an indirect (reported) statement."""

    speaker: str | None = None
    direct: bool = True
    verb: str | None = Field(default=None, description="Attribution verb as written ('said').")


class Evidence(Span):
    """A span that supports a divergence."""

    value: float | str | None = None


class Divergence(_Frozen):
    """A point where reports disagree (or, for ``internal``, a report with itself)."""

    id: str
    kind: DivergenceKind
    subkind: str
    group: str | None
    severity: Severity
    message: str
    evidence: tuple[Evidence, ...]
    missing: tuple[str, ...] | None = Field(
        default=None, description="Omissions only: the reports that lack the fact."
    )


class Comparison(_Frozen):
    """Everything newsdiff found in one cluster of reports.

    Reports are ordered by id; ``sentences[i]`` are the sentences of ``reports[i]``.
    """

    model: str
    reports: tuple[Report, ...]
    sentences: tuple[tuple[Sentence, ...], ...]
    groups: tuple[Group, ...]
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()
    divergences: tuple[Divergence, ...] = ()
    timings: dict[str, float] = Field(
        default_factory=dict, description="Seconds spent per stage (not part of the JSON)."
    )

    def report(self, report_id: str) -> Report:
        """The report with this id."""
        for r in self.reports:
            if r.id == report_id:
                return r
        raise KeyError(report_id)

    def sentences_of(self, report_id: str) -> tuple[Sentence, ...]:
        """The sentences of the report with this id, in order."""
        for r, sents in zip(self.reports, self.sentences, strict=True):
            if r.id == report_id:
                return sents
        raise KeyError(report_id)

    def sentence_text(self, report_id: str, index: int) -> str:
        """The text of sentence ``index`` of report ``report_id``."""
        return self.sentences_of(report_id)[index].text_in(self.report(report_id))

    def coverage(self) -> dict[str, tuple[str, ...]]:
        """For every group id, the ids of the reports that state it."""
        return {g.id: g.reports for g in self.groups}

    def coverage_matrix(self) -> dict[str, dict[str, tuple[int, ...]]]:
        """For every group id, every report id (in order) with its sentence indices in that
        group; ``()`` where the report does not state the group.

        Group membership only; the omission finder's looser fact-level check is
        :func:`newsdiff.divergences.omissions.fact_coverage`.
        """
        return {g.id: {r.id: next((m.sentences for m in g.members if m.report == r.id), ())
                       for r in self.reports} for g in self.groups}

    def to_json(self, *, indent: int | None = 2) -> str:
        """The comparison as JSON, following the public contract in DESIGN.md."""
        from newsdiff.render.json import to_json

        return to_json(self, indent=indent)

    def to_text(self, *, width: int = 100) -> str:
        """A plain-text view: summary, divergences by severity, groups side by side."""
        from newsdiff.render.text import to_text

        return to_text(self, width=width)

    def to_markdown(self) -> str:
        """A Markdown report: summary, then each divergence with its quoted evidence."""
        from newsdiff.render.markdown import to_markdown

        return to_markdown(self)

    def to_html(self) -> str:
        """One self-contained HTML page: highlights, filters, coverage, click-to-evidence."""
        from newsdiff.render.html import to_html

        return to_html(self)
