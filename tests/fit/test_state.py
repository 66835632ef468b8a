"""Assessing evidence: each criterion met, unmet, unknown or conflicting."""

from __future__ import annotations

import pytest
from fit_helpers import PLANS, SIMPLE, ev

from fitfirst.fit import Evidence, NumberSpan, assess


@pytest.mark.parametrize(
    ("evidence", "status"),
    [
        pytest.param([], "unknown", id="no-evidence"),
        pytest.param([ev("team_size", 12.0)], "met", id="inside"),
        pytest.param([ev("team_size", 400.0)], "unmet", id="outside"),
        pytest.param([ev("team_size", None)], "unknown", id="dont-know"),
        pytest.param([ev("team_size", NumberSpan(40, 60))], "unknown", id="span-across"),
        pytest.param([ev("team_size", NumberSpan(10, 20))], "met", id="span-inside"),
        pytest.param([ev("team_size", 12.0), ev("team_size", 400.0)], "conflicting", id="disagree"),
        pytest.param([ev("team_size", 12.0), ev("team_size", 14.0)], "met", id="agree"),
        pytest.param([ev("team_size", None), ev("team_size", 12.0)], "met", id="unsure-then-sure"),
    ],
)
def test_status(evidence: list[Evidence], status: str) -> None:
    """A criterion's status follows its evidence; pieces that disagree make it conflicting."""
    assert assess(SIMPLE, evidence).criteria["team_size"].status == status


def test_conflicting_shows_both_quotes() -> None:
    """A conflict keeps the words of both sides."""
    state = assess(
        SIMPLE, [ev("team_size", 12.0, "we're 12"), ev("team_size", 400.0, "400 with contractors")]
    )
    assert state.criteria["team_size"].quotes == ("we're 12", "400 with contractors")


def test_dont_know_marks_asked() -> None:
    """ "Don't know" keeps the criterion unknown but marks it asked."""
    cs = assess(SIMPLE, [ev("tool", None)]).criteria["tool"]
    assert (cs.status, cs.asked, cs.dont_knows) == ("unknown", True, 1)


def test_evidence_on_unknown_criteria_is_ignored() -> None:
    """Evidence naming a criterion the playbook lacks changes nothing."""
    assert assess(SIMPLE, [ev("colour", "red")]) == assess(SIMPLE, [])


def test_text_criterion_is_met_by_any_words() -> None:
    """A text criterion is met once the buyer said something about it."""
    assert assess(SIMPLE, [ev("trigger", "we grew")]).criteria["trigger"].status == "met"


@pytest.mark.parametrize(
    ("seats", "starter", "business", "status"),
    [
        pytest.param(3.0, "met", "unmet", "met", id="starter-only"),
        pytest.param(7.0, "met", "met", "met", id="both"),
        pytest.param(60.0, "unmet", "met", "met", id="business-only"),
        pytest.param(500.0, "unmet", "unmet", "unmet", id="neither"),
        pytest.param(NumberSpan(8, 20), "unknown", "met", "met", id="span"),
    ],
)
def test_plan_status(seats: object, starter: str, business: str, status: str) -> None:
    """With plans, each plan judges the value under its own rule; met if any plan takes it."""
    cs = assess(PLANS, [ev("seats", seats)]).criteria["seats"]  # type: ignore[arg-type]
    assert (cs.plan_status, cs.status) == ({"starter": starter, "business": business}, status)


def test_plan_taking_every_answer_has_no_requirement() -> None:
    """A plan whose rule takes every option asks nothing: met for that plan before any answer."""
    cs = assess(PLANS, []).criteria["region"]
    assert cs.plan_status == {"starter": "unknown", "business": "met"}
    assert cs.status == "unknown"
