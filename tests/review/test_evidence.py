"""Fit evidence from a call: buyer statements and confirmed seller summaries, never claims."""

from __future__ import annotations

from pathlib import Path

import pytest

from fitfirst.fit.evidence import Value
from fitfirst.playbook import load_playbook, parse_playbook
from fitfirst.playbook.models import Playbook
from fitfirst.review.evidence import call_evidence
from fitfirst.review.types import RoledTurn

PLAYBOOK = parse_playbook(
    """
offer: {name: Tally CRM, seller: Tally}
criteria:
  - id: team_size
    ask: How many people sell for you today?
    kind: number
    unit: people
    accept: {min: 2, max: 50}
    importance: must
    signals: [reps, sellers, sales team]
  - id: email_provider
    ask: Which email does the team use?
    kind: choice
    options:
      google: [gmail, google workspace]
      microsoft: [outlook, office 365]
    accept: [google, microsoft]
    importance: must
    signals: [email, inbox]
  - id: seat_budget
    ask: What budget per seat per month did you set aside?
    kind: number
    unit: EUR per seat per month
    accept: {min: 15}
    importance: must
    signals: [budget, per seat]
needs:
  - id: lost_followups
    statement: Follow-ups get forgotten.
    examples: [we forget to call people back, leads slip through the cracks]
""",
    source="test_evidence",
)

# (speaker, text): a speaker whose name starts with S sells, anyone else buys.
Line = tuple[str, str]
# (criterion, value, source, turn)
Piece = tuple[str, Value | None, str, int]


def _turns(*lines: Line) -> list[RoledTurn]:
    return [
        RoledTurn(i, who, "seller" if who.startswith("S") else "buyer", text, start=10.0 * i)
        for i, (who, text) in enumerate(lines)
    ]


def _pieces(*lines: Line) -> list[Piece]:
    evidence, _ = call_evidence(PLAYBOOK, _turns(*lines))
    return [(e.criterion, e.value, e.source, e.turn or 0) for e in evidence]


CASES: list[tuple[str, tuple[Line, ...], list[Piece]]] = [
    (
        "answer to a question in the seller's own words",
        (("S", "How big is the sales team?"), ("B", "About forty.")),
        [("team_size", 40.0, "buyer", 1)],
    ),
    (
        "a bare figure nobody asked about says nothing",
        (("S", "Tell me about the business."), ("B", "About forty.")),
        [],
    ),
    (
        "a volunteered statement with the criterion's words",
        (("S", "Tell me about the business."), ("B", "We have forty reps.")),
        [("team_size", 40.0, "buyer", 1)],
    ),
    (
        "a paraphrased budget question pairs with a bare figure",
        (("S", "And roughly what would you spend per person each month?"), ("B", "Maybe twenty.")),
        [("seat_budget", 20.0, "buyer", 1)],
    ),
    (
        "a short nudge keeps the question that was asked",
        (
            ("S", "How many people sell for you?"),
            ("B", "It depends how you count."),
            ("S", "Roughly."),
            ("B", "Twenty-ish."),
        ),
        [("team_size", 20.0, "buyer", 3)],
    ),
    (
        "a summary the buyer confirms",
        (("S", "So you're about forty reps, right?"), ("B", "Yeah, that's right.")),
        [("team_size", 40.0, "confirmed", 1)],
    ),
    (
        "a play-back of several facts, confirmed",
        (
            (
                "S",
                "Let me check I've got it. Forty reps, all on Gmail, around thirty euros a seat."
                " Is that right?",
            ),
            ("B", "Yep."),
        ),
        [
            ("team_size", 40.0, "confirmed", 1),
            ("seat_budget", 30.0, "confirmed", 1),
            ("email_provider", "google", "confirmed", 1),
        ],
    ),
    (
        "a summary the buyer corrects gives the buyer's figure only",
        (("S", "So about forty reps, right?"), ("B", "No, more like twelve.")),
        [("team_size", 12.0, "buyer", 1)],
    ),
    (
        "a later correction by the same buyer replaces the earlier figure",
        (
            ("S", "How many reps?"),
            ("B", "Thirty."),
            ("S", "And email?"),
            ("B", "Gmail. Sorry, actually we're forty reps now, I forgot the new office."),
        ),
        [("team_size", 40.0, "buyer", 3), ("email_provider", "google", "buyer", 3)],
    ),
    (
        "two buyers who disagree are both kept",
        (
            ("S", "How many people sell for you?"),
            ("B1", "Twelve."),
            ("B2", "Fifteen, with the new office."),
        ),
        [("team_size", 12.0, "buyer", 1), ("team_size", 15.0, "buyer", 2)],
    ),
    (
        "an explicit don't know is kept without a value",
        (("S", "What budget per seat did you set aside?"), ("B", "I don't know, honestly.")),
        [("seat_budget", None, "buyer", 1)],
    ),
    (
        "a proposed meeting time is not an answer about the buyer",
        (("S", "How about we meet Thursday at ten with two of your reps?"), ("B", "Ten works.")),
        [],
    ),
]


