"""Volunteered facts: what an answer says about other criteria is recorded too, on the side."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from fitfirst.cli.app import app
from fitfirst.discovery import Discovery
from fitfirst.errors import UsageError
from fitfirst.fit import NumberSpan, Value
from fitfirst.playbook import load_playbook

ROOT = Path(__file__).resolve().parents[2]
CRM_PATH = ROOT / "examples" / "playbooks" / "crm.yaml"
CRM = load_playbook(CRM_PATH)


@pytest.mark.parametrize(
    ("asked", "text", "value", "volunteered"),
    [
        pytest.param(
            "team_size",
            "about forty, and we use outlook for email",
            40.0,
            {"email_provider": "microsoft"},
            id="count-then-email",
        ),
        pytest.param(
            "team_size",
            "twelve of us. everything is in the cloud already",
            12.0,
            {"needs_on_premise": False},
            id="indirect-no-to-own-servers",
        ),
        pytest.param(
            "email_provider",
            "gmail. we're a team of eight reps",
            "google",
            {"team_size": 8.0},
            id="email-then-team-in-words",
        ),
        pytest.param(
            "email_provider",
            "outlook, and the budget is about 40 euros per seat",
            "microsoft",
            {"seat_budget": 40.0},
            id="email-then-budget",
        ),
        pytest.param(
            "needs_on_premise",
            "nope. we keep track of deals in excel",
            False,
            {"current_tool": "spreadsheet"},
            id="no-then-tool",
        ),
        pytest.param(
            "sales_motion",
            "mostly zoom calls, we're 10 reps on gmail",
            "inside",
            {"team_size": 10.0, "email_provider": "google"},
            id="two-extra-facts",
        ),
        pytest.param(
            "team_size",
            "no idea, but we use gmail",
            None,
            {"email_provider": "google"},
            id="dont-know-with-a-fact",
        ),
        pytest.param("team_size", "about forty", 40.0, {}, id="plain-answer-nothing-extra"),
        pytest.param(
            "current_tool", "a shared google sheet", "spreadsheet", {}, id="google-is-not-gmail"
        ),
    ],
)
def test_volunteered_facts_are_recorded(
    asked: str, text: str, value: Value | None, volunteered: dict[str, Value]
) -> None:
    """Facts about other criteria in an answer become evidence quoting the buyer's words."""
    session = Discovery(CRM, threshold=1.0, volunteered_floor=0.0)
    taken = session.answer_all(asked, text)
    assert taken.evidence is not None
    assert taken.evidence.value == value
    assert {e.criterion: e.value for e in taken.volunteered} == volunteered
    assert all(e.quote == text for e in taken.volunteered)
    assert session.last_volunteered == taken.volunteered
    in_force = {e.criterion: e.value for e in session.evidence}
    assert {k: in_force[k] for k in volunteered} == volunteered


def test_answer_returns_the_asked_evidence_only() -> None:
    """answer() keeps returning the evidence for the asked criterion, extra facts recorded aside."""
    session = Discovery(CRM, threshold=1.0)
    evidence = session.answer("team_size", "about forty, and we use outlook for email")
    assert evidence is not None
    assert (evidence.criterion, evidence.value) == ("team_size", 40.0)
    assert [e.criterion for e in session.last_volunteered] == ["email_provider"]


def test_facts_are_kept_when_the_asked_criterion_is_not_understood() -> None:
    """Words that do not answer the question still record what they say about others."""
    session = Discovery(CRM, threshold=1.0)
    taken = session.answer_all("team_size", "hmm, we use gmail")
    assert taken.evidence is None
    assert taken.note is not None and session.notes == (taken.note,)
    assert [(e.criterion, e.value) for e in session.evidence] == [("email_provider", "google")]


def test_an_explicit_answer_is_never_overwritten() -> None:
    """A fact said in passing about an answered criterion is passed over, not recorded."""
    session = Discovery(CRM, threshold=1.0)
    session.answer("email_provider", "outlook")
    taken = session.answer_all("team_size", "we're 12 reps, all on gmail")
    assert taken.volunteered == ()
    assert [(e.criterion, e.value) for e in taken.passed_over] == [("email_provider", "google")]
    in_force = {e.criterion: e.value for e in session.evidence}
    assert in_force["email_provider"] == "microsoft"


