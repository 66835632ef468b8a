"""Choice answers: option names and synonyms, said loosely, denied, or several at once."""

from __future__ import annotations

import pytest

from fitfirst.playbook.models import Criterion
from fitfirst.understand import understand_answer

CRM = Criterion(
    id="crm_today",
    ask="What do you use to keep track of customers today?",
    kind="choice",
    options={
        "spreadsheet": ("excel", "google sheets", "spreadsheets"),
        "dedicated_crm": ("salesforce", "hubspot", "pipedrive", "a crm"),
        "paper": ("pen and paper", "notebook", "whiteboard"),
        "none": (),
    },
)
FLEET = Criterion(
    id="vehicle_type",
    ask="What do your crews mostly drive?",
    kind="choice",
    options={
        "van": ("vans", "sprinter", "transit"),
        "truck": ("pickup", "pick-up truck"),
        "car": (),
    },
)

CASES: list[tuple[str, Criterion, str, str]] = [
    ("synonym", CRM, "excel", "spreadsheet"),
    ("synonym-capital-dot", CRM, "Excel.", "spreadsheet"),
    ("synonym-shouted", CRM, "EXCEL", "spreadsheet"),
    ("option-id", CRM, "spreadsheet", "spreadsheet"),
    ("option-id-with-space", CRM, "a dedicated CRM", "dedicated_crm"),
    ("plural", CRM, "spreadsheets", "spreadsheet"),
    ("singular-of-plural-synonym", CRM, "a spreadsheet, basically", "spreadsheet"),
    ("two-word-synonym", CRM, "google sheets", "spreadsheet"),
    ("two-word-singular", CRM, "Google Sheet", "spreadsheet"),
    ("partial-two-word", CRM, "sheets mostly", "spreadsheet"),
    ("filler-partial", CRM, "um, just a bunch of sheets honestly", "spreadsheet"),
    ("denied-then-named", CRM, "we don't use salesforce, just excel", "spreadsheet"),
    ("nothing-really", CRM, "nothing really", "none"),
    ("nothing", CRM, "Nothing.", "none"),
    ("dont-have-one", CRM, "we don't have one", "none"),
    ("typo", CRM, "salesforse", "dedicated_crm"),
    ("typo-double-letter", CRM, "we use excell", "spreadsheet"),
    ("split-name", CRM, "Hub Spot", "dedicated_crm"),
    ("name-and-generic-word", CRM, "HubSpot CRM", "dedicated_crm"),
    ("on-a-product", CRM, "we're on pipedrive", "dedicated_crm"),
    ("two-named-first-wins", CRM, "we use hubspot and excel", "dedicated_crm"),
    ("mostly-wins", CRM, "mostly excel but some hubspot", "spreadsheet"),
    ("now-wins", CRM, "we used to use salesforce but now it's all spreadsheets", "spreadsheet"),
    ("switched-from-to", CRM, "we switched from excel to hubspot", "dedicated_crm"),
    ("hedged", CRM, "salesforce, I think", "dedicated_crm"),
    ("same-option-twice", CRM, "pipedrive or hubspot, can't remember which", "dedicated_crm"),
    ("multiword-synonym", CRM, "honestly it's pen and paper", "paper"),
    ("one-word-synonym", CRM, "a notebook, mostly", "paper"),
    ("instead-of", CRM, "a whiteboard instead of a crm", "paper"),
    ("other-criterion-plural", FLEET, "Sprinters, mostly", "van"),
    ("other-criterion-hyphen", FLEET, "pick-up trucks", "truck"),
    ("other-criterion-id", FLEET, "just cars", "car"),
]


@pytest.mark.parametrize(
    ("crit", "text", "option"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_choice_phrasing(crit: Criterion, text: str, option: str) -> None:
    """Each phrasing reads as the option the buyer uses."""
    got = understand_answer(crit, text)
    assert (got.reading, got.value) == ("value", option), got


UNCLEAR: list[tuple[str, str]] = [
    ("fruit", "banana"),
    ("only-denied", "not excel"),
    ("only-planned", "we're looking at hubspot"),
    ("only-past", "we used to be on salesforce"),
    ("unknown-product", "we use zoho"),
    ("short-typo-not-guessed", "exl"),
]


@pytest.mark.parametrize("text", [c[1] for c in UNCLEAR], ids=[c[0] for c in UNCLEAR])
def test_choice_unclear(text: str) -> None:
    """No current, recognisable option: unclear, never a guess."""
    got = understand_answer(CRM, text)
    assert got.reading == "unclear", got
    assert "dedicated_crm" in got.explanation


def test_choice_explanation_shows_words_and_option() -> None:
    """The explanation shows what was said and the option it became."""
    assert understand_answer(CRM, "Excel").explanation == "Excel -> spreadsheet"


@pytest.mark.parametrize(
    ("plain", "weaker"),
    [
        ("excel", "sheets"),
        ("excel", "excell"),
        ("excel", "we use hubspot and excel"),
        ("hubspot", "hubspot I think"),
    ],
    ids=["partial", "typo", "several", "hedged"],
)
def test_looser_matches_are_less_sure(plain: str, weaker: str) -> None:
    """Partial names, typos, several options and hedges lower confidence."""
    assert understand_answer(CRM, weaker).confidence < understand_answer(CRM, plain).confidence


def test_nothing_without_a_none_option_is_unclear() -> None:
    """ "nothing" only maps to an option that stands for nothing."""
    assert understand_answer(FLEET, "nothing really").reading == "unclear"
