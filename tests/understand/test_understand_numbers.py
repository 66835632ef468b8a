"""Number answers: spoken, written, ranged, bounded, per period, and what is not a number."""

from __future__ import annotations

import math

import pytest

from fitfirst.fit.evidence import NumberSpan
from fitfirst.playbook.models import Criterion
from fitfirst.understand import understand_answer

INF = math.inf

TEAM = Criterion(
    id="team_size",
    ask="How many people are on your team?",
    kind="number",
    unit="people",
    signals=("team", "reps", "headcount"),
)
BUDGET = Criterion(
    id="budget",
    ask="What could you spend on this in a year?",
    kind="number",
    unit="USD per year",
    signals=("budget", "spend"),
)
MONTHLY = Criterion(
    id="monthly_fee", ask="What do you pay per month now?", kind="number", unit="USD a month"
)
AREA = Criterion(id="floor_area", ask="How big is the warehouse floor?", kind="number", unit="m²")
ENERGY = Criterion(
    id="energy_use", ask="How much power does the site use?", kind="number", unit="kWh"
)
SITES = Criterion(
    id="locations", ask="How many locations do you run?", kind="number", unit="locations"
)
BARE = Criterion(id="volume", ask="How many orders do you ship in a week?", kind="number")

Expected = float | tuple[float, float]

