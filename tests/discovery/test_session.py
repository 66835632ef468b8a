"""The Discovery session: answers in, next question and why out, a verdict at any time."""

from __future__ import annotations

import json
import random

import pytest
from discovery_helpers import PLANS, SIMPLE, random_playbook
from hypothesis import given, settings
from hypothesis import strategies as st

from fitfirst.discovery import SCHEMA, Discovery
from fitfirst.errors import AnswerError, SessionError, UsageError
from fitfirst.fit import NumberSpan
from fitfirst.playbook.models import Playbook


@pytest.mark.parametrize(
    ("criterion", "answer", "value"),
    [
        pytest.param("team_size", 12, 12.0, id="int"),
        pytest.param("team_size", 12.5, 12.5, id="float"),
        pytest.param("team_size", NumberSpan(10, 20), NumberSpan(10, 20), id="span"),
        pytest.param("on_prem", False, False, id="bool"),
        pytest.param("tool", "paper", "paper", id="option-id"),
        pytest.param("team_size", None, None, id="dont-know"),
        pytest.param("trigger", "we grew fast", "we grew fast", id="text-criterion-words"),
    ],
)
def test_typed_answers(criterion: str, answer: object, value: object) -> None:
    """Typed values are taken as they are."""
    evidence = Discovery(SIMPLE).answer(criterion, answer)  # type: ignore[arg-type]
    assert evidence is not None
    assert evidence.value == value


@pytest.mark.parametrize(
    ("criterion", "text", "value"),
    [
        pytest.param("team_size", "about forty", 40.0, id="number-words"),
        pytest.param("team_size", "we're 12 people", 12.0, id="number-digits"),
        pytest.param("on_prem", "nope, not really", False, id="no"),
        pytest.param("tool", "mostly Excel", "excel", id="option-synonym"),
        pytest.param("team_size", "no idea", None, id="dont-know"),
    ],
)
def test_free_text_answers_are_understood(criterion: str, text: str, value: object) -> None:
    """Free text goes through answer understanding, and the quote keeps the buyer's words."""
    evidence = Discovery(SIMPLE).answer(criterion, text)
    assert evidence is not None
    assert (evidence.value, evidence.quote) == (value, text)


def test_unknown_criterion_suggests_the_closest() -> None:
    """An answer to a criterion the playbook lacks raises AnswerError with a did-you-mean."""
    with pytest.raises(AnswerError, match='did you mean "team_size"'):
        Discovery(SIMPLE).answer("team_sise", 12)


@pytest.mark.parametrize(
    ("criterion", "answer"),
    [
        pytest.param("team_size", True, id="bool-to-number"),
        pytest.param("on_prem", 3, id="number-to-yes-no"),
    ],
)
def test_typed_value_of_the_wrong_kind(criterion: str, answer: object) -> None:
    """A typed value that cannot answer the criterion's kind raises AnswerError."""
    with pytest.raises(AnswerError):
        Discovery(SIMPLE).answer(criterion, answer)  # type: ignore[arg-type]


def test_threshold_out_of_range() -> None:
    """A threshold outside 0.5..1 is a usage error that says what to use."""
    with pytest.raises(UsageError, match=r"between 0\.5 and 1\.0"):
        Discovery(SIMPLE, threshold=1.5)


def test_a_second_answer_corrects_the_first() -> None:
    """Answering the same criterion again replaces the earlier answer (no conflict)."""
    session = Discovery(SIMPLE)
    session.answer("team_size", 400)
    session.answer("team_size", 12)
    assert session.state.criteria["team_size"].status == "met"
    assert len(session.evidence) == 1


def test_not_understood_is_kept_as_a_note_and_rephrased() -> None:
    """An answer not understood returns None, is kept in notes, and the re-ask uses a rephrase."""
    session = Discovery(SIMPLE, threshold=1.0, policy=lambda sit: None)
    assert session.answer("team_size", "purple monkey dishwasher") is None
    assert [n.criterion for n in session.notes] == ["team_size"]
    assert session._question(SIMPLE.criterion("team_size"), "", optional=False).text == (
        "Roughly how many of you are there?"
    )


