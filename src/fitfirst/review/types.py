"""Types shared by the steps of a call review (roles, sentence labels, outcome)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Role = Literal["seller", "buyer"]

PRESSURE_LABELS: tuple[str, ...] = (
    "assumptive_close",
    "alternative_close",
    "puppy_dog_close",
    "urgency_pressure",
    "conditional_close",
    "leading_question",
)
COLLABORATIVE_LABELS: tuple[str, ...] = (
    "open_question",
    "closed_question",
    "agenda_permission",
    "invite_no",
    "summarize_confirm",
    "mutual_next_step",
    "honest_disqualify",
)
LABELS: tuple[str, ...] = (*PRESSURE_LABELS, *COLLABORATIVE_LABELS, "none")


@dataclass(frozen=True)
class RoledTurn:
    """A transcript turn once the review knows who sells: the unit every review step reads."""

    index: int
    speaker: str
    role: Role
    text: str
    start: float | None = None
    end: float | None = None


@dataclass(frozen=True)
class SentenceLabel:
    """One sentence of a turn with its label; pressure labels carry why and a better way."""

    text: str
    label: str  # one of LABELS
    confidence: float = 1.0
    explanation: str | None = None  # pressure tactics: one line on why it pressures
    instead: str | None = None  # pressure tactics: a collaborative way to say it


OutcomeKind = Literal["proceed", "no_fit", "undecided"]


@dataclass(frozen=True)
class CallOutcome:
    """How the call ended: a clear mutual decision or nothing decided, with the words."""

    kind: OutcomeKind
    quote: str | None = None
    turn: int | None = None
    explanation: str = ""
