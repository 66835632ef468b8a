"""Statements in free sentences: what counts as evidence about a criterion, and what must not."""

from __future__ import annotations

import pytest

from fitfirst.playbook.models import Criterion, Offer, Playbook
from fitfirst.understand import Finding, find_statements

PLAYBOOK = Playbook(
    offer=Offer(name="Fieldbook", seller="Example Ltd"),
    criteria=(
        Criterion(
            id="team_size",
            ask="How many people are on your team?",
            kind="number",
            unit="people",
            signals=("team", "headcount", "reps"),
        ),
        Criterion(
            id="budget",
            ask="What could you spend on this in a year?",
            kind="number",
            unit="USD per year",
            signals=("budget", "spend", "spending"),
        ),
        Criterion(
            id="locations",
            ask="How many sites do you run?",
            kind="number",
            unit="sites",
            signals=("sites", "branches"),
        ),
        Criterion(
            id="needs_offline",
            ask="Do your people need to work without an internet connection?",
            kind="yes_no",
            signals=("offline", "signal", "internet", "coverage"),
        ),
        Criterion(
            id="crm_today",
            ask="What do you use to keep track of customers today?",
            kind="choice",
            options={
                "spreadsheet": ("excel", "google sheets", "spreadsheets"),
                "dedicated_crm": ("salesforce", "hubspot", "pipedrive"),
                "none": (),
            },
            signals=("crm", "customer list", "track"),
        ),
        Criterion(
            id="context",
            ask="What prompted you to look now?",
            kind="text",
            signals=("audit",),
        ),
    ),
)

Want = dict[str, object]

FOUND: list[tuple[str, str, str | None, Want]] = [
    ("reps", "we've got about forty reps", None, {"team_size": 40.0}),
    ("sheets", "everything lives in google sheets", None, {"crm_today": "spreadsheet"}),
    (
        "no-signal",
        "our guys are out in the field with no signal half the time",
        None,
        {"needs_offline": True},
    ),
    ("people-on-team", "there's like 25 people on the team", None, {"team_size": 25.0}),
    ("team-of", "um, we're a team of about thirty", None, {"team_size": 30.0}),
    ("headcount", "our headcount is 140 right now", None, {"team_size": 140.0}),
    ("budget-year", "budget is maybe 15 grand a year", None, {"budget": 15000.0}),
    ("spend-month", "we spend around 1k a month on software", None, {"budget": 12000.0}),
    (
        "always-online",
        "they're always online, there's wifi everywhere",
        None,
        {"needs_offline": False},
    ),
    ("track-in-excel", "we track customers in excel", None, {"crm_today": "spreadsheet"}),
    ("on-hubspot", "and we're on hubspot for the sales side", None, {"crm_today": "dedicated_crm"}),
    ("sites", "we run 6 sites across the county", None, {"locations": 6.0}),
    ("vans-and-guys", "We've got 4 vans and 6 reps.", None, {"team_size": 6.0}),
    (
        "back-on-sheets",
        "We tried HubSpot, it was too much, so we're back on spreadsheets.",
        None,
        {"crm_today": "spreadsheet"},
    ),
    ("budget-for-this", "The budget for this is like 30k.", None, {"budget": 30000.0}),
    (
        "several-in-one-turn",
        "We have forty people and we're on hubspot. Budget is tight, maybe 10k.",
        None,
        {"team_size": 40.0, "crm_today": "dedicated_crm", "budget": 10000.0},
    ),
    ("text-signal", "the audit last spring showed we were losing jobs", None, {"context": None}),
    # with the question just asked, bare answers count
    ("asked-number", "about forty", "team_size", {"team_size": 40.0}),
    ("asked-yes", "yeah we do", "needs_offline", {"needs_offline": True}),
    ("asked-choice", "excel mostly", "crm_today", {"crm_today": "spreadsheet"}),
    ("asked-range", "uh, forty, fifty maybe", "team_size", {"team_size": (40.0, 50.0)}),
    (
        "asked-plus-other",
        "yep. And we're about 40 reps.",
        "needs_offline",
        {"needs_offline": True, "team_size": 40.0},
    ),
    (
        "asked-skips-foreign",
        "we've got 3 sites and 45 people",
        "team_size",
        {"team_size": 45.0, "locations": 3.0},
    ),
]


def _values(findings: list[Finding]) -> dict[str, object]:
    out: dict[str, object] = {}
    for f in findings:
        v = f.understood.value
        if hasattr(v, "low"):
            out[f.criterion] = (v.low, v.high)  # type: ignore[union-attr]
        elif isinstance(v, str) and f.criterion == "context":
            out[f.criterion] = None
        else:
            out[f.criterion] = v
    return out


