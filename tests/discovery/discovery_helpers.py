"""Playbooks and exact yardsticks for the discovery policy's tests."""

from __future__ import annotations

import random
from typing import Any

from fitfirst.discovery import Policy, Situation, choose
from fitfirst.playbook.models import Playbook


def make_playbook(
    criteria: list[dict[str, Any]], plans: list[dict[str, Any]] | None = None
) -> Playbook:
    return Playbook.model_validate(
        {"offer": {"name": "T", "seller": "S"}, "criteria": criteria, "plans": plans or []}
    )


def _yes_no(cid: str, prior: float, cost: float = 1.0, importance: str = "must") -> dict[str, Any]:
    return {
        "id": cid,
        "ask": f"{cid}?",
        "kind": "yes_no",
        "importance": importance,
        "accept": "yes",
        "prior": prior,
        "cost": cost,
    }


SIMPLE = make_playbook(
    [
        {
            "id": "team_size",
            "ask": "How many people?",
            "kind": "number",
            "unit": "people",
            "importance": "must",
            "accept": {"min": 5, "max": 50},
            "prior": {"<5": 0.2, "5-50": 0.6, ">50": 0.2},
            "rephrase": ["Roughly how many of you are there?"],
        },
        {
            "id": "tool",
            "ask": "What do you use today?",
            "kind": "choice",
            "importance": "must",
            "options": {"excel": ["excel", "spreadsheet"], "paper": ["paper"], "erp": ["sap"]},
            "accept": ["excel", "paper"],
            "prior": {"excel": 0.5, "paper": 0.3, "erp": 0.2},
        },
        {
            "id": "on_prem",
            "ask": "Must it run on your servers?",
            "kind": "yes_no",
            "importance": "must",
            "accept": "no",
            "prior": 0.1,
            "cost": 2,
        },
        {
            "id": "budget",
            "ask": "What budget?",
            "kind": "number",
            "importance": "should",
            "accept": {"min": 100},
        },
        {
            "id": "hoa",
            "ask": "Any approvals?",
            "kind": "yes_no",
            "importance": "nice",
            "accept": "yes",
        },
        {"id": "trigger", "ask": "Why now?", "kind": "text", "importance": "nice"},
    ]
)

PLANS = make_playbook(
    [
        {
            "id": "seats",
            "ask": "How many seats?",
            "kind": "number",
            "importance": "must",
            "accept": {"min": 1},
            "prior": {"1-10": 0.5, "11-100": 0.4, ">100": 0.1},
        },
        {
            "id": "region",
            "ask": "Where are you?",
            "kind": "choice",
            "importance": "must",
            "options": {"eu": ["europe"], "us": ["usa"], "apac": ["asia"]},
            "accept": ["eu", "us"],
        },
        {
            "id": "on_prem",
            "ask": "Own servers?",
            "kind": "yes_no",
            "importance": "must",
            "accept": "no",
            "prior": 0.1,
            "cost": 2,
        },
    ],
    plans=[
        {"id": "starter", "name": "Starter", "accept": {"seats": {"max": 10}}},
        {
            "id": "business",
            "name": "Business",
            "accept": {"seats": {"min": 5, "max": 100}, "region": ["eu", "us", "apac"]},
        },
    ],
)


WEIGHTS = [0.0, 1.0, 2.0, 5.0]


def random_playbook(seed: int, *, plans: int | None = None, musts: int | None = None) -> Playbook:
    """A tiny random playbook of choice musts (some options impossible), with or without plans."""
    rng = random.Random(seed)
    n_plans = rng.randint(0, 3) if plans is None else plans
    n = rng.randint(2, 5) if musts is None else musts
    criteria: list[dict[str, Any]] = []
    options = ["a", "b", "c", "d"]
    for i in range(n):
        k = rng.randint(2, 4)
        opts = options[:k]
        weights = [rng.choice(WEIGHTS) for _ in opts]
        if sum(weights) == 0:
            weights[0] = 1.0
        prior = {o: w / sum(weights) for o, w in zip(opts, weights, strict=True)}
        prior[opts[-1]] = 1.0 - sum(prior[o] for o in opts[:-1])
        criteria.append(
            {
                "id": f"q{i}",
                "ask": f"q{i}?",
                "kind": "choice",
                "importance": "must",
                "options": {o: [] for o in opts},
                "accept": rng.sample(opts, rng.randint(1, k)),
                "prior": prior,
                "cost": rng.choice([1.0, 1.5, 2.0, 3.0]),
            }
        )
    plan_list = []
    for p in range(n_plans):
        accept = {}
        for c in criteria:
            if rng.random() < 0.5:
                opts = list(c["options"])
                accept[c["id"]] = rng.sample(opts, rng.randint(1, len(opts)))
        plan_list.append({"id": f"p{p}", "name": f"Plan {p}", "accept": accept})
    return make_playbook(criteria, plan_list)


def brute_force_cost(sit: Situation) -> float:
    """Optimal expected cost by enumerating buyers (joint answers) explicitly: no bitset DP,
    no independence shortcut, no memo, so it checks the planner from outside."""
    cands = sit.askable + sit.held
    hyps: list[tuple[tuple[int, ...], float, int]] = [((), 1.0, sit.mask)]
    for c in cands:
        hyps = [
            ((*h, j), p * cell.probability, cls & cell.bits)
            for h, p, cls in hyps
            for j, cell in enumerate(c.cells)
        ]
    askable = [i for i, c in enumerate(cands) if c in sit.askable]

    def solve(group: list[tuple[tuple[int, ...], float, int]], asked: frozenset[int]) -> float:
        if len({cls for _, _, cls in group}) <= 1:
            return 0.0
        if sit.threshold < 1.0:
            total = sum(p for _, p, _ in group)
            by: dict[int, float] = {}
            for _, p, cls in group:
                by[cls] = by.get(cls, 0.0) + p
            if total > 0 and max(by.values()) / total >= sit.threshold - 1e-9:
                return 0.0
        total = sum(p for _, p, _ in group)
        best = float("inf")
        for i in askable:
            if i in asked:
                continue
            value = cands[i].cost
            for j in range(len(cands[i].cells)):
                part = [h for h in group if h[0][i] == j]
                weight = sum(p for _, p, _ in part)
                if weight > 0:
                    value += weight / total * solve(part, asked | {i})
            best = min(best, value)
        return 0.0 if best == float("inf") else best

    return solve(hyps, frozenset())


def policy_cost(sit: Situation, policy: Policy) -> float:
    """Exact expected cost of following a policy to its stop, under the priors."""
    pick = choose(sit, policy)
    if pick is None:
        return 0.0
    cand = next(c for c in sit.askable + sit.held if c.criterion == pick.criterion)
    value = cand.cost
    for cell in cand.cells:
        if cell.probability > 0:
            value += cell.probability * policy_cost(sit.after(cand.criterion, cell.bits), policy)
    return value
