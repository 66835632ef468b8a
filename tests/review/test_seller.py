"""Seller detection: who sells on a call, how that was decided, and the --seller override."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from fitfirst.errors import UsageError
from fitfirst.playbook import load_playbook
from fitfirst.playbook.models import Criterion, Offer, Playbook
from fitfirst.review.seller import assign_roles, detect_seller
from fitfirst.transcripts import read_transcript
from fitfirst.transcripts.model import Transcript, Turn

ACME = Playbook(
    offer=Offer(name="Acme CRM", seller="Acme Inc."),
    criteria=(Criterion(id="team_size", ask="How many people sell?", kind="number"),),
)


def call(*lines: str) -> Transcript:
    """A call from "Speaker: words" lines, without timestamps."""
    turns = []
    for line in lines:
        speaker, text = line.split(": ", 1)
        turns.append(Turn(speaker, text))
    return Transcript(tuple(turns), format="test", source="test-call")


CASES = [
    pytest.param(
        call(
            "Dana: Hi Lee, this is Dana from Acme. Good to meet you.",
            "Lee: Hi Dana. I run sales operations here.",
            "Dana: Great. How do you track your deals at the moment?",
            "Lee: Mostly in spreadsheets, honestly.",
        ),
        ACME,
        ("Dana",),
        "Dana introduced themselves as from Acme Inc.",
        id="this-is-name-from-company",
    ),
    pytest.param(
        call(
            "Lee: Hello? Can you hear me?",
            "Dana: Yes, loud and clear. I'm with Acme, I look after teams in your region.",
            "Lee: Great, I've got about twenty minutes.",
        ),
        ACME,
        ("Dana",),
        "Dana introduced themselves as from Acme Inc.",
        id="im-with-company-buyer-opens",
    ),
    pytest.param(
        call(
            "Lee: Thanks for setting this up.",
            "Sam: Of course. I'm Sam, I lead the onboarding team for Acme CRM.",
            "Lee: Nice to meet you, Sam.",
        ),
        ACME,
        ("Sam",),
        "Sam introduced themselves as from Acme Inc.",
        id="offer-name-in-introduction",
    ),
    pytest.param(
        call(
            "Lee: We're looking at Acme and two other vendors this quarter.",
            "Dana: Thanks for taking the time. What I'd like to do today is hear how you work.",
            "Lee: Sure.",
            "Dana: How many people are on the team? What does a normal week look like?",
            "Lee: About forty. Does your product integrate with our email?",
            "Dana: It does; our customers usually connect it on day one.",
        ),
        ACME,
        ("Dana",),
        "No one introduced themselves as from Acme Inc.; Dana talked like the seller",
        id="buyer-names-company-without-being-from-it",
    ),
    pytest.param(
        call(
            "Dana: Thanks for taking the time today, Lee.",
            "Lee: No problem.",
            "Dana: What I'd like to do today is hear how you work. What made you look now?",
            "Lee: Our spreadsheets fell apart when we hired.",
            "Dana: How many people will use it? Who else decides?",
            "Lee: Twelve, and my boss signs off.",
        ),
        None,
        ("Dana",),
        "Dana talked like the seller: thanked the others for their time, set the agenda",
        id="talking-style-without-playbook",
    ),
    pytest.param(
        call(
            "Lee: Okay, so how much does your product cost for a team of ten?",
            "Dana: Our pricing starts at thirty dollars per user. Can I ask what you use today?",
            "Lee: A shared inbox and a spreadsheet.",
            "Dana: And what would change if that worked better?",
        ),
        None,
        ("Dana",),
        "Dana talked like the seller: talked about pricing",
        id="buyer-asks-about-your-product",
    ),
    pytest.param(
        call(
            "Dana (Acme): Morning! Shall we start?",
            "Lee Park: Yes please.",
        ),
        ACME,
        ("Dana (Acme)",),
        "the speaker label 'Dana (Acme)' names",
        id="speaker-label-names-company",
    ),
]


@pytest.mark.parametrize(("transcript", "playbook", "sellers", "method"), CASES)
def test_seller_is_found_with_a_reason(
    transcript: Transcript, playbook: Playbook | None, sellers: tuple[str, ...], method: str
) -> None:
    """Each call's seller side and the reason given, in words."""
    decision = detect_seller(transcript, playbook=playbook)
    assert decision.speakers == sellers
    assert method in decision.method


def test_introduction_with_company_is_confident() -> None:
    """A self-introduction with the playbook's company beats talking style, with high confidence."""
    decision = detect_seller(CASES[0].values[0], playbook=ACME)  # type: ignore[arg-type]
    assert decision.confidence >= 0.9


