"""The catalogue of bad and odd inputs (issue 8): each gets a clear error or correct handling.

A CLI error is one line on stderr, exit status 2, no traceback, and names the offending
input; handled inputs give output that keeps the JSON contract (offsets exact in Python
string indices).  The hashing encoder stands in for the model wherever the model is not
the point (``newsdiff.cli.make_encoder`` is monkeypatched).
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
from contract import check_contract

from newsdiff import Report, cli, compare
from newsdiff.config import Config
from newsdiff.encoders import HashingEncoder
from newsdiff.errors import InputError
from newsdiff.ingest import load_reports
from newsdiff.pipeline import sentences_of
from newsdiff.render.text import to_text

ENCODER = HashingEncoder(dim=128)
FINE = "Fifty-five soldiers were killed in the raid. The minister said so on Sunday."


@pytest.fixture(autouse=True)
def fast_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "make_encoder", lambda model, **_: ENCODER)


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def cli_error(capsys: pytest.CaptureFixture[str], *args: str | Path) -> str:
    """Run the CLI expecting a clean failure; return its one-line message."""
    status = cli.main(["compare", *map(str, args), "--no-cache", "-q"])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("newsdiff: error: ")
    assert "Traceback" not in captured.err
    return lines[0]


def cli_json(capsys: pytest.CaptureFixture[str], *args: str | Path) -> dict[str, Any]:
    """Run the CLI expecting success; return the checked JSON document."""
    status = cli.main(["compare", *map(str, args), "--no-cache", "-q", "--format", "json"])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    return check_contract(captured.out)


def texts_of(doc: dict[str, Any], report_id: str) -> list[str]:
    rep = next(r for r in doc["reports"] if r["id"] == report_id)
    return [s["text"] for s in rep["sentences"]]


@pytest.fixture()
def other(tmp_path: Path) -> Path:
    return write(tmp_path / "other.txt", FINE)


# --- inputs that are refused with one clear line ---------------------------------------

def test_01_missing_file(tmp_path: Path, other: Path, capsys: pytest.CaptureFixture[str]) -> None:
    msg = cli_error(capsys, tmp_path / "gone.txt", other)
    assert "gone.txt: no such file" in msg and "check the path" in msg


def test_02_unreadable_file(tmp_path: Path, other: Path, capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    locked = write(tmp_path / "locked.txt", FINE)
    real_read = Path.read_bytes

    def read_bytes(self: Path) -> bytes:  # tests run as root, where chmod 000 still reads
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    msg = cli_error(capsys, locked, other)
    assert "locked.txt: cannot read file (Permission denied)" in msg and "permissions" in msg


def test_03_directory_with_no_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    write(empty / "notes.docx", "x")
    (empty / "sub").mkdir()
    msg = cli_error(capsys, empty)
    assert "empty: directory holds no report files" in msg and ".txt" in msg


def test_04_unknown_extension(tmp_path: Path, other: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    msg = cli_error(capsys, write(tmp_path / "report.pdf", "%PDF-1.4"), other)
    assert "report.pdf: unknown extension '.pdf'" in msg and "use one of" in msg


@pytest.mark.parametrize("content", ["", "   \n\t \n", "\u00a0\u2003\n"],
                         ids=["empty", "whitespace", "unicode-spaces"])
def test_05_empty_or_whitespace_body(tmp_path: Path, other: Path, content: str,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    msg = cli_error(capsys, write(tmp_path / "blank.txt", content), other)
    assert "blank.txt: the report body is empty" in msg


@pytest.mark.parametrize("content", ["title: Raid\noutlet: Wire\n", "title: Raid\n\n\n  \n"],
                         ids=["no-blank-line", "blank-lines-only"])
def test_06_header_without_body(tmp_path: Path, other: Path, content: str,
                                capsys: pytest.CaptureFixture[str]) -> None:
    msg = cli_error(capsys, write(tmp_path / "head.txt", content), other)
    assert "head.txt: the report body is empty" in msg and "blank line" in msg


def test_07_binary_file(tmp_path: Path, other: Path, capsys: pytest.CaptureFixture[str]) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    msg = cli_error(capsys, write(tmp_path / "photo.txt", png), other)
    assert "photo.txt" in msg and ("not valid UTF-8" in msg or "binary" in msg)


def test_08_invalid_utf8(tmp_path: Path, other: Path, capsys: pytest.CaptureFixture[str]) -> None:
    msg = cli_error(capsys, write(tmp_path / "latin.txt", "Caf\xe9 cr\xe8me.".encode("latin-1")),
                    other)
    assert "latin.txt: not valid UTF-8 (byte 3)" in msg and "re-save" in msg


def test_09_nul_bytes(tmp_path: Path, other: Path, capsys: pytest.CaptureFixture[str]) -> None:
    msg = cli_error(capsys, write(tmp_path / "nul.txt", b"Soldiers\x00 died."), other)
    assert "nul.txt" in msg and "NUL" in msg
    no_bom = write(tmp_path / "wide.txt", FINE.encode("utf-16-le"))
    msg = cli_error(capsys, no_bom, other)
    assert "wide.txt" in msg and "UTF-16 without a byte-order mark" in msg


def test_10_malformed_json_names_the_line(tmp_path: Path, other: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    bad = write(tmp_path / "bad.json", '{\n  "text": "One.",\n  "title": oops\n}')
    msg = cli_error(capsys, bad, other)
    assert "bad.json:3: malformed JSON" in msg


def test_11_malformed_jsonl_names_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                           ) -> None:
    lines = [json.dumps({"id": "a", "text": FINE}), "", json.dumps({"id": "b", "text": FINE}),
             '{"id": "c", "text": "unterminated}']
    msg = cli_error(capsys, write(tmp_path / "wire.jsonl", "\n".join(lines)))
    assert "wire.jsonl:4: malformed JSON" in msg and "one JSON object" in msg


def test_12_jsonl_line_that_is_not_an_object(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    content = json.dumps({"id": "a", "text": FINE}) + "\n[1, 2]\n"
    msg = cli_error(capsys, write(tmp_path / "mixed.jsonl", content))
    assert "mixed.jsonl:2: expected a JSON object" in msg


def test_13_duplicate_report_ids(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = "\n".join(json.dumps({"id": "wire", "text": FINE}) for _ in range(2))
    msg = cli_error(capsys, write(tmp_path / "dup.jsonl", content))
    assert "'wire'" in msg and "unique" in msg
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    msg = cli_error(capsys, write(tmp_path / "x" / "bbc.txt", FINE),
                    write(tmp_path / "y" / "bbc.txt", FINE))
    assert "'bbc'" in msg and "unique" in msg


def test_14_one_report(tmp_path: Path, other: Path, capsys: pytest.CaptureFixture[str]) -> None:
    msg = cli_error(capsys, other)
    assert "got 1 report(s)" in msg and "at least 2" in msg


def test_15_same_file_given_twice(tmp_path: Path, other: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    msg = cli_error(capsys, other, other)
    assert "other.txt: this file is given twice" in msg and "once" in msg
    second = write(tmp_path / "second.txt", FINE)
    msg = cli_error(capsys, tmp_path, second)
    assert "second.txt: this file is given twice" in msg


def test_16_html_without_main_text(tmp_path: Path, other: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    # A page rendered by JavaScript: the article is not in the HTML.
    page = ("<html><head><title>Raid</title><style>body { margin: 0 }</style>"
            "<script>window.__STATE__ = {\"story\": 55};</script></head><body>"
            "<div id='root'></div><img src='lead.jpg'><script src='app.js'></script>"
            "</body></html>")
    msg = cli_error(capsys, write(tmp_path / "index.html", page), other)
    assert "index.html: no article text found" in msg and ".txt" in msg


def test_17_ten_megabyte_report_is_refused_by_a_configurable_limit(
    tmp_path: Path, other: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = write(tmp_path / "big.txt", ("The army said it moved. " * 40 + "\n\n") * 10_500)
    assert big.stat().st_size > 10_000_000
    start = time.perf_counter()
    msg = cli_error(capsys, big, other)
    assert time.perf_counter() - start < 20
    assert "'big' has 10,101,000 characters" in msg and "Config.max_report_chars" in msg


def test_18_fifty_thousand_sentences_are_refused_quickly() -> None:
    text = "The army said it moved. " * 50_000
    assert len(text) < Config().max_report_chars
    start = time.perf_counter()
    with pytest.raises(InputError, match=f"more than {Config().max_sentences:,} sentences") as info:
        compare([text, FINE], encoder=ENCODER)
    assert "Config.max_sentences" in str(info.value)
    assert time.perf_counter() - start < 30  # segmentation stops at the limit


def test_19_output_file_is_never_partial(tmp_path: Path, other: Path,
                                         capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    second = write(tmp_path / "second.txt", FINE.replace("Sunday", "Monday"))
    out = write(tmp_path / "out.json", '{"previous": "result"}')

    class DiskFull:
        def __init__(self, fd: int, *args: Any, **kwargs: Any) -> None:
            self.fh = open(fd, "w", encoding="utf-8")  # noqa: SIM115

        def __enter__(self) -> DiskFull:
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()

        def write(self, text: str) -> int:
            self.fh.write(text[: len(text) // 2])
            self.fh.flush()
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(cli.os, "fdopen", DiskFull)
    status = cli.main(["compare", str(other), str(second), "--no-cache", "-q", "-o", str(out)])
    err = capsys.readouterr().err
    assert status == 2
    assert len(err.splitlines()) == 1 and "No space left on device" in err
    assert out.read_text() == '{"previous": "result"}'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.txt", "out.json", "second.txt"]


def test_20_output_into_a_missing_directory(tmp_path: Path, other: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    second = write(tmp_path / "second.txt", FINE)
    msg = cli_error(capsys, other, second, "-o", tmp_path / "no" / "such" / "out.json")
    assert "cannot write there" in msg


def test_21_error_messages_do_not_pass_terminal_escapes(
    tmp_path: Path, other: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    msg = cli_error(capsys, tmp_path / "\x1b[31mred\x1b[0m.txt", other)
    assert "\x1b" not in msg and "\\x1b[31mred" in msg


# --- odd inputs that are handled, with exact offsets -----------------------------------

def test_22_utf8_bom_and_utf16(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "bom.txt", ("\ufefftitle: T\n\n" + FINE).encode("utf-8"))
    write(tmp_path / "le.txt", FINE.encode("utf-16"))
    write(tmp_path / "be.json", b"\xfe\xff" + json.dumps({"text": FINE}).encode("utf-16-be"))
    doc = cli_json(capsys, tmp_path)
    assert {r["id"]: r["text"] for r in doc["reports"]} == {"be": FINE, "bom": FINE, "le": FINE}
    assert next(r for r in doc["reports"] if r["id"] == "bom")["title"] == "T"


@pytest.mark.parametrize("eol", ["\r\n", "\r"], ids=["crlf", "lone-cr"])
def test_23_crlf_and_lone_cr_line_ends(tmp_path: Path, other: Path, eol: str,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    body = eol.join(["Raid kills 55", "", "Soldiers died. The minister spoke.", "",
                     "- Cuba lost 32", "- Venezuela lost 23"])
    write(tmp_path / "eol.txt", f"title: Raid{eol}outlet: Wire{eol}{eol}{body}")
    doc = cli_json(capsys, tmp_path / "eol.txt", other)
    rep = next(r for r in doc["reports"] if r["id"] == "eol")
    assert rep["text"] == body and rep["title"] == "Raid" and rep["source"] == "Wire"
    assert texts_of(doc, "eol") == ["Raid kills 55", "Soldiers died.", "The minister spoke.",
                                    "- Cuba lost 32", "- Venezuela lost 23"]


def test_24_one_sentence_of_100000_characters() -> None:
    words = " ".join(f"word{i % 97}" for i in range(14_000))[:100_000]
    text = words + "."
    result = compare([text, FINE], encoder=ENCODER)
    check_contract(result.to_json())
    (sentence,) = result.sentences_of("report-1")
    assert (sentence.start, sentence.end) == (0, len(text))


def test_25_no_sentence_punctuation_at_all() -> None:
    text = "troops entered the capital at night\nfifty five soldiers died\n\nthe minister spoke"
    result = compare([text, FINE], encoder=ENCODER)
    check_contract(result.to_json())
    assert [s.text_in(result.report("report-1")) for s in result.sentences_of("report-1")] == [
        "troops entered the capital at night", "fifty five soldiers died", "the minister spoke"]


@pytest.mark.parametrize("text", [
    '"We fought." "We lost." "We will return."',
    "\u201cIn cold blood.\u201d \u201cWithout mercy.\u201d",
    '"""',
    "\u00ab Ils ont tu\u00e9 \u00bb",
], ids=["straight", "curly", "marks-only", "guillemets"])
def test_26_only_quotes(text: str) -> None:
    result = compare([text, FINE], encoder=ENCODER)
    check_contract(result.to_json())


