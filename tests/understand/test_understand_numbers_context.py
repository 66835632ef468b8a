"""Numbers read in context: spoken prices, calendar years, ceilings, totals, groups and parts."""

from __future__ import annotations

import pytest

from fitfirst.fit.evidence import NumberSpan
from fitfirst.playbook.models import Criterion, Offer, Playbook
from fitfirst.understand import find_statements, understand_answer

STAFF = Criterion(
    id="staff",
    ask="How many people would use it day to day?",
    kind="number",
    unit="people",
    signals=("users", "staff"),
)
HEATING = Criterion(
    id="heating_bill",
    ask="Roughly what is the heating bill in a normal month?",
    kind="number",
    unit="USD per month",
    signals=("bill", "heating"),
)
BOILER_AGE = Criterion(
    id="boiler_age",
    ask="How old is the boiler?",
    kind="number",
    unit="years",
    signals=("boiler", "installed"),
)
LICENCE_BUDGET = Criterion(
    id="licence_budget",
    ask="What could you spend per user per month on a tool like this?",
    kind="number",
    unit="GBP per user per month",
    signals=("budget", "per user"),
)
PROJECT_BUDGET = Criterion(
    id="project_budget",
    ask="What budget have you put aside for the project?",
    kind="number",
    unit="USD",
    signals=("budget",),
)

ROLLOUT = Criterion(
    id="rollout_weeks",
    ask="By when should the crews be using it?",
    kind="number",
    unit="weeks",
    signals=("roll out", "go live"),
)

VALUES: list[tuple[str, Criterion, str, float | tuple[float, float]]] = [
    ("spoken-hundreds-pair", HEATING, "Oh, two-forty, two-fifty most months.", (240, 250)),
    ("spoken-hundreds-apart", HEATING, "one sixty a month, give or take", 160),
    ("spoken-hundreds-with-units", HEATING, "about one-thirty-five", 135),
    ("spoken-year-then-age", BOILER_AGE, "we put it in in twenty eighteen, so seven years", 7),
    ("spoken-year-nineties", BOILER_AGE, "nineteen ninety-nine I think, so twenty-six years", 26),
    ("ceiling-is-the-budget", LICENCE_BUDGET, "up to thirty pounds a user", 30),
    ("ceiling-max-after", LICENCE_BUDGET, "twenty-five a user, max", 25),
    ("ceiling-total-budget", PROJECT_BUDGET, "no more than 80k", 80_000),
    ("sum-after-so", STAFF, "two planners, four drivers, so six", 6),
    ("sum-thats", STAFF, "three in the office and nine on the road, that's twelve", 12),
    ("sum-in-total", STAFF, "8 in Leeds, 5 in York, 13 in total", 13),
    ("groups-of", STAFF, "3 teams of 8", 24),
    ("groups-of-words", STAFF, "two shifts of fifteen staff", 30),
    ("part-of-a-count", STAFF, "nine users, two of them part-time", 9),
    ("negated-bound-is-ceiling", LICENCE_BUDGET, "we'd not go above 18 a user", 18),
    ("currency-said-once", LICENCE_BUDGET, "twenty, twenty-five pounds per user", (20, 25)),
    (
        "range-carries-whole-scale",
        PROJECT_BUDGET,
        "between three and four hundred thousand",
        (300_000, 400_000),
    ),
    ("duration-months-to-weeks", ROLLOUT, "in about three months", 13),
    ("duration-days-to-weeks", ROLLOUT, "within 14 days", 2),
    ("duration-range", ROLLOUT, "one to two months", (4.3, 8.7)),
    ("duration-same-unit", ROLLOUT, "six weeks", 6),
]


def _matches(value: object, expected: float | tuple[float, float]) -> bool:
    if isinstance(expected, tuple):
        return isinstance(value, NumberSpan) and (value.low, value.high) == expected
    return value == expected


@pytest.mark.parametrize(
    ("crit", "text", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES]
)
def test_number_in_context_reads_as_value(
    crit: Criterion, text: str, expected: float | tuple[float, float]
) -> None:
    """Each phrasing reads as the figure a careful listener would note."""
    got = understand_answer(crit, text)
    assert got.reading == "value", got
    assert _matches(got.value, expected), got


