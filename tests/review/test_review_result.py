"""The review result's JSON contract: versioned, published as a schema file, stable keys."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from fitfirst.playbook.models import Criterion, NumberRange, Offer, Playbook
from fitfirst.review.pipeline import review
from fitfirst.review.result import SCHEMA_VERSION, review_schema
from fitfirst.transcripts.model import Transcript, Turn

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_FILE = ROOT / "docs" / "review.schema.json"

PLAYBOOK = Playbook(
    offer=Offer(name="Acme Pipeline", seller="Acme Inc."),
    criteria=(
        Criterion(
            id="team_size",
            ask="How many people sell for you today?",
            kind="number",
            unit="people",
            accept=NumberRange(min=3, max=80),
            importance="must",
            signals=("reps", "sellers"),
        ),
        Criterion(
            id="on_premise",
            ask="Does the tool have to run on your own servers?",
            kind="yes_no",
            accept=False,
            importance="must",
            signals=("own servers", "on premise"),
        ),
    ),
)

CALL = Transcript(
    (
        Turn("Dana", "Hi Lee, this is Dana from Acme. Thanks for taking the time.", 0.0, 4.0),
        Turn("Lee", "Hi Dana, glad to.", 5.0, 6.0),
        Turn("Dana", "How many people sell for you today?", 7.0, 9.0),
        Turn("Lee", "We have twelve reps, all remote.", 10.0, 13.0),
        Turn(
            "Dana", "So I'll send the contract today. Monday or Tuesday for kick-off?", 14.0, 18.0
        ),
        Turn("Lee", "Let me think about it.", 19.0, 20.0),
    ),
    format="test",
    source="result-call",
)


def test_published_schema_is_the_code_schema() -> None:
    """docs/review.schema.json is review_schema(); FITFIRST_UPDATE_GOLDEN=1 rewrites it."""
    text = json.dumps(review_schema(), indent=2, ensure_ascii=False) + "\n"
    if os.environ.get("FITFIRST_UPDATE_GOLDEN"):
        SCHEMA_FILE.write_text(text, encoding="utf-8")
    assert SCHEMA_FILE.read_text(encoding="utf-8") == text


def test_schema_is_a_valid_json_schema() -> None:
    """The schema itself passes the 2020-12 meta-schema."""
    jsonschema.Draft202012Validator.check_schema(review_schema())


@pytest.mark.parametrize(
    "playbook", [pytest.param(PLAYBOOK, id="with-playbook"), pytest.param(None, id="no-playbook")]
)
def test_result_matches_schema(playbook: Playbook | None) -> None:
    """to_dict() of a real review validates against the published schema."""
    data = review(CALL, playbook=playbook).to_dict()
    jsonschema.validate(data, review_schema())
    json.dumps(data)  # plain JSON types only


def test_contract_keys() -> None:
    """The keys other programs read are there, with the documented shapes."""
    data: dict[str, Any] = review(CALL, playbook=PLAYBOOK).to_dict()
    assert data["schema_version"] == SCHEMA_VERSION
    turn = data["turns"][4]
    assert {k: turn[k] for k in ("speaker", "role", "start", "end")} == {
        "speaker": "Dana",
        "role": "seller",
        "start": 14.0,
        "end": 18.0,
    }
    assert all({"text", "label"} <= set(s) for s in turn["sentences"])
    assert data["metrics"]["basis"] == "time"
    criterion = data["fit"]["criteria"]["team_size"]
    assert {"status", "value", "evidence"} <= set(criterion)
    assert all({"quote", "turn"} <= set(e) for e in criterion["evidence"])
    assert {"verdict", "plans", "probability", "summary"} <= set(data["fit"])
    assert isinstance(data["needs"], list)
    assert {"kind", "quote", "turn"} <= set(data["outcome"])
    assert data["seller"]["speakers"] == ["Dana"]


def test_without_playbook_fit_is_null_and_warned() -> None:
    """No playbook: fit is null, nothing to ask next, and a warning says why."""
    data = review(CALL).to_dict()
    assert data["fit"] is None
    assert data["ask_next_time"] == []
    assert any("No playbook" in w for w in data["warnings"])


def test_pressure_moments_carry_time_and_coaching() -> None:
    """Each pressure moment says where, what, why it pressures and what to say instead."""
    data = review(CALL).to_dict()
    assert data["pressure"], "the call has an assumptive close"
    moment = data["pressure"][0]
    assert (moment["turn"], moment["time"], moment["speaker"]) == (4, 14.0, "Dana")
    assert moment["explanation"] and moment["instead"]


def test_buyer_turns_are_not_labelled_as_selling_moves() -> None:
    """Buyer sentences are split but carry the label "none"."""
    data = review(CALL).to_dict()
    buyer = [s for t in data["turns"] if t["role"] == "buyer" for s in t["sentences"]]
    assert buyer and {s["label"] for s in buyer} == {"none"}


def test_untimed_call_warns_about_word_basis() -> None:
    """Without timestamps the metrics are on the words basis, and a warning says so."""
    untimed = Transcript(tuple(Turn(t.speaker, t.text) for t in CALL.turns), format="test")
    data = review(untimed).to_dict()
    assert data["metrics"]["basis"] == "words"
    assert data["metrics"]["patience"] is None
    assert any("no timestamps" in w for w in data["warnings"])


@pytest.mark.parametrize(
    "transcript",
    [
        pytest.param(Transcript((), format="test"), id="no-turns"),
        pytest.param(Transcript((Turn("Solo", "Hello? Anyone there?"),), format="test"), id="one"),
    ],
)
def test_degenerate_calls_still_give_a_valid_result(transcript: Transcript) -> None:
    """An empty or one-speaker call is reviewed without error and still matches the schema."""
    data = review(transcript, playbook=PLAYBOOK).to_dict()
    jsonschema.validate(data, review_schema())
    assert data["fit"]["verdict"] == "undecided"
