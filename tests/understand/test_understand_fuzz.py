"""Any text at all: never an exception, always a well-formed reading."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from fitfirst.fit.evidence import NumberSpan
from fitfirst.playbook.models import Criterion, Need, Offer, Playbook
from fitfirst.understand import Understood, find_needs, find_statements, understand_answer

CRITERIA = (
    Criterion(
        id="team_size",
        ask="How many people are on your team?",
        kind="number",
        unit="people",
        signals=("team", "reps"),
    ),
    Criterion(
        id="budget",
        ask="What is your yearly budget?",
        kind="number",
        unit="USD per year",
        signals=("budget",),
    ),
    Criterion(id="area", ask="How big is the floor?", kind="number", unit="m²"),
    Criterion(
        id="offline",
        ask="Do you need to work without an internet connection?",
        kind="yes_no",
        signals=("offline", "signal"),
    ),
    Criterion(
        id="crm",
        ask="What do you use to track customers?",
        kind="choice",
        options={"spreadsheet": ("excel", "google sheets"), "crm": ("salesforce",), "none": ()},
        signals=("track",),
    ),
    Criterion(id="notes", ask="Anything else?", kind="text", signals=("audit",)),
)
PLAYBOOK = Playbook(
    offer=Offer(name="X", seller="Y"),
    criteria=CRITERIA,
    needs=(Need(id="lost", statement="Leads get lost after the first call"),),
)

# Text drawn from words the readers react to, so the fuzzing reaches deep paths, plus any text.
_VOCAB = [
    "about",
    "forty",
    "40",
    "-",
    "50",
    "to",
    "between",
    "and",
    "$",
    "20",
    "k",
    "million",
    "half",
    "a",
    "dozen",
    "few",
    "hundred",
    "under",
    "over",
    "+",
    "just",
    "me",
    "none",
    "nobody",
    "yes",
    "no",
    "not",
    "really",
    "we",
    "do",
    "don't",
    "never",
    "sometimes",
    "excel",
    "sheets",
    "salesforce",
    "nothing",
    "skip",
    "I",
    "know",
    "sure",
    "well",
    ",",
    ".",
    "?",
    "month",
    "year",
    "per",
    "people",
    "years",
    "signal",
    "online",
    "offline",
    "used",
    "to",
    "now",
    "mostly",
    "€",
    "1,200",
    "2.5",
    "m²",
    "of",
    "us",
    "and",
    "a",
    "half",
    "grand",
    "or",
    "so",
    "ish",
    "9" * 40,
    "0.0",
    "team",
    "budget",
    "if",
    "your",
]
TEXT = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(_VOCAB), max_size=25).map(" ".join),
)


def _valid(u: Understood, crit: Criterion) -> None:
    assert u.reading in {"value", "dont_know", "skip", "unclear"}
    assert 0.0 <= u.confidence <= 1.0
    assert isinstance(u.explanation, str)
    if u.reading != "value":
        assert u.value is None
        return
    assert u.value is not None
    if crit.kind == "number":
        if isinstance(u.value, NumberSpan):
            assert not math.isnan(u.value.low) and not math.isnan(u.value.high)
            assert u.value.low <= u.value.high
        else:
            assert isinstance(u.value, float)
            assert math.isfinite(u.value)
    elif crit.kind == "yes_no":
        assert isinstance(u.value, bool)
    elif crit.kind == "choice":
        assert u.value in (crit.options or {})
    else:
        assert isinstance(u.value, str) and u.value.strip()


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_understand_answer_never_raises(text: str) -> None:
    """Every kind of criterion gets a valid reading for any text."""
    for crit in CRITERIA:
        _valid(understand_answer(crit, text), crit)


@settings(max_examples=200, deadline=None)
@given(TEXT, st.sampled_from([None, *(c.id for c in CRITERIA), "unknown"]))
def test_find_statements_never_raises(text: str, asked: str | None) -> None:
    """Findings are well formed and name real criteria, at most one each."""
    found = find_statements(PLAYBOOK, text, asked=asked)
    ids = [f.criterion for f in found]
    assert len(ids) == len(set(ids))
    for f in found:
        crit = PLAYBOOK.criterion(f.criterion)
        _valid(f.understood, crit)
        assert f.understood.reading in {"value", "dont_know"}
        assert isinstance(f.cue, str)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_find_needs_never_raises(text: str) -> None:
    """Needs found are always ids of the playbook's needs."""
    assert set(find_needs(PLAYBOOK, text)) <= {"lost"}


def test_very_long_answer_is_unclear_not_slow() -> None:
    """A huge answer is refused plainly rather than read."""
    got = understand_answer(CRITERIA[0], "forty " * 5000)
    assert got.reading == "unclear"
