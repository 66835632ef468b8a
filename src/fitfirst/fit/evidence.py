"""Evidence: one observation about one criterion or need.

Live answers and transcript statements produce the same Evidence, so one engine judges both.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class NumberSpan:
    """A number known only as a range ("40-50 people", "over 200"); bounds inclusive."""

    low: float = -math.inf
    high: float = math.inf


# A criterion's value: number -> float or NumberSpan; choice -> option id; yes_no -> bool;
# text -> the words as said.
Value = float | NumberSpan | str | bool

# buyer: said by the buyer (or typed as said by the buyer in a live session);
# confirmed: a seller's summary that the buyer confirmed. A seller's claim alone is never evidence.
Source = Literal["buyer", "confirmed"]


@dataclass(frozen=True)
class Evidence:
    """What was learned about one criterion, with the words that show it.

    ``value`` is None for an explicit "don't know": the criterion stays unknown but is marked
    as asked, so the discovery policy does not ask it again unless nothing else can decide.
    """

    criterion: str
    value: Value | None
    quote: str
    source: Source = "buyer"
    confidence: float = 1.0
    turn: int | None = None  # index of the transcript turn, when it came from a call
    start: float | None = None  # seconds into the call, when known


@dataclass(frozen=True)
class NeedEvidence:
    """A need of the playbook that the buyer voiced, with the words."""

    need: str
    quote: str
    turn: int | None = None
    start: float | None = None
    confidence: float = 1.0
