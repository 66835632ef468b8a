"""Choices in context: everyday words that are also names, denials after a name, place names."""

from __future__ import annotations

import pytest

from fitfirst.playbook.models import Criterion, Offer, Playbook
from fitfirst.understand import find_statements, understand_answer

TRACKER = Criterion(
    id="task_tool",
    ask="Where do you keep track of jobs today?",
    kind="choice",
    options={
        "board": ("trello", "monday", "asana"),
        "sheet": ("excel", "google sheets", "numbers"),
        "notes": ("notion", "onenote"),
        "none": ("nothing", "memory"),
    },
    signals=("track", "jobs", "board"),
)
DWELLING = Criterion(
    id="dwelling",
    ask="What kind of home do you live in?",
    kind="choice",
    options={
        "house": ("detached", "bungalow"),
        "terrace": ("terraced", "end of terrace"),
        "flat": ("flat", "apartment", "maisonette"),
    },
    signals=("house", "home", "roof"),
)
REGION = Criterion(
    id="region",
    ask="Which county is the warehouse in?",
    kind="choice",
    options={
        "north": ("north county", "fort marlow", "saint albury", "ridgeway"),
        "south": ("south county", "mount kell", "lowbridge"),
    },
)

CASES: list[tuple[str, Criterion, str, str]] = [
    ("weekday-as-tool", TRACKER, "we run everything in Monday", "board"),
    ("weekday-named-alone", TRACKER, "Monday, mostly", "board"),
    ("weekday-after-be", TRACKER, "we're on Monday these days", "board"),
    ("weekday-not-tool", TRACKER, "I check Excel on Monday mornings", "sheet"),
    ("common-word-capitalised", TRACKER, "the office uses Numbers", "sheet"),
    ("common-word-lowercase-after-use", TRACKER, "we use notion for it", "notes"),
    ("denied-after-name", TRACKER, "we pay for Asana but nobody uses it, so really Excel", "sheet"),
    ("dust-after-name", TRACKER, "Trello is gathering dust; it's all in google sheets", "sheet"),
    ("modifier-not-option", DWELLING, "a terraced place with a flat roof at the back", "terrace"),
    ("bare-word-is-option", DWELLING, "a flat above the bakery", "flat"),
    ("place-abbreviated", REGION, "out in Ft. Marlow", "north"),
    ("place-saint", REGION, "St Albury, by the ring road", "north"),
    ("place-mount", REGION, "Mt. Kell", "south"),
    ("place-typo", REGION, "Lowbrige", "south"),
]


