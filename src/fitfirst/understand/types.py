"""What answer understanding returns: a value, an explicit unknown, or "not understood"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from fitfirst.fit.evidence import Value

# value: understood; dont_know: the buyer does not know; skip: the asker chose to skip it;
# unclear: could not be understood (kept as a note, the question can be asked again).
Reading = Literal["value", "dont_know", "skip", "unclear"]


@dataclass(frozen=True)
class Understood:
    reading: Reading
    value: Value | None = None
    confidence: float = 1.0
    explanation: str = ""  # how it was read, in plain words, e.g. "about 40 people"


@dataclass(frozen=True)
class Finding:
    """What a free sentence says about one criterion, with the words that say it (``cue``)."""

    criterion: str
    understood: Understood
    cue: str