CASES: list[tuple[str, Criterion, str, Expected]] = [
    # plain and spoken counts
    ("digits", TEAM, "40", 40),
    ("about-forty", TEAM, "about forty", 40),
    ("roughly-folks", TEAM, "roughly 45 folks", 45),
    ("maybe-thirty-five", TEAM, "uh, we're maybe thirty-five people", 35),
    ("forty-ish-fillers", TEAM, "um, like, forty-ish?", 40),
    ("digits-ish", TEAM, "500ish", 500),
    ("give-or-take", TEAM, "like 15 give or take", 15),
    ("sixty-five", TEAM, "sixty-five", 65),
    ("comma-thousands", TEAM, "1,200", 1200),
    ("a-dozen", TEAM, "a dozen", 12),
    ("two-dozen-or-so", TEAM, "two dozen or so", 24),
    ("hundred-and-twenty", TEAM, "hundred and twenty", 120),
    ("twelve-hundred", TEAM, "twelve hundred", 1200),
    ("a-hundred-and-fifty", TEAM, "a hundred and fifty people across 3 sites", 150),
    ("a-couple-hundred", TEAM, "a couple hundred", 200),
    ("team-of", TEAM, "we're a team of 7", 7),
    ("full-time", TEAM, "we're 8 full-time", 8),
    ("two-thousand-three-hundred", TEAM, "two thousand three hundred", 2300),
    ("sentence-with-i-think", TEAM, "I think it's around 60", 60),
    # ranges
    ("dash-range", TEAM, "40-50 people", (40, 50)),
    ("between-and", TEAM, "between 40 and 50", (40, 50)),
    ("words-to", TEAM, "forty to fifty", (40, 50)),
    ("somewhere-between", TEAM, "somewhere between twenty and thirty", (20, 30)),
    ("maybe-range", TEAM, "thirty, maybe forty", (30, 40)),
    ("or-range", TEAM, "10 or 12", (10, 12)),
    ("reps-range", TEAM, "20 to 25 reps", (20, 25)),
    ("a-few-hundred", TEAM, "a few hundred", (300, 500)),
    ("a-handful", TEAM, "a handful", (3, 5)),
    ("hundreds", TEAM, "hundreds, honestly", (200, 999)),
    # bounds
    ("under-ten", TEAM, "under ten", (0, 10)),
    ("less-than", TEAM, "less than 10", (0, 10)),
    ("not-even", TEAM, "not even ten", (0, 10)),
    ("no-more-than", TEAM, "no more than eight", (0, 8)),
    ("over", TEAM, "over 200", (200, INF)),
    ("more-than", TEAM, "more than 200", (200, INF)),
    ("plus-sign", TEAM, "200+", (200, INF)),
    ("at-least", TEAM, "at least fifty", (50, INF)),
    ("well-over", TEAM, "well over a hundred", (100, INF)),
    ("or-more", TEAM, "150 or more", (150, INF)),
    # people said as people
    ("just-me", TEAM, "just me", 1),
    ("its-just-me", TEAM, "it's just me", 1),
    ("only-myself", TEAM, "only myself", 1),
    ("me-and-two-others", TEAM, "me and two others", 3),
    ("me-and-partner", TEAM, "me and my business partner", 2),
    ("two-of-us", TEAM, "it's the two of us", 2),
    ("none", TEAM, "none", 0),
    ("zero", TEAM, "zero", 0),
    ("nobody", TEAM, "nobody yet", 0),
    ("no-one", TEAM, "no one, it's all outsourced", 0),
    # self-corrections and other numbers nearby
    ("false-start", TEAM, "we have - well, we had thirty", 30),
    ("was-now", TEAM, "uh we had twenty but now we're at 40", 40),
    ("years-then-people", TEAM, "we've been in business 40 years, about 12 people", 12),
    ("offices-then-staff", TEAM, "3 offices, 60 staff", 60),
    ("in-year", TEAM, "in 2019 we were 10, these days 25", 25),
    # money
    ("dollar-k", BUDGET, "$20k", 20000),
    ("bare-k", BUDGET, "20K", 20000),
    ("grand-a-year", BUDGET, "twenty grand a year", 20000),
    ("one-point-five-million", BUDGET, "1.5 million", 1_500_000),
    ("half-a-million", BUDGET, "half a million", 500_000),
    ("decimal-k", BUDGET, "2.5k", 2500),
    ("euro-sign", BUDGET, "€30,000", 30000),
    ("a-hundred-thousand", BUDGET, "a hundred thousand", 100_000),
    ("glued-m", BUDGET, "1.2m", 1_200_000),
    ("dollars-word", BUDGET, "our budget's about 50,000 dollars", 50000),
    ("annually", BUDGET, "maybe 75k annually", 75000),
    ("k-range", BUDGET, "20-30k", (20000, 30000)),
    ("million-range", BUDGET, "$1-2 million", (1_000_000, 2_000_000)),
    ("under-k", BUDGET, "under 10k", (0, 10000)),
    ("zero-budget", BUDGET, "no budget, zero", 0),
    ("euros-word", BUDGET, "ten thousand euros", 10000),
    # money per period, converted to the unit's period
    ("per-month-to-year", BUDGET, "$2k a month", 24000),
    ("grand-a-month", BUDGET, "we spend like 3 grand a month", 36000),
    ("bucks-a-week", BUDGET, "about 500 bucks a week", 26000),
    ("per-quarter", BUDGET, "around 4k per quarter", 16000),
    ("year-to-month", MONTHLY, "$24,000 a year", 2000),
    ("monthly-same", MONTHLY, "about 300 a month", 300),
    # other units
    ("square-metres-sign", AREA, "about 500 m²", 500),
    ("square-meters-words", AREA, "1.5k square meters", 1500),
    ("square-metres-british", AREA, "roughly 800 square metres", 800),
    ("kwh", ENERGY, "about 12,000 kWh", 12000),
    ("kwh-words", ENERGY, "twelve thousand kWh", 12000),
    ("locations-words", SITES, "three locations", 3),
    ("locations-digits", SITES, "we run 14 sites, sorry, 14 locations", 14),
    ("unitless", BARE, "oh, a couple thousand", 2000),
]


def _check(value: object, expected: Expected) -> None:
    if isinstance(expected, tuple):
        assert isinstance(value, NumberSpan)
        assert math.isclose(value.low, expected[0], rel_tol=1e-9, abs_tol=1e-9)
        assert value.high == expected[1] or math.isclose(value.high, expected[1], rel_tol=1e-9)
    else:
        assert isinstance(value, float)
        assert math.isclose(value, expected, rel_tol=1e-9)


