"""WebVTT captions as Zoom, Microsoft Teams, Google Meet and caption tools write them.

Speakers come from ``<v Name>`` voice tags (Teams; often left unclosed) or a ``Name:`` prefix
in the cue text (Zoom). Cue ids, NOTE/STYLE/REGION blocks, cue settings (``align:start``) and
styling tags (``<c>``, ``<i>``, ``<b>``) are understood and dropped.
"""

from __future__ import annotations

import re

from fitfirst.transcripts import metadata as meta
from fitfirst.transcripts._build import TurnBuilder
from fitfirst.transcripts._cues import CueReader, blocks, is_timing_like
from fitfirst.transcripts.model import Transcript

FORMAT = "webvtt"
_HEADER_FIELD = re.compile(r"^([A-Za-z][\w \-]{0,40}):\s*(.*)$")
_SKIPPED_BLOCKS = ("STYLE", "REGION")


def read_webvtt(text: str, source: str = "<text>", warnings: list[str] | None = None) -> Transcript:
    """Read a WebVTT file."""
    builder = TurnBuilder(warnings=list(warnings or []))
    reader = CueReader(source, "HH:MM:SS.mmm", builder)
    metadata: dict[str, str] = {}
    notes: list[str] = []
    for index, block in enumerate(blocks(text)):
        first = block.lines[0].strip()
        if index == 0:
            if first.startswith("WEBVTT"):
                _header(block.lines, metadata)
                continue
            builder.warnings.append(
                f"line {block.first}: no 'WEBVTT' header; read as WebVTT because of its cue timings"
            )
        if first == "NOTE" or first.startswith(("NOTE ", "NOTE\t")):
            notes.append(
                " ".join([first[4:].strip(), *(x.strip() for x in block.lines[1:])]).strip()
            )
            continue
        if first in _SKIPPED_BLOCKS:
            continue
        if is_timing_like(block.lines[0]):
            at = 0
        elif len(block.lines) > 1 and is_timing_like(block.lines[1]):
            at = 1  # the first line is a cue id
        else:
            reader.loose_text(block.first, block.lines, "text without a cue timing")
            continue
        reader.cue(block.first + at, block.lines[at], block.first + at + 1, block.lines[at + 1 :])
    reader.check()
    if notes:
        metadata["note"] = "\n".join(n for n in notes if n)
    return builder.finish(FORMAT, source, metadata)


def _header(lines: list[str], metadata: dict[str, str]) -> None:
    title = lines[0].strip()[len("WEBVTT") :].strip(" -\t")
    if title:
        metadata["title"] = title
    for line in lines[1:]:
        m = _HEADER_FIELD.match(line.strip())
        if m:
            meta.add(metadata, m.group(1), m.group(2))
