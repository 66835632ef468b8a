"""Words and numbers of a review result as people read them; shared by every review renderer.

Only formatting lives here: every figure was computed by the review pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass

from fitfirst.review.metrics import Metrics, Stretch
from fitfirst.review.result import ReviewResult

LABEL_NAMES: dict[str, str] = {
    "assumptive_close": "Assumptive close",
    "alternative_close": "Alternative close",
    "puppy_dog_close": "Puppy-dog close",
    "urgency_pressure": "Urgency pressure",
    "conditional_close": "Conditional close",
    "leading_question": "Leading question",
    "open_question": "Open question",
    "closed_question": "Closed question",
    "agenda_permission": "Agenda and permission",
    "invite_no": "Invites a no",
    "summarize_confirm": "Summarises and checks",
    "mutual_next_step": "Mutual next step",
    "honest_disqualify": "Honest disqualification",
    "none": "",
}

VERDICT_NAMES = {"fit": "Fit", "no_fit": "No fit", "undecided": "Undecided"}
OUTCOME_NAMES = {
    "proceed": "Both sides agreed a next step",
    "no_fit": "Both sides agreed it is not a fit",
    "undecided": "Nothing was decided",
}
STATUS_NAMES = {
    "met": "met",
    "unmet": "not met",
    "unknown": "unknown",
    "conflicting": "conflicting",
}


def label_name(label: str) -> str:
    return LABEL_NAMES.get(label, label.replace("_", " ").capitalize())


def clock(seconds: float | None) -> str:
    """12:03 or 1:02:03; empty when the call has no times."""
    if seconds is None:
        return ""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def span(seconds: float) -> str:
    """A length of time in words: "45 s", "2 min 10 s", "1 h 5 min"."""
    total = round(seconds)
    if total < 60:
        return f"{total} s"
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min"


def percent(share: float | None) -> str:
    return "n/a" if share is None else f"{share * 100:.0f}%"


@dataclass(frozen=True)
class MetricRow:
    id: str
    name: str
    value: str
    definition: str


def _stretch(stretch: Stretch | None, basis: str) -> str:
    if stretch is None:
        return "n/a"
    about = "about " if basis == "words" else ""
    return f"{about}{span(stretch.seconds)} ({stretch.words} words, {stretch.speaker})"


def metric_rows(metrics: Metrics) -> list[MetricRow]:
    """The metrics in report order, each with its value in words and a one-line definition."""
    per_min = "per minute" + (" (from words)" if metrics.basis == "words" else "")
    share = metrics.open_question_share
    asked = metrics.open_questions + metrics.closed_questions + metrics.leading_questions
    return [
        MetricRow(
            "talk_ratio",
            "Talk ratio",
            f"{percent(metrics.talk_ratio)} seller",
            "Seller side's share of all talk"
            + (" time" if metrics.basis == "time" else " (words)"),
        ),
        MetricRow(
            "longest_monologue",
            "Longest monologue",
            _stretch(metrics.longest_monologue, metrics.basis),
            "Longest stretch the seller side talked without the buyer taking a turn",
        ),
        MetricRow(
            "longest_buyer_story",
            "Longest buyer story",
            _stretch(metrics.longest_buyer_story, metrics.basis),
            "Longest stretch the buyer side talked without the seller taking a turn",
        ),
        MetricRow(
            "interactivity",
            "Interactivity",
            "n/a"
            if metrics.interactivity is None
            else f"{metrics.interactivity:.1f} switches {per_min}",
            "How often the speaker changes",
        ),
        MetricRow(
            "patience",
            "Patience",
            "n/a (needs timestamps)" if metrics.patience is None else f"{metrics.patience:.1f} s",
            "Mean pause before the seller speaks after the buyer",
        ),
        MetricRow(
            "question_rate",
            "Question rate",
            "n/a"
            if metrics.question_rate is None
            else f"{metrics.question_rate:.1f} {per_min} ({metrics.questions} questions)",
            "Seller questions per minute of call",
        ),
        MetricRow(
            "open_question_share",
            "Open questions",
            "n/a" if share is None else f"{percent(share)} ({metrics.open_questions} of {asked})",
            "Open questions among the seller's open, closed and leading questions",
        ),
    ]


def basis_note(result: ReviewResult) -> str:
    m = result.metrics
    if m.basis == "time":
        return f"Measured in time: {span(m.duration)} of call, {m.words:,} words."
    return (
        f"No timestamps: measured in words ({m.words:,} words, about {span(m.duration)} "
        "at 150 words a minute)."
    )


def seller_line(result: ReviewResult) -> str:
    s = result.seller
    who = ", ".join(s.speakers) or "nobody"
    return f"Seller: {who} ({percent(s.confidence)} sure). {s.method}"


def buyer_line(result: ReviewResult) -> str:
    return f"Buyer side: {', '.join(result.seller.buyers) or 'nobody'}."
