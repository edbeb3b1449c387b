"""The whole comparison: ingest -> segment -> claims -> encode -> align -> divergences."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

import numpy as np

from newsdiff.align import Unit, align
from newsdiff.cache import EmbeddingCache
from newsdiff.claims.figures import extract_figures
from newsdiff.claims.numbers import report_currencies
from newsdiff.claims.quotes import extract_quotes
from newsdiff.config import Config
from newsdiff.divergences import find_divergences
from newsdiff.encoders import (
    Encoder,
    SentenceTransformerEncoder,
    Vectors,
    cache_key,
    encode_unique,
)
from newsdiff.errors import InputError
from newsdiff.extraction import Extracted, rules_digest
from newsdiff.extraction import load as load_extracted
from newsdiff.extraction import store as store_extracted
from newsdiff.ingest import check_reports, report_from_text
from newsdiff.models import Comparison, Figure, Quote, Report, Sentence
from newsdiff.neighbours import mutual_neighbours
from newsdiff.results import code_digest, result_key
from newsdiff.results import load as load_result
from newsdiff.results import store as store_result
from newsdiff.segment import split_sentences

Progress = Callable[[str, int, int], None]


def compare(
    reports: Sequence[Report | str],
    *,
    encoder: Encoder | None = None,
    config: Config | None = None,
    cache: EmbeddingCache | None = None,
    progress: Progress | None = None,
) -> Comparison:
    """Compare two or more reports of one event.

    ``reports`` are :class:`Report` objects or plain body strings (a string gets the id
    ``report-N`` from its position).  ``encoder`` defaults to the bundled
    all-MiniLM-L6-v2 (loaded on first use); ``cache`` stores embeddings on disk;
    ``progress(stage, done, total)`` is called while encoding.

    The result does not depend on the order of ``reports`` (they are sorted by id).
    """
    config = config or Config()
    timings: dict[str, float] = {}
    with _timed(timings, "ingest"):
        given = [
            r if isinstance(r, Report) else report_from_text(r, report_id=f"report-{i + 1}")
            for i, r in enumerate(reports)
        ]
        for r in given:
            if len(r.text) > config.max_report_chars:
                raise InputError(
                    f"report {r.id!r} has {len(r.text):,} characters, more than the limit of "
                    f"{config.max_report_chars:,}; split it or raise Config.max_report_chars "
                    "(--max-report-chars)"
                )
        ordered = check_reports(given)
        # currency words the tables lack, named as such by any report ('a reward of 500,000
        # dravs'): one event's reports count in one currency, so all read them (and the
        # extraction cache keys on them)
        currencies = {w: unit for r in ordered
                      for w, unit in report_currencies(r.text).items()}
    encoder = encoder or SentenceTransformerEncoder(batch_size=config.batch_size)
    result_at: str | None = None
    if cache is not None and cache.enabled:  # the same reports compared again: one lookup
        with _timed(timings, "cached"):
            # the embedding cache's model key: a local model folder's path and files too
            result_at = result_key(ordered, config=config, model=cache_key(encoder),
                                   code=code_digest())
            done = load_result(result_at, ordered, model=encoder.model_id, cache=cache)
        if done is not None:
            return done.model_copy(update={"timings": timings})
    rules = (rules_digest() + (f"|{sorted(currencies.items())}" if currencies else "")
             if cache is not None and cache.enabled else None)
    stored: dict[str, Extracted] = {}
    with _timed(timings, "segment"):
        if rules is not None and cache is not None:  # a warm re-run splits nothing again
            for r in ordered:
                hit = load_extracted(r, config=config, cache=cache, rules=rules)
                if hit is not None:
                    stored[r.id] = hit
        sentences = tuple(stored[r.id][0] if r.id in stored else tuple(
            split_sentences(r.id, r.text, limit=config.max_sentences)) for r in ordered)
        if sum(map(len, sentences)) > config.max_sentences:
            raise InputError(
                f"the {len(ordered)} reports have more than {config.max_sentences:,} sentences "
                "together (the limit); compare fewer or shorter reports or raise "
                "Config.max_sentences (--max-sentences)"
            )
        for r, sents in zip(ordered, sentences, strict=True):
            if not sents:
                raise InputError(f"report {r.id!r} has no sentences; give it some text")
    with _timed(timings, "figures"):
        figures = tuple(f for r, s in zip(ordered, sentences, strict=True)
                        for f in (stored[r.id][1] if r.id in stored
                                  else extract_figures(r, s, config=config,
                                                       currencies=currencies)))
    with _timed(timings, "quotes"):
        quotes = tuple(q for r, s in zip(ordered, sentences, strict=True)
                       for q in (stored[r.id][2] if r.id in stored else extract_quotes(r, s)))
    if rules is not None and cache is not None:
        figures_of: dict[str, list[Figure]] = {}
        quotes_of: dict[str, list[Quote]] = {}
        for f in figures:
            figures_of.setdefault(f.report, []).append(f)
        for q in quotes:
            quotes_of.setdefault(q.report, []).append(q)
        store_extracted({r.id: (r, (s, tuple(figures_of.get(r.id, ())),
                                    tuple(quotes_of.get(r.id, ()))))
                         for r, s in zip(ordered, sentences, strict=True) if r.id not in stored},
                        config=config, cache=cache, rules=rules)
    units = [Unit(r.id, s.index, s.text_in(r))
             for r, sents in zip(ordered, sentences, strict=True) for s in sents]
    with _timed(timings, "encode"):
        vectors, pair_vectors = _encode(units, encoder, config=config, cache=cache,
                                        progress=progress)
    with _timed(timings, "align"):
        groups = tuple(align(units, vectors, config=config, pair_vectors=pair_vectors))
        near = (mutual_neighbours(units, vectors, threshold=config.neighbour_threshold)
                if config.neighbour_threshold is not None and "figure" in config.kinds
                else frozenset())  # only figure divergences read them
    comparison = Comparison(model=encoder.model_id, reports=tuple(ordered), sentences=sentences,
                            groups=groups, figures=figures, quotes=quotes)
    with _timed(timings, "divergences"):
        divergences = find_divergences(comparison, config=config, near=near)
    comparison = comparison.model_copy(update={"divergences": divergences})
    if result_at is not None and cache is not None:
        store_result(result_at, comparison, cache=cache)
    return comparison.model_copy(update={"timings": timings})


def _encode(
    units: Sequence[Unit], encoder: Encoder, *, config: Config, cache: EmbeddingCache | None,
    progress: Progress | None,
) -> tuple[Vectors, Vectors | None]:
    """Vectors of the sentences and of each adjacent same-report pair (zeros elsewhere)."""
    texts = [u.text for u in units]
    adjacent = [k for k in range(len(units) - 1) if units[k].report == units[k + 1].report]
    pairs = [units[k].text + " " + units[k + 1].text for k in adjacent]
    if not config.use_concatenations:
        pairs = []

    def report(done: int, total: int) -> None:
        if progress is not None:
            progress("encode", done, total)

    vectors = encode_unique(encoder, texts + pairs, cache=cache, batch_size=config.batch_size,
                            progress=report)
    if not pairs:
        return vectors, None
    pair_vectors = np.zeros((max(0, len(units) - 1), vectors.shape[1]), dtype=np.float32)
    pair_vectors[adjacent] = vectors[len(texts):]
    return vectors[: len(texts)], pair_vectors


def sentences_of(report: Report) -> list[Sentence]:
    """The sentences of one report (a convenience over :func:`split_sentences`)."""
    return split_sentences(report.id, report.text)


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start
