"""Line-oriented transcripts: classify each line, find the metadata edges, build the turns.

Shared by the plain reader ("Name: text" and its timed and Markdown variants) and the Otter
reader (a "Name  0:05" header line, then paragraphs). A line is one of:

- a speaker line: a label shaped like a name, an optional clock time, and maybe text;
- a text line: words that continue whoever spoke last;
- a blank or decorative line (``---``), which separates nothing and is skipped.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass

from fitfirst.transcripts import metadata as meta
from fitfirst.transcripts._build import TurnBuilder
from fitfirst.transcripts._text import TIME, clean_name, looks_like_name, parse_time, squash
from fitfirst.transcripts.model import Transcript

_LABEL = r"[^:\[\]()*]{1,60}?(?:\s*\([^()]{1,30}\))?"
_BOLD = re.compile(r"^(?:[-*>]\s+)?(?:\*\*|__)(.+?)(?:\*\*|__)\s*(.*)$")
_LEADING_TIME = re.compile(rf"^[\[(]?({TIME})[\])]?\s*[-–—|]?\s*({_LABEL})\s*:\s*(.*)$")
_NAME_TIME = re.compile(rf"^({_LABEL})\s*[\[(]({TIME})[\])]\s*(:?)\s*(.*)$")
_HEADER = re.compile(rf"^({_LABEL})\s+[-–—|]?\s*({TIME})\s*$")
_COLON = re.compile(rf"^({_LABEL})\s*:\s*(.*)$")
_TIME_IN_LABEL = re.compile(rf"^(.*?)\s*[\[(]({TIME})[\])]$")
_TIME_AFTER_BOLD = re.compile(rf"^[\[(]({TIME})[\])]\s*:\s*(.*)$")
_RULE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,}|={3,})$")
_HEADING = re.compile(r"^#{1,6}\s+(.*)$")
_FOOTER_TEXT = re.compile(r"(?i)^transcribed by\b\s*(.*)$")


@dataclass(slots=True)  # not frozen: frozen dataclasses build slower, and calls have many lines
class Line:
    number: int
    kind: str  # "speaker" | "text" | "heading"
    text: str
    label: str = ""
    time: float | None = None
    header: bool = False  # a "Name 0:05" line with the words on the following lines


def classify(number: int, raw: str) -> Line | None:
    """Read one line; None for blank and decorative lines."""
    line = html.unescape(raw).strip() if "&" in raw else raw.strip()
    if not line or _RULE.match(line):
        return None
    if line[0] == "#":
        heading = _HEADING.match(line)
        if heading:
            return Line(number, "heading", squash(heading.group(1)))
    if ":" not in line:
        return Line(number, "text", squash(line))  # every speaker line holds a colon or a time
    if line[0] in "*_->":
        bold = _BOLD.match(line)
        found = _from_bold(number, bold.group(1), bold.group(2)) if bold else None
        if found is not None:
            return found
    if line[0] in "[(0123456789":
        m = _LEADING_TIME.match(line)
        if m and _is_label(m.group(2)):
            return Line(
                number,
                "speaker",
                squash(m.group(3)),
                clean_name(m.group(2)),
                parse_time(m.group(1)),
            )
    if "(" in line or "[" in line:
        m = _NAME_TIME.match(line)
        if m and _is_label(m.group(1)) and (m.group(3) or not m.group(4)):
            name, time = clean_name(m.group(1)), parse_time(m.group(2))
            return Line(number, "speaker", squash(m.group(4)), name, time, header=not m.group(3))
    if line[-1].isdigit():
        m = _HEADER.match(line)
        if m and looks_like_name(clean_name(m.group(1))):
            return Line(
                number, "speaker", "", clean_name(m.group(1)), parse_time(m.group(2)), header=True
            )
    m = _COLON.match(line)
    if m and _is_label(m.group(1)):
        return Line(number, "speaker", squash(m.group(2)), clean_name(m.group(1)))
    return Line(number, "text", squash(line))


def _from_bold(number: int, inner: str, rest: str) -> Line | None:
    """``**Name:** text``, ``**Name**: text``, ``**Name (00:01:02):** text``."""
    inner = inner.strip()
    time: float | None = None
    after = _TIME_AFTER_BOLD.match(rest)
    if inner.endswith(":"):
        label, text = inner[:-1], rest
    elif rest.startswith(":"):
        label, text = inner, rest[1:]
    elif after:  # **Name** (00:01:02): text
        label, text, time = inner, after.group(2), parse_time(after.group(1))
    else:
        return None
    timed = _TIME_IN_LABEL.match(label.strip())
    if timed:
        label, time = timed.group(1), parse_time(timed.group(2))
    if not _is_label(label):
        return None
    return Line(number, "speaker", squash(text), clean_name(label), time)


def _is_label(label: str) -> bool:
    name = clean_name(label)
    return looks_like_name(name) or meta.is_known_label(name)


def classify_all(text: str, limit: int | None = None) -> list[Line]:
    """Classify the lines of ``text`` (the first ``limit`` lines when given)."""
    lines = text.split("\n", limit) if limit else text.split("\n")
    if limit and len(lines) > limit:
        lines = lines[:limit]
    found: list[Line] = []
    for number, raw in enumerate(lines, start=1):
        line = classify(number, raw)
        if line is not None:
            found.append(line)
    return found


def read_lines(text: str, fmt: str, source: str, decode_warnings: list[str]) -> Transcript:
    """Build a transcript from a line-oriented text."""
    lines = classify_all(text)
    counts = Counter(line.label for line in lines if line.kind == "speaker")
    builder = TurnBuilder(warnings=list(decode_warnings))
    metadata: dict[str, str] = {}

    def is_meta(line: Line, at_edge: bool) -> bool:
        if line.kind != "speaker" or line.time is not None or line.header:
            return False
        count = counts[line.label]
        if meta.is_known_label(line.label):
            if at_edge:
                return count <= 2 or meta.looks_like_value(line.text)
            return count == 1 and meta.looks_like_value(line.text)
        return at_edge and count == 1 and meta.looks_like_value(line.text)

    # Header: metadata lines and free text before the first real speaker.
    first = 0
    preamble: list[Line] = []
    last_field = ""
    while first < len(lines):
        line = lines[first]
        if line.kind == "speaker" and not is_meta(line, at_edge=True):
            break
        if line.kind == "speaker":
            meta.add(metadata, line.label, line.text)
            last_field = meta.label_key(line.label) if not line.text else ""
        elif last_field:
            metadata[last_field] = line.text  # "Participants:" with its value on the next line
            last_field = ""
        else:
            preamble.append(line)
        first += 1

    if preamble:
        _keep_preamble(preamble, metadata, builder.warnings)

    # Footer: metadata lines after the last real speaker line.
    end = len(lines)
    footer: list[Line] = []
    while end > first:
        line = lines[end - 1]
        footer_text = _FOOTER_TEXT.match(line.text) if line.kind == "text" else None
        if footer_text:
            footer.append(Line(line.number, "speaker", footer_text.group(1), "Transcribed by"))
        elif is_meta(line, at_edge=True):
            footer.append(line)
        else:
            break
        end -= 1
    for line in reversed(footer):
        meta.add(metadata, line.label, line.text)

    pending: Line | None = None  # a speaker line whose words follow on the next lines
    for line in lines[first:end]:
        if line.kind == "heading":
            builder.warnings.append(f"line {line.number}: heading {line.text!r} skipped")
            continue
        if line.kind == "speaker" and is_meta(line, at_edge=False):
            builder.warnings.append(
                f"line {line.number}: {line.label!r} in the middle of the call read as metadata"
            )
            meta.add(metadata, line.label, line.text)
            continue
        if line.kind == "speaker":
            if pending is not None:
                _warn_empty(pending, builder.warnings)
            if line.text:
                builder.add(line.label, line.text, line.time, where=f"line {line.number}")
                pending = None
            else:
                pending = line
            continue
        if pending is not None:
            builder.add(pending.label, line.text, pending.time, where=f"line {line.number}")
            pending = None
        else:
            builder.add(None, line.text, where=f"line {line.number}")
    if pending is not None:
        _warn_empty(pending, builder.warnings)
    return builder.finish(fmt, source, metadata)


def _warn_empty(line: Line, warnings: list[str]) -> None:
    warnings.append(f"line {line.number}: {line.label!r} has no words; skipped")


def _keep_preamble(preamble: list[Line], metadata: dict[str, str], warnings: list[str]) -> None:
    texts = [line.text for line in preamble]
    if len(preamble) == 1 and "title" not in metadata:
        metadata["title"] = texts[0]
        return
    metadata["preamble"] = "\n".join(texts)
    span = f"lines {preamble[0].number}-{preamble[-1].number}"
    warnings.append(f"{span}: text before the first speaker kept as metadata 'preamble'")
