"""The discovery policy: optimal where it can be, never asking what cannot matter."""

from __future__ import annotations

import pytest
from discovery_helpers import PLANS, SIMPLE, brute_force_cost, policy_cost, random_playbook
from hypothesis import given, settings
from hypothesis import strategies as st

from fitfirst.discovery import ask_order, choose, next_pick, situation
from fitfirst.discovery.planner import ExactPlanner
from fitfirst.fit import Evidence, assess
from fitfirst.fit.probability import can_change
from fitfirst.playbook.models import Playbook


def _sit(pb: Playbook, evidence: list[Evidence] | None = None, threshold: float = 1.0):  # type: ignore[no-untyped-def]
    return situation(pb, assess(pb, evidence or []), threshold)


@pytest.mark.parametrize("seed", [pytest.param(s, id=f"seed-{s}") for s in range(25)])
def test_exact_plan_matches_brute_force(seed: int) -> None:
    """The memoised DP over (asked, plans still possible) finds the optimal expected cost."""
    sit = _sit(random_playbook(seed))
    planner = ExactPlanner(sit.askable, sit.held, sit.threshold)
    assert planner.best(sit)[1] == pytest.approx(brute_force_cost(sit))


@pytest.mark.parametrize("seed", [pytest.param(s, id=f"seed-{s}") for s in range(10)])
def test_exact_plan_matches_brute_force_below_certainty(seed: int) -> None:
    """With a threshold below 1 the DP still matches brute force (it stops at the threshold)."""
    sit = _sit(random_playbook(seed), threshold=0.8)
    planner = ExactPlanner(sit.askable, sit.held, sit.threshold)
    assert planner.best(sit)[1] == pytest.approx(brute_force_cost(sit))


@pytest.mark.parametrize("seed", [pytest.param(s, id=f"seed-{s}") for s in range(15)])
def test_ratio_order_is_optimal_without_plans(seed: int) -> None:
    """Without plans, asking by cost / P(rules it out) ascending is exactly optimal."""
    sit = _sit(random_playbook(seed, plans=0))
    assert policy_cost(sit, "fitfirst") == pytest.approx(brute_force_cost(sit))
    assert choose(sit, "fitfirst").method == "ratio"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("seed", "threshold"),
    [pytest.param(s, t, id=f"seed-{s}-t{t}") for s in range(20) for t in (1.0, 0.9)],
)
def test_policy_beats_or_ties_the_checklist(seed: int, threshold: float) -> None:
    """On small random playbooks the policy's expected cost is never above the checklist's."""
    sit = _sit(random_playbook(seed), threshold=threshold)
    assert policy_cost(sit, "fitfirst") <= policy_cost(sit, "checklist") + 1e-9


@pytest.mark.parametrize("seed", [pytest.param(s, id=f"seed-{s}") for s in range(10)])
def test_ec2_greedy_is_near_the_optimum(seed: int) -> None:
    """The greedy fallback stays within a modest factor of the optimum on small playbooks."""
    sit = _sit(random_playbook(seed, plans=3, musts=5))
    assert policy_cost(sit, "ec2") <= 1.5 * brute_force_cost(sit) + 1e-9


def test_never_asks_what_cannot_change_the_class() -> None:
    """With only Business possible (60 seats), the region (Business takes all) is never asked."""
    sit = _sit(PLANS, [Evidence("seats", 60.0, "60")])
    assert choose(sit).criterion == "on_prem"  # type: ignore[union-attr]
    assert [c.criterion for c in sit.relevant()] == ["on_prem"]


def test_stops_when_likely_enough() -> None:
    """Nothing is asked when the likeliest outcome already passes the threshold."""
    sit = _sit(SIMPLE, [Evidence("team_size", 12.0, "12"), Evidence("tool", "excel", "excel")])
    assert choose(sit) is not None
    sit_90 = situation(
        SIMPLE,
        assess(SIMPLE, [Evidence("team_size", 12.0, "12"), Evidence("tool", "excel", "excel")]),
        0.85,
    )
    assert choose(sit_90) is None


def test_dont_know_is_asked_again_only_when_nothing_else_decides() -> None:
    """A "don't know" is left while others can decide, then asked once more, then let be."""
    state = assess(SIMPLE, [Evidence("on_prem", None, "no idea")])
    assert next_pick(SIMPLE, state, 1.0).criterion != "on_prem"  # type: ignore[union-attr]
    rest = [Evidence("team_size", 12.0, "12"), Evidence("tool", "excel", "excel")]
    again = next_pick(SIMPLE, assess(SIMPLE, [Evidence("on_prem", None, "no idea"), *rest]), 1.0)
    assert again is not None
    assert again.criterion == "on_prem"
    assert again.why.startswith("You weren't sure before")
    twice = [Evidence("on_prem", None, "no idea"), Evidence("on_prem", None, "still no idea")]
    assert next_pick(SIMPLE, assess(SIMPLE, [*twice, *rest]), 1.0) is None