@pytest.mark.parametrize("text", [
    'He said "we fought. We lost. And then it ended.',
    "The minister said \u201cwe were betrayed. Nobody came. The city fell.",
    'It ended." Then the troops left. "Never again.',
    "Closing only\u201d here. And here\u00bb too. (Open paren. And more.",
], ids=["open-straight", "open-curly", "odd-straight", "closers-only"])
def test_27_unbalanced_quote_marks(text: str) -> None:
    result = compare([text, FINE], encoder=ENCODER)
    doc = check_contract(result.to_json())
    assert doc["reports"][1]["sentences"]


def test_28_rtl_scripts() -> None:
    arabic = "\u0642\u062a\u0644 55 \u062c\u0646\u062f\u064a\u0627. \u0642\u0627\u0644 " \
             "\u0627\u0644\u0648\u0632\u064a\u0631 \u0630\u0644\u0643."
    hebrew = "\u05e0\u05d4\u05e8\u05d2\u05d5 55 \u05d7\u05d9\u05d9\u05dc\u05d9\u05dd. " \
             "\u200f\u05d4\u05e9\u05e8 \u05d0\u05de\u05e8."
    result = compare([arabic, hebrew, FINE], encoder=ENCODER)
    check_contract(result.to_json())
    for rid, text in (("report-1", arabic), ("report-2", hebrew)):
        pieces = [s.text_in(result.report(rid)) for s in result.sentences_of(rid)]
        assert "".join("".join(pieces).split()) == "".join(text.split())
        assert len(pieces) == 2


