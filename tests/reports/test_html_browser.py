"""The HTML review report in a real browser (headless Chromium): no errors, no network, no script.

Needs Debian's /usr/bin/chromium and Playwright for Python; skipped with a message otherwise (CI
installs both). ``FITFIRST_SCREENSHOT=1`` also writes docs/screenshots/review-report.png.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any

import pytest

from fitfirst.playbook import load_playbook
from fitfirst.reports import render
from fitfirst.review.pipeline import review
from fitfirst.transcripts import read_transcript

HERE = Path(__file__).resolve().parent
CALLS = HERE / "calls"
SCREENSHOT = HERE.parents[1] / "docs" / "screenshots" / "review-report.png"

pytestmark = pytest.mark.browser


def write_report(folder: Path, call: str, playbook: str | None = "acme.yaml") -> Path:
    transcript = dataclasses.replace(read_transcript(CALLS / call), source=call)
    book = load_playbook(CALLS / playbook) if playbook else None
    path = folder / f"{Path(call).stem}.html"
    path.write_text(render(review(transcript, playbook=book), "html"), encoding="utf-8")
    return path


class Visit:
    """A page opened from a file with every request and console error recorded."""

    def __init__(self, browser: Any, path: Path, width: int = 1000) -> None:
        self.url = path.as_uri()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": width, "height": 900})
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.route("**/*", self._route)
        self.page.goto(self.url)

    def _console(self, message: Any) -> None:
        if message.type in ("error", "warning"):
            self.errors.append(message.text)

    def _route(self, route: Any) -> None:
        if route.request.url == self.url:
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()


@pytest.mark.parametrize("call", ["pushy.vtt", "team-fit.txt", "script-in-text.txt"])
def test_report_opens_without_errors_or_requests(browser: Any, tmp_path: Path, call: str) -> None:
    """The page loads with no console error and requests nothing but itself."""
    visit = Visit(browser, write_report(tmp_path, call))
    assert visit.page.locator("#verdict").count() == 1
    assert visit.errors == []
    assert visit.requests == []


def test_script_in_transcript_is_shown_and_never_run(browser: Any, tmp_path: Path) -> None:
    """`<script>` and an onerror handler said in a call appear as words and do nothing."""
    visit = Visit(browser, write_report(tmp_path, "script-in-text.txt"))
    page = visit.page
    assert page.evaluate("window.pwned") is None
    assert page.title() == "Call review: script-in-text.txt"
    transcript = page.locator("#transcript").inner_text()
    assert "<script>window.pwned = 1</script>" in transcript
    assert '<img src=x onerror="window.pwned = 2">' in transcript
    assert page.locator("script").count() == 0
    assert visit.requests == []


def test_report_fits_a_phone_screen(browser: Any, tmp_path: Path) -> None:
    """At 375 px wide nothing makes the page scroll sideways."""
    visit = Visit(browser, write_report(tmp_path, "team-fit.txt"), width=375)
    assert visit.page.evaluate("document.documentElement.scrollWidth") <= 375


def test_report_screenshot(browser: Any, tmp_path: Path) -> None:
    """A screenshot of a report renders; FITFIRST_SCREENSHOT=1 saves it for the README."""
    visit = Visit(browser, write_report(tmp_path, "pushy.vtt"), width=1000)
    visit.page.set_viewport_size({"width": 1000, "height": 1500})
    png = visit.page.screenshot(full_page=False)
    assert png.startswith(b"\x89PNG") and len(png) > 10_000
    if os.environ.get("FITFIRST_SCREENSHOT"):
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        SCREENSHOT.write_bytes(png)
