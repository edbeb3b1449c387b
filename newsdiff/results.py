"""Whole comparisons kept in the cache, so comparing the same reports again costs a lookup.

A comparison depends only on its reports, the configuration, the encoder and newsdiff's
own code. With a cache, the finished :class:`~newsdiff.models.Comparison` is stored under a
key made of all of those: every report as given (id, text, date, title, outlet, url), the
configuration, the encoder's cache key (its model id, and for a local model folder its path
and files) and a digest of every source and lexicon file of the package, so a changed rule
or threshold never reuses an old result. Rendering is not cached: the same comparison can
be written as text, JSON or HTML from one stored result. A stored result is checked, not
trusted: one that does not parse or whose reports are not the ones given is recomputed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from importlib import resources
from typing import TYPE_CHECKING

from pydantic import ValidationError

from newsdiff.config import Config
from newsdiff.extraction import files_digest
from newsdiff.models import Comparison, Report

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from newsdiff.cache import EmbeddingCache


def code_digest() -> str:
    """sha256 over every Python source and lexicon file of the newsdiff package."""
    return files_digest(sorted(_package_files(resources.files("newsdiff"), ""),
                               key=lambda p: p[0]))


def _package_files(folder: Traversable, prefix: str) -> list[tuple[str, Traversable]]:
    found: list[tuple[str, Traversable]] = []
    for entry in folder.iterdir():
        name = prefix + entry.name
        if entry.is_dir() and not entry.name.startswith(("__pycache__", ".")):
            found += _package_files(entry, name + "/")
        elif entry.is_file() and entry.name.endswith((".py", ".tsv")):
            found.append((name, entry))
    return found


def result_key(reports: Sequence[Report], *, config: Config, model: str, code: str) -> str:
    """The cache key of the comparison of ``reports`` (in the order compared)."""
    parts = [code, config.model_dump_json(), model, [r.model_dump_json() for r in reports]]
    return "result:" + hashlib.sha256(
        json.dumps(parts).encode("utf-8", "surrogatepass")).hexdigest()


def load(key: str, reports: Sequence[Report], *, model: str, cache: EmbeddingCache
         ) -> Comparison | None:
    """The stored comparison under ``key``, if the cache holds a sound one for ``reports``."""
    payload = cache.get_text(key)
    if payload is None:
        return None
    try:
        result = Comparison.model_validate_json(payload)
    except (ValueError, ValidationError):
        return None
    if result.model != model or result.reports != tuple(reports):
        return None
    return result


def store(key: str, result: Comparison, *, cache: EmbeddingCache) -> None:
    """Keep ``result`` (without its timings) under ``key``."""
    cache.put_texts({key: result.model_copy(update={"timings": {}}).model_dump_json()})