@pytest.mark.parametrize(
    ("crit", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_number_phrasing_reads_as_value(crit: Criterion, text: str, expected: Expected) -> None:
    """Each phrasing gives the number (or span) a listener would write down."""
    got = understand_answer(crit, text)
    assert got.reading == "value", got
    _check(got.value, expected)


NOT_NUMBERS: list[tuple[str, Criterion, str]] = [
    ("empty", TEAM, ""),
    ("spaces", TEAM, "   "),
    ("keyboard", TEAM, "asdf"),
    ("fruit", TEAM, "banana"),
    ("lots", TEAM, "lots"),
    ("a-lot-of-people", TEAM, "a lot of people"),
    ("years-only", TEAM, "we've been around for 40 years"),
    ("varies", TEAM, "it varies"),
    ("percent-only", TEAM, "about 40 percent of them"),
    ("money-for-people", TEAM, "$40k"),
    ("the-one", SITES, "just the one we talked about"),
]


@pytest.mark.parametrize(
    ("crit", "text"), [c[1:] for c in NOT_NUMBERS], ids=[c[0] for c in NOT_NUMBERS]
)
def test_no_number_is_unclear(crit: Criterion, text: str) -> None:
    """Words without a number for this criterion are unclear, never a guessed value."""
    got = understand_answer(crit, text)
    assert got.reading == "unclear"
    assert got.value is None
    assert got.explanation


def test_unclear_number_explanation_shows_an_example() -> None:
    """The unclear note tells the buyer what a readable answer looks like."""
    got = understand_answer(TEAM, "banana")
    assert "about 40" in got.explanation


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("about forty", "about 40 people"),
        ("40-50", "40 to 50 people"),
        ("under ten", "fewer than 10 people"),
        ("200+", "at least 200 people"),
        ("just me", "1 person"),
    ],
    ids=["about", "range", "under", "plus", "one-person"],
)
def test_number_explanation_in_plain_words(text: str, words: str) -> None:
    """The explanation says how the answer was read, with the unit."""
    assert understand_answer(TEAM, text).explanation == words


def test_period_conversion_is_explained() -> None:
    """A monthly figure for a yearly unit is converted, and the explanation says so."""
    got = understand_answer(BUDGET, "$2k a month")
    assert "a month" in got.explanation
    assert "12" in got.explanation


def test_other_currency_is_kept_and_flagged() -> None:
    """Euros for a USD criterion are not converted, and the explanation says so."""
    got = understand_answer(BUDGET, "€30,000")
    assert got.value == 30000
    assert "EUR" in got.explanation


@pytest.mark.parametrize(
    ("plain", "hedged"),
    [("40", "about 40"), ("40", "maybe 40"), ("40", "I think 40"), ("40", "forty-ish")],
    ids=["about", "maybe", "i-think", "ish"],
)
def test_hedge_lowers_confidence(plain: str, hedged: str) -> None:
    """Hedged numbers are kept, with less confidence than the same number said flat."""
    a, b = understand_answer(TEAM, plain), understand_answer(TEAM, hedged)
    assert a.value == b.value
    assert b.confidence < a.confidence


def test_vague_amount_is_less_sure_than_a_hedge() -> None:
    """ "a handful" is read with less confidence than "about 4"."""
    assert (
        understand_answer(TEAM, "a handful").confidence
        < understand_answer(TEAM, "about 4").confidence
    )


def test_two_unrelated_numbers_lower_confidence() -> None:
    """When two different counts could be the answer, the first is kept with low confidence."""
    got = understand_answer(TEAM, "12 in sales, 40 in support")
    assert got.reading == "value"
    assert got.confidence <= 0.6
    assert "also heard" in got.explanation


def test_metres_are_not_millions() -> None:
    """For a square-metre unit, "500 m" is 500, not 500 million."""
    got = understand_answer(AREA, "500 m")
    assert got.value == 500


NO_UNIT_BUDGET = Criterion(
    id="budget_guess", ask="What's your annual budget for this?", kind="number"
)
ORDERS = Criterion(id="orders", ask="How many orders do you ship a week?", kind="number")


def test_money_question_without_unit_reads_money() -> None:
    """A criterion without a unit whose question is about money still reads "$20k"."""
    assert understand_answer(NO_UNIT_BUDGET, "$20k").value == 20000


def test_money_question_without_unit_converts_periods() -> None:
    """The period named in the question ("annual") drives the conversion."""
    assert understand_answer(NO_UNIT_BUDGET, "2k a month").value == 24000


def test_money_is_not_a_count() -> None:
    """A sum of money is not an answer to a question that counts things."""
    assert understand_answer(ORDERS, "$20k").reading == "unclear"
