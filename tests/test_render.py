"""The human views (HTML, Markdown, terminal) read only a Comparison: highlights land on
the exact evidence spans, every piece of report text is escaped, a new divergence kind
needs no change, and the CLI writes each format."""

from __future__ import annotations

import html
import os
import pty
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff import cli, compare, load_reports
from newsdiff.encoders import HashingEncoder
from newsdiff.models import Comparison, Divergence, Evidence, Report
from newsdiff.render.html import to_html
from newsdiff.render.markdown import escape_md, to_markdown
from newsdiff.render.text import to_text

HOSTILE = '<script>window.pwned=1</script> "><img src=x onerror="window.pwned=2"> & *bold*'


def evidence(comparison: Comparison, report: str, needle: str) -> Evidence:
    """The first occurrence of ``needle`` in ``report`` as an evidence span."""
    text = comparison.report(report).text
    start = text.index(needle)
    end = start + len(needle)
    sentence = next(s for s in comparison.sentences_of(report) if s.start <= start < s.end)
    return Evidence(report=report, sentence=sentence.index, start=start, end=end, text=needle)


def with_divergences(comparison: Comparison) -> Comparison:
    """The examples with hand-made divergences of every kind (the views only read them)."""
    figure = Divergence(
        id="d0", kind="figure", subkind="value", group=comparison.groups[0].id,
        severity="high", message="Venezuelan soldiers killed: 23 (wire) vs 24 (daily-courier)",
        evidence=(evidence(comparison, "wire", "23 personnel"),
                  evidence(comparison, "daily-courier", "24")))
    quote = Divergence(
        id="d1", kind="quote", subkind="altered", group=comparison.groups[1].id,
        severity="medium", message="quote differs: 'in cold blood' vs 'executed in cold blood'",
        evidence=(evidence(comparison, "wire", "in cold blood"),
                  evidence(comparison, "daily-courier", "executed in cold blood")))
    framing = Divergence(
        id="d2", kind="framing", subkind="word_choice", group=comparison.groups[2].id,
        severity="low", message="seized vs abducted",
        evidence=(evidence(comparison, "wire", "seized"),
                  evidence(comparison, "tribune", "abducted")))
    op = evidence(comparison, "wire", "Operation Absolute Resolve")
    sentence = comparison.sentences_of("wire")[op.sentence]
    whole = Evidence(report="wire", sentence=op.sentence, start=sentence.start,
                     end=sentence.end, text=sentence.text_in(comparison.report("wire")))
    op_group = next(g for g in comparison.groups for m in g.members
                    if m.report == "wire" and op.sentence in m.sentences)
    lacking = tuple(r.id for r in comparison.reports if r.id not in op_group.reports)
    omission = Divergence(
        id="d3", kind="omission", subkind="missing", group=op_group.id,
        severity="medium", message="the operation name is left out", evidence=(whole,),
        missing=lacking)
    return comparison.model_copy(update={"divergences": (figure, quote, framing, omission)})


@pytest.fixture(scope="module")
def examples(examples_dir: Path) -> Comparison:
    plain = compare(load_reports(examples_dir), encoder=HashingEncoder())
    return with_divergences(plain)


class _Page(HTMLParser):
    """Collects report bodies' text, the text inside marks per divergence, and tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.bodies: list[str] = []
        self.marks: dict[tuple[int, str], str] = {}
        self.ids: set[str] = set()
        self._stack: list[tuple[str, dict[str, str | None]]] = []
        self._report = -1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        if a.get("id"):
            self.ids.add(str(a["id"]))
        if tag == "div" and a.get("class") == "body":
            self.bodies.append("")
            self._report = len(self.bodies) - 1
        self._stack.append((tag, a))

    def handle_endtag(self, tag: str) -> None:
        while self._stack:
            open_tag, attrs = self._stack.pop()
            if open_tag == "div" and attrs.get("class") == "body":
                self._report = -1
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._report < 0:
            return
        self.bodies[self._report] += data
        for tag, attrs in self._stack:
            if tag == "mark":
                for div in str(attrs.get("data-divs", "")).split():
                    key = (self._report, div)
                    self.marks[key] = self.marks.get(key, "") + data


def parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def test_html_keeps_every_report_text_and_marks_exact_evidence(examples: Comparison) -> None:
    page = parse(to_html(examples))
    assert page.bodies == [r.text for r in examples.reports]
    ids = [r.id for r in examples.reports]
    for n, d in enumerate(examples.divergences):
        for j, e in enumerate(d.evidence):
            assert page.marks[(ids.index(e.report), str(n))] == e.text
            assert f"ev-{n}-{j}" in page.ids


def test_html_is_self_contained(examples: Comparison) -> None:
    page = to_html(examples)
    assert "<link" not in page and " src=" not in page
    assert not re.search(r"""(href|src)=["']?(https?:)?//""", page.replace(
        'href="https://example.org', ""))
    assert "<style>" in page and "<script>" in page