def test_undo_takes_back_the_last_answer() -> None:
    """undo() removes the last answer; with nothing left it says so."""
    session = Discovery(SIMPLE)
    session.answer("on_prem", True)
    assert session.result().verdict == "no_fit"
    assert session.undo() is True
    assert session.result().verdict == "undecided"
    assert session.undo() is False


def test_skip_and_skip_reading() -> None:
    """Skipping (or the buyer saying "skip") keeps the policy from asking it."""
    session = Discovery(SIMPLE, threshold=1.0)
    first = session.next_question()
    assert first is not None
    assert session.answer(first.criterion, "skip") is None
    assert first.criterion in session.skipped
    nxt = session.next_question()
    assert nxt is not None
    assert nxt.criterion != first.criterion


def test_next_question_then_none_once_clear() -> None:
    """The session asks until the verdict is clear, then next_question() is None."""
    session = Discovery(SIMPLE, threshold=1.0)
    answers: dict[str, int | str | bool] = {"team_size": 12, "tool": "excel", "on_prem": False}
    asked = []
    while (q := session.next_question()) is not None:
        asked.append(q.criterion)
        session.answer(q.criterion, answers[q.criterion])
    assert sorted(asked) == sorted(answers)
    assert session.is_clear
    assert session.result().verdict == "fit"


def test_remaining_offers_optional_questions() -> None:
    """Once clear, remaining() offers the should, nice and text questions, all skippable."""
    session = Discovery(SIMPLE, threshold=1.0)
    session.answer("on_prem", True)
    remaining = session.remaining()
    assert [q.criterion for q in remaining] == ["budget", "hoa", "trigger"]
    assert all(q.optional for q in remaining)


def test_question_carries_options() -> None:
    """A choice question lists its option ids; a yes/no question offers yes and no."""
    session = Discovery(SIMPLE, threshold=1.0)
    session.answer("team_size", 12)
    session.answer("on_prem", False)
    q = session.next_question()
    assert q is not None
    assert (q.criterion, q.options) == ("tool", ("excel", "paper", "erp"))


@pytest.mark.parametrize(
    ("criterion", "fragment"),
    [
        pytest.param("on_prem", "Already answered: no", id="answered"),
        pytest.param("budget", "should-have", id="optional"),
    ],
)
def test_why_for_any_criterion(criterion: str, fragment: str) -> None:
    """why() explains any criterion: answered, optional, or the next question."""
    session = Discovery(SIMPLE, threshold=1.0)
    session.answer("on_prem", False)
    assert fragment in session.why(criterion)


def test_why_of_the_next_question_is_its_reason() -> None:
    """why() of the question being asked is the reason the policy gave."""
    session = Discovery(SIMPLE, threshold=1.0)
    q = session.next_question()
    assert q is not None
    assert session.why(q.criterion).startswith(q.why)


def test_round_trip_through_json() -> None:
    """to_dict() is JSON-able and versioned; from_dict() gives back the same session."""
    session = Discovery(PLANS, threshold=0.9)
    session.answer("seats", NumberSpan(8, 20))
    session.answer("region", None)
    session.skip("on_prem")
    data = json.loads(json.dumps(session.to_dict()))
    assert data["schema"] == SCHEMA
    back = Discovery.from_dict(PLANS, data)
    assert back.evidence == session.evidence
    assert back.skipped == session.skipped
    assert back.threshold == 0.9
    assert back.result().probability == pytest.approx(session.result().probability)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param({"schema": "other/9", "events": []}, id="wrong-schema"),
        pytest.param(
            {"schema": SCHEMA, "events": [{"type": "answer", "criterion": "nope", "value": 1}]},
            id="unknown-criterion",
        ),
        pytest.param(
            {"schema": SCHEMA, "events": [{"type": "dance", "criterion": "seats"}]},
            id="unknown-event",
        ),
    ],
)
def test_from_dict_rejects_what_it_cannot_read(data: dict[str, object]) -> None:
    """A saved session that cannot be read raises SessionError saying what to do."""
    with pytest.raises(SessionError):
        Discovery.from_dict(PLANS, data)


