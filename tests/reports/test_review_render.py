"""Review renderers: text, Markdown, self-contained HTML and JSON show the result as it is."""

from __future__ import annotations

import dataclasses
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from fitfirst.errors import UsageError
from fitfirst.playbook import load_playbook
from fitfirst.reports import format_for, output_paths, render
from fitfirst.review.pipeline import review
from fitfirst.review.result import ReviewResult
from fitfirst.transcripts import read_transcript

CALLS = Path(__file__).resolve().parent / "calls"


def reviewed(call: str, playbook: str | None = "acme.yaml") -> ReviewResult:
    transcript = dataclasses.replace(read_transcript(CALLS / call), source=call)
    return review(transcript, playbook=load_playbook(CALLS / playbook) if playbook else None)


class _Tags(HTMLParser):
    """Every tag and attribute of a page, and the text inside <style>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style += data


def parsed(page: str) -> _Tags:
    tags = _Tags()
    tags.feed(page)
    return tags


@pytest.mark.parametrize("call", ["pushy.vtt", "team-fit.txt", "no-fit.json", "script-in-text.txt"])
def test_html_fetches_nothing(call: str) -> None:
    """No tag loads anything: no script, link, img or iframe, no URL in src/href, no CSS url()."""
    page = parsed(render(reviewed(call), "html"))
    names = {tag for tag, _ in page.tags}
    assert not names & {"script", "link", "img", "iframe", "object", "embed", "audio", "video"}
    for tag, attrs in page.tags:
        for name in ("src", "href", "srcset", "action", "data"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("http:", "https:", "//")), (tag, name, value)
            if name == "href":
                assert value == "" or value.startswith("#"), (tag, value)
    assert "url(" not in page.style and "@import" not in page.style


def test_html_forbids_fetching_in_its_security_policy() -> None:
    """A Content-Security-Policy of default-src 'none' backs up the rule above."""
    page = parsed(render(reviewed("pushy.vtt"), "html"))
    policies = [
        a.get("content") or ""
        for t, a in page.tags
        if a.get("http-equiv") == ("Content-Security-Policy")
    ]
    assert policies and "default-src 'none'" in policies[0]


def test_html_shows_script_in_transcript_as_text() -> None:
    """`<script>` said in a call is escaped: shown as text, never a tag."""
    page = render(reviewed("script-in-text.txt", None), "html")
    assert "<script" not in page.lower()
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in page
    assert "<img" not in page


def test_html_is_readable_on_a_phone() -> None:
    """The page declares a device-width viewport and has a narrow-screen layout."""
    page = render(reviewed("pushy.vtt"), "html")
    tags = parsed(page)
    viewports = [a.get("content") for t, a in tags.tags if a.get("name") == "viewport"]
    assert viewports == ["width=device-width, initial-scale=1"]
    assert "@media (max-width:" in tags.style


def test_html_marks_every_moment_on_the_timeline() -> None:
    """Each pressure and collaborative moment is a line on the timeline, linked to its turn."""
    result = reviewed("pushy.vtt")
    lines = [a for t, a in parsed(render(result, "html")).tags if t == "line"]
    assert [a["class"] for a in lines].count("pressure") == len(result.pressure)
    assert [a["class"] for a in lines].count("collab") == len(result.highlights)


def test_text_report_leads_with_verdict_then_pressure_then_questions_then_metrics() -> None:
    """The terminal summary is ordered by what a coach needs first."""
    text = render(reviewed("pushy.vtt"), "text")
    order = [text.index(s) for s in ("Verdict:", "Pressure moments:", "Ask next time", "Metrics.")]
    assert order == sorted(order)


def test_text_report_names_each_pressure_moment_with_what_to_say_instead() -> None:
    """Every pressure moment appears with its sentence and a better way to say it."""
    result = reviewed("pushy.vtt")
    text = render(result, "text")
    for moment in result.pressure:
        assert f"“{moment.sentence}”" in text
        assert moment.instead is not None and moment.instead in text


def test_markdown_escapes_transcript_markup() -> None:
    """Transcript words cannot inject HTML or Markdown into the Markdown report."""
    md = render(reviewed("script-in-text.txt", None), "md")
    assert "<script>" not in md
    assert r"\<script\>window.pwned = 1\</script\>" in md


def test_json_report_is_the_result_dict() -> None:
    """The JSON report is exactly result.to_dict()."""
    result = reviewed("no-fit.json")
    assert json.loads(render(result, "json")) == result.to_dict()


def test_unknown_format_is_a_usage_error() -> None:
    """Asking for a format that does not exist names the ones that do."""
    with pytest.raises(UsageError, match="text, md, html, json"):
        render(reviewed("pushy.vtt", None), "pdf")


@pytest.mark.parametrize(
    ("output", "fmt", "expected"),
    [
        pytest.param(None, None, "text", id="default-text"),
        pytest.param("out/report.html", None, "html", id="from-suffix"),
        pytest.param("out/report.MD", None, "md", id="suffix-any-case"),
        pytest.param("out/report.html", "json", "json", id="format-wins"),
        pytest.param("out/report", None, "text", id="no-suffix"),
    ],
)
def test_format_comes_from_option_then_suffix(
    output: str | None, fmt: str | None, expected: str
) -> None:
    """--format wins; else -o's suffix names the format; else text."""
    assert format_for(output, fmt) == expected


def test_output_paths_are_one_per_call_without_clashes() -> None:
    """Reports are named after their call; two calls with one name get -2."""
    paths = output_paths(["a/call.vtt", "b/call.vtt", "c/other.srt"], "out", "json")
    assert paths == ["out/call.json", "out/call-2.json", "out/other.json"]