def test_html_summary_filters_and_coverage(examples: Comparison) -> None:
    page = to_html(examples)
    summary = page[page.index('id="summary"'):page.index('id="filters"')]
    assert "<b>4</b> divergences (1 high, 2 medium, 1 low)" in summary
    # kinds with the most severe findings first
    assert summary.index("Figures") < summary.index("Quotes") < summary.index("Framing")
    for kind in ("figure", "quote", "framing", "omission"):
        assert f'data-filter="kind" value="{kind}"' in page
    coverage = page[page.index('id="coverage"'):page.index('id="reports"')]
    assert coverage.count("<tr class=\"cov-") == len(examples.groups)
    lacking = examples.divergences[3].missing or ()
    assert lacking  # the hashing encoder leaves the operation name out of some reports' group
    assert coverage.count('class="lacks"') == len(lacking)  # one cell per report lacking it


def test_html_escapes_hostile_report_text_and_metadata() -> None:
    a = Report(id="a", text=f"First {HOSTILE} sentence. Second one.", source=HOSTILE,
               title=HOSTILE, url='javascript:alert(1)')
    b = Report(id="b", text="Second one. Another <i>sentence</i>.")
    result = compare([a, b], encoder=HashingEncoder())
    start = a.text.index("<script>")
    hostile_div = Divergence(
        id="d0", kind="quote", subkind="altered", group=result.groups[0].id, severity="high",
        message=HOSTILE, evidence=(Evidence(report="a", sentence=0, start=start,
                                            end=start + len(HOSTILE), text=HOSTILE),))
    page_text = to_html(result.model_copy(update={"divergences": (hostile_div,)}))
    page = parse(page_text)
    assert page.tags.count("script") == 1  # only the page's own script
    assert "img" not in page.tags
    assert page.bodies[1] == b.text  # "<i>sentence</i>" shown as text
    assert "javascript:" not in page_text
    assert page.bodies[0] == a.text
    assert html.escape(HOSTILE, quote=True) in page_text


def test_html_shows_control_characters_instead_of_acting_on_them() -> None:
    a = Report(id="a", text="Evil \u202egnp.exe and \x1b[31mred\x1b[0m text.")
    b = Report(id="b", text="Plain text here.")
    page = to_html(compare([a, b], encoder=HashingEncoder()))
    assert "\u202e" not in page and "\x1b" not in page
    assert "\\u202e" in page and "\\x1b[31m" in page


def test_a_new_divergence_kind_needs_no_view_change(examples: Comparison) -> None:
    e = examples.divergences[0].evidence
    future = Divergence.model_construct(
        id="d9", kind="date_shift", subkind="weekday", group=None, severity="high",
        message="Tuesday vs Wednesday", evidence=e, missing=None)
    result = examples.model_copy(update={"divergences": (*examples.divergences, future)})
    page = to_html(result)
    assert "Date shift" in page and 'value="date_shift"' in page
    assert "Date shift" in to_markdown(result)
    assert "Date shift" in to_text(result)


