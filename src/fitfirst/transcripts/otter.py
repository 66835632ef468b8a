"""Otter-style text exports: a "Name  0:05" line, then that speaker's paragraph(s), then a blank.

The same shape is written by other note takers as ``Name 00:01:02`` or ``Name (00:01:02)`` on a
line of its own. Otter's closing "Transcribed by https://otter.ai" line goes to metadata.
"""

from __future__ import annotations

from fitfirst.transcripts._lines import read_lines
from fitfirst.transcripts.model import Transcript

FORMAT = "otter"


def read_otter(text: str, source: str = "<text>", warnings: list[str] | None = None) -> Transcript:
    """Read a speaker-and-time header transcript."""
    return read_lines(text, FORMAT, source, warnings or [])
