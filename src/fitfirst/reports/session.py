"""Render a discovery's verdict and a scripted run, as text and as documented JSON.

Renderers only render: every figure here was computed by the fit engine.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from fitfirst.fit import NumberSpan, Value, Verdict
from fitfirst.playbook import Criterion, Playbook

if TYPE_CHECKING:
    from fitfirst.check import ScriptedRun

CHECK_SCHEMA_VERSION = 1


def _number(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}"


def format_value(criterion: Criterion, value: Value | None) -> str:
    """A value in words for people: "40 people", "30-50 people", "spreadsheet", "yes"."""
    if value is None:
        return "don't know"
    if isinstance(value, bool):
        return "yes" if value else "no"
    unit = f" {criterion.unit}" if criterion.unit else ""
    if isinstance(value, NumberSpan):
        if math.isinf(value.low) or value.low <= 0 and math.isinf(value.high):
            return f"up to {_number(value.high)}{unit}"
        if math.isinf(value.high):
            return f"over {_number(value.low)}{unit}"
        return f"{_number(value.low)}-{_number(value.high)}{unit}"
    if isinstance(value, (int, float)):
        return f"{_number(value)}{unit}"
    return value


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


def verdict_lines(playbook: Playbook, verdict: Verdict) -> list[str]:
    """The verdict in plain words, with the quotes that decided it and what to do next."""
    lines = [verdict.summary]
    for reason in verdict.reasons:
        quotes = "; ".join(f"“{q}”" for q in reason.quotes)
        lines.append(f"- {reason.text}" + (f" ({quotes})" if quotes else ""))
    if verdict.referrals:
        lines.append("")
        lines.extend(f"A better option: {r}" for r in verdict.referrals)
    if verdict.missing:
        titles = ", ".join(playbook.criterion(c).title for c in verdict.missing)
        lines.append(f"Still unknown: {titles}.")
    if verdict.next_step:
        lines.append("")
        lines.append(f"Next step: {verdict.next_step}")
    return lines


def scripted_to_dict(run: ScriptedRun) -> dict[str, Any]:
    """JSON for `fitfirst check --answers ... --json` (schema in docs/discovery.md)."""
    return {
        "schema_version": CHECK_SCHEMA_VERSION,
        "offer": run.playbook.offer.name,
        "asked": [
            {
                "criterion": step.question.criterion,
                "question": step.question.text,
                "why": step.question.why,
                "optional": step.optional,
                "answer": step.answer,
                "understood": step.evidence is not None,
                "value": value_to_json(step.evidence.value) if step.evidence else None,
            }
            for step in run.steps
        ],
        "result": verdict_to_dict(run.result),
        "notes": list(run.notes),
    }


def render_scripted_text(run: ScriptedRun) -> str:
    """The scripted conversation as it went, then the verdict."""
    out = [f"Is {run.playbook.offer.name} a fit? A discovery with scripted answers.", ""]
    for number, step in enumerate(run.steps, start=1):
        criterion = run.playbook.criterion(step.question.criterion)
        tag = " (optional)" if step.optional else ""
        out.append(f"{number}. {step.question.text}{tag}")
        out.append(f"   why now: {step.question.why}")
        if step.answer is None:
            out.append("   (no answer in the file: skipped)")
        else:
            out.append(f"   buyer: {step.answer}")
            understood = (
                format_value(criterion, step.evidence.value)
                if step.evidence is not None
                else "not understood"
            )
            out.append(f"   understood: {understood}")
    out.append("")
    out.append(f"Verdict: {run.result.verdict.replace('_', ' ')}")
    out.extend(verdict_lines(run.playbook, run.result))
    return "\n".join(out)
