"""Needs voiced by the buyer, matched by shared content words with a conservative threshold."""

from __future__ import annotations

import pytest

from fitfirst.playbook.models import Criterion, Need, Offer, Playbook
from fitfirst.understand import find_needs

PLAYBOOK = Playbook(
    offer=Offer(name="Fieldbook", seller="Example Ltd"),
    criteria=(Criterion(id="team_size", ask="How many people?", kind="number"),),
    needs=(
        Need(
            id="lost_leads",
            statement="Leads get lost between the first call and the follow-up",
            examples=("we forget to call people back", "leads slip through the cracks"),
        ),
        Need(
            id="field_visibility",
            statement="Know where field technicians are and what they did",
            examples=("no idea what the techs did all day",),
        ),
        Need(
            id="double_entry",
            statement="Stop typing the same data twice",
            examples=("we retype everything from paper forms into the computer",),
        ),
        Need(
            id="reporting",
            statement="See sales numbers without building reports by hand",
            examples=("putting the monthly report together takes days",),
        ),
    ),
)

CASES: list[tuple[str, str, list[str]]] = [
    (
        "losing-leads",
        "Honestly we keep losing leads after the first call, nobody follows up",
        ["lost_leads"],
    ),
    ("cracks", "a lot of enquiries just slip through the cracks", ["lost_leads"]),
    ("forget-callbacks", "uh, we forget to call folks back, like, all the time", ["lost_leads"]),
    (
        "techs-all-day",
        "the techs are out all day and I have no idea what they did",
        ["field_visibility"],
    ),
    ("retyping", "we're retyping everything off paper forms, it's painful", ["double_entry"]),
    (
        "typed-twice",
        "the same data gets typed twice, once on site and once in the office",
        ["double_entry"],
    ),
    ("monthly-report", "the monthly report takes me days to put together", ["reporting"]),
    (
        "two-needs",
        "Leads slip through the cracks. And the monthly report takes days.",
        ["lost_leads", "reporting"],
    ),
    ("lose-track", "We lose track of enquiries constantly.", ["lost_leads"]),
    ("friday-report", "I spend every Friday building the sales report by hand.", ["reporting"]),
    ("weather", "the weather has been nice this week", []),
    ("promise-to-call-back", "I'll call you back tomorrow about the numbers.", []),
    ("same-data-checked", "The data is the same in both places, we checked.", []),
    ("first-call-fine", "The first call went well.", []),
    ("reports-fine", "Our reports are fine, we have a dashboard.", []),
    ("question", "Where are your technicians based?", []),
    ("denied", "leads aren't a problem for us, we follow up fine", []),
    ("works-well", "our follow-up on leads works well", []),
    ("one-shared-word", "I took a call from a lead yesterday", []),
    ("generic-words", "we need something better for the team, it's hard", []),
    ("seller-pitch-words-only", "data", []),
    ("empty", "", []),
]


@pytest.mark.parametrize(("text", "needs"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_find_needs(text: str, needs: list[str]) -> None:
    """Exactly these needs are voiced, in playbook order."""
    assert find_needs(PLAYBOOK, text) == needs


def test_playbook_without_needs() -> None:
    """A playbook with no needs never reports one."""
    bare = Playbook(offer=PLAYBOOK.offer, criteria=PLAYBOOK.criteria)
    assert find_needs(bare, "leads slip through the cracks") == []
