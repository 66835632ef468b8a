"""In passing, an option's id names it only when written as a name; its synonyms always do."""

from __future__ import annotations

import pytest

from fitfirst.playbook import Criterion, Offer, Playbook
from fitfirst.understand import find_statements

PLAYBOOK = Playbook(
    offer=Offer(name="Pipeline tool", seller="Example Ltd"),
    criteria=(
        Criterion(
            id="sales_motion",
            ask="How do your deals get done?",
            kind="choice",
            importance="must",
            options={"inside": ("phone", "inside sales"), "field": ("visits", "on site")},
            signals=("sell", "deals", "network"),
            accept=("inside", "field"),
        ),
        Criterion(
            id="email_provider",
            ask="Which email do you use?",
            kind="choice",
            importance="must",
            options={"google": ("gmail",), "microsoft": ("outlook",)},
            signals=("email", "mail"),
            accept=("google", "microsoft"),
        ),
    ),
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("It has to run inside our own network.", {}, id="everyday-word-id"),
        pytest.param("we sell over the phone mostly", {"sales_motion": "inside"}, id="synonym"),
        pytest.param("So it's Google for email, right?", {"email_provider": "google"}, id="name"),
        pytest.param(
            "Nobody here uses gmail, we're on outlook.",
            {"email_provider": "microsoft"},
            id="synonym-after-denial",
        ),
    ],
)
def test_option_ids_in_passing(sentence: str, expected: dict[str, str]) -> None:
    """An everyday-word id is not a mention; a synonym or a capitalised name is."""
    found = {f.criterion: f.understood.value for f in find_statements(PLAYBOOK, sentence)}
    assert found == expected
