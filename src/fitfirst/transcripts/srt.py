"""SubRip (SRT) captions from diarisation tools and video platforms.

Each block is an index, a ``00:00:01,000 --> 00:00:04,000`` timing and the text. Speakers come
from ``Name: text``, ``[SPEAKER_00] text``, ``[SPEAKER_00]: text`` or ``SPEAKER_00: text``;
labels are kept as given. A block without an index is read anyway.
"""

from __future__ import annotations

from fitfirst.transcripts._build import TurnBuilder
from fitfirst.transcripts._cues import CueReader, blocks, is_timing_like
from fitfirst.transcripts.model import Transcript

FORMAT = "srt"


def read_srt(text: str, source: str = "<text>", warnings: list[str] | None = None) -> Transcript:
    """Read an SRT file."""
    builder = TurnBuilder(warnings=list(warnings or []))
    reader = CueReader(source, "HH:MM:SS,mmm", builder)
    for block in blocks(text):
        lines = block.lines
        if is_timing_like(lines[0]):
            at = 0
        elif len(lines) > 1 and is_timing_like(lines[1]):
            at = 1
        else:
            skip = 1 if lines[0].strip().isdigit() else 0
            if skip and len(lines) == 1:
                builder.warnings.append(
                    f"line {block.first}: cue number with no timing or text; skipped"
                )
                continue
            reader.loose_text(block.first + skip, lines[skip:], "text without a cue timing")
            continue
        reader.cue(block.first + at, lines[at], block.first + at + 1, lines[at + 1 :])
    reader.check()
    return builder.finish(FORMAT, source)