@settings(max_examples=40, deadline=None)
@given(
    text=st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1,
                 max_size=80),
    cuts=st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), max_size=4),
)
def test_html_round_trips_any_text_and_spans(text: str, cuts: list[tuple[int, int]]) -> None:
    """Whatever the text and however evidence spans overlap, the page shows the text
    verbatim (control characters spelled out) and each mark covers exactly its span."""
    from newsdiff.models import Group, Member, Sentence

    n = len(text)
    a = Report(id="a", text=text)
    b = Report(id="b", text=text)
    sents = (Sentence(report="a", index=0, start=0, end=n),)
    comparison = Comparison(
        model="m", reports=(a, b),
        sentences=(sents, (Sentence(report="b", index=0, start=0, end=n),)),
        groups=(Group(id="g0", score=1.0, members=(Member(report="a", sentences=(0,)),
                                                   Member(report="b", sentences=(0,)))),))
    spans = sorted({(min(x, y) % (n + 1), max(x, y) % (n + 1)) for x, y in cuts})
    spans = [(s, e) for s, e in spans if s < e]
    divs = tuple(
        Divergence(id=f"d{i}", kind="figure", subkind="value", group="g0", severity="low",
                   message="m", evidence=(Evidence(report="a", sentence=0, start=s, end=e,
                                                   text=text[s:e]),))
        for i, (s, e) in enumerate(spans))
    page = parse(to_html(comparison.model_copy(update={"divergences": divs})))
    from newsdiff.render.common import visible

    assert page.bodies[0] == visible(text)
    for i, (s, e) in enumerate(spans):
        assert page.marks.get((0, str(i)), "") == visible(text[s:e])


def test_markdown_summary_then_divergences_most_severe_first(examples: Comparison) -> None:
    md = to_markdown(examples)
    assert md.startswith("# newsdiff: 6 reports, 4 divergences\n")
    assert "| Figures | 1 | 0 | 0 | 1 |" in md
    headings = [line for line in md.splitlines() if line.startswith("### ")]
    assert [h.split(" ")[2] for h in headings] == ["HIGH", "MEDIUM", "MEDIUM", "LOW"]
    assert "**23 personnel**" in md  # evidence bold inside its sentence
    lacking = examples.divergences[3].missing or ()
    assert "Missing from: " + ", ".join(f"**{r}**" for r in lacking) in md
    assert "**wire (Wire Service)**" in md


def test_markdown_escapes_report_text() -> None:
    a = Report(id="a", text=f"Killed {HOSTILE} [click](http://x) here.")
    b = Report(id="b", text="Something else entirely.")
    md = to_markdown(compare([a, b], encoder=HashingEncoder()))
    assert "<script>" not in md and "<img" not in md and "[click]" not in md
    assert escape_md("a_b*c`d") == "a\\_b\\*c\\`d"
    assert escape_md("two\nlines") == "two lines"


def test_text_view_plain_when_piped_coloured_on_request(examples: Comparison) -> None:
    plain = to_text(examples, width=120)
    assert "\x1b[" not in plain
    assert plain.index("Venezuelan soldiers killed") < plain.index("seized vs abducted")
    lacking = examples.divergences[3].missing or ()
    assert "missing from: " + ", ".join(lacking) in plain
    assert plain.count("(left out)") >= len(lacking) > 0
    coloured = to_text(examples, width=120, color=True)
    assert "\x1b[" in coloured


def test_text_view_escapes_markup_and_control_characters() -> None:
    a = Report(id="a", text="A [bold red]fake[/bold red] \x1b[31mred\x1b[0m line.")
    b = Report(id="b", text="Another line.")
    out = to_text(compare([a, b], encoder=HashingEncoder()), color=True)
    assert "[bold red]fake[/bold red]" in out
    assert "\\x1b[31m" in out


@pytest.mark.parametrize(
    ("args", "marker"),
    [(["--format", "markdown"], "# newsdiff: 2 reports"),
     (["--format", "html"], "<!DOCTYPE html>"),
     (["--format", "text"], "groups across 2 reports")],
)
def test_cli_writes_each_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                args: list[str], marker: str) -> None:
    monkeypatch.setattr(cli, "make_encoder", lambda model, **kwargs: HashingEncoder())
    (tmp_path / "a.txt").write_text("Fifty-five soldiers died. The raid was at night.")
    (tmp_path / "b.txt").write_text("The raid was at night. 55 soldiers died.")
    out = tmp_path / "out"
    assert cli.main(["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), *args,
                     "-o", str(out), "--no-cache"]) == 0
    assert marker in out.read_text()


@pytest.mark.parametrize(("name", "marker"), [("page.html", "<!DOCTYPE html>"),
                                              ("report.md", "# newsdiff"),
                                              ("out.json", '{\n  "schema_version"')])
