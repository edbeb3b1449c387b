"""Hypothesis fuzzing of ingest -> segment -> claims -> align with arbitrary Unicode.

tests/test_properties.py checks the contract on word-salad report sets and on short
arbitrary strings.  This file adds what it lacks: raw bytes and arbitrary JSON through
the file readers, news-shaped text (headers, datelines, bullets, quotes, numbers, CRLF,
emoji, RTL, zero-width and control characters, lone surrogates), arbitrary report ids,
claims checked sentence by sentence, and order invariance plus determinism on all that.
Only :class:`NewsdiffError` may escape.
"""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

from contract import check_contract
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from newsdiff import Report, compare
from newsdiff.claims.figures import extract_figures
from newsdiff.claims.quotes import extract_quotes
from newsdiff.encoders import HashingEncoder
from newsdiff.errors import NewsdiffError
from newsdiff.ingest import load_reports, parse_json_object, parse_txt
from newsdiff.segment import split_sentences

ENCODER = HashingEncoder(dim=64)
FAST = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])

PIECES = [
    "Fifty-five soldiers were killed.", "At least 23 died on Tuesday, January 7, 2026.",
    "CARACAS (Wire) -", '"We were betrayed," the minister said.', "\u201cIn cold blood.\u201d",
    "- 32 Cubans", "\u2022 about 55 troops", "1e9", "\u0663\u0662 \u062c\u0646\u062f\u064a\u0627.",
    "3/4 of them", "1,2,3", "February 30", "$4.5 million", "45%", "U.S. forces",
    "\u7f8e\u519b\u7a81\u88ad\u3002", "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    "e\u0301", "\u00a0", "\u200b", "\ufeff", "\u202e", "\x1b[31m", "\t", "\n", "\r\n", "\r",
    "\n\n", "\u2028", '"', "\u00ab", ")", "...", "?!", "Mr.", "No.", "said", "Padrino L\u00f3pez",
    "between", "Between 1,000", "and 2 million", "80 and", "40", "18-to-64", "to 3 billion",
]
# Any code point, lone surrogates included (JSON input can carry them).
ANY_CHAR = st.characters(codec=None, exclude_categories=())
news_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(ANY_CHAR, max_size=8)),
                     max_size=25).map(" ".join)
news_body = st.lists(st.one_of(st.sampled_from(PIECES), st.text(ANY_CHAR, max_size=8)),
                     min_size=1, max_size=25).map(" ".join).filter(str.strip)
report_id = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=6)


def check_sentences(text: str) -> None:
    sentences = split_sentences("r", text)
    previous = 0
    for k, s in enumerate(sentences):
        assert s.index == k
        assert previous <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == text[s.start : s.end].strip()
        previous = s.end
    covered = "".join(text[s.start : s.end] for s in sentences)
    assert "".join(covered.split()) == "".join(text.split())


@FAST
@given(news_text)
def test_segment_offsets_exact_on_news_shaped_unicode(text: str) -> None:
    check_sentences(text)


@FAST
@given(news_text, st.integers(min_value=8, max_value=200))
def test_segment_windows_keep_offsets_exact(text: str, window: int) -> None:
    sentences = split_sentences("r", text, window=window)
    covered = "".join(text[s.start : s.end] for s in sentences)
    assert "".join(covered.split()) == "".join(text.split())


@FAST
@given(news_text)
def test_claims_lie_inside_their_sentences(text: str) -> None:
    assume(text.strip())
    report = Report(id="r", text=text)
    sentences = split_sentences("r", text)
    for span in [*extract_figures(report, sentences), *extract_quotes(report, sentences)]:
        assert span.report == "r"
        sent = sentences[span.sentence]
        assert sent.start <= span.start <= span.end <= sent.end
        assert text[span.start : span.end] == span.text
    for figure in extract_figures(report, sentences):  # an interval is never empty
        assert figure.low is None or figure.high is None or figure.low <= figure.high


@FAST
@given(st.text(ANY_CHAR, max_size=300))
def test_txt_body_is_kept_verbatim_or_refused(content: str) -> None:
    try:
        report = parse_txt(content, report_id="x")
    except NewsdiffError as exc:
        assert "\n" not in str(exc)
        return
    body = content.removeprefix("\ufeff")
    assert body.endswith(report.text)
    assert report.text.strip()


json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(ANY_CHAR, max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                 max_size=3),
    max_leaves=8,
)


@FAST
@given(st.dictionaries(st.sampled_from(["id", "text", "body", "title", "source", "outlet", "url",
                                        "published", "date", "cluster", "tags"]), json_value,
                       max_size=6))
def test_json_objects_give_a_report_or_a_newsdiff_error(obj: dict[str, object]) -> None:
    try:
        report = parse_json_object(obj, default_id="d", where="x.json")
    except NewsdiffError:
        return
    assert report.text == obj.get("text", obj.get("body"))
    assert report.id


@FAST
@given(st.lists(st.tuples(st.sampled_from([".txt", ".json", ".jsonl", ".html"]),
                          st.one_of(st.binary(max_size=200),
                                    news_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
                                    st.sampled_from([b"\xff\xfe", b"\xef\xbb\xbf", b"{", b"<p>"])
                                    .flatmap(lambda p: st.binary(max_size=60)
                                             .map(lambda b, p=p: p + b)))),
                min_size=1, max_size=3))
def test_files_of_arbitrary_bytes_give_reports_or_a_newsdiff_error(
    files: list[tuple[str, bytes]]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for i, (suffix, data) in enumerate(files):
            (Path(tmp) / f"f{i}{suffix}").write_bytes(data)
        try:
            reports = load_reports(tmp, min_reports=1)
        except NewsdiffError as exc:
            assert "\n" not in str(exc)
            return
    assert [r.id for r in reports] == sorted(r.id for r in reports)
    assert all(r.text.strip() for r in reports)


@st.composite
def report_sets(draw: st.DrawFn) -> list[Report]:
    ids = draw(st.lists(report_id, min_size=2, max_size=4, unique=True))
    return [Report(id=i, text=draw(news_body)) for i in ids]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report_sets(), st.randoms(use_true_random=False))
def test_pipeline_contract_order_invariance_and_determinism(
    reports: list[Report], rnd: random.Random
) -> None:
    try:
        first = compare(reports, encoder=ENCODER).to_json()
    except NewsdiffError as exc:
        assert "\n" not in str(exc)
        return
    doc = check_contract(first)
    json.loads(first)
    assert sorted(r["id"] for r in doc["reports"]) == sorted(r.id for r in reports)
    shuffled = list(reports)
    rnd.shuffle(shuffled)
    assert compare(shuffled, encoder=ENCODER).to_json() == first
