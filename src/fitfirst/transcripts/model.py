"""The one Transcript model every reader produces. Readers only read: no roles, no labels."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Turn:
    """One speaker's uninterrupted stretch of talk; times in seconds when the format has them."""

    speaker: str
    text: str
    start: float | None = None
    end: float | None = None


@dataclass(frozen=True)
class Transcript:
    turns: tuple[Turn, ...]
    format: str  # the reader that read it, e.g. "webvtt", "srt", "plain", "aws_json"
    source: str = "<text>"  # file name or other label, for messages
    metadata: dict[str, str] = field(default_factory=dict)  # "Date:", "Meeting title:" and such
    warnings: tuple[str, ...] = ()  # odd things met while reading, each with its line

    @property
    def speakers(self) -> tuple[str, ...]:
        """Speakers in order of first appearance."""
        seen: dict[str, None] = {}
        for t in self.turns:
            seen.setdefault(t.speaker, None)
        return tuple(seen)

    @property
    def timed(self) -> bool:
        return bool(self.turns) and all(t.start is not None for t in self.turns)
