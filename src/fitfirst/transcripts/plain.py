"""Plain text transcripts: "Name: text" lines and their common variants.

Read here: ``Name: text``, ``Name (00:01:02): text``, ``[00:01:02] Name: text``,
``**Name:** text`` / ``**Name**: text`` (Markdown), and a speaker line with the words on the
lines below it. Lines without a label continue the last speaker; header and footer fields
("Date:", "Call ID:") go to metadata.
"""

from __future__ import annotations

from fitfirst.transcripts._lines import read_lines
from fitfirst.transcripts.model import Transcript

FORMAT = "plain"


def read_plain(text: str, source: str = "<text>", warnings: list[str] | None = None) -> Transcript:
    """Read a plain "Name: text" transcript."""
    return read_lines(text, FORMAT, source, warnings or [])
