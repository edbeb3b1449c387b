"""Reading reports: formats, metadata, and one clear error per bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.errors import InputError, NewsdiffError
from newsdiff.ingest import load_reports, parse_txt


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_txt_header_and_body_kept_verbatim(tmp_path: Path) -> None:
    body = "Headline here\n\n  Fifty-five soldiers died.  \nSecond line.\n"
    write(tmp_path / "wire.txt", f"title: Raid\noutlet: Wire\ndate: 2026-01-07\nurl: https://e.org/x\n"
          f"desk: world\n\n{body}")
    write(tmp_path / "b.txt", "No header at all. Just text.")
    wire, b = sorted(load_reports(tmp_path), key=lambda r: r.id, reverse=True)
    assert (wire.id, wire.title, wire.source, wire.published, wire.url) == (
        "wire", "Raid", "Wire", "2026-01-07", "https://e.org/x")
    assert wire.metadata == {"desk": "world"}
    assert wire.text == body
    assert b.text == "No header at all. Just text."
    assert b.title is None


def test_a_first_line_with_colon_but_no_blank_line_is_body() -> None:
    r = parse_txt("Breaking: troops enter Caracas.\nMore text.", report_id="x")
    assert r.text == "Breaking: troops enter Caracas.\nMore text."
    assert r.title is None


def test_json_jsonl_and_aliases(tmp_path: Path) -> None:
    write(tmp_path / "a.json", json.dumps({"body": "One.", "outlet": "A", "date": "2026-01-08"}))
    write(tmp_path / "many.jsonl", "\n".join(json.dumps(o) for o in [
        {"id": "x", "text": "Two.", "source": "X"}, {"text": "Three."}]) + "\n")
    reports = load_reports([tmp_path / "a.json", tmp_path / "many.jsonl"])
    assert [r.id for r in reports] == ["a", "many-2", "x"]
    assert reports[0].source == "A" and reports[0].published == "2026-01-08"


def test_html_keeps_lead_paragraph(tmp_path: Path) -> None:
    html = """<html><head><title>Raid</title><script>var x = 1;</script></head><body>
    <nav>Home | World | Sport</nav><article><h1>Raid in Caracas</h1>
    <p>Fifty-five soldiers were killed in a raid on the Venezuelan capital on Saturday night.</p>
    <p>The defence minister said the guards were killed in cold blood by the attackers.</p>
    <p>Cuba said 32 of its military personnel died in the assault on the compound.</p>
    </article><footer>Copyright</footer></body></html>"""
    write(tmp_path / "page.html", html)
    write(tmp_path / "other.txt", "Text.")
    page = load_reports(tmp_path)[1]
    assert page.id == "page"
    assert "Fifty-five soldiers were killed" in page.text
    assert "var x" not in page.text


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("empty.txt", "title: x\n\n   \n", "body is empty"),
        ("blank.txt", "", "body is empty"),
        ("bad.json", "{not json", "malformed JSON"),
        ("notobj.json", "[1, 2]", "got list; for several reports write one object per line"),
        ("notext.json", '{"title": "x"}', "'text'"),
        ("bad.jsonl", '{"text": "a"}\n{oops\n', "bad.jsonl:2: malformed JSON"),
        ("latin1.txt", "caf\xe9".encode("latin-1"), "not valid UTF-8"),
        ("nul.txt", b"abc\x00def", "NUL"),
        ("report.docx", "x", "unknown extension"),
    ],
)
def test_bad_files_give_one_line_errors_naming_the_file(
    tmp_path: Path, name: str, content: str | bytes, needle: str
) -> None:
    path = write(tmp_path / name, content)
    other = write(tmp_path / "ok.txt", "Fine text.")
    with pytest.raises(InputError) as info:
        load_reports([path, other])
    message = str(info.value)
    assert needle in message
    assert name in message
    assert "\n" not in message


def test_missing_file_too_few_reports_and_duplicates(tmp_path: Path) -> None:
    ok = write(tmp_path / "ok.txt", "Fine text.")
    with pytest.raises(InputError, match="no such file"):
        load_reports([tmp_path / "nope.txt", ok])
    with pytest.raises(InputError, match="at least 2"):
        load_reports([ok])
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "ok.txt", "Other text.")
    with pytest.raises(InputError, match="unique"):
        load_reports([ok, tmp_path / "sub" / "ok.txt"])


def test_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    with pytest.raises(InputError, match="no report files"):
        load_reports(tmp_path / "d")


def test_bom_utf16_and_crlf(tmp_path: Path) -> None:
    write(tmp_path / "bom.txt", "\ufefftitle: T\r\n\r\nBody one.\r\nBody two.".encode())
    write(tmp_path / "u16.txt", "Sixteen bits.".encode("utf-16"))
    bom, u16 = load_reports(tmp_path)
    assert bom.title == "T" and bom.text == "Body one.\r\nBody two."
    assert u16.text == "Sixteen bits."


def test_errors_are_newsdiff_errors() -> None:
    assert issubclass(InputError, NewsdiffError)
    with pytest.raises(NewsdiffError, match="got 0 report"):
        load_reports([])
