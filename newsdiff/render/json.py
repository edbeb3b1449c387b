"""The public JSON contract (schema version 1), built from pydantic document models.

The document models below *are* the contract: :func:`json_schema` is generated from
them and :func:`to_json` validates every output through them.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from newsdiff.models import SCHEMA_VERSION, Comparison, Divergence, Figure, Quote


class _Doc(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SentenceDoc(_Doc):
    index: int = Field(ge=0)
    start: int = Field(ge=0, description="Offset into the report's text (half-open).")
    end: int = Field(ge=0)
    text: str = Field(description="Equals text[start:end] of the report.")


class ReportDoc(_Doc):
    id: str
    source: str | None
    title: str | None
    url: str | None
    published: str | None
    text: str = Field(description="Full body as ingested.")
    metadata: dict[str, str] = Field(default_factory=dict)
    sentences: list[SentenceDoc]


class MemberDoc(_Doc):
    report: str
    sentences: list[int]


class GroupDoc(_Doc):
    id: str
    score: float
    members: list[MemberDoc]


class ComparisonDoc(_Doc):
    """newsdiff comparison output."""

    model_config = ConfigDict(frozen=True, extra="forbid", title="newsdiff comparison")

    schema_version: str = Field(default=SCHEMA_VERSION)
    model: str
    reports: list[ReportDoc]
    groups: list[GroupDoc]
    figures: list[Figure]
    quotes: list[Quote]
    divergences: list[Divergence]


def document(comparison: Comparison) -> ComparisonDoc:
    """The comparison as the contract's document model."""
    reports = []
    for report, sentences in zip(comparison.reports, comparison.sentences, strict=True):
        reports.append(ReportDoc(
            id=report.id, source=report.source, title=report.title, url=report.url,
            published=report.published, text=report.text, metadata=report.metadata,
            sentences=[SentenceDoc(index=s.index, start=s.start, end=s.end,
                                   text=report.text[s.start:s.end]) for s in sentences],
        ))
    groups = [GroupDoc(id=g.id, score=g.score,
                       members=[MemberDoc(report=m.report, sentences=list(m.sentences))
                                for m in g.members]) for g in comparison.groups]
    return ComparisonDoc(model=comparison.model, reports=reports, groups=groups,
                         figures=list(comparison.figures), quotes=list(comparison.quotes),
                         divergences=list(comparison.divergences))


def to_dict(comparison: Comparison) -> dict[str, Any]:
    """The comparison as plain JSON-ready data (``missing`` only on omissions)."""
    data = document(comparison).model_dump(mode="json")
    for div in data["divergences"]:
        if div.get("missing") is None:
            div.pop("missing", None)
    return data


def to_json(comparison: Comparison, *, indent: int | None = 2) -> str:
    """The comparison as a JSON string (valid even for lone surrogates in the text)."""
    return json.dumps(to_dict(comparison), indent=indent, ensure_ascii=True, allow_nan=False)


def json_schema() -> dict[str, Any]:
    """JSON Schema of the output of :func:`to_json`."""
    schema = ComparisonDoc.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
