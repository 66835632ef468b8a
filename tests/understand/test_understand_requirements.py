"""Requirements said in passing, and option names paraphrased without their distinctive words."""

from __future__ import annotations

import pytest

from fitfirst.playbook.models import Criterion, Offer, Playbook
from fitfirst.understand import find_statements

HOSTING = Criterion(
    id="self_hosted",
    ask="Does the tool have to run on your own hardware?",
    kind="yes_no",
    signals=("own hardware", "on premise", "self hosted", "air gapped"),
)
OWNER = Criterion(
    id="has_owner",
    ask="Who in management owns this project?",
    kind="yes_no",
    signals=("director", "manager", "board"),
)
CHAT = Criterion(
    id="chat_tool",
    ask="Which chat tool does the team use?",
    kind="choice",
    options={
        "slack": ("slack",),
        "teams": ("microsoft teams",),
        "other": ("our own chat server", "a matrix homeserver"),
    },
    signals=("chat", "messaging"),
)
BOOK = Playbook(
    offer=Offer(name="Stackwise", seller="Example Ltd"), criteria=(HOSTING, OWNER, CHAT)
)


def _reading(text: str, criterion: str) -> tuple[object, float] | None:
    for f in find_statements(BOOK, text):
        if f.criterion == criterion:
            return f.understood.value, f.understood.confidence
    return None


REQUIRED: list[tuple[str, str]] = [
    ("has-to", "Our security team says the code has to stay on our own hardware."),
    ("must-be", "Whatever we buy must be self hosted."),
    ("need-it-to", "We need it to sit on premise, behind our firewall."),
    ("required", "For the defence contracts it is required to be air gapped."),
]


@pytest.mark.parametrize("text", [c[1] for c in REQUIRED], ids=[c[0] for c in REQUIRED])
def test_a_stated_requirement_in_the_criterions_words_is_clear(text: str) -> None:
    """A signal phrase after a requirement verb reads as yes, clear enough to count alone."""
    got = _reading(text, "self_hosted")
    assert got is not None and got[0] is True and got[1] >= 0.75, got


NOT_CLEAR: list[tuple[str, str, str]] = [
    ("fact-not-requirement", "We keep a few things on our own hardware.", "self_hosted"),
    ("negated", "It does not have to be self hosted, to be honest.", "self_hosted"),
    ("signal-is-the-subject", "The board says our data must stay in the country.", "has_owner"),
    ("question-not-about-need", "We need to get a director behind this.", "has_owner"),
]


@pytest.mark.parametrize(
    ("text", "criterion"), [c[1:] for c in NOT_CLEAR], ids=[c[0] for c in NOT_CLEAR]
)
def test_other_mentions_stay_below_a_clear_statement(text: str, criterion: str) -> None:
    """Facts, negated needs, and needs for a question that asks no requirement stay modest."""
    got = _reading(text, criterion)
    assert got is None or got[1] < 0.75, got


PARTIAL: list[tuple[str, str, str | None]] = [
    ("distinctive-word-missing", "All our source code stays on our own servers.", None),
    ("only-own-missing", "The team talks on our chat server, the one we host.", "other"),
    ("all-words-present", "We run our own chat server for the whole company.", "other"),
]


@pytest.mark.parametrize(("text", "option"), [c[1:] for c in PARTIAL], ids=[c[0] for c in PARTIAL])
def test_partial_option_name_needs_its_distinctive_words(text: str, option: str | None) -> None:
    """An option name matched in part counts only when the words left out are generic."""
    got = _reading(text, "chat_tool")
    assert (got[0] if got else None) == option, got
