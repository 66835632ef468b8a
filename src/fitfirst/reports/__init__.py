"""Renderers: a review result (or a session) as text, Markdown, HTML or JSON.

Renderers only render: a report shows a result and computes nothing new.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING, Literal, get_args

from fitfirst.errors import UsageError

if TYPE_CHECKING:
    from fitfirst.review.result import ReviewResult

ReportFormat = Literal["text", "md", "html", "json"]
FORMATS: tuple[str, ...] = get_args(ReportFormat)
SUFFIXES: dict[str, str] = {"text": ".txt", "md": ".md", "html": ".html", "json": ".json"}

__all__ = [
    "FORMATS",
    "SUFFIXES",
    "ReportFormat",
    "format_for",
    "output_paths",
    "render",
    "render_json",
]


def render_json(result: ReviewResult) -> str:
    """The documented JSON (docs/review.schema.json), indented, UTF-8 kept as is."""
    return json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n"


def render(result: ReviewResult, fmt: str) -> str:
    """``result`` as a report in ``fmt``: "text", "md", "html" or "json"."""
    # Each renderer is imported on use: the terminal summary need not load Jinja.
    if fmt == "json":
        return render_json(result)
    if fmt == "text":
        from fitfirst.reports.review_text import render_text  # noqa: PLC0415

        return render_text(result)
    if fmt == "md":
        from fitfirst.reports.review_markdown import render_markdown  # noqa: PLC0415

        return render_markdown(result)
    if fmt == "html":
        from fitfirst.reports.review_html import render_html  # noqa: PLC0415

        return render_html(result)
    raise UsageError(f"Unknown report format {fmt!r}: use one of {', '.join(FORMATS)}.")


def format_for(output: str | None, fmt: str | None) -> str:
    """The report format asked for, else the one ``output``'s suffix names, else "text"."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise UsageError(f"Unknown report format {fmt!r}: use one of {', '.join(FORMATS)}.")
        return fmt
    if output is not None:
        by_suffix = {suffix: name for name, suffix in SUFFIXES.items()} | {".markdown": "md"}
        by_suffix[".htm"] = "html"
        found = by_suffix.get(PurePath(output).suffix.lower())
        if found is not None:
            return found
    return "text"


def output_paths(calls: Sequence[str], directory: str, fmt: str) -> list[str]:
    """One report file per call in ``directory``, named after the call; clashes get -2, -3..."""
    taken: set[str] = set()
    out: list[str] = []
    for call in calls:
        stem = PurePath(call).stem or "call"
        name = f"{stem}{SUFFIXES[fmt]}"
        n = 2
        while name.casefold() in taken:
            name = f"{stem}-{n}{SUFFIXES[fmt]}"
            n += 1
        taken.add(name.casefold())
        out.append(str(PurePath(directory) / name))
    return out
