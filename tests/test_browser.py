"""The HTML view in a real headless browser (Debian's chromium driven by Playwright):
highlights, filters, click-to-evidence and escaping work as a reader would use them.

`make setup` installs /usr/bin/chromium where it is missing (as root with apt-get);
these tests skip, saying so, only when that browser is absent.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_render import HOSTILE, with_divergences

from newsdiff import compare, load_reports
from newsdiff.encoders import HashingEncoder
from newsdiff.models import Comparison, Divergence, Evidence, Report
from newsdiff.render.html import to_html

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: Debian's chromium is needed for the browser "
                    "tests; `make setup` as root installs it (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="the playwright package (dev extras) is missing")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def examples(examples_dir: Path) -> Comparison:
    return with_divergences(compare(load_reports(examples_dir), encoder=HashingEncoder()))


def open_page(browser: Any, tmp_path: Path, comparison: Comparison,
              size: tuple[int, int] = (1400, 900)) -> Any:
    path = tmp_path / "view.html"
    path.write_text(to_html(comparison), encoding="utf-8")
    page = browser.new_page(viewport={"width": size[0], "height": size[1]})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    page.js_errors = errors
    return page


def mark_texts(page: Any, div: int) -> dict[str, str]:
    """For each report column, the text of divergence ``div``'s highlighted spans."""
    return dict(page.evaluate(
        """(div) => [...document.querySelectorAll('article.report')].map(a => [
             a.querySelector('h3').textContent,
             [...a.querySelectorAll(`mark[data-divs~="${div}"]`)].map(m => m.textContent)
               .join('')]).filter(p => p[1])""", div))


def background(page: Any, selector: str) -> str:
    return str(page.eval_on_selector(selector, "e => getComputedStyle(e).backgroundColor"))


def test_evidence_is_highlighted_by_kind(browser: Any, tmp_path: Path,
                                         examples: Comparison) -> None:
    page = open_page(browser, tmp_path, examples)
    for n, d in enumerate(examples.divergences):
        assert mark_texts(page, n) == {e.report: e.text for e in d.evidence}
    colours = {background(page, f'mark[data-divs~="{n}"]') for n in range(4)}
    assert len(colours) == 4 and "rgba(0, 0, 0, 0)" not in colours
    assert page.js_errors == []
    page.close()


def test_filters_hide_divergences_and_their_highlights(browser: Any, tmp_path: Path,
                                                       examples: Comparison) -> None:
    page = open_page(browser, tmp_path, examples)
    assert page.text_content("#shown") == "4 of 4 shown"
    page.uncheck('input[data-filter="kind"][value="figure"]')
    assert page.is_hidden('li.div[data-kind="figure"]')
    assert background(page, 'mark[data-divs~="0"]') == "rgba(0, 0, 0, 0)"
    assert background(page, 'mark[data-divs~="1"]') != "rgba(0, 0, 0, 0)"
    page.uncheck('input[data-filter="severity"][value="medium"]')
    visible = page.eval_on_selector_all(
        "li.div", "els => els.filter(e => !e.hidden).map(e => e.dataset.kind)")
    assert visible == ["framing"]
    assert page.text_content("#shown") == "1 of 4 shown"
    page.check('input[data-filter="kind"][value="figure"]')
    assert page.is_visible('li.div[data-kind="figure"]')
    assert page.js_errors == []
    page.close()


IN_VIEW = """e => {
    const r = e.getBoundingClientRect(), c = e.closest('article').getBoundingClientRect();
    return r.top >= Math.max(0, c.top) - 1 && r.bottom <= Math.min(innerHeight, c.bottom) + 1;
}"""


def in_view(page: Any, selector: str) -> bool:
    """Whether the element is inside both its scrolling report column and the window."""
    return bool(page.eval_on_selector(selector, IN_VIEW))


