"""How a call ended: an agreed next step, an honest no-fit, or nothing decided."""

from __future__ import annotations

import pytest

from fitfirst.review.outcome import call_outcome
from fitfirst.review.types import Role, RoledTurn, SentenceLabel

# A dialogue line: (role letter, text) or (role letter, text, {sentence: label}).
Line = tuple[str, str] | tuple[str, str, dict[str, str]]


def _call(*lines: Line) -> tuple[list[RoledTurn], list[list[SentenceLabel]]]:
    turns: list[RoledTurn] = []
    labels: list[list[SentenceLabel]] = []
    for i, line in enumerate(lines):
        role: Role = "seller" if line[0] == "S" else "buyer"
        turns.append(RoledTurn(i, "Sam" if role == "seller" else "Bea", role, line[1]))
        marked = line[2] if len(line) == 3 else {}
        labels.append([SentenceLabel(text, label) for text, label in marked.items()])
    return turns, labels


CASES: list[tuple[str, tuple[Line, ...], str, int | None]] = [
    (
        "agreed time for a demo",
        (
            ("S", "How about a demo with your team on Thursday at ten?"),
            ("B", "Thursday at ten works."),
        ),
        "proceed",
        1,
    ),
    (
        "buyer proposes the step and the seller takes it",
        (
            ("S", "What would you like to do next?"),
            ("B", "Let's do a trial with two reps next week."),
            ("S", "Great, I'll set it up."),
        ),
        "proceed",
        1,
    ),
    (
        "assumptive close the buyer does not agree to",
        (
            (
                "S",
                "I'll send the contract today and we'll start Monday.",
                {"I'll send the contract today and we'll start Monday.": "assumptive_close"},
            ),
            ("B", "Hold on, I need to talk to my boss first."),
        ),
        "undecided",
        1,
    ),
    (
        "alternative close answered with a deferral",
        (
            ("S", "Would Tuesday or Wednesday be better for onboarding?"),
            ("B", "I'll let you know."),
            ("S", "Great, talk Friday!"),
            ("B", "Okay. Bye."),
        ),
        "undecided",
        1,
    ),
    (
        "honest disqualification the buyer accepts",
        (
            ("S", "Honestly, we're not the right fit for a team your size."),
            ("B", "Fair enough. Thanks for being straight with me."),
        ),
        "no_fit",
        1,
    ),
    (
        "disqualification known only from its label",
        (
            (
                "S",
                "At your size the tool would never pay for itself.",
                {"At your size the tool would never pay for itself.": "honest_disqualify"},
            ),
            ("B", "Okay, thanks."),
        ),
        "no_fit",
        0,
    ),
    (
        "buyer says no and the seller accepts",
        (
            ("B", "To be honest, it's not for us."),
            ("S", "Understood, thanks for telling me."),
        ),
        "no_fit",
        0,
    ),
    (
        "yes to a referral after a no-fit is still a no-fit",
        (
            ("S", "We're not the right fit for this project."),
            ("B", "I was afraid of that."),
            ("S", "I can send you the names of two firms that do this."),
            ("B", "Yes please, that would be great."),
        ),
        "no_fit",
        1,
    ),
    (
        "think about it",
        (
            ("S", "Would it help to see it with your own pipeline?"),
            ("B", "Sounds interesting. Let me think about it."),
        ),
        "undecided",
        1,
    ),
    (
        "send me some information",
        (
            ("S", "Shall we put a time in the calendar?"),
            ("B", "Just send me some info and I'll have a look."),
        ),
        "undecided",
        1,
    ),
    (
        "a yes taken back ends undecided",
        (
            ("S", "Shall we book the survey for Saturday at nine?"),
            ("B", "Let's do it."),
            ("S", "Great."),
            ("B", "Actually, let me check with my partner first."),
        ),
        "undecided",
        3,
    ),
    (
        "a deferral followed by a booked time ends in proceed",
        (
            ("S", "Would you like to book an assessment?"),
            ("B", "Let me check the date with my husband, but yes, we want to do it."),
            ("S", "How about Tuesday the ninth at ten?"),
            ("B", "Tuesday the ninth at ten. Let's do it."),
        ),
        "proceed",
        3,
    ),
    (
        "a conditional disqualification does not end the call",
        (
            ("S", "If you need a built-in dialer, we're not the right tool."),
            ("B", "No, we don't need one."),
            ("S", "Then shall we book a demo on Friday?"),
            ("B", "Friday works."),
        ),
        "proceed",
        3,
    ),
    (
        "a seller's own follow-up with a bare okay is not agreed",
        (
            ("B", "I'll think about it."),
            ("S", "Sure, I'll follow up Thursday."),
            ("B", "Okay. Bye."),
        ),
        "undecided",
        0,
    ),
    (
        "nothing said about what happens next",
        (
            ("S", "Thanks for your time today."),
            ("B", "Thank you, bye."),
        ),
        "undecided",
        None,
    ),
]


@pytest.mark.parametrize(
    ("lines", "kind", "turn"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_call_outcome(lines: tuple[Line, ...], kind: str, turn: int | None) -> None:
    """Each dialogue ends in the expected kind of outcome, decided at the expected turn."""
    turns, labels = _call(*lines)
    outcome = call_outcome(turns, labels)
    assert (outcome.kind, outcome.turn) == (kind, turn)


def test_mutual_next_step_label_puts_a_step_on_the_table() -> None:
    """A seller sentence labelled mutual_next_step makes the buyer's yes a proceed."""
    proposal = "Shall we pick this up with your sales lead?"
    with_label = _call(
        ("S", proposal, {proposal: "mutual_next_step"}), ("B", "Yes, let's do that.")
    )
    without = _call(("S", proposal), ("B", "Yes, let's do that."))
    assert call_outcome(*with_label).kind == "proceed"
    assert call_outcome(*without).kind == "undecided"


def test_outcome_quotes_the_deciding_words() -> None:
    """The outcome carries the buyer's words that decided it and explains them."""
    turns, labels = _call(
        ("S", "How about Thursday at ten?"),
        ("B", "Perfect. Thursday at ten works for me."),
    )
    outcome = call_outcome(turns, labels)
    assert outcome.quote == "Thursday at ten works for me."
    assert "next step" in outcome.explanation


def test_pressure_is_named_when_the_buyer_does_not_agree() -> None:
    """An undecided call after a pressure tactic says which tactic was tried."""
    push = "Sign today and the discount is yours."
    turns, labels = _call(("S", push, {push: "urgency_pressure"}), ("B", "I'll think about it."))
    outcome = call_outcome(turns, labels)
    assert outcome.kind == "undecided"
    assert "urgency pressure" in outcome.explanation


def test_empty_call_is_undecided() -> None:
    """A call without turns decides nothing."""
    assert call_outcome([], []).kind == "undecided"