@pytest.mark.parametrize(("lines", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_call_evidence(lines: tuple[Line, ...], expected: list[Piece]) -> None:
    """Each dialogue gives exactly the expected evidence: criterion, value, source, turn."""
    assert _pieces(*lines) == expected


@pytest.mark.parametrize(
    "claim",
    [
        "I bet you've got at least fifty reps by now.",
        "You're on Outlook, I'm sure, and fifty reps easily.",
        "Teams like yours spend forty euros a seat without blinking.",
    ],
    ids=["bet", "assumed", "what-others-spend"],
)
@pytest.mark.parametrize(
    "reply", ["Um.", "Well, we're growing.", "Okay."], ids=["um", "dodge", "ok"]
)
def test_a_seller_claim_without_confirmation_is_no_evidence(claim: str, reply: str) -> None:
    """A seller's claim the buyer does not confirm gives no evidence at all."""
    assert _pieces(("S", claim), ("B", reply)) == []


def test_confirmed_evidence_quotes_both_sides() -> None:
    """Confirmed evidence quotes the seller's summary and the buyer's yes."""
    evidence, _ = call_evidence(
        PLAYBOOK, _turns(("S", "So you're about forty reps, right?"), ("B", "Yeah, that's right."))
    )
    assert [e.quote for e in evidence] == [
        'Seller: "So you\'re about forty reps, right?" Buyer: "Yeah, that\'s right."'
    ]


def test_buyer_evidence_keeps_the_sentence_and_the_time() -> None:
    """Buyer evidence quotes the sentence that says it, with the turn's start time."""
    evidence, _ = call_evidence(
        PLAYBOOK,
        _turns(("S", "How big is the team?"), ("B", "Good question. We have forty reps today.")),
    )
    assert [(e.quote, e.start) for e in evidence] == [("We have forty reps today.", 10.0)]


def test_needs_come_from_the_buyer_only() -> None:
    """A need counts when the buyer voices it, not when the seller suggests it."""
    _, needs = call_evidence(
        PLAYBOOK,
        _turns(
            ("S", "I bet leads slip through the cracks all the time."),
            ("B", "Honestly, yes, leads slip through the cracks."),
        ),
    )
    assert [(n.need, n.turn) for n in needs] == [("lost_followups", 1)]


# A unit word shared by two criteria: "seller" counts sellers and prices a seat.
SHARED_UNIT = parse_playbook(
    """
offer: {name: Tally CRM, seller: Tally}
criteria:
  - id: team_size
    ask: How many people sell for you today?
    kind: number
    unit: people
    accept: {min: 2, max: 50}
    importance: must
    signals: [sellers, reps]
  - id: seat_budget
    ask: What could you spend per seller per month?
    kind: number
    unit: EUR per seller per month
    accept: {min: 15}
    importance: must
    signals: [budget]
  - id: home_office
    ask: Where do the sellers work from?
    kind: choice
    options:
      office: [office, headquarters]
      remote: [remote, from home]
    accept: [office, remote]
    importance: should
""",
    source="test_evidence_shared_unit",
)

SHARED_CASES: list[tuple[str, tuple[Line, ...], list[Piece]]] = [
    (
        "a count of sellers is the team size",
        (("S", "So twelve sellers in all, right?"), ("B", "Yes, twelve.")),
        [("team_size", 12.0, "buyer", 1), ("team_size", 12.0, "confirmed", 1)],
    ),
    (
        "money per seller is the seat budget",
        (("S", "So thirty euros per seller, is that fair?"), ("B", "Yep, that's fair.")),
        [("seat_budget", 30.0, "confirmed", 1)],
    ),
    (
        "both in one summary",
        (
            ("S", "That's €25 a seller for nine sellers, correct?"),
            ("B", "Correct."),
        ),
        [("seat_budget", 25.0, "confirmed", 1), ("team_size", 9.0, "confirmed", 1)],
    ),
    (
        "a yearly total is not a per-seller budget",
        (("S", "What could you spend per seller per month?"), ("B", "We have 20k a year for it.")),
        [],
    ),
    (
        "a declarative check naming one option, confirmed",
        (("S", "They all work from home, from what you said?"), ("B", "Yeah, all remote.")),
        [("home_office", "remote", "buyer", 1), ("home_office", "remote", "confirmed", 1)],
    ),
    (
        "an offer is not a check",
        (("S", "I can send the office pricing, if that helps?"), ("B", "Yes please.")),
        [],
    ),
]


@pytest.mark.parametrize(
    ("lines", "expected"), [c[1:] for c in SHARED_CASES], ids=[c[0] for c in SHARED_CASES]
)
def test_call_evidence_disambiguates(lines: tuple[Line, ...], expected: list[Piece]) -> None:
    """A shared unit word goes to the criterion the figure's kind fits; checks need a yes."""
    evidence, _ = call_evidence(SHARED_UNIT, _turns(*lines))
    got = [(e.criterion, e.value, e.source, e.turn or 0) for e in evidence]
    assert sorted(got, key=str) == sorted(expected, key=str)


def test_seller_you_becomes_buyer_we() -> None:
    """A confirmed "you're on Outlook" reads as the buyer's own "we're on Outlook"."""
    got = _pieces(("S", "And you're on Outlook for email, aren't you?"), ("B", "Yes we are."))
    assert ("email_provider", "microsoft", "confirmed", 1) in got


SOLAR = load_playbook(Path(__file__).resolve().parents[2] / "examples" / "playbooks" / "solar.yaml")


def test_question_opening_like_the_ask_decides_a_tie() -> None:
    """A question opening like one criterion's ask ("Do you own ...") is about that one."""
    evidence, _ = call_evidence(SOLAR, _turns(("S", "Do you own the home?"), ("B", "Yes, we do.")))
    assert [(e.criterion, e.value) for e in evidence] == [("owns_home", True)]


EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "playbooks"
CRM = load_playbook(EXAMPLES / "crm.yaml")
CONSULTING = load_playbook(EXAMPLES / "consulting.yaml")

REWORDED: list[tuple[str, Playbook, str, str, str]] = [
    (
        "idiom-final-call",
        CRM,
        "Who makes the final call on this?",
        "Our MD does.",
        "signer_involved",
    ),
    (
        "family-headache",
        CONSULTING,
        "What's the biggest headache?",
        "Our jobs fail every night.",
        "main_pain",
    ),
    (
        "family-sponsor",
        CONSULTING,
        "Who is the executive sponsor?",
        "The CFO, yes.",
        "exec_sponsor",
    ),
]


@pytest.mark.parametrize(
    ("book", "question", "answer", "criterion"),
    [c[1:] for c in REWORDED],
    ids=[c[0] for c in REWORDED],
)
def test_reworded_question_pairs_with_its_answer(
    book: Playbook, question: str, answer: str, criterion: str
) -> None:
    """A question in the seller's own words (idioms, word families) pairs with the answer."""
    evidence, _ = call_evidence(book, _turns(("S", question), ("B", answer)))
    assert criterion in {e.criterion for e in evidence}


VOLUNTEERED: list[tuple[str, str, str, str, Value | None]] = [
    (
        "requirement-counts",
        "Tell me a bit about the team.",
        "Legal told us client records must stay on our own servers, full stop.",
        "needs_on_premise",
        True,
    ),
    (
        "requirement-with-need-to",
        "What made you look at CRMs now?",
        "Whatever we pick needs to be self hosted, that's the main thing.",
        "needs_on_premise",
        True,
    ),
    (
        "servers-are-not-mail",
        "What made you look at CRMs now?",
        "Everything here has to live on our own servers.",
        "email_provider",
        None,
    ),
]


@pytest.mark.parametrize(
    ("question", "answer", "criterion", "value"),
    [c[1:] for c in VOLUNTEERED],
    ids=[c[0] for c in VOLUNTEERED],
)
def test_volunteered_requirement_is_evidence(
    question: str, answer: str, criterion: str, value: Value | None
) -> None:
    """A requirement in a criterion's own words counts unasked; a half-named option does not."""
    evidence, _ = call_evidence(CRM, _turns(("S", question), ("B", answer)))
    got = {e.criterion: e.value for e in evidence}
    assert got.get(criterion) == value, got
