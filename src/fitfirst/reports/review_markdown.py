"""A call review as Markdown, for a pull request, a wiki or a coaching note."""

from __future__ import annotations

import re

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

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md(text: str) -> str:
    """Transcript words as literal Markdown text: no markup, no HTML, one line."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _at(turn: int, time: float | None) -> str:
    return clock(time) if time is not None else f"turn {turn}"


def render_markdown(result: ReviewResult) -> str:
    """The review as Markdown: verdict, pressure, what to ask, outcome, metrics, fit, transcript."""
    offer = f" — {md(result.offer)}" if result.offer else ""
    out = [f"# Call review: {md(result.source)}{offer}", ""]
    out += ["## Verdict", ""]
    v = result.verdict
    if v is None:
        out.append("Not judged: no playbook given (use `--playbook`).")
    else:
        plans = f" — plans: {', '.join(md(p) for p in v.plans)}" if v.plans else ""
        out.append(
            f"**{VERDICT_NAMES.get(v.verdict, v.verdict)}**{plans} "
            f"(P(fit) {percent(v.probability)})"
        )
        out += ["", md(v.summary)]
        for reason in v.reasons:
            quotes = "; ".join(f"“{md(q)}”" for q in reason.quotes)
            out.append(f"- {md(reason.text)}" + (f" ({quotes})" if quotes else ""))
        if v.next_step:
            out += ["", f"**Next step:** {md(v.next_step)}"]
    out += ["", f"## Pressure moments ({len(result.pressure)})", ""]
    if not result.pressure:
        out.append("None found.")
    for m in result.pressure:
        out.append(
            f"- **{_at(m.turn, m.time)} {md(m.speaker)} — {label_name(m.label)}:** "
            f"“{md(m.sentence)}”"
        )
        if m.explanation:
            out.append(f"  - Why it pressures: {md(m.explanation)}")
        if m.instead:
            out.append(f"  - Instead: {md(m.instead)}")
    if result.ask_next_time:
        out += ["", "## Ask next time", ""]
        out += [
            f"{n}. {md(q.question)} (`{q.criterion}`)"
            for n, q in enumerate(result.ask_next_time, start=1)
        ]
    if result.outcome is not None:
        o = result.outcome
        out += ["", "## How it ended", "", f"**{OUTCOME_NAMES.get(o.kind, o.kind)}.**"]
        if o.quote:
            out.append(f"“{md(o.quote)}”")
        if o.explanation:
            out += ["", md(o.explanation)]
    out += ["", "## Metrics", "", md(basis_note(result)), ""]
    out += ["| Metric | Value | What it measures |", "| --- | --- | --- |"]
    out += [f"| {r.name} | {md(r.value)} | {r.definition} |" for r in metric_rows(result.metrics)]
    if v is not None and result.playbook is not None:
        out += ["", "## Fit map", "", "| Criterion | Status | What the buyer said |"]
        out.append("| --- | --- | --- |")
        for cid, state in v.criteria.items():
            title = result.playbook.criterion(cid).title
            quotes = " / ".join(f"“{md(e.quote)}”" for e in state.evidence) or "—"
            out.append(
                f"| {md(title)} | {STATUS_NAMES.get(state.status, state.status)} | {quotes} |"
            )
        if result.needs:
            out += [
                "",
                "Needs voiced: " + ", ".join(dict.fromkeys(md(n.need) for n in result.needs)),
            ]
    out += ["", "## Who sold", "", md(seller_line(result)), "", md(buyer_line(result))]
    out += ["", "## Transcript", ""]
    for t in result.turns:
        when = f"{clock(t.start)} " if t.start is not None else ""
        parts = []
        for s in t.sentences or ():
            tag = f" _({label_name(s.label)})_" if s.label != "none" else ""
            parts.append(md(s.text) + tag)
        body = " ".join(parts) if t.sentences else md(t.text)
        out.append(f"**{when}{md(t.speaker)}** ({t.role}): {body}")
        out.append("")
    if result.warnings:
        out += ["## Warnings", ""]
        out += [f"- {md(w)}" for w in result.warnings]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