# -- properties ---------------------------------------------------------------------------


def _drive(pb: Playbook, threshold: float, rng: random.Random) -> Discovery:
    session = Discovery(pb, threshold=threshold)
    buyer = {c.id: rng.choice(list(c.options or {})) for c in pb.criteria}
    for _ in range(3 * len(pb.criteria)):
        q = session.next_question()
        if q is None:
            break
        session.answer(q.criterion, buyer[q.criterion])
    return session


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.randoms(use_true_random=False))
def test_at_certainty_a_finished_session_has_a_certain_verdict(
    seed: int, rng: random.Random
) -> None:
    """At threshold 1.0, once next_question() is None the verdict is certain."""
    session = _drive(random_playbook(seed), 1.0, rng)
    assert session.next_question() is None
    verdict = session.result()
    assert verdict.certain
    assert verdict.verdict in ("fit", "no_fit")


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.randoms(use_true_random=False))
def test_a_finished_session_is_settled(seed: int, rng: random.Random) -> None:
    """At the default threshold, once next_question() is None the verdict is settled."""
    session = _drive(random_playbook(seed), 0.95, rng)
    assert session.next_question() is None
    assert session.result().settled


def test_a_range_that_never_settles_is_asked_twice_at_most() -> None:
    """A buyer who keeps giving a range across the boundary is asked once more, then let be."""
    session = Discovery(SIMPLE, threshold=1.0)
    session.answer("tool", "excel")
    session.answer("on_prem", False)
    asked = 0
    while (q := session.next_question()) is not None and asked < 10:
        asked += 1
        session.answer(q.criterion, NumberSpan(40, 60))
    assert asked == 2
    assert session.result().verdict == "undecided"


def test_note_message_says_what_to_try() -> None:
    """A note's message explains what was not understood, in one line."""
    session = Discovery(SIMPLE)
    session.answer("team_size", "purple monkey dishwasher")
    assert "number" in session.notes[-1].message


def test_unknown_policy_name() -> None:
    """A policy name that does not exist is a usage error listing the ones that do."""
    with pytest.raises(UsageError, match="checklist"):
        Discovery(SIMPLE, policy="fitfrist")  # type: ignore[arg-type]


def test_remaining_after_a_threshold_stop_starts_with_the_open_must() -> None:
    """Stopped by the threshold, remaining() first offers the must that would make it certain."""
    session = Discovery(SIMPLE, threshold=0.85)
    session.answer("team_size", 12)
    session.answer("tool", "excel")
    assert session.is_clear
    first = session.remaining()[0]
    assert (first.criterion, first.optional) == ("on_prem", True)
    assert "certain" in first.why


def test_from_dict_keeps_notes_and_rephrases() -> None:
    """Notes survive a save and restore, so the re-ask still uses other words."""
    session = Discovery(SIMPLE, threshold=1.0)
    session.answer("team_size", "purple monkey dishwasher")
    back = Discovery.from_dict(SIMPLE, json.loads(json.dumps(session.to_dict())))
    assert back.notes == session.notes


def test_may_ask_names_the_questions_still_to_come() -> None:
    """may_ask is true for an open must, false for an answered one and once a must rules out."""
    session = Discovery(SIMPLE, threshold=1.0)
    assert session.may_ask("on_prem")
    session.answer("on_prem", False)
    assert not session.may_ask("on_prem")
    session.answer("team_size", 2)  # below the minimum: no fit, nothing decisive left
    assert not session.may_ask("tool")