SEVERAL_PER_SIDE = [
    pytest.param(
        call(
            "Dana: Hi both, this is Dana from Acme, and I've got my colleague Sam with me.",
            "Sam: Hello everyone.",
            "Lee: Hi. I brought Kim from our finance team.",
            "Kim: Hi, I mostly care about the cost.",
            "Dana: Makes sense. What would you like to get out of today?",
            "Sam: And which tools do you need it to connect to?",
        ),
        ACME,
        ("Dana", "Sam"),
        ("Lee", "Kim"),
        id="seller-introduces-colleague",
    ),
    pytest.param(
        call(
            "Dana: Hi, I'm Dana from Acme.",
            "Priya: And I'm Priya, also with Acme, on the solutions side.",
            "Lee: Great, thanks both. This is my manager Jo.",
            "Jo: Hello.",
        ),
        ACME,
        ("Dana", "Priya"),
        ("Lee", "Jo"),
        id="both-introduce-themselves-with-company",
    ),
    pytest.param(
        call(
            "Dana: Thanks for taking the time. What I'd like to do today is learn about your team.",
            "Lee: Sure. We have forty reps and a messy pipeline.",
            "Sam: Our platform handles that; we offer a pipeline view that our customers like.",
            "Lee: Does it work with Outlook?",
            "Sam: Yes. Our product syncs both ways.",
            "Dana: What else should we know about how you work?",
        ),
        None,
        ("Dana", "Sam"),
        ("Lee",),
        id="colleague-talks-about-offer-as-theirs",
    ),
]


@pytest.mark.parametrize(("transcript", "playbook", "sellers", "buyers"), SEVERAL_PER_SIDE)
def test_several_people_per_side(
    transcript: Transcript,
    playbook: Playbook | None,
    sellers: tuple[str, ...],
    buyers: tuple[str, ...],
) -> None:
    """Colleagues join their side; everyone not on the seller side is the buyer side."""
    decision = detect_seller(transcript, playbook=playbook)
    assert decision.speakers == sellers
    assert decision.buyers == buyers


OVERRIDE = call("Dana: Hello.", "Lee Park: Hi.", "Sam: Hi all.")


@pytest.mark.parametrize(
    ("value", "sellers"),
    [
        pytest.param("lee park", ("Lee Park",), id="case-insensitive"),
        pytest.param("LEE PARK", ("Lee Park",), id="upper-case"),
        pytest.param("Dana, sam", ("Dana", "Sam"), id="comma-separated"),
    ],
)
def test_override_names_the_seller(value: str, sellers: tuple[str, ...]) -> None:
    """`seller=` picks the seller side by speaker name, ignoring case, with confidence 1."""
    decision = detect_seller(OVERRIDE, seller=value)
    assert decision.speakers == sellers
    assert decision.confidence == 1.0
    assert decision.method.startswith("Set by hand")


def test_override_with_unknown_speaker_suggests_names() -> None:
    """An unknown --seller is a usage error that says did-you-mean and lists the speakers."""
    with pytest.raises(UsageError) as caught:
        detect_seller(OVERRIDE, seller="Dna")
    message = str(caught.value)
    assert "Did you mean 'Dana'?" in message
    assert "'Dana', 'Lee Park', 'Sam'" in message


def test_only_speaker_is_seller_with_low_confidence() -> None:
    """A one-speaker call has that speaker as seller, flagged as unsure."""
    decision = detect_seller(call("Dana: Just me talking to voicemail."))
    assert decision.speakers == ("Dana",)
    assert decision.confidence < 0.5


def test_empty_call_has_no_seller() -> None:
    """A call with no turns has no seller and no buyers."""
    decision = detect_seller(Transcript((), format="test"))
    assert decision.speakers == ()
    assert decision.buyers == ()


def test_roles_follow_the_decision() -> None:
    """Each turn gets the side of its speaker and keeps its index, text and times."""
    transcript = Transcript(
        (Turn("Dana", "Hi, this is Dana from Acme.", 0.0, 2.0), Turn("Lee", "Hi.", 2.5, 3.0)),
        format="test",
    )
    turns = assign_roles(transcript, detect_seller(transcript, playbook=ACME))
    assert [(t.index, t.speaker, t.role, t.start, t.end) for t in turns] == [
        (0, "Dana", "seller", 0.0, 2.0),
        (1, "Lee", "buyer", 2.5, 3.0),
    ]


ROOT = Path(__file__).resolve().parents[2]
EXPECTED = ROOT / "corpus" / "calls" / "expected.yaml"


def corpus_calls() -> list[Any]:
    """The hand-written calls of corpus/calls/ with the seller side a person wrote down."""
    if not EXPECTED.exists():
        return []
    entries = yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))["calls"]
    return [
        pytest.param(e["file"], e["playbook"], tuple(e["seller"]), id=e["file"]) for e in entries
    ]


@pytest.mark.skipif(not EXPECTED.exists(), reason="corpus/calls/expected.yaml is not there")
@pytest.mark.parametrize("use_playbook", [True, False], ids=["playbook", "no-playbook"])
@pytest.mark.parametrize(("file", "playbook", "sellers"), corpus_calls())
def test_corpus_calls_find_the_labelled_seller(
    file: str, playbook: str, sellers: tuple[str, ...], use_playbook: bool
) -> None:
    """On every labelled corpus call the seller side is the one a person wrote down."""
    transcript = read_transcript(ROOT / "corpus" / "calls" / file)
    book = load_playbook(ROOT / "examples" / "playbooks" / f"{playbook}.yaml")
    decision = detect_seller(transcript, playbook=book if use_playbook else None)
    assert set(decision.speakers) == set(sellers), decision.method
