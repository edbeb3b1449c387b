"""Per-report extraction (sentences, figures, quotes), kept in the cache for warm re-runs.

Splitting sentences and finding figures and quotes depend only on the report (id, text,
publication date), the configuration and newsdiff's own rules.  With a cache, the result is
stored under a key made of all of those, the rules taken as a digest of the source and
lexicon files that implement them, so a changed rule never reuses an old result.  A stored
result is checked, not trusted: one that does not parse, or whose spans do not match the
text, is recomputed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import TYPE_CHECKING

from pydantic import ValidationError

from newsdiff.config import Config
from newsdiff.models import Figure, Quote, Report, Sentence

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from newsdiff.cache import EmbeddingCache

Extracted = tuple[tuple[Sentence, ...], tuple[Figure, ...], tuple[Quote, ...]]


def rules_digest() -> str:
    """sha256 over the files whose rules extraction follows (segmenter, claims, lexicons)."""
    package = resources.files("newsdiff")
    return files_digest((path.name, path) for path in (package / "segment.py", *sorted(
        (p for p in (package / "claims").iterdir() if p.name.endswith(".py")),
        key=lambda p: p.name), *sorted(
        (package / "claims" / "lexicons").iterdir(), key=lambda p: p.name))
        if path.is_file())


def files_digest(files: Iterable[tuple[str, Traversable]]) -> str:
    """sha256 over each file's label and bytes, in the order given (also
    :func:`newsdiff.results.code_digest`'s)."""
    digest = hashlib.sha256()
    for label, path in files:
        digest.update(label.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def extraction_key(report: Report, config: Config, rules: str) -> str:
    """The cache key of one report's extraction."""
    parts = [rules, config.model_dump_json(), report.id, report.published or "", report.text]
    return "extract:" + hashlib.sha256(
        json.dumps(parts).encode("utf-8", "surrogatepass")).hexdigest()


def load(report: Report, *, config: Config, cache: EmbeddingCache, rules: str
         ) -> Extracted | None:
    """The stored extraction of ``report``, if the cache holds a sound one."""
    return _load(cache.get_text(extraction_key(report, config, rules)), report)


def store(extracted: Mapping[str, tuple[Report, Extracted]], *, config: Config,
          cache: EmbeddingCache, rules: str) -> None:
    """Keep the extraction of each report (by id: the report and its extraction) in the
    cache, in one transaction."""
    cache.put_texts({extraction_key(report, config, rules): json.dumps({
        "sentences": [x.model_dump() for x in sentences],
        "figures": [x.model_dump() for x in figures],
        "quotes": [x.model_dump() for x in quotes],
    }) for report, (sentences, figures, quotes) in extracted.values()})


def _load(payload: str | None, report: Report) -> Extracted | None:
    if payload is None:
        return None
    try:
        data = json.loads(payload)
        sentences = tuple(Sentence.model_validate(s) for s in data["sentences"])
        figures = tuple(Figure.model_validate(f) for f in data["figures"])
        quotes = tuple(Quote.model_validate(q) for q in data["quotes"])
    except (ValueError, KeyError, TypeError, ValidationError):
        return None
    text = report.text
    owners = [x.report for x in sentences] + [x.report for x in figures] + [
        x.report for x in quotes]
    if any(owner != report.id for owner in owners) or any(
            not 0 <= x.start <= x.end <= len(text) for x in sentences) or any(
            text[x.start:x.end] != x.text for x in (*figures, *quotes)):
        return None
    return sentences, figures, quotes