def test_29_cjk_without_spaces() -> None:
    chinese = "\u7f8e\u519b\u7a81\u88ad\u52a0\u62c9\u52a0\u65af\u3002" \
              "\u4e94\u5341\u4e94\u540d\u58eb\u5175\u6b7b\u4ea1\u3002" \
              "\u90e8\u957f\u8bf4\u201c\u4ed6\u4eec\u88ab\u6740\u4e86\u3002\u201d"
    japanese = "\u7c73\u8ecd\u304c\u30ab\u30e9\u30ab\u30b9\u3092\u8972\u6483\u3057\u305f\u3002" \
               "\u5175\u58eb55\u4eba\u304c\u6b7b\u4ea1\u3057\u305f\uff01"
    result = compare([chinese, japanese, FINE], encoder=ENCODER)
    check_contract(result.to_json())
    got = [s.text_in(result.report("report-1")) for s in result.sentences_of("report-1")]
    assert "".join(got) == chinese  # no spaces to drop: the sentences tile the text exactly
    assert len(got) == 3  # split at the ideographic full stops


def test_30_emoji_combining_marks_and_zwj() -> None:
    text = ("\U0001f1fb\U0001f1ea Caf\u0065\u0301 re\u0301sume\u0301 \U0001f468\u200d"
            "\U0001f469\u200d\U0001f467 says 55 soldiers died \U0001f494. "
            "Za\u0308hlung: 23 \U0001f44d\U0001f3fd. Last one \u0915\u094d\u0937 here.")
    result = compare([text, FINE], encoder=ENCODER)
    doc = check_contract(result.to_json())
    sentences = texts_of(doc, "report-1")
    assert len(sentences) == 3
    assert sentences[0].startswith("\U0001f1fb\U0001f1ea") and sentences[0].endswith("\U0001f494.")
    assert sentences[1] == "Za\u0308hlung: 23 \U0001f44d\U0001f3fd."
    assert [fig["text"] for fig in doc["figures"] if fig["report"] == "report-1"] == [
        text[fig["start"] : fig["end"]] for fig in doc["figures"] if fig["report"] == "report-1"]


