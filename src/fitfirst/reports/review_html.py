"""A call review as one self-contained HTML page: inline CSS and SVG, no script, no network.

The page carries a Content-Security-Policy that forbids every fetch, so even a link or style a
transcript smuggled in could not load anything; Jinja's autoescape shows transcript text as text.
"""

from __future__ import annotations

import html
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, Template
from markupsafe import Markup

from fitfirst.reports._review_format import (
    OUTCOME_NAMES,
    STATUS_NAMES,
    VERDICT_NAMES,
    basis_note,
    clock,
    label_name,
    metric_rows,
    percent,
    span,
)
from fitfirst.review.metrics import words_to_seconds
from fitfirst.review.result import ReviewResult
from fitfirst.review.types import PRESSURE_LABELS

_WIDTH = 1000.0  # the timeline's viewBox width; bars are placed in these units


@cache
def _template() -> Template:
    env = Environment(
        loader=PackageLoader("fitfirst.reports", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["clock"] = clock
    env.filters["label_name"] = label_name
    env.filters["percent"] = percent
    return env.get_template("review.html")


def _places(result: ReviewResult) -> list[tuple[float, float]]:
    """Where each turn sits on the call's time line, in seconds from its start.

    On the words basis turns follow each other at 150 words a minute, as the metrics assume.
    """
    turns = result.turns
    if result.metrics.basis == "words":
        out: list[tuple[float, float]] = []
        at = 0.0
        for t in turns:
            length = words_to_seconds(len(t.text.split()))
            out.append((at, at + length))
            at += length
        return out
    origin = min((t.start for t in turns if t.start is not None), default=0.0)
    places = []
    for i, t in enumerate(turns):
        start = (t.start or 0.0) - origin
        if t.end is not None:
            end = t.end - origin
        elif i + 1 < len(turns) and turns[i + 1].start is not None:
            end = (turns[i + 1].start or 0.0) - origin
        else:
            end = start + words_to_seconds(len(t.text.split()))
        places.append((start, max(start, end)))
    return places


def _timeline(result: ReviewResult) -> dict[str, Any]:
    """Bars for who spoke when, one lane per speaker, and a mark per labelled moment.

    The SVG pieces are built here, every text through html.escape: an hour-long call has
    hundreds of bars, and a template loop over them costs more than the rest of the page.
    """
    places = _places(result)
    total = max((end for _, end in places), default=0.0) or 1.0
    scale = _WIDTH / total
    lanes: dict[str, list[str]] = {s: [] for s in result.seller.all_speakers}
    for t, (start, end) in zip(result.turns, places, strict=True):
        tip = html.escape(f"{clock(start)} {t.speaker}: {' '.join(t.text.split()[:14])}…")
        lanes.setdefault(t.speaker, []).append(
            f'<a href="#t-{t.index}"><rect class="{t.role}" x="{start * scale:.1f}" '
            f'width="{max((end - start) * scale, 0.8):.1f}" y="2" height="14">'
            f"<title>{tip}</title></rect></a>"
        )
    marks = [
        f'<a href="#t-{m.turn}"><line class="{kind}" x1="{x:.1f}" x2="{x:.1f}" {ys}>'
        f"<title>{html.escape(label_name(m.label) + ': ' + m.sentence)}</title></line></a>"
        # pressure marks in the upper half, collaborative ones in the lower: both stay visible
        # when they fall on the same turn
        for kind, ys, group in (
            ("collab", 'y1="11" y2="21"', result.highlights),
            ("pressure", 'y1="1" y2="11"', result.pressure),
        )
        for m in group
        for x in (places[m.turn][0] * scale,)
    ]
    return {
        "lanes": [
            {
                "speaker": s,
                "role": result.seller.role(s),
                "bars": Markup("".join(bars)),  # safe: built from numbers and escaped text
            }
            for s, bars in lanes.items()
        ],
        "marks": Markup("".join(marks)),  # safe: built from numbers and escaped text
        "ticks": [clock(total * k / 4) for k in range(5)],
        "approx": result.metrics.basis == "words",
    }


def _transcript(result: ReviewResult) -> Markup:
    """The transcript's turns as HTML; built here rather than in the template because an hour
    of talk is thousands of sentences and a template loop costs several times more."""
    pressure = set(PRESSURE_LABELS)
    out: list[str] = []
    for t in result.turns:
        when = f"{clock(t.start)} · " if t.start is not None else ""
        out.append(
            f'<div class="turn {t.role}" id="t-{t.index}"><div class="head">{when}'
            f'<b class="{t.role}">{html.escape(t.speaker)}</b> · {t.role}</div><div>'
        )
        if not t.sentences:
            out.append(html.escape(t.text))
        for s in t.sentences:
            if s.label == "none":
                out.append(f'<span class="s">{html.escape(s.text)}</span> ')
                continue
            kind = "pressure" if s.label in pressure else "collab"
            out.append(
                f'<span class="s {kind}">{html.escape(s.text)}</span>'
                f'<span class="badge {kind}">{html.escape(label_name(s.label))}</span> '
            )
        out.append("</div></div>\n")
    return Markup("".join(out))  # safe: every piece of text above went through escape()


def render_html(result: ReviewResult) -> str:
    """The review as a standalone HTML page readable on a phone."""
    v = result.verdict
    criteria = []
    if v is not None and result.playbook is not None:
        for cid, state in v.criteria.items():
            criteria.append(
                {
                    "id": cid,
                    "title": result.playbook.criterion(cid).title,
                    "importance": result.playbook.criterion(cid).importance,
                    "status": state.status,
                    "status_name": STATUS_NAMES.get(state.status, state.status),
                    "evidence": state.evidence,
                }
            )
    return _template().render(
        r=result,
        v=v,
        verdict_name=VERDICT_NAMES.get(v.verdict, v.verdict) if v is not None else None,
        outcome_name=OUTCOME_NAMES.get(result.outcome.kind, result.outcome.kind)
        if result.outcome is not None
        else None,
        criteria=criteria,
        metrics=metric_rows(result.metrics),
        basis=basis_note(result),
        duration=span(result.metrics.duration),
        timeline=_timeline(result),
        pressure_labels=PRESSURE_LABELS,
        needs=list(dict.fromkeys(n.need for n in result.needs)),
        transcript=_transcript(result),
    )
