"""Small playbooks for the fit engine's tests, built in code so each test shows its rules."""

from __future__ import annotations

from typing import Any

from fitfirst.fit import Evidence, Value
from fitfirst.playbook.models import Playbook


def make_playbook(
    criteria: list[dict[str, Any]],
    plans: list[dict[str, Any]] | None = None,
    referrals: dict[str, str] | None = None,
) -> Playbook:
    """A playbook from criterion and plan mappings (the YAML shape)."""
    data: dict[str, Any] = {
        "offer": {"name": "Test offer", "seller": "Test seller"},
        "criteria": criteria,
        "plans": plans or [],
        "outcomes": {"referrals": referrals or {}},
    }
    return Playbook.model_validate(data)


TEAM = {
    "id": "team_size",
    "ask": "How many people?",
    "kind": "number",
    "unit": "people",
    "importance": "must",
    "accept": {"min": 5, "max": 50},
    "prior": {"<5": 0.2, "5-50": 0.6, ">50": 0.2},
}
TOOL = {
    "id": "tool",
    "ask": "What do you use today?",
    "kind": "choice",
    "importance": "must",
    "options": {"excel": ["excel", "spreadsheet"], "paper": ["paper"], "erp": ["sap"]},
    "accept": ["excel", "paper"],
    "prior": {"excel": 0.5, "paper": 0.3, "erp": 0.2},
}
ON_PREM = {
    "id": "on_prem",
    "ask": "Must it run on your servers?",
    "kind": "yes_no",
    "importance": "must",
    "accept": "no",
    "prior": 0.1,
    "cost": 2,
}
BUDGET = {
    "id": "budget",
    "ask": "What budget?",
    "kind": "number",
    "importance": "should",
    "accept": {"min": 100},
    "prior": {"<100": 0.5, ">100": 0.5},
}
TRIGGER = {"id": "trigger", "ask": "Why now?", "kind": "text", "importance": "nice"}

SIMPLE = make_playbook(
    [TEAM, TOOL, ON_PREM, BUDGET, TRIGGER],
    referrals={"team_size": "Try a spreadsheet.", "on_prem": "Look at a self-hosted tool."},
)

SEATS = {
    "id": "seats",
    "ask": "How many seats?",
    "kind": "number",
    "importance": "must",
    "accept": {"min": 1},
    "prior": {"1-10": 0.5, "11-100": 0.4, ">100": 0.1},
}
REGION = {
    "id": "region",
    "ask": "Where are you?",
    "kind": "choice",
    "importance": "must",
    "options": {"eu": ["europe"], "us": ["usa"], "apac": ["asia"]},
    "accept": ["eu", "us"],
}
PLANS = make_playbook(
    [SEATS, REGION, ON_PREM],
    plans=[
        {"id": "starter", "name": "Starter", "accept": {"seats": {"max": 10}}},
        {
            "id": "business",
            "name": "Business",
            "accept": {"seats": {"min": 5, "max": 100}, "region": ["eu", "us", "apac"]},
        },
    ],
)


def ev(criterion: str, value: Value | None, quote: str = "") -> Evidence:
    """Evidence as a buyer would give it; the quote defaults to the value in words."""
    return Evidence(criterion, value, quote or f"said {value!r}")
