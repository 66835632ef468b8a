"""Whether a value passes an accept rule, and how rules and values read."""

from __future__ import annotations

import math

import pytest
from fit_helpers import SIMPLE

from fitfirst.fit import NumberSpan, describe_rule, describe_value, passes
from fitfirst.playbook.models import NumberRange

TEAM = SIMPLE.criterion("team_size")
TOOL = SIMPLE.criterion("tool")
ON_PREM = SIMPLE.criterion("on_prem")
TRIGGER = SIMPLE.criterion("trigger")
RANGE = NumberRange(min=5, max=50)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(5.0, True, id="low-bound-inclusive"),
        pytest.param(50.0, True, id="high-bound-inclusive"),
        pytest.param(4.99, False, id="just-below"),
        pytest.param(51.0, False, id="above"),
        pytest.param(NumberSpan(10, 20), True, id="span-inside"),
        pytest.param(NumberSpan(60, 80), False, id="span-wholly-above"),
        pytest.param(NumberSpan(-math.inf, 4), False, id="open-span-below"),
        pytest.param(NumberSpan(40, 60), None, id="span-across-boundary"),
        pytest.param(True, None, id="bool-is-no-number"),
    ],
)
def test_number_rule(value: object, expected: bool | None) -> None:
    """A number passes an inclusive range; a span passes only wholly inside it."""
    assert passes(TEAM, RANGE, value) is expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("rule", "value", "expected"),
    [
        pytest.param(("excel", "paper"), "excel", True, id="choice-accepted"),
        pytest.param(("excel", "paper"), "erp", False, id="choice-refused"),
        pytest.param(False, False, True, id="accept-no-and-no"),
        pytest.param(False, True, False, id="accept-no-and-yes"),
        pytest.param(True, True, True, id="accept-yes-and-yes"),
        pytest.param(None, "erp", True, id="no-rule-no-requirement"),
    ],
)
def test_choice_and_yes_no_rules(rule: object, value: object, expected: bool) -> None:
    """Choice rules list the options that pass; yes_no rules name the answer that passes."""
    criterion = ON_PREM if isinstance(rule, bool) else TOOL
    assert passes(criterion, rule, value) is expected  # type: ignore[arg-type]


def test_text_always_passes() -> None:
    """Text criteria are informational: any words pass."""
    assert passes(TRIGGER, None, "we grew") is True


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        pytest.param(NumberRange(min=5, max=50), "between 5 and 50 people", id="range"),
        pytest.param(NumberRange(min=5), "at least 5 people", id="min-only"),
        pytest.param(NumberRange(max=50), "at most 50 people", id="max-only"),
    ],
)
def test_describe_number_rule(rule: NumberRange, words: str) -> None:
    """Number rules read with their unit."""
    assert describe_rule(TEAM, rule) == words


@pytest.mark.parametrize(
    ("value", "words"),
    [
        pytest.param(40.0, "40 people", id="number"),
        pytest.param(NumberSpan(40, 60), "between 40 and 60 people", id="span"),
        pytest.param(NumberSpan(200, math.inf), "at least 200 people", id="open-span"),
        pytest.param(None, "not known", id="dont-know"),
    ],
)
def test_describe_value(value: object, words: str) -> None:
    """Values read as a person would say them."""
    assert describe_value(TEAM, value) == words  # type: ignore[arg-type]


def test_describe_choice_uses_the_options_words() -> None:
    """An option reads as its first synonym, and a choice rule as a list of them."""
    assert describe_value(TOOL, "excel") == "excel"
    assert describe_rule(TOOL, ("excel", "paper")) == "one of excel or paper"
