"""Checks ("..., right?") read as the statement they put, in one place for buyer and seller."""

from __future__ import annotations

import pytest

from fitfirst.playbook.models import Criterion, Offer, Playbook
from fitfirst.understand import find_statements
from fitfirst.understand.text import has_check_tag, strip_check

CHECKS: list[tuple[str, str, str | None]] = [
    ("tag-right", "So forty drivers, right?", "So forty drivers."),
    (
        "tag-is-that-fair",
        "Fifty a seat is the ceiling, is that fair?",
        "Fifty a seat is the ceiling.",
    ),
    ("tag-negative", "You're on Outlook, aren't you?", "You're on Outlook."),
    (
        "declarative",
        "It's the semi on the corner, from the photos?",
        "It's the semi on the corner, from the photos.",
    ),
    ("tag-alone", "Is that right?", ""),
    ("real-question", "How many drivers do you have?", None),
    ("aux-question", "Do you own the building?", None),
    ("offer", "I can send the brochure, if that helps?", None),
    ("echo", "Forty?", None),
    ("no-question", "We have forty drivers.", None),
]


@pytest.mark.parametrize(
    ("sentence", "statement"), [c[1:] for c in CHECKS], ids=[c[0] for c in CHECKS]
)
def test_strip_check(sentence: str, statement: str | None) -> None:
    """A check gives the statement it puts; a real question, offer or echo gives None."""
    assert strip_check(sentence) == statement


@pytest.mark.parametrize(
    ("sentence", "tagged"),
    [("So forty drivers, right?", True), ("It's a semi, from the photos?", False)],
    ids=["tagged", "declarative"],
)
def test_has_check_tag(sentence: str, tagged: bool) -> None:
    """Only a trailing tag counts as a tag; a declarative question has none."""
    assert has_check_tag(sentence) is tagged


PLAYBOOK = Playbook(
    offer=Offer(name="Fleetbook", seller="Example Ltd"),
    criteria=(
        Criterion(
            id="drivers",
            ask="How many drivers do you have?",
            kind="number",
            unit="drivers",
            signals=("drivers", "fleet"),
        ),
        Criterion(
            id="fuel_bill",
            ask="What is the fuel bill per month?",
            kind="number",
            unit="EUR per month",
            signals=("fuel", "diesel"),
        ),
    ),
)

STATEMENTS: list[tuple[str, str, str, float]] = [
    ("buyer-tag", "We're at about thirty drivers now, right?", "drivers", 30),
    ("buyer-tag-no-question", "Thirty drivers, give or take, isn't it?", "drivers", 30),
    ("paid-per-period", "We're paying about four thousand a month at the pump.", "fuel_bill", 4000),
    (
        "total-of-counts",
        "Nine drivers in town and six long-haul, fifteen drivers in all.",
        "drivers",
        15,
    ),
]


@pytest.mark.parametrize(
    ("text", "criterion", "value"), [c[1:] for c in STATEMENTS], ids=[c[0] for c in STATEMENTS]
)
def test_statement_found(text: str, criterion: str, value: float) -> None:
    """A checked statement, or money paid per the unit's period, is found in passing."""
    found = {f.criterion: f.understood.value for f in find_statements(PLAYBOOK, text)}
    assert found.get(criterion) == value


NOTHING: list[tuple[str, str]] = [
    ("real-question", "How many drivers do you have?"),
    ("paid-by-someone-else", "My brother pays about four thousand a month."),
    ("paid-hypothetical", "If we paid four thousand a month, fine."),
    ("paid-other-period", "We pay about four thousand a week for the rental yard."),
    ("whole-company-count", "We're a haulier of about sixty staff."),
]


@pytest.mark.parametrize("text", [c[1] for c in NOTHING], ids=[c[0] for c in NOTHING])
def test_no_statement(text: str) -> None:
    """Questions, other people's costs, hypotheticals, other periods and headcounts say nothing."""
    assert find_statements(PLAYBOOK, text) == []
