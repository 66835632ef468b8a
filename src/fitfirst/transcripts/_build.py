"""Assemble turns from pieces: one speaker's consecutive pieces merge into one turn.

Every reader feeds pieces (cue payloads, segments, utterances, lines) through :class:`TurnBuilder`
so the merge and continuation rules are the same for every format. Text parts are collected in
lists and joined once, so long calls stay linear.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fitfirst.errors import TranscriptError
from fitfirst.transcripts.model import Transcript, Turn

UNKNOWN_SPEAKER = "Unknown"


@dataclass
class _Open:
    speaker: str
    parts: list[str]
    start: float | None
    end: float | None


@dataclass
class TurnBuilder:
    """Collects pieces in order and closes a turn whenever the speaker changes."""

    warnings: list[str] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    _open: _Open | None = None

    @property
    def current_speaker(self) -> str | None:
        return self._open.speaker if self._open else None

    def add(
        self,
        speaker: str | None,
        text: str,
        start: float | None = None,
        end: float | None = None,
        *,
        where: str = "",
    ) -> None:
        """Add one piece; ``speaker=None`` continues the current turn; ``where`` names the place."""
        if not text:
            return
        if speaker is None:
            if self._open is None:
                self.warnings.append(
                    f"{where or 'start'}: text with no speaker before anyone spoke; "
                    f"given to speaker {UNKNOWN_SPEAKER!r}"
                )
                speaker = UNKNOWN_SPEAKER
            else:
                speaker = self._open.speaker
        current = self._open
        if current is not None and current.speaker == speaker:
            current.parts.append(text)
            if current.start is None:
                current.start = start
            if end is not None and (current.end is None or end > current.end):
                current.end = end
            return
        self._close()
        self._open = _Open(speaker, [text], start, end)

    def _close(self) -> None:
        current = self._open
        if current is not None:
            self.turns.append(
                Turn(current.speaker, " ".join(current.parts), current.start, current.end)
            )
        self._open = None

    def finish(
        self,
        fmt: str,
        source: str,
        metadata: dict[str, str] | None = None,
        warnings: list[str] | None = None,
    ) -> Transcript:
        """The finished transcript; a file that yielded no turn at all is an error."""
        self._close()
        if not self.turns:
            raise TranscriptError(
                f"{source}: no speaker turns found in this {fmt} transcript; "
                "check the file holds the call's words"
            )
        return Transcript(
            turns=tuple(self.turns),
            format=fmt,
            source=source,
            metadata=dict(metadata or {}),
            warnings=tuple([*(warnings or []), *self.warnings]),
        )
