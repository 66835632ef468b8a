"""Verdicts and values as JSON-ready dicts: the one shape the CLI, web and reviews share."""

from __future__ import annotations

import math
from typing import Any

from fitfirst.fit.evidence import NumberSpan, Value
from fitfirst.fit.verdict import Verdict


def value_to_json(value: Value | None) -> Any:
    """JSON form of a value: a span becomes {"low", "high"} with null for an open side."""
    if isinstance(value, NumberSpan):
        return {
            "low": None if math.isinf(value.low) else value.low,
            "high": None if math.isinf(value.high) else value.high,
        }
    return value


def verdict_to_dict(verdict: Verdict) -> dict[str, Any]:
    """The documented JSON form of a verdict (see docs/discovery.md)."""
    return {
        "verdict": verdict.verdict,
        "likely": verdict.likely,
        "settled": verdict.settled,
        "probability": round(verdict.probability, 4),
        "plans": list(verdict.plans),
        "plan_probabilities": {k: round(v, 4) for k, v in verdict.plan_probabilities.items()},
        "score": None if verdict.score is None else round(verdict.score, 4),
        "summary": verdict.summary,
        "next_step": verdict.next_step,
        "failed": list(verdict.failed),
        "missing": list(verdict.missing),
        "referrals": list(verdict.referrals),
        "reasons": [{"text": r.text, "quotes": list(r.quotes)} for r in verdict.reasons],
        "criteria": {
            cid: {
                "status": state.status,
                "value": value_to_json(state.value),
                "evidence": [
                    {
                        "quote": e.quote,
                        "value": value_to_json(e.value),
                        "source": e.source,
                        "confidence": e.confidence,
                        "turn": e.turn,
                    }
                    for e in state.evidence
                ],
            }
            for cid, state in verdict.criteria.items()
        },
    }