def test_a_volunteered_fact_is_not_overwritten_by_another_in_passing() -> None:
    """The first thing said about a criterion stands until it is asked for explicitly."""
    session = Discovery(CRM, threshold=1.0)
    session.answer("team_size", "twelve, on gmail")
    taken = session.answer_all("seat_budget", "40 euros per seat, we use outlook")
    assert taken.volunteered == ()
    assert {e.criterion: e.value for e in session.evidence}["email_provider"] == "google"


def test_a_later_explicit_answer_replaces_a_volunteered_one() -> None:
    """Asking a criterion answered in passing and hearing otherwise is a correction."""
    session = Discovery(CRM, threshold=1.0)
    session.answer("team_size", "about forty, and we use outlook for email")
    session.answer("email_provider", "gmail actually")
    email = [e for e in session.evidence if e.criterion == "email_provider"]
    assert [e.value for e in email] == ["google"]
    assert session.volunteered_evidence == ()


def test_a_volunteered_criterion_is_not_asked() -> None:
    """A must criterion settled in passing is never put as a question."""
    session = Discovery(CRM, threshold=1.0, volunteered_floor=0.0)
    session.answer("team_size", "twelve of us. everything is in the cloud already")
    asked: list[str] = []
    while (q := session.next_question()) is not None and len(asked) < 10:
        asked.append(q.criterion)
        session.answer(q.criterion, None)
    assert "needs_on_premise" not in asked


def test_why_says_a_criterion_was_answered_in_passing() -> None:
    """why() of a volunteered criterion says it was answered in passing, and how."""
    session = Discovery(CRM, threshold=1.0)
    session.answer("team_size", "about forty, and we use outlook for email")
    assert session.why("email_provider").startswith("Already answered in passing: ")


def test_undo_takes_back_the_whole_answer() -> None:
    """undo() removes the answer together with everything it volunteered."""
    session = Discovery(CRM, threshold=1.0)
    session.answer("needs_on_premise", "no")
    session.answer("team_size", "about forty, and we use outlook for email")
    assert session.undo() is True
    assert [(e.criterion, e.value) for e in session.evidence] == [("needs_on_premise", False)]
    assert session.last_volunteered == ()


def test_undo_after_a_note_takes_back_its_facts() -> None:
    """An answer not understood is undone together with the facts it volunteered."""
    session = Discovery(CRM, threshold=1.0)
    session.answer("team_size", "hmm, we use gmail")
    assert session.undo() is True
    assert (session.evidence, session.notes) == ((), ())
    assert session.undo() is False


def test_round_trip_keeps_volunteered_evidence() -> None:
    """to_dict()/from_dict() keep which evidence was volunteered, so undo still groups it."""
    session = Discovery(CRM, threshold=1.0)
    session.answer("needs_on_premise", "no")
    session.answer("sales_motion", "mostly zoom calls, we're 10 reps on gmail")
    data = json.loads(json.dumps(session.to_dict()))
    back = Discovery.from_dict(CRM, data)
    assert back.evidence == session.evidence
    assert back.last_volunteered == session.last_volunteered
    assert back.volunteered_evidence == session.volunteered_evidence
    assert back.to_dict() == data
    back.undo()
    assert [e.criterion for e in back.evidence] == ["needs_on_premise"]


def test_saved_answers_without_the_flag_read_as_explicit() -> None:
    """A session saved before volunteering existed reads as before: every answer explicit."""
    data = {
        "schema": "fitfirst.discovery/1",
        "threshold": 1.0,
        "events": [
            {"type": "answer", "criterion": "team_size", "value": 12.0, "quote": "12"},
            {"type": "answer", "criterion": "email_provider", "value": "google", "quote": "gmail"},
        ],
    }
    back = Discovery.from_dict(CRM, data)
    assert back.volunteered_evidence == ()
    back.undo()
    assert [e.criterion for e in back.evidence] == ["team_size"]