def test_skipped_criteria_are_not_asked() -> None:
    """A criterion the asker skipped is not asked, even when it is the only one left."""
    rest = [Evidence("team_size", 12.0, "12"), Evidence("tool", "excel", "excel")]
    assert next_pick(SIMPLE, assess(SIMPLE, rest), 1.0, skipped={"on_prem"}) is None


@pytest.mark.parametrize(
    ("playbook", "evidence", "fragment"),
    [
        pytest.param(
            SIMPLE,
            [Evidence("team_size", 12.0, "12"), Evidence("tool", "paper", "p")],
            "the last must-have that could still rule this out",
            id="last-must",
        ),
        pytest.param(SIMPLE, [], "quick to ask", id="quick"),
        pytest.param(
            PLANS,
            [Evidence("on_prem", False, "no"), Evidence("region", "eu", "eu")],
            "decides between the Starter and Business plans",
            id="between-plans",
        ),
        pytest.param(
            PLANS,
            [Evidence("on_prem", False, "no"), Evidence("seats", 7.0, "7")],
            "decides whether the Starter plan fits",
            id="one-plan",
        ),
    ],
)
def test_why_texts(playbook: Playbook, evidence: list[Evidence], fragment: str) -> None:
    """Every question comes with a plain-words reason for asking it now."""
    pick = next_pick(playbook, assess(playbook, evidence), 1.0)
    assert pick is not None
    assert fragment in pick.why


def test_ask_order_lists_musts_first_then_optional() -> None:
    """The order for "ask next time": musts as the policy would ask, then should/nice/text."""
    order = ask_order(SIMPLE, assess(SIMPLE, []), 1.0)
    assert order[0] == next_pick(SIMPLE, assess(SIMPLE, []), 1.0).criterion  # type: ignore[union-attr]
    assert set(order[:3]) == {"team_size", "tool", "on_prem"}
    assert order[3:] == ["budget", "hoa", "trigger"]


# -- properties ---------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.lists(st.integers(0, 3), max_size=4))
def test_never_asks_an_answered_or_irrelevant_criterion(seed: int, answers: list[int]) -> None:
    """Whatever is known, the next question is open and can still change the class."""
    pb = random_playbook(seed)
    evidence = []
    for i, a in enumerate(answers[: len(pb.criteria)]):
        c = pb.criteria[i]
        evidence.append(Evidence(c.id, list(c.options or {})[a % len(c.options or {})], "q"))
    sit = _sit(pb, evidence)
    pick = choose(sit)
    if pick is None:
        return
    answered = {e.criterion for e in evidence}
    assert pick.criterion not in answered
    cand = next(c for c in sit.askable if c.criterion == pick.criterion)
    assert can_change(cand.cells, sit.effective())


def test_conflicting_answers_are_asked_again_with_a_reason() -> None:
    """Answers that disagree leave the criterion open, and the reason to ask it says so."""
    evidence = [
        Evidence("team_size", 12.0, "we're 12"),
        Evidence("team_size", 400.0, "400 with contractors"),
        Evidence("tool", "excel", "excel"),
        Evidence("on_prem", False, "cloud is fine"),
    ]
    pick = next_pick(SIMPLE, assess(SIMPLE, evidence), 1.0)
    assert pick is not None
    assert pick.criterion == "team_size"
    assert "disagree" in pick.why


@pytest.mark.parametrize("seed", [pytest.param(s, id=f"seed-{s}") for s in range(8)])
def test_lookahead_fallback_is_close_to_the_optimum(seed: int) -> None:
    """For playbooks too big to plan, EC2's shortlist planned exactly stays near the optimum."""
    sit = _sit(random_playbook(100 + seed, plans=3, musts=7))
    assert policy_cost(sit, "lookahead") <= 1.1 * brute_force_cost(sit) + 1e-9


def test_big_playbooks_use_the_lookahead() -> None:
    """Past the exact plan's budget (counted up front) the policy falls back to the lookahead."""
    sit = _sit(random_playbook(7, plans=3, musts=12))
    pick = choose(sit)
    assert pick is not None
    assert pick.method == "lookahead"