def test_clicking_a_divergence_scrolls_every_report_to_its_evidence(
        browser: Any, tmp_path: Path, examples: Comparison) -> None:
    page = open_page(browser, tmp_path, examples, size=(1400, 700))
    quote = examples.divergences[1]
    assert not in_view(page, 'mark[data-divs~="1"]')  # the reports are below the fold
    page.click('li.div[data-div="1"] .msg')
    articles = page.query_selector_all('article.report:has(mark[data-divs~="1"])')
    assert len(articles) == len(quote.evidence)
    for article in articles:
        mark = article.query_selector('mark[data-divs~="1"]')
        assert mark.evaluate("e => e.classList.contains('current')")
        assert mark.evaluate(IN_VIEW)
    assert page.eval_on_selector_all("li.div.selected", "els => els.map(e => e.dataset.div)") \
        == ["1"]
    page.click('li.div[data-div="0"] .msg')  # the next click moves the outline
    assert page.eval_on_selector_all(".current", "els => els.map(e => e.dataset.divs)") \
        == ["0"] * page.eval_on_selector_all('mark[data-divs~="0"]', "els => els.length")
    assert page.js_errors == []
    page.close()


def test_coverage_matrix_reveals_groups_and_shows_their_sentences(
        browser: Any, tmp_path: Path, examples: Comparison) -> None:
    page = open_page(browser, tmp_path, examples, size=(1400, 700))
    rows = page.eval_on_selector_all(
        "table.matrix tbody tr", "rs => rs.map(r => [...r.querySelectorAll('td')]"
        ".map(td => td.classList.contains('has')))")
    ids = [r.id for r in examples.reports]
    assert rows == [[rid in g.reports for rid in ids] for g in examples.groups]
    # clicking a group scrolls each report that states it to the group's sentence
    page.click('a.grp-link[data-group="0"]')
    sentences = page.query_selector_all('article.report .sent[data-groups~="grp-0"]')
    assert {s.evaluate("e => e.closest('article').querySelector('h3').textContent")
            for s in sentences} == set(examples.groups[0].reports)
    for sentence in sentences:
        assert sentence.evaluate("e => e.classList.contains('current')")
    # the table of groups: the sentences themselves instead of dots
    first_cell = 'table.matrix tbody tr:first-child td.has .said'
    assert not page.is_visible(first_cell)
    page.check("#show-said")
    assert page.is_visible(first_cell)
    member = examples.groups[0].members[0]
    shown = page.text_content(f'table.matrix tbody tr:first-child td:nth-child('
                              f'{ids.index(member.report) + 2}) .said')
    assert shown == " ".join(examples.sentence_text(member.report, i)
                             for i in member.sentences)
    assert page.js_errors == []
    page.close()


def test_hostile_report_text_renders_as_text(browser: Any, tmp_path: Path) -> None:
    a = Report(id="a", text=f"First {HOSTILE} sentence. Second one.", source=HOSTILE,
               title=HOSTILE)
    b = Report(id="b", text="Second one. Third one.")
    result = compare([a, b], encoder=HashingEncoder())
    start = a.text.index("<script>")
    div = Divergence(id="d0", kind="quote", subkind="altered", group=result.groups[0].id,
                     severity="high", message=HOSTILE,
                     evidence=(Evidence(report="a", sentence=0, start=start,
                                        end=start + len(HOSTILE), text=HOSTILE),))
    page = open_page(browser, tmp_path, result.model_copy(update={"divergences": (div,)}))
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.query_selector_all("img") == []
    assert len(page.query_selector_all("script")) == 1
    assert page.text_content("article.report .body").startswith(f"First {HOSTILE}")
    assert mark_texts(page, 0) == {"a": HOSTILE}
    assert page.js_errors == []
    page.close()


def test_examples_page_renders_every_report_and_screenshots(
        browser: Any, tmp_path: Path, examples: Comparison) -> None:
    """The page a README reader gets: every report shown, no script errors, a screenshot
    (docs/html-view.png itself comes from ``docs/screenshot.py`` with the real model)."""
    page = open_page(browser, tmp_path, examples)
    assert page.eval_on_selector_all("article.report h3", "els => els.map(e => e.textContent)") \
        == [r.id for r in examples.reports]
    assert page.eval_on_selector_all("#coverage tbody tr", "els => els.length") \
        == len(examples.groups)
    shot = tmp_path / "view.png"
    page.screenshot(path=str(shot), full_page=False)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert page.js_errors == []
    page.close()
