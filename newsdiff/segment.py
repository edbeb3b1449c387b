"""Split a report's text into sentences with exact character offsets.

Paragraphs (blank-line separated) are split with pysbd; headlines, one-line
subheadings, bullet items and datelines ("CARACAS (Reuters) -") become units of their
own, and a split that would cut a quotation inside its quote marks is undone.
Offsets are Python string indices; surrounding whitespace is not part of a sentence.

>>> text = 'Raid kills 55\\n\\nCARACAS (Wire) - Troops left. "We fought. We lost," he said.'
>>> [text[s.start:s.end] for s in split_sentences("r", text)]
['Raid kills 55', 'CARACAS (Wire) -', 'Troops left.', '"We fought. We lost," he said.']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

import pysbd
from pysbd.utils import TextSpan

from newsdiff.models import Sentence

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\f\v\r\u00a0]*\n|\r[ \t\f\v\u00a0]*\r")
_BULLET = re.compile(r"[ \t\u00a0]*(?:[-*\u2022\u25aa\u25cf\u2013\u2014>]|\d{1,2}[.)])[ \t\u00a0]+")
# "CARACAS (Reuters) -": a place in capitals, an optional agency, a dash
_DATELINE_WORDS = (
    r"[A-Z][A-Z.'\u2019 -]{1,40}(?:,[ \t]+[A-Z][A-Za-z.]+)?[ \t]*"
    r"(?:\([^()\n]{1,40}\))?[ \t]*[-\u2013\u2014]{1,2}"
)
_DATELINE = re.compile(r"[ \t]*" + _DATELINE_WORDS + r"(?=[ \t]+[\"\u201c'A-Z0-9])")
_DATELINE_UNIT = re.compile(_DATELINE_WORDS)
_OPENERS = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c"}
_CLOSERS = {"\u201d", "\u00bb"}


def is_dateline(unit: str) -> bool:
    """Whether a unit is a dateline alone, as :func:`split_sentences` cuts it off.

    >>> is_dateline("WASHINGTON (AP) \u2014"), is_dateline("CARACAS (Reuters) -")
    (True, True)
    >>> is_dateline("The Senate passed the bill.")
    False
    """
    return _DATELINE_UNIT.fullmatch(unit.strip()) is not None


def split_sentences(
    report_id: str, text: str, *, window: int = 3000, limit: int | None = None
) -> list[Sentence]:
    """Sentences of ``text`` as offsets, in order; never cuts inside a word.

    With ``limit``, splitting stops as soon as more than ``limit`` sentences are found
    (the caller then refuses the text), so an oversized text costs no more than the limit.

    pysbd takes time quadratic in the number of sentences it is given at once, so long
    paragraphs are segmented in windows of about ``window`` characters, cut only where
    no quote mark or bracket is open and re-segmenting each window's last sentence with
    the next one.  The time is then linear in the length of the text; paragraphs shorter
    than ``window`` are segmented whole, as before.
    """
    segmenter = _Segmenter(language="en", clean=False)
    units = (span for p_start, p_end in _paragraphs(text)
             for span in _paragraph_units(text, p_start, p_end, segmenter, window))
    spans = list(islice(units, None if limit is None else limit + 1))
    return [Sentence(report=report_id, index=i, start=s, end=e) for i, (s, e) in enumerate(spans)]


class _Segmenter(pysbd.Segmenter):  # type: ignore[misc]
    """pysbd's segmenter, finding its sentences in the text with ``str.find``.

    pysbd locates each sentence with a regular expression made of the sentence itself
    (``re.escape(sentence) + r"\\s*"``): one new pattern per sentence, which pushed the
    few hundred patterns pysbd and newsdiff reuse out of ``re``'s cache of 512, so they
    were compiled again on every call (half the time of segmenting, 2026-12-05).  This
    finds the same spans: the first occurrence, with the whitespace after it, that ends
    after the previous sentence's span.
    """

    def sentences_with_char_spans(self, sentences: list[str]) -> list[TextSpan]:
        text: str = self.original_text
        spans: list[TextSpan] = []
        prior_end = 0
        for sent in sentences:
            pos = 0
            while sent and (i := text.find(sent, pos)) >= 0:
                j = i + len(sent)
                while j < len(text) and text[j].isspace():
                    j += 1
                if j > prior_end:
                    spans.append(TextSpan(text[i:j], i, j))
                    prior_end = j
                    break
                pos = j
        return spans


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    # Only whitespace is left out of sentences: zero-width characters (ZWSP, BOM, ZWJ)
    # are kept, so that sentences and whitespace together still cover the text.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for m in re.finditer(r"\r\n|\r|\n", text[start:end]):
        out.append((pos, start + m.start()))
        pos = start + m.end()
    out.append((pos, end))
    return [s for s in (_strip(text, a, b) for a, b in out) if s[0] < s[1]]


def _paragraph_units(
    text: str, p_start: int, p_end: int, segmenter: pysbd.Segmenter, window: int
) -> Iterator[tuple[int, int]]:
    lines = _lines(text, p_start, p_end)
    if not lines:
        return
    # Bullet items are units of their own; runs of other lines are prose.
    prose: list[tuple[int, int]] = []
    for line in lines:
        if _BULLET.match(text, line[0]) or len(lines) == 1:
            if prose:
                yield from _prose_units(text, prose[0][0], prose[-1][1], segmenter, window)
                prose = []
            yield from _prose_units(text, line[0], line[1], segmenter, window)
        else:
            prose.append(line)
    if prose:
        yield from _prose_units(text, prose[0][0], prose[-1][1], segmenter, window)


def _prose_units(
    text: str, start: int, end: int, segmenter: pysbd.Segmenter, window: int
) -> Iterator[tuple[int, int]]:
    m = _DATELINE.match(text, start, end)
    if m and m.end() < end and any(c.isalpha() for c in text[m.end() : end]):
        yield _strip(text, start, m.end())
        start, end = _strip(text, m.end(), end)
    pieces = _windowed(text, start, end, segmenter, window)
    # Join pieces cut inside a token, then pieces split inside a quotation.
    yield from _join_pieces(text, _join_pieces(text, pieces, _split_token), _open_quote)


def _split_token(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Whether pysbd cut inside a token between two pieces: a full stop, no space, then an
    ASCII letter or digit ('Index <.SPX> rose', 'Composite Index .IXIC fell'); scripts
    written without spaces (CJK) keep their sentences."""
    return (right[0] == left[1] and text[left[1] - 1] == "."
            and text[right[0]].isascii() and text[right[0]].isalnum())


