"""What WebVTT and SRT share: blocks of lines, cue timings, and speakers inside cue text.

A cue's speaker comes from a voice tag (``<v Name>text</v>``, closed or not), from a
``Name: text`` prefix (Zoom), or from a ``[SPEAKER_00]`` label (diarisation tools). A cue
without any continues the previous speaker. A cue whose timing cannot be read keeps its words,
without times, and leaves a warning; only a file where no timing at all can be read is refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from fitfirst.errors import TranscriptError
from fitfirst.transcripts._build import TurnBuilder
from fitfirst.transcripts._text import clean_name, looks_like_name, parse_time, strip_markup

_TIMING = re.compile(r"^\s*(\S+)\s*-->\s*(\S+)(?:\s+(.*))?$")
_TIMINGISH = re.compile(r"-->|^\s*\d[\d:.,]*\s*-+>?\s*\d[\d:.,]*\s*$")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>", re.IGNORECASE)
_BRACKET_LABEL = re.compile(r"^\[([^\[\]]{1,48})\]\s*:?\s*(.*)$")
_COLON_LABEL = re.compile(r"^([^:]{1,60}?)\s*:\s*(.*)$")
_DIALOGUE_MARK = re.compile(r"^(?:>>|-)\s*")
_SOUNDS = frozenset(
    {"music", "laughter", "laughs", "laughing", "applause", "inaudible", "crosstalk", "silence",
     "noise", "background noise", "cough", "coughs", "pause", "unintelligible", "static",
     "overlapping", "foreign", "no audio", "blank_audio"}
)  # fmt: skip
_SHOWN_MAX = 60


@dataclass(frozen=True)
class Block:
    first: int  # line number of the block's first line
    lines: list[str]


def blocks(text: str, start: int = 0) -> Iterator[Block]:
    """Runs of non-blank lines, with the number of each run's first line."""
    current: list[str] = []
    first = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if number <= start:
            continue
        if line.strip():
            if not current:
                first = number
            current.append(line.rstrip())
        elif current:
            yield Block(first, current)
            current = []
    if current:
        yield Block(first, current)


def is_timing_like(line: str) -> bool:
    return bool(_TIMINGISH.search(line))


def split_payload(lines: list[str]) -> list[tuple[str | None, str]]:
    """The (speaker or None, text) pieces of a cue's text lines."""
    raw = "\n".join(lines)
    if "<" in raw and _VOICE.search(raw):
        pieces: list[tuple[str | None, str]] = []
        speaker: str | None = None
        pos = 0
        for m in _VOICE.finditer(raw):
            _add_piece(pieces, speaker, raw[pos : m.start()])
            speaker = clean_name(strip_markup(m.group(1) or "")) or None
            pos = m.end()
        _add_piece(pieces, speaker, raw[pos:])
        return pieces
    found: list[tuple[str | None, str]] = []
    for line in lines:
        text = _DIALOGUE_MARK.sub("", strip_markup(line))
        speaker, words = _labelled(text)
        if speaker is None and found:
            previous_speaker, previous = found[-1]
            found[-1] = (previous_speaker, f"{previous} {words}".strip())
        elif words or speaker:
            found.append((speaker, words))
    return [(s, t) for s, t in found if t]


def _add_piece(pieces: list[tuple[str | None, str]], speaker: str | None, raw: str) -> None:
    text = strip_markup(raw)
    if text:
        pieces.append((speaker, text))


def _labelled(text: str) -> tuple[str | None, str]:
    m = _BRACKET_LABEL.match(text)
    if m:
        name = clean_name(m.group(1))
        if name.lower() not in _SOUNDS and looks_like_name(name):
            return name, m.group(2).strip()
    m = _COLON_LABEL.match(text)
    if m:
        name = clean_name(m.group(1))
        if looks_like_name(name):
            return name, m.group(2).strip()
    return None, text


@dataclass
class CueReader:
    """Feeds cues into a TurnBuilder and keeps count of timings that could not be read."""

    source: str
    expected: str  # how a good timing looks, for messages: "HH:MM:SS.mmm"
    builder: TurnBuilder
    good: int = 0
    bad: list[tuple[int, str]] = field(default_factory=list)

    def cue(self, timing_line: int, timing: str, payload_line: int, payload: list[str]) -> None:
        """Read one cue: its timing line and its text lines."""
        start, end = self._times(timing_line, timing)
        pieces = split_payload(payload)
        if not pieces:
            self.builder.warnings.append(f"line {timing_line}: cue has no words; skipped")
            return
        for speaker, text in pieces:
            self.builder.add(speaker, text, start, end, where=f"line {payload_line}")

    def loose_text(self, line: int, lines: list[str], why: str) -> None:
        """Keep the words of a block that is not a proper cue, and say so."""
        self.builder.warnings.append(f"line {line}: {why}; kept its text")
        for speaker, text in split_payload(lines):
            self.builder.add(speaker, text, where=f"line {line}")

    def _times(self, line: int, timing: str) -> tuple[float | None, float | None]:
        m = _TIMING.match(timing)
        start = parse_time(m.group(1)) if m else None
        end = parse_time(m.group(2)) if m else None
        if start is None or end is None:
            shown = _shown(timing)
            self.bad.append((line, shown))
            self.builder.warnings.append(
                f"line {line}: cue timing {shown!r} is not a time; expected {self.expected}; "
                "kept its text without times"
            )
            return None, None
        self.good += 1
        if end < start:
            self.builder.warnings.append(
                f"line {line}: cue ends before it starts ({timing.strip()})"
            )
        return start, end

    def check(self) -> None:
        """Refuse a file where not one cue timing could be read."""
        if self.good == 0 and self.bad:
            line, shown = self.bad[0]
            raise TranscriptError(
                f"{self.source}:{line}: cue timing {shown!r} is not a time; "
                f"expected {self.expected}"
            )


def _shown(timing: str) -> str:
    timing = timing.strip()
    return timing if len(timing) <= _SHOWN_MAX else timing[: _SHOWN_MAX - 3] + "..."