NOT_A_FIGURE: list[tuple[str, Criterion, str]] = [
    ("year-is-not-an-age", BOILER_AGE, "it went in in 2012"),
    ("spoken-year-is-not-an-age", BOILER_AGE, "twenty twelve, I believe"),
    ("total-is-not-per-user", LICENCE_BUDGET, "we have about twelve thousand a year for it"),
    ("total-for-everyone", LICENCE_BUDGET, "around 3,000 in total for the team"),
]


@pytest.mark.parametrize(
    ("crit", "text"), [c[1:] for c in NOT_A_FIGURE], ids=[c[0] for c in NOT_A_FIGURE]
)
def test_figure_about_something_else_is_unclear(crit: Criterion, text: str) -> None:
    """A year, or a total where a per-person figure is asked, is not read as the figure."""
    assert understand_answer(crit, text).reading == "unclear"


RANGES_KEPT: list[tuple[str, Criterion, str, tuple[float, float]]] = [
    ("digit-range-stays-range", STAFF, "five-ten people", (5, 10)),
    ("teen-range-stays-range", STAFF, "five-fifteen users", (5, 15)),
    ("ceiling-without-budget-question", STAFF, "up to 40", (0, 40)),
]


@pytest.mark.parametrize(
    ("crit", "text", "span"), [c[1:] for c in RANGES_KEPT], ids=[c[0] for c in RANGES_KEPT]
)
def test_ranges_and_bounds_stay_as_said(
    crit: Criterion, text: str, span: tuple[float, float]
) -> None:
    """Spoken-price and ceiling readings do not swallow ordinary ranges and bounds."""
    got = understand_answer(crit, text)
    assert isinstance(got.value, NumberSpan), got
    assert (got.value.low, got.value.high) == span


EXPLAINED: list[tuple[str, Criterion, str, str]] = [
    ("groups-show-the-product", STAFF, "4 crews of 6", "(4 \u00d7 6)"),
    ("total-is-flagged", STAFF, "one admin, two techs, so three", "(the total said)"),
    ("ceiling-is-flagged", LICENCE_BUDGET, "up to 40 pounds per user", "(up to)"),
    ("year-to-month-arithmetic", HEATING, "about 2,400 a year", "(from 2,400 a year \u00f7 12)"),
]


@pytest.mark.parametrize(
    ("crit", "text", "words"), [c[1:] for c in EXPLAINED], ids=[c[0] for c in EXPLAINED]
)
def test_worked_out_figures_say_how(crit: Criterion, text: str, words: str) -> None:
    """A figure that was worked out says how, so a reviewer can check it."""
    assert words in understand_answer(crit, text).explanation


def test_period_conversion_arithmetic() -> None:
    """A yearly figure for a monthly unit is divided by twelve, not multiplied."""
    assert understand_answer(HEATING, "2,400 a year").value == 200


def test_total_per_person_explains_what_to_ask() -> None:
    """A total where a per-person figure is asked says which figure is wanted."""
    got = understand_answer(LICENCE_BUDGET, "fifteen thousand a year")
    assert "per user per month" in got.explanation


PLAYBOOK = Playbook(offer=Offer(name="Crewbook", seller="Example Ltd"), criteria=(STAFF, ROLLOUT))

TIMELINES: list[tuple[str, str, float | None]] = [
    ("plan-is-the-answer", "We'd like to go live in two months.", 8.7),
    ("plan-in-weeks", "We need to roll out in five weeks, before the season.", 5),
    ("hypothetical", "If we could go live in two weeks that would be great.", None),
    ("past", "Last year we had to roll out in ten weeks.", None),
]


@pytest.mark.parametrize(
    ("text", "weeks"), [c[1:] for c in TIMELINES], ids=[c[0] for c in TIMELINES]
)
def test_timeline_in_passing(text: str, weeks: float | None) -> None:
    """For a by-when criterion a plan is the answer; hypotheticals and the past are not."""
    found = {f.criterion: f.understood.value for f in find_statements(PLAYBOOK, text)}
    assert found.get("rollout_weeks") == weeks
