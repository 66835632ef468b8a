"""The result of a call review and its versioned JSON contract (docs/review.schema.json).

Other programs read ``ReviewResult.to_dict()``: keys are only ever added within a schema
version; renaming or removing one bumps :data:`SCHEMA_VERSION`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fitfirst.fit import describe_value
from fitfirst.fit.evidence import NeedEvidence
from fitfirst.fit.jsonable import verdict_to_dict
from fitfirst.review.metrics import Metrics
from fitfirst.review.seller import SellerDecision
from fitfirst.review.types import CallOutcome, Role, SentenceLabel

if TYPE_CHECKING:
    from fitfirst.fit import Verdict
    from fitfirst.playbook.models import Playbook

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class ReviewedTurn:
    """One turn of the call with its side and the labels of its sentences."""

    index: int
    speaker: str
    role: Role
    text: str
    start: float | None
    end: float | None
    sentences: tuple[SentenceLabel, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "speaker": self.speaker,
            "role": self.role,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "sentences": [
                {"text": s.text, "label": s.label, "confidence": round(s.confidence, 3)}
                for s in self.sentences
            ],
        }


@dataclass(frozen=True)
class Moment:
    """A labelled sentence worth seeing again: a pressure tactic or a collaborative move."""

    turn: int
    time: float | None
    speaker: str
    label: str
    sentence: str
    explanation: str | None = None
    instead: str | None = None

    def to_dict(self, *, coaching: bool) -> dict[str, Any]:
        out: dict[str, Any] = {
            "turn": self.turn,
            "time": self.time,
            "speaker": self.speaker,
            "label": self.label,
            "sentence": self.sentence,
        }
        if coaching:
            out["explanation"] = self.explanation
            out["instead"] = self.instead
        return out


@dataclass(frozen=True)
class NextQuestion:
    """A fit question the call left open, in the order discovery would ask it."""

    criterion: str
    question: str
    why: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"criterion": self.criterion, "question": self.question, "why": self.why}


@dataclass(frozen=True)
class ReviewResult:
    """Everything a call review found; reports render it and compute nothing new."""

    source: str
    format: str
    seller: SellerDecision
    turns: tuple[ReviewedTurn, ...]
    metrics: Metrics
    outcome: CallOutcome | None = None
    pressure: tuple[Moment, ...] = ()
    highlights: tuple[Moment, ...] = ()  # collaborative moments
    playbook: Playbook | None = None
    verdict: Verdict | None = None
    needs: tuple[NeedEvidence, ...] = ()
    ask_next_time: tuple[NextQuestion, ...] = ()
    warnings: tuple[str, ...] = ()
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def offer(self) -> str | None:
        return self.playbook.offer.name if self.playbook is not None else None

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON form (docs/review.md, docs/review.schema.json)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "source": self.source,
            "format": self.format,
            "metadata": dict(self.metadata),
            "offer": None
            if self.playbook is None
            else {"name": self.playbook.offer.name, "seller": self.playbook.offer.seller},
            "seller": {
                "speakers": list(self.seller.speakers),
                "buyers": list(self.seller.buyers),
                "method": self.seller.method,
                "confidence": round(self.seller.confidence, 2),
            },
            "turns": [t.to_dict() for t in self.turns],
            "metrics": self.metrics.to_dict(),
            "pressure": [m.to_dict(coaching=True) for m in self.pressure],
            "highlights": [m.to_dict(coaching=False) for m in self.highlights],
            "fit": self._fit_dict(),
            "needs": list(dict.fromkeys(n.need for n in self.needs)),
            "need_quotes": [
                {"need": n.need, "quote": n.quote, "turn": n.turn, "start": n.start}
                for n in self.needs
            ],
            "ask_next_time": [q.to_dict() for q in self.ask_next_time],
            "outcome": None
            if self.outcome is None
            else {
                "kind": self.outcome.kind,
                "quote": self.outcome.quote,
                "turn": self.outcome.turn,
                "explanation": self.outcome.explanation,
            },
            "warnings": list(self.warnings),
        }

    def _fit_dict(self) -> dict[str, Any] | None:
        """The verdict in the JSON shape `fitfirst check` uses too, plus titles and times."""
        if self.verdict is None or self.playbook is None:
            return None
        out = verdict_to_dict(self.verdict)
        for cid, entry in out["criteria"].items():
            criterion = self.playbook.criterion(cid)
            state = self.verdict.criteria[cid]
            entry["title"] = criterion.title
            entry["importance"] = criterion.importance
            entry["value_text"] = (
                describe_value(criterion, state.value) if state.status != "unknown" else None
            )
            for item, evidence in zip(entry["evidence"], state.evidence, strict=True):
                item["start"] = evidence.start
        return out


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def _object(properties: dict[str, Any], *, extra: bool = True) -> dict[str, Any]:
    return {
        "type": "object",
        "required": list(properties),
        "properties": properties,
        "additionalProperties": extra,
    }


_NUM = {"type": "number"}
_INT = {"type": "integer"}
_STR = {"type": "string"}
_BOOL = {"type": "boolean"}
_STRS = {"type": "array", "items": _STR}
_VALUE = {
    "description": "number; {low, high} for a range (null = open side); option id or text; bool",
    "anyOf": [
        _NUM,
        _STR,
        _BOOL,
        {"type": "null"},
        _object({"low": _nullable(_NUM), "high": _nullable(_NUM)}),
    ],
}
_STRETCH = _nullable(
    _object(
        {
            "seconds": _NUM,
            "words": _INT,
            "first_turn": _INT,
            "last_turn": _INT,
            "speaker": _STR,
        }
    )
)
_MOMENT = {
    "turn": _INT,
    "time": _nullable(_NUM),
    "speaker": _STR,
    "label": _STR,
    "sentence": _STR,
}


def review_schema() -> dict[str, Any]:
    """JSON Schema (2020-12) of ``ReviewResult.to_dict()``; published as docs/review.schema.json."""
    criterion = _object(
        {
            "status": {"enum": ["met", "unmet", "unknown", "conflicting"]},
            "value": _VALUE,
            "evidence": {
                "type": "array",
                "items": _object(
                    {
                        "quote": _STR,
                        "turn": _nullable(_INT),
                        "start": _nullable(_NUM),
                        "value": _VALUE,
                        "source": {"enum": ["buyer", "confirmed"]},
                        "confidence": _NUM,
                    }
                ),
            },
            "title": _STR,
            "importance": {"enum": ["must", "should", "nice"]},
            "value_text": _nullable(_STR),
        }
    )
    fit = _object(
        {
            "verdict": {"enum": ["fit", "no_fit", "undecided"]},
            "likely": {"enum": ["fit", "no_fit"]},
            "settled": _BOOL,
            "probability": _NUM,
            "plans": _STRS,
            "plan_probabilities": {"type": "object", "additionalProperties": _NUM},
            "score": _nullable(_NUM),
            "summary": _STR,
            "next_step": _STR,
            "failed": _STRS,
            "missing": _STRS,
            "referrals": _STRS,
            "reasons": {
                "type": "array",
                "items": _object({"text": _STR, "quotes": _STRS}),
            },
            "criteria": {"type": "object", "additionalProperties": criterion},
        }
    )
    turn = _object(
        {
            "index": _INT,
            "speaker": _STR,
            "role": {"enum": ["seller", "buyer"]},
            "start": _nullable(_NUM),
            "end": _nullable(_NUM),
            "text": _STR,
            "sentences": {
                "type": "array",
                "items": _object({"text": _STR, "label": _STR, "confidence": _NUM}),
            },
        }
    )
    metrics = _object(
        {
            "basis": {"enum": ["time", "words"]},
            "duration_seconds": _NUM,
            "words": _INT,
            "seller_words": _INT,
            "buyer_words": _INT,
            "talk_ratio": _nullable(_NUM),
            "longest_monologue": _STRETCH,
            "longest_buyer_story": _STRETCH,
            "interactivity": _nullable(_NUM),
            "patience": _nullable(_NUM),
            "questions": _INT,
            "question_rate": _nullable(_NUM),
            "open_questions": _INT,
            "closed_questions": _INT,
            "leading_questions": _INT,
            "open_question_share": _nullable(_NUM),
            "speakers": {
                "type": "array",
                "items": _object(
                    {
                        "speaker": _STR,
                        "role": {"enum": ["seller", "buyer"]},
                        "turns": _INT,
                        "words": _INT,
                        "seconds": _NUM,
                        "share": _NUM,
                    }
                ),
            },
        }
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://fitfirst.invalid/schemas/review.schema.json",
        "title": "fitfirst call review",
        "description": "Output of `fitfirst review --format json` (docs/review.md).",
        **_object(
            {
                "schema_version": {"const": SCHEMA_VERSION},
                "source": _STR,
                "format": _STR,
                "metadata": {"type": "object", "additionalProperties": _STR},
                "offer": _nullable(_object({"name": _STR, "seller": _STR})),
                "seller": _object(
                    {
                        "speakers": _STRS,
                        "buyers": _STRS,
                        "method": _STR,
                        "confidence": _NUM,
                    }
                ),
                "turns": {"type": "array", "items": turn},
                "metrics": metrics,
                "pressure": {
                    "type": "array",
                    "items": _object(
                        {**_MOMENT, "explanation": _nullable(_STR), "instead": _nullable(_STR)}
                    ),
                },
                "highlights": {"type": "array", "items": _object(_MOMENT)},
                "fit": _nullable(fit),
                "needs": _STRS,
                "need_quotes": {
                    "type": "array",
                    "items": _object(
                        {
                            "need": _STR,
                            "quote": _STR,
                            "turn": _nullable(_INT),
                            "start": _nullable(_NUM),
                        }
                    ),
                },
                "ask_next_time": {
                    "type": "array",
                    "items": _object({"criterion": _STR, "question": _STR, "why": _nullable(_STR)}),
                },
                "outcome": _nullable(
                    _object(
                        {
                            "kind": {"enum": ["proceed", "no_fit", "undecided"]},
                            "quote": _nullable(_STR),
                            "turn": _nullable(_INT),
                            "explanation": _STR,
                        }
                    )
                ),
                "warnings": _STRS,
            }
        ),
    }