def test_31_non_breaking_and_zero_width_spaces() -> None:
    text = ("\u200b\ufeffFifty-five\u00a0soldiers died.\u00a0\u200bThe\u202fminister "
            "spoke.\u2060 Cuba\u200c lost\u200d 32.\u3000")
    result = compare([text, FINE], encoder=ENCODER)
    check_contract(result.to_json())
    got = [s.text_in(result.report("report-1")) for s in result.sentences_of("report-1")]
    # Zero-width characters are not whitespace: they stay inside the sentences.
    assert got == ["\u200b\ufeffFifty-five\u00a0soldiers died.",
                   "\u200bThe\u202fminister spoke.", "\u2060 Cuba\u200c lost\u200d 32."]


def test_32_html_with_scripts_and_iframes(tmp_path: Path, other: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    page = """<html><head><script>document.write("EVIL SCRIPT")</script>
    <style>p { color: red }</style></head><body><nav>Home | World</nav><article>
    <h1>Raid in Caracas</h1>
    <p>Fifty-five soldiers were killed in a raid on the Venezuelan capital on Saturday.</p>
    <iframe src="https://ads.example/x">IFRAME FALLBACK</iframe>
    <script>alert("SECOND SCRIPT")</script>
    <p>The defence minister said the guards were killed in cold blood by the attackers.</p>
    <noscript>NOSCRIPT TEXT</noscript>
    <p>Cuba said 32 of its military personnel died in the assault on the compound.</p>
    </article></body></html>"""
    doc = cli_json(capsys, write(tmp_path / "page.html", page), other)
    text = next(r for r in doc["reports"] if r["id"] == "page")["text"]
    assert "Fifty-five soldiers were killed" in text and "Cuba said 32" in text
    for hostile in ("EVIL SCRIPT", "SECOND SCRIPT", "IFRAME FALLBACK", "color: red", "<"):
        assert hostile not in text


def test_33_two_identical_reports_align_completely() -> None:
    result = compare([Report(id="a", text=FINE), Report(id="b", text=FINE)], encoder=ENCODER)
    check_contract(result.to_json())
    assert [[(m.report, m.sentences) for m in g.members] for g in result.groups] == [
        [("a", (0,)), ("b", (0,))], [("a", (1,)), ("b", (1,))]]
    assert all(g.score > 0.99 for g in result.groups)
    assert result.divergences == ()


def test_34_five_hundred_reports(examples_dir: Path) -> None:
    pool = [s.text_in(r) for r in load_reports(examples_dir) for s in sentences_of(r)]
    reports = [Report(id=f"r{i:03d}", text=pool[i % len(pool)]) for i in range(500)]
    start = time.process_time()
    result = compare(reports, encoder=ENCODER)
    cpu = time.process_time() - start
    doc = check_contract(result.to_json())
    assert len(doc["reports"]) == 500
    # The reports that carry the same sentence are aligned in one group.
    for k, text in enumerate(pool):
        same = {f"r{i:03d}" for i in range(k, 500, len(pool))}
        assert any(same <= set(g.reports) for g in result.groups), text
    assert cpu < 60  # CPU seconds, not wall time: the test machine is shared


@pytest.mark.parametrize("number", ["1e9", "\u0663\u0662", "3/4", "1,2,3", "February 30",
                                    "2026-02-30", "1.2.3", "99999999999999999999999",
                                    "-0", "\u00bd", "\u2155", "0x1F"])
def test_35_odd_numbers_and_dates(number: str) -> None:
    text = f"Officials said {number} soldiers died on February 30, 2026. The toll was {number}."
    result = compare([text, FINE], encoder=ENCODER)
    doc = check_contract(result.to_json())
    for fig in doc["figures"]:
        assert fig["value"] is None or isinstance(fig["value"], int | float | str)


def test_36_ansi_escapes_do_not_recolour_the_terminal(
    tmp_path: Path, other: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = write(tmp_path / "hostile.txt",
                    "title: \x1b[2J\x1b[31mRED\n\n\x1b[31mFifty-five\x1b[0m soldiers were "
                    "killed. \x1b]0;pwned\x07The minister \x9b31m said so. \u202eevil\u202c.")
    status = cli.main(["compare", str(hostile), str(other), "--no-cache", "-q",
                       "--format", "text"])
    out = capsys.readouterr().out
    assert status == 0
    assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out
    assert "\u202e" not in out
    assert "\\x1b[31mFifty-five" in out
    result = compare([Report(id="h", text=hostile.read_text().split("\n\n", 1)[1]),
                      Report(id="o", text=FINE)], encoder=ENCODER)
    coloured = to_text(result, color=True)
    assert "\x1b[31mFifty-five" not in coloured and "\x1b]0;pwned" not in coloured


def test_37_lone_surrogates_give_valid_json(tmp_path: Path, other: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "odd.json", '{"text": "Broken \\ud800 pair here. Fifty-five died \\udfff."}')
    status = cli.main(["compare", str(tmp_path / "odd.json"), str(other), "--no-cache", "-q",
                       "--format", "json", "-o", str(tmp_path / "out.json")])
    assert status == 0, capsys.readouterr().err
    raw = (tmp_path / "out.json").read_bytes()
    raw.decode("ascii")  # every non-ASCII character is escaped
    doc = check_contract(raw.decode("ascii"))
    assert "\ud800" in next(r for r in doc["reports"] if r["id"] == "odd")["text"]


def test_38_json_report_with_odd_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                        ) -> None:
    write(tmp_path / "a.json", json.dumps({"id": None, "text": FINE, "title": 7,
                                           "published": "February 30", "tags": ["x", 1]}))
    write(tmp_path / "b.json", json.dumps({"id": "  ", "body": FINE, "extra": {"k": "v"}}))
    write(tmp_path / "c.json", json.dumps({"id": 42, "text": FINE, "date": 20260107}))
    doc = cli_json(capsys, tmp_path)
    by_id = {r["id"]: r for r in doc["reports"]}
    assert sorted(by_id) == ["42", "a", "b"]
    assert by_id["a"]["title"] == "7" and by_id["a"]["published"] == "February 30"
    assert by_id["42"]["published"] == "2026-01-07"


def test_39_report_given_as_a_fifo_or_device_is_refused(tmp_path: Path, other: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    msg = cli_error(capsys, fifo, other)
    assert "pipe.txt" in msg and "not a regular file" in msg


def test_40_reader_of_stdout_going_away_is_not_a_traceback(tmp_path: Path, other: Path) -> None:
    import subprocess
    import sys

    second = write(tmp_path / "second.txt", FINE.replace("Sunday", "Monday") * 200)
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsdiff", "compare", str(other), str(second), "--model",
         "hashing", "--no-cache", "-q", "--format", "json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like `newsdiff ... | head -c 0`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == 1
    assert "Traceback" not in err and "BrokenPipe" not in err


def test_41_out_of_memory_is_one_line(tmp_path: Path, other: Path,
                                      capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def exhausted(*args: Any, **kwargs: Any) -> Any:
        raise MemoryError

    monkeypatch.setattr("newsdiff.pipeline.compare", exhausted)
    msg = cli_error(capsys, other, write(tmp_path / "second.txt", FINE))
    assert "out of memory" in msg and "--max-sentences" in msg


def test_42_cache_faults_through_the_cli_are_one_warning_line(
    tmp_path: Path, other: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    second = write(tmp_path / "second.txt", FINE.replace("Sunday", "Monday"))
    args = ["compare", str(other), str(second), "-q", "--format", "json"]
    assert cli.main([*args, "--no-cache"]) == 0
    expected = capsys.readouterr().out
    blocker = write(tmp_path / "blocker", "a file, not a directory")
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    write(damaged / "embeddings.sqlite3", b"SQLite format 3\x00" + b"\xff" * 3000)
    for cache_dir, needle in ((blocker / "cache", "embedding cache bypassed"),
                              (damaged, "was damaged")):
        assert cli.main([*args, "--cache", str(cache_dir)]) == 0
        captured = capsys.readouterr()
        assert captured.out == expected
        assert captured.err.count("\n") == 1 and captured.err.startswith("newsdiff: warning: ")
        assert needle in captured.err


def test_43_file_name_that_is_not_utf8(tmp_path: Path, other: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    raw = os.fsencode(tmp_path) + b"/\xffbad.txt"
    with open(raw, "wb") as fh:
        fh.write(FINE.encode())
    msg = cli_error(capsys, os.fsdecode(raw), other)
    assert "\\udcffbad.txt" in msg and "unusable 'id'" in msg and "rename the file" in msg


def test_44_a_number_beyond_float_range(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                        ) -> None:
    huge = write(tmp_path / "huge.txt", "9" * 400 + " soldiers were killed in the raid.")
    plain = write(tmp_path / "plain.txt", "24 soldiers were killed in the raid.")
    doc = cli_json(capsys, huge, plain)  # check_contract refuses Infinity and NaN
    assert [f["text"] for f in doc["figures"] if f["report"] == "plain"] == ["24 soldiers"]
    assert all(f["report"] != "huge" for f in doc["figures"])
