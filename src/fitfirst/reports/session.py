"""Render a discovery's verdict and a scripted run, as text and as documented JSON.

Renderers only render: every figure here was computed by the fit engine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fitfirst.fit import Verdict, describe_value
from fitfirst.fit.jsonable import value_to_json, verdict_to_dict
from fitfirst.playbook import Playbook

if TYPE_CHECKING:
    from fitfirst.check import ScriptedRun

CHECK_SCHEMA_VERSION = 1


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
                describe_value(criterion, step.evidence.value)
                if step.evidence is not None
                else "not understood"
            )
            out.append(f"   understood: {understood}")
    out.append("")
    out.append(f"Verdict: {run.result.verdict.replace('_', ' ')}")
    out.extend(verdict_lines(run.playbook, run.result))
    return "\n".join(out)