@pytest.mark.parametrize(
    ("text", "asked", "want"), [c[1:] for c in FOUND], ids=[c[0] for c in FOUND]
)
def test_statement_found(text: str, asked: str | None, want: Want) -> None:
    """The sentence says exactly these things about these criteria."""
    assert _values(find_statements(PLAYBOOK, text, asked=asked)) == want


NOT_FOUND: list[tuple[str, str, str | None]] = [
    ("years-in-business", "we've been in business 40 years", None),
    ("seller-question", "How many people are on your team?", None),
    ("other-companies", "Most of our customers have about 40 reps", None),
    ("your-team", "your team of 12 would love it", None),
    ("hypothetical", "If we grew to 100 people we'd need something better", None),
    ("hiring-plan", "we're hiring 20 more reps this year", None),
    ("past", "we used to be 100 people", None),
    ("email", "I'll send it over in an email", None),
    ("considering", "we're looking at hubspot", None),
    ("deals", "we close about 40 deals a month", None),
    ("price-not-budget", "the quote they gave us was $20k", None),
    ("bare-yes-unasked", "yeah", None),
    ("bare-number-unasked", "about forty", None),
    ("year", "in 2019 we moved to the new building", None),
    ("team-no-number", "our team loves the mobile app", None),
    ("team-with-years", "the team has been together for 12 years", None),
    ("percent", "the team grew 30% last year", None),
    ("call-trouble", "Sorry, the signal is bad, I can't hear you.", None),
    ("denied-only", "we don't use salesforce", None),
    (
        "number-and-signal-far-apart",
        "our team is great and honestly the best thing is we serve 300 households",
        None,
    ),
    ("two-counts", "We've got two people in the office and like 30 out on the road.", None),
    ("email-list", "I've got 200 people on my email list.", None),
    ("people-asked", "About 5 people have asked me about this already.", None),
    ("people-quit", "We had three people quit last month.", None),
    ("someone-elses-tool", "My accountant uses excel.", None),
    ("opinion-only", "Excel is a nightmare.", None),
    ("turnover-percent", "Our staff turnover is like 30 percent.", None),
    ("calls-a-day", "Our reps make about 40 calls a day.", None),
    ("degrees", "It was about 40 degrees out there today.", None),
    ("opening-days", "We're open 7 days a week.", None),
    ("revenue-not-budget", "We do about 2 million in revenue.", None),
    ("past-spend", "We spent 50k last year on a system that nobody used.", None),
    ("asked-unclear", "well that's a long story", "team_size"),
    ("asked-foreign", "we've been going 40 years", "team_size"),
    ("unknown-asked-id", "about forty", "no_such_criterion"),
]


@pytest.mark.parametrize(
    ("text", "asked"), [c[1:] for c in NOT_FOUND], ids=[c[0] for c in NOT_FOUND]
)
def test_statement_not_found(text: str, asked: str | None) -> None:
    """Sentences that are not about the buyer's situation now give no findings."""
    assert find_statements(PLAYBOOK, text, asked=asked) == []


def test_asked_dont_know_is_a_finding() -> None:
    """A "not sure" to the question just asked is an explicit unknown for it."""
    [finding] = find_statements(PLAYBOOK, "not sure, honestly", asked="team_size")
    assert finding.understood.reading == "dont_know"


def test_cue_quotes_the_words() -> None:
    """The cue is the buyer's own words that carry the finding."""
    [finding] = find_statements(PLAYBOOK, "Well, we've got about forty reps these days.")
    assert finding.cue == "forty reps"


def test_unasked_statement_is_less_sure_than_an_answer() -> None:
    """A statement found in passing carries less confidence than a direct answer."""
    [passing] = find_statements(PLAYBOOK, "there's 25 people on the team")
    [answer] = find_statements(PLAYBOOK, "25", asked="team_size")
    assert passing.understood.confidence < answer.understood.confidence


def test_one_finding_per_criterion() -> None:
    """A turn yields at most one finding per criterion."""
    found = find_statements(PLAYBOOK, "We're 40 reps. Yes, forty reps in total.")
    assert [f.criterion for f in found] == ["team_size"]


@pytest.mark.parametrize(
    "text", ["", "   ", "?", "...!"], ids=["empty", "blank", "question-mark", "marks"]
)
def test_nothing_in_nothing(text: str) -> None:
    """Empty or punctuation-only text gives no findings."""
    assert find_statements(PLAYBOOK, text) == []