def _open_quote(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Whether ``left`` opens a quotation that ``right`` closes (same paragraph)."""
    return (_quote_open(text[left[0] : left[1]])
            and _closes_quote(text[right[0] : right[1]]))


def _join_pieces(
    text: str, pieces: Iterable[tuple[int, int]],
    joins: Callable[[str, tuple[int, int], tuple[int, int]], bool],
) -> Iterator[tuple[int, int]]:
    """The pieces, each joined to the one before when ``joins(text, before, piece)``."""
    current: tuple[int, int] | None = None
    for piece in pieces:
        if current is not None and joins(text, current, piece):
            current = (current[0], piece[1])
            continue
        if current is not None:
            yield current
        current = piece
    if current is not None:
        yield current


def _windowed(
    text: str, start: int, end: int, segmenter: pysbd.Segmenter, window: int
) -> Iterator[tuple[int, int]]:
    """pysbd's sentences of ``text[start:end]``, found a window at a time.

    A window is cut only before a sentence that is followed by another one in the
    window and where quote marks and brackets are balanced, so every kept boundary had
    pysbd's full context.  A window with no such cut is doubled.
    """
    if _one_sentence(text, start, end):
        yield from _locate(text, start, end, [text[start:end]])
        return
    pos, size = start, max(1, window)
    while pos < end:
        stop = min(end, pos + size)
        spans = _locate(text, pos, stop, segmenter.segment(text[pos:stop]))
        if stop >= end:
            yield from spans
            return
        cut = _last_clean_cut(text, pos, spans)
        if cut is None:
            size *= 2
            continue
        yield from spans[:cut]
        pos, size = spans[cut][0], max(1, window)


_PAIRS = {'"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb", "(": ")", "[": "]"}
_CLOSING = {close: open_ for open_, close in _PAIRS.items() if open_ != close}


_INNER_STOP = re.compile(r"[.!?\u2026\n\r;:\"\u201c\u201d\u00ab\u00bb]")
_FINAL_STOPS = frozenset(".!?\u2026")


def _one_sentence(text: str, start: int, end: int) -> bool:
    """A paragraph with no sentence punctuation before its final one (and no double quote
    marks) is one sentence: pysbd (slow: it compiles regular expressions per call) would
    return it whole."""
    body_end = end  # before the final stops and spaces (a backward scan: linear time)
    while body_end > start and (text[body_end - 1].isspace() or text[body_end - 1]
                                in _FINAL_STOPS):
        body_end -= 1
    return _INNER_STOP.search(text, start, body_end) is None


def _last_clean_cut(text: str, pos: int, spans: list[tuple[int, int]]) -> int | None:
    """The largest k (1 <= k <= len(spans) - 2) such that no quote or bracket is open
    in ``text[pos:spans[k][0]]``, or None."""
    depth = dict.fromkeys(_PAIRS, 0)
    best = None
    cursor = pos
    for k in range(1, len(spans) - 1):
        for ch in text[cursor : spans[k][0]]:
            if ch == '"':
                depth['"'] ^= 1
            elif ch in _PAIRS:
                depth[ch] += 1
            elif ch in _CLOSING:
                depth[_CLOSING[ch]] = max(0, depth[_CLOSING[ch]] - 1)
        cursor = spans[k][0]
        if not any(depth.values()):
            best = k
    return best


def _locate(text: str, start: int, end: int, segments: list[str]) -> list[tuple[int, int]]:
    """Find pysbd's segments in order in ``text[start:end]`` (pysbd's own spans can drift)."""
    out: list[tuple[int, int]] = []
    cursor = start
    for seg in segments:
        piece = seg.strip()
        if not piece:
            continue
        found = text.find(piece, cursor, end)
        if found < 0:
            break
        if found > cursor and out:
            # Text pysbd skipped belongs to the previous sentence.
            out[-1] = (out[-1][0], found)
        out.append((found, found + len(piece)))
        cursor = found + len(piece)
    if not out:
        return [_strip(text, start, end)] if start < end else []
    if cursor < end:
        out[-1] = (out[-1][0], end)
    return [s for s in (_strip(text, a, b) for a, b in out) if s[0] < s[1]]


def _quote_open(chunk: str) -> bool:
    depth = 0
    for ch in chunk:
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth = max(0, depth - 1)
    return depth > 0 or chunk.count('"') % 2 == 1


def _closes_quote(chunk: str) -> bool:
    return any(c in _CLOSERS for c in chunk) or chunk.count('"') % 2 == 1