def test_typed_values_volunteer_nothing() -> None:
    """A typed value is not words: nothing is read on the side."""
    taken = Discovery(CRM).answer_all("current_tool", "spreadsheet")
    assert taken.evidence is not None and taken.volunteered == ()


def test_volunteering_can_be_turned_off() -> None:
    """volunteered=False reads the answer for the asked criterion only."""
    session = Discovery(CRM, volunteered=False)
    taken = session.answer_all("team_size", "about forty, and we use outlook for email")
    assert taken.volunteered == () and len(session.evidence) == 1


def test_readings_below_the_floor_are_passed_over() -> None:
    """A volunteered reading less sure than volunteered_floor is returned but not recorded."""
    session = Discovery(CRM, volunteered_floor=0.7)
    taken = session.answer_all("team_size", "twelve of us. everything is in the cloud already")
    assert taken.volunteered == ()
    assert [e.criterion for e in taken.passed_over] == ["needs_on_premise"]
    assert [e.criterion for e in session.evidence] == ["team_size"]


def test_a_floor_out_of_range_is_a_usage_error() -> None:
    """volunteered_floor must be a confidence between 0 and 1."""
    with pytest.raises(UsageError, match="between 0"):
        Discovery(CRM, volunteered_floor=1.5)


def test_a_volunteered_fact_leaves_a_skip_in_place() -> None:
    """A skipped criterion mentioned in passing gets the evidence but stays skipped."""
    session = Discovery(CRM, threshold=1.0)
    session.skip("email_provider")
    session.answer("team_size", "about forty, and we use outlook for email")
    assert "email_provider" in session.skipped
    assert session.state.criteria["email_provider"].status == "met"


def test_terminal_prints_what_was_noted_on_the_side(tmp_path: Path) -> None:
    """The terminal session shows each volunteered fact as an "Also noted" line."""
    result = CliRunner().invoke(
        app,
        ["check", str(CRM_PATH), "--save", str(tmp_path / "s.json")],
        input="about 40 euros per seat, and we use outlook for email\nquit\n",
    )
    assert result.exit_code == 0, result.output
    assert "Also noted: Email and calendar: microsoft" in result.output


_FRAGMENTS = [
    "about forty",
    "we're twelve",
    "all on google workspace",
    "we use outlook for email",
    "everything is in the cloud",
    "it has to stay on our own servers",
    "no",
    "yes",
    "not sure",
    "skip",
    "maybe 30 euros per seat",
    "a dozen reps",
    "we keep track of deals in excel",
    "mostly zoom calls",
    "between 40 and 60",
    "hmm",
]
_TEXTS = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=4).map(", ".join),
)


def _firmly_answered(session: Discovery) -> set[str]:
    return {
        e.criterion
        for e in session.evidence
        if e.value is not None and not isinstance(e.value, NumberSpan)
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TEXTS, min_size=1, max_size=12), st.sampled_from([0.9, 1.0]))
def test_any_words_never_lead_to_asking_an_answered_criterion(
    texts: list[str], threshold: float
) -> None:
    """Whatever is answered, the session never crashes and never asks a firmly answered one."""
    session = Discovery(CRM, threshold=threshold)
    for text in texts:
        q = session.next_question()
        if q is None:
            break
        assert q.criterion not in _firmly_answered(session)
        session.answer(q.criterion, text)
    back = Discovery.from_dict(CRM, json.loads(json.dumps(session.to_dict())))
    assert back.evidence == session.evidence


def test_by_default_an_unsure_fact_in_passing_is_left_to_ask() -> None:
    """A restated yes/no heard in passing (read at 0.6) is below the default floor: asked later."""
    session = Discovery(CRM, threshold=1.0)
    taken = session.answer_all("team_size", "twelve of us. everything is in the cloud already")
    assert [e.criterion for e in taken.passed_over] == ["needs_on_premise"]
    assert "needs_on_premise" not in {e.criterion for e in session.evidence}