def test_cli_format_follows_output_extension(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             name: str, marker: str) -> None:
    monkeypatch.setattr(cli, "make_encoder", lambda model, **kwargs: HashingEncoder())
    (tmp_path / "a.txt").write_text("Fifty-five soldiers died.")
    (tmp_path / "b.txt").write_text("55 soldiers died.")
    out = tmp_path / name
    assert cli.main(["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                     "-o", str(out), "--no-cache"]) == 0
    assert out.read_text().lstrip().startswith(marker)


def test_cli_progress_stays_off_stderr_when_not_a_terminal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cli, "make_encoder", lambda model, **kwargs: HashingEncoder())
    (tmp_path / "a.txt").write_text("Fifty-five soldiers died.")
    (tmp_path / "b.txt").write_text("55 soldiers died.")
    assert cli.main(["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                     "--format", "json", "--no-cache"]) == 0
    assert capsys.readouterr().err == ""


def test_comparison_methods_are_the_views(examples: Comparison) -> None:
    assert examples.to_html() == to_html(examples)
    assert examples.to_markdown() == to_markdown(examples)
    assert examples.to_text(width=90) == to_text(examples, width=90)


def _stderr_on_a_terminal(args: list[str]) -> bytes:
    """Run the CLI with stderr on a pseudo-terminal; return what it showed there."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "newsdiff", *args], stderr=slave,
                            stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                            cwd=Path(__file__).resolve().parent.parent)
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    assert proc.wait(timeout=120) == 0
    return shown


def test_progress_shows_on_a_terminal_unless_quiet(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Fifty-five soldiers died. The raid was at night.")
    (tmp_path / "b.txt").write_text("The raid was at night. 55 soldiers died.")
    args = ["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--model",
            "hashing", "--no-cache", "-o", str(tmp_path / "out.json")]
    assert b"comparing 2 reports" in _stderr_on_a_terminal(args)
    assert _stderr_on_a_terminal([*args, "-q"]) == b""


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(min_codepoint=32, max_codepoint=0x17F), max_size=40))
def test_markdown_escaping_shows_any_text_literally(text: str) -> None:
    """Through a CommonMark renderer (with tables), escaped report text comes out as the
    same characters, in running text and in a table cell, never as markup."""
    from markdown_it import MarkdownIt

    from newsdiff.render.common import visible

    renderer = MarkdownIt("commonmark").enable("table")

    def shown(markdown: str) -> str:
        rendered = renderer.render(markdown)
        return html.unescape(re.sub(r"<[^>]+>", "", rendered)).split()

    want = " ".join(visible(text).split()).split()
    assert shown(f"- **a**: “{escape_md(text)}”") == ["a:", *f"“{' '.join(want)}”".split()]
    table = f"| id | text |\n|---|---|\n| g0 | {escape_md(text)} |"
    assert shown(table) == ["id", "text", "g0", *want]


def test_evidence_is_shown_in_its_sentence(examples: Comparison) -> None:
    from newsdiff.render.common import in_context

    e = evidence(examples, "wire", "23 personnel")
    c = in_context(examples, e)
    assert (c.before, c.span) == ("The Venezuelan military published a list honouring ",
                                  "23 personnel")
    assert c.after == " killed in the raid, including five admirals."
    short = in_context(examples, e, width=30)
    assert short.before.startswith("…") and short.after.endswith("…")
    assert len(short.before) + len(short.after) <= 2 * (30 - len(e.text)) // 2 + 2
    assert "“The Venezuelan military published a list honouring **23 personnel** killed" \
        in to_markdown(examples)
    assert "honouring <strong>23 personnel</strong> killed" in to_html(examples)
    whole = examples.divergences[3].evidence[0]  # the omission: a whole sentence
    assert in_context(examples, whole).before == in_context(examples, whole).after == ""


def test_text_view_lists_groups_when_reports_do_not_fit_side_by_side(
        examples: Comparison) -> None:
    stacked = to_text(examples, width=80)
    lines = stacked[stacked.index("groups across 6 reports"):].splitlines()
    assert any("report" in line and "sentences" in line for line in lines[:3])
    two = examples.model_copy(update={
        "reports": examples.reports[:2], "sentences": examples.sentences[:2],
        "groups": tuple(g for g in examples.groups
                        if set(g.reports) <= {r.id for r in examples.reports[:2]}),
        "divergences": ()})
    side_by_side = to_text(two, width=120)
    header = side_by_side[side_by_side.index("groups across 2 reports"):].splitlines()[2]
    assert "daily-courier" in header and "globe" in header