@pytest.mark.parametrize(
    ("crit", "text", "option"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_choice_in_context(crit: Criterion, text: str, option: str) -> None:
    """The option is the one the words name as a thing, not as an everyday word."""
    got = understand_answer(crit, text)
    assert (got.reading, got.value) == ("value", option), got


UNCLEAR: list[tuple[str, Criterion, str]] = [
    ("weekday-with-time", TRACKER, "we meet on Monday mornings to go through it"),
    ("weekday-plural", TRACKER, "Mondays are chaos"),
    ("weekday-every", TRACKER, "I ring everyone every Monday"),
    ("weekday-date", TRACKER, "I'll send it over on Monday"),
    ("common-word-plain", TRACKER, "the numbers never add up"),
    ("only-denied-after", TRACKER, "we bought Trello licences but nobody touches them"),
    ("modifier-only", DWELLING, "it's got a flat extension roof"),
    ("unknown-place", REGION, "Port Desmond"),
]


@pytest.mark.parametrize(("crit", "text"), [c[1:] for c in UNCLEAR], ids=[c[0] for c in UNCLEAR])
def test_everyday_words_name_no_option(crit: Criterion, text: str) -> None:
    """Days, adjectives, unused tools and unknown places do not become an option."""
    assert understand_answer(crit, text).reading == "unclear"


PLAYBOOK = Playbook(offer=Offer(name="Jobsheet", seller="Example Ltd"), criteria=(TRACKER,))


def test_weekday_in_a_statement_is_not_a_tool() -> None:
    """ "I ask on Monday mornings" in passing says nothing about the tool used."""
    assert find_statements(PLAYBOOK, "I ask the team on Monday mornings where jobs are.") == []


def test_named_multiword_option_marks_itself() -> None:
    """A volunteered name of two content words counts without a signal for described options."""
    pains = Criterion(
        id="pain",
        ask="What hurts most?",
        kind="choice",
        options={
            "late_data": ("loads fail", "the overnight load breaks", "data arrives late"),
            "slow": ("queries crawl", "reports take hours to run"),
        },
    )
    book = Playbook(offer=Offer(name="X", seller="Y"), criteria=(pains,))
    found = find_statements(book, "Our overnight loads fail twice a week.")
    assert [(f.criterion, f.understood.value) for f in found] == [("pain", "late_data")]


PAIN = Criterion(
    id="pain",
    ask="What slows the warehouse down most?",
    kind="choice",
    options={
        "picking": ("pickers walk too far", "orders are picked late"),
        "stock": ("stock counts are wrong", "we run out of stock"),
    },
)

PARAPHRASES: list[tuple[str, str, str | None]] = [
    ("picked-late", "honestly half the orders get picked late", "picking"),
    ("counts-wrong", "our counts of stock are always wrong", "stock"),
    ("one-word-only", "stock", "stock"),
    ("nothing-shared", "the forklifts are old", None),
]


@pytest.mark.parametrize(
    ("text", "option"), [c[1:] for c in PARAPHRASES], ids=[c[0] for c in PARAPHRASES]
)
def test_descriptive_option_in_other_words(text: str, option: str | None) -> None:
    """An option described by a phrase is found when the answer paraphrases that phrase."""
    got = understand_answer(PAIN, text)
    assert got.value == option, got


def test_paraphrased_option_in_passing() -> None:
    """A volunteered paraphrase of a descriptive option counts, at a modest confidence."""
    book = Playbook(offer=Offer(name="X", seller="Y"), criteria=(PAIN,))
    found = find_statements(book, "Most days the orders are picked too late.")
    assert [(f.criterion, f.understood.value) for f in found] == [("pain", "picking")]
    assert found[0].understood.confidence <= 0.8


def test_denied_paraphrase_in_passing_is_no_finding() -> None:
    """A paraphrase that denies the problem says nothing about the option."""
    book = Playbook(offer=Offer(name="X", seller="Y"), criteria=(PAIN,))
    assert find_statements(book, "Pickers walking too far is not a problem here.") == []


SUN = Criterion(
    id="sun",
    ask="How much sun does the yard get?",
    kind="choice",
    options={
        "sunny": ("full sun", "sunny all day"),
        "mixed": ("some shade", "a tree or two"),
        "shady": ("heavy shade", "east facing"),
    },
    signals=("shade", "trees", "sun"),
)

LOOSE: list[tuple[str, Criterion, str, str | None]] = [
    ("no-then-partial-word", SUN, "Not really, the hedge is on the east side.", None),
    ("stopword-is-no-name", SUN, "I'm not sure. There are some bushes.", None),
    ("most-of-it-wins", TRACKER, "a bit in Trello, most of it in google sheets", "sheet"),
]


@pytest.mark.parametrize(
    ("crit", "text", "option"), [c[1:] for c in LOOSE], ids=[c[0] for c in LOOSE]
)
def test_loose_words_do_not_pick_an_option(crit: Criterion, text: str, option: str | None) -> None:
    """A no before a partial name, or a stopword of a name, picks nothing; "most of it" wins."""
    assert understand_answer(crit, text).value == option


def test_unreadable_answer_is_not_overridden_by_a_weak_sentence() -> None:
    """When the answer to the question put is unclear, a weak partial sentence does not count."""
    book = Playbook(offer=Offer(name="X", seller="Y"), criteria=(SUN,))
    found = find_statements(book, "Not really, the trees are on the east side.", asked="sun")
    assert found == []


def test_short_names_need_a_signal_in_passing() -> None:
    """Options that are names, not descriptions, still need a signal or a usage word."""
    pay = Criterion(
        id="pay",
        ask="How would you pay?",
        kind="choice",
        options={"loan": ("monthly payments", "finance"), "cash": ("cash", "savings")},
    )
    book = Playbook(offer=Offer(name="X", seller="Y"), criteria=(pay,))
    assert find_statements(book, "We make monthly payments on the car already.") == []


def test_word_inside_another_criterions_name_is_not_an_option() -> None:
    """ "google" inside "google sheets" is the spreadsheet, not the email provider."""
    mail = Criterion(
        id="mail",
        ask="Which email do you use?",
        kind="choice",
        options={"google": ("gmail",), "microsoft": ("outlook",)},
        signals=("email",),
    )
    book = Playbook(offer=Offer(name="X", seller="Y"), criteria=(mail, TRACKER))
    found = find_statements(book, "We keep every job in google sheets right now.")
    assert [(f.criterion, f.understood.value) for f in found] == [("task_tool", "sheet")]
