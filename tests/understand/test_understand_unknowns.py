"""Answers that are not values: don't know, skip, unclear, and text criteria."""

from __future__ import annotations

import pytest

from fitfirst.playbook.models import Criterion
from fitfirst.understand import understand_answer

TEAM = Criterion(
    id="team_size", ask="How many people are on your team?", kind="number", unit="people"
)
OFFLINE = Criterion(
    id="needs_offline",
    ask="Do your people need to work without an internet connection?",
    kind="yes_no",
)
CRM = Criterion(
    id="crm_today",
    ask="What do you use to track customers?",
    kind="choice",
    options={"spreadsheet": ("excel",), "dedicated_crm": ("salesforce",)},
)
NOTES = Criterion(id="context", ask="Anything else we should know?", kind="text")
ALL = (TEAM, OFFLINE, CRM, NOTES)

DONT_KNOW = [
    ("i-dont-know", "I don't know"),
    ("not-sure", "not sure"),
    ("no-idea", "no idea"),
    ("no-clue", "no clue, sorry"),
    ("have-to-check", "I'd have to check"),
    ("ask-later", "ask me later"),
    ("hard-to-say", "hard to say"),
    ("dunno", "dunno"),
    ("honestly-not-sure", "I'm not sure, honestly"),
    ("top-of-head", "um, I don't know off the top of my head"),
    ("check-with", "I would need to check with finance"),
    ("curly-apostrophe", "I don’t know"),
    ("get-back", "let me get back to you on that"),
]
SKIP = [
    ("skip", "skip"),
    ("pass", "pass"),
    ("next", "next"),
    ("rather-not-say", "rather not say"),
    ("prefer-not", "prefer not to say"),
    ("id-rather-not", "I'd rather not say, if that's ok"),
    ("can-we-skip", "can we skip this one?"),
    ("next-question", "next question please"),
    ("no-comment", "no comment"),
]


@pytest.mark.parametrize("crit", ALL, ids=[c.kind for c in ALL])
@pytest.mark.parametrize("text", [c[1] for c in DONT_KNOW], ids=[c[0] for c in DONT_KNOW])
def test_dont_know(crit: Criterion, text: str) -> None:
    """Saying you do not know is an explicit unknown, for every kind of question."""
    got = understand_answer(crit, text)
    assert (got.reading, got.value) == ("dont_know", None), got


@pytest.mark.parametrize("crit", ALL, ids=[c.kind for c in ALL])
@pytest.mark.parametrize("text", [c[1] for c in SKIP], ids=[c[0] for c in SKIP])
def test_skip(crit: Criterion, text: str) -> None:
    """Declining to answer is a skip, for every kind of question."""
    got = understand_answer(crit, text)
    assert (got.reading, got.value) == ("skip", None), got


UNCLEAR = [
    ("empty", ""),
    ("blank", "   \n"),
    ("dots", "..."),
    ("hum", "hmm"),
    ("keyboard", "asdf"),
    ("fruit", "banana"),
]


@pytest.mark.parametrize("crit", (TEAM, OFFLINE, CRM), ids=["number", "yes_no", "choice"])
@pytest.mark.parametrize("text", [c[1] for c in UNCLEAR], ids=[c[0] for c in UNCLEAR])
def test_unclear(crit: Criterion, text: str) -> None:
    """Nothing usable is unclear, with an explanation that can be shown."""
    got = understand_answer(crit, text)
    assert (got.reading, got.value) == ("unclear", None), got
    assert len(got.explanation) > 20


@pytest.mark.parametrize(
    ("crit", "text", "value"),
    [
        (TEAM, "not sure, maybe 40", 40.0),
        (OFFLINE, "not sure, probably not", False),
        (CRM, "no idea, excel I guess", "spreadsheet"),
    ],
    ids=["number", "yes_no", "choice"],
)
def test_doubt_beside_a_value_keeps_the_value_less_sure(
    crit: Criterion, text: str, value: object
) -> None:
    """ "Not sure, maybe 40" is 40 with low confidence, not a don't-know."""
    got = understand_answer(crit, text)
    assert (got.reading, got.value) == ("value", value), got
    assert got.confidence < 0.7


@pytest.mark.parametrize(
    "text",
    ["We run three shifts and the night crew is new.", "no", "banana"],
    ids=["sentence", "one-word", "odd-word"],
)
def test_text_criterion_keeps_the_words(text: str) -> None:
    """A text criterion takes any non-empty answer as said."""
    got = understand_answer(NOTES, text)
    assert (got.reading, got.value) == ("value", text)


def test_text_criterion_empty_is_unclear() -> None:
    """An empty answer to a text criterion is unclear."""
    assert understand_answer(NOTES, "  ").reading == "unclear"


def test_skip_word_inside_a_sentence_is_not_a_skip() -> None:
    """ "pass" inside an answer is not a request to skip."""
    got = understand_answer(OFFLINE, "yes, they need to pass inspections offline")
    assert got.reading == "value"


def test_dont_know_words_inside_an_answer_do_not_count() -> None:
    """ "who knows" inside a sentence is not a don't-know, and the value keeps its confidence."""
    got = understand_answer(CRM, "we have a guy who knows excel")
    assert (got.reading, got.value) == ("value", "spreadsheet")
    assert got.confidence >= 0.9
