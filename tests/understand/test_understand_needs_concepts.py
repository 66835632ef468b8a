"""Needs said in other words: concept phrases, irregular forms and actions left undone."""

from __future__ import annotations

import pytest

from fitfirst.playbook.models import Criterion, Need, Offer, Playbook
from fitfirst.understand import find_needs

PLAYBOOK = Playbook(
    offer=Offer(name="Callbook", seller="Example Ltd"),
    criteria=(Criterion(id="team_size", ask="How many people?", kind="number"),),
    needs=(
        Need(
            id="missed_callbacks",
            statement="Enquiries go unanswered because call-backs are forgotten.",
            examples=("we forget to ring customers back",),
        ),
        Need(
            id="no_forecast",
            statement="Nobody can see the sales pipeline or forecast the quarter.",
            examples=(
                "I have no idea what will close this month",
                "I chase everyone for numbers every Monday",
            ),
        ),
        Need(
            id="rising_costs",
            statement="Fuel costs keep going up and the budget cannot absorb it.",
            examples=("our fuel bill went up again",),
        ),
        Need(
            id="greener",
            statement="The company wants a smaller carbon footprint.",
            examples=("we want to do our part for the planet",),
        ),
    ),
)

CASES: list[tuple[str, str, list[str]]] = [
    ("never-a-callback", "half our enquiries never get a call back", ["missed_callbacks"]),
    (
        "nobody-follows-up",
        "nobody follows up on the enquiries from the website",
        ["missed_callbacks"],
    ),
    ("forecast-guess", "honestly the pipeline is a guess", ["no_forecast"]),
    (
        "dont-know-quarter",
        "I genuinely don't know what will close this quarter",
        ["no_forecast"],
    ),
    ("costs-rising", "fuel keeps going up, every single week", ["rising_costs"]),
    ("irregular-went", "the fuel bill rose again in March", ["rising_costs"]),
    ("do-something-green", "the board wants to do something for the environment", ["greener"]),
]


@pytest.mark.parametrize(("text", "needs"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_paraphrase_voices_the_need(text: str, needs: list[str]) -> None:
    """A paraphrase that shares concepts, not words, still voices the need."""
    assert find_needs(PLAYBOOK, text) == needs


NOT_NEEDS: list[tuple[str, str]] = [
    ("callbacks-done", "we call back every enquiry within the hour"),
    ("promise-to-call", "I'll get back to you on that"),
    ("price-up-elsewhere", "house prices went up a lot around here"),
    ("single-concept", "the planet is big"),
    ("denied", "forecasting the quarter is not a problem for us"),
    ("time-words-only", "Monday is our busiest day, everyone is on the phones"),
    ("one-word-and-a-month", "we close maybe forty deals a month"),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_NEEDS], ids=[c[0] for c in NOT_NEEDS])
def test_concepts_keep_precision(text: str) -> None:
    """One shared concept, a done action or a denial voices no need."""
    assert find_needs(PLAYBOOK, text) == []
