"""Regenerate docs/html-view.png: the examples' HTML view in headless Debian chromium.

Run from the project root: ``.venv/bin/python docs/screenshot.py``. It compares the
example reports with the bundled model (offline), renders the HTML page, clicks the 23-vs-24
toll divergence (else the most severe one) so every report scrolls to its evidence, and
saves a screenshot.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def main() -> int:
    from playwright.sync_api import sync_playwright

    from newsdiff import compare, load_reports

    result = compare(load_reports(ROOT / "examples" / "caracas-raid"))
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "view.html"
        page_path.write_text(result.to_html(), encoding="utf-8")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            page.goto(page_path.as_uri())
            # The 23-vs-24 Venezuelan toll when it was found, else the most severe finding.
            toll = page.locator("li.div", has_text="23 (")
            target = toll.first if toll.count() else page.locator("li.div").first
            if target.count():
                target.locator(".msg").click()
                page.mouse.move(0, 0)  # no hover highlight in the picture
                page.wait_for_timeout(300)
            out = ROOT / "docs" / "html-view.png"
            page.screenshot(path=str(out), full_page=len(sys.argv) > 1 and sys.argv[1] == "--full")
            browser.close()
    print(f"wrote {out}: {len(result.divergences)} divergences on the page")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
