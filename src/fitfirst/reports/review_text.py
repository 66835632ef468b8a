"""A call review as plain text for the terminal: verdict, pressure, what to ask, then metrics."""

from __future__ import annotations

from fitfirst.reports._review_format import (
    OUTCOME_NAMES,
    STATUS_NAMES,
    VERDICT_NAMES,
    basis_note,
    buyer_line,
    clock,
    label_name,
    metric_rows,
    percent,
    seller_line,
)
from fitfirst.review.result import ReviewResult


def _at(turn: int, time: float | None) -> str:
    return f"[{clock(time)}]" if time is not None else f"[turn {turn}]"


def verdict_lines(result: ReviewResult) -> list[str]:
    v = result.verdict
    if v is None:
        return ["Verdict: not judged (no playbook given; use --playbook to judge fit)."]
    plans = f", plans: {', '.join(v.plans)}" if v.plans else ""
    lines = [
        f"Verdict: {VERDICT_NAMES.get(v.verdict, v.verdict)}{plans}"
        f" (P(fit) {percent(v.probability)})"
    ]
    lines.append(f"  {v.summary}")
    for reason in v.reasons:
        quotes = "; ".join(f"“{q}”" for q in reason.quotes)
        lines.append(f"  - {reason.text}" + (f" ({quotes})" if quotes else ""))
    if v.next_step:
        lines.append(f"  Next step: {v.next_step}")
    return lines


def render_text(result: ReviewResult) -> str:
    """The review as plain text (safe to print with rich: no markup is used)."""
    offer = f" — {result.offer}" if result.offer else ""
    out = [f"Call review: {result.source} ({result.format}){offer}", ""]
    out += verdict_lines(result)
    out.append("")
    if result.pressure:
        out.append(f"Pressure moments: {len(result.pressure)}")
        for m in result.pressure:
            out.append(f"  {_at(m.turn, m.time)} {m.speaker} — {label_name(m.label)}")
            out.append(f"    “{m.sentence}”")
            if m.explanation:
                out.append(f"    Why it pressures: {m.explanation}")
            if m.instead:
                out.append(f"    Instead: {m.instead}")
    else:
        out.append("Pressure moments: none found.")
    out.append("")
    if result.ask_next_time:
        out.append("Ask next time (in discovery order):")
        for n, q in enumerate(result.ask_next_time, start=1):
            out.append(f"  {n}. {q.question} [{q.criterion}]")
        out.append("")
    if result.outcome is not None:
        o = result.outcome
        quote = f" — “{o.quote}”" if o.quote else ""
        out.append(f"How it ended: {OUTCOME_NAMES.get(o.kind, o.kind)}{quote}")
        if o.explanation:
            out.append(f"  {o.explanation}")
        out.append("")
    out.append(f"Metrics. {basis_note(result)}")
    rows = metric_rows(result.metrics)
    width = max(len(r.name) for r in rows)
    out += [f"  {r.name.ljust(width)}  {r.value}" for r in rows]
    out.append("")
    if result.verdict is not None and result.playbook is not None:
        out.append("Fit map:")
        for cid, state in result.verdict.criteria.items():
            criterion = result.playbook.criterion(cid)
            quote = f" — “{state.evidence[0].quote}”" if state.evidence else ""
            out.append(
                f"  [{STATUS_NAMES.get(state.status, state.status)}] {criterion.title}{quote}"
            )
        if result.needs:
            voiced = ", ".join(dict.fromkeys(n.need for n in result.needs))
            out.append(f"  Needs voiced: {voiced}")
        out.append("")
    out.append(seller_line(result))
    out.append(buyer_line(result))
    if result.warnings:
        out.append("")
        out.append("Warnings:")
        out += [f"  - {w}" for w in result.warnings]
    return "\n".join(out) + "\n"
