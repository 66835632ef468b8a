"""Which must criterion to ask next, why, and when to stop.

The next question is the one that leads to a settled verdict in the fewest expected questions,
weighted by cost. Small playbooks are planned exactly (see :mod:`.planner`); without plans the
classic cost / P(rules it out) order is exact at certainty and is used; otherwise EC2 edge
cutting picks near-optimally. The stop rule and "can this question still matter" are shared by
every strategy, so a criterion whose answer cannot change the class is never asked.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, replace
from typing import Literal

from fitfirst.discovery.greedy import ec2_scores, entropy_scores, ratio_order, rule_out_probability
from fitfirst.discovery.planner import EXACT_BUDGET, ExactPlanner, exact_work, planner_for
from fitfirst.discovery.situation import Candidate, Situation, situation
from fitfirst.fit.probability import can_change
from fitfirst.fit.state import FitState
from fitfirst.playbook.models import Playbook

Strategy = Literal["fitfirst", "exact", "lookahead", "ec2", "entropy", "checklist", "random"]
STRATEGIES: tuple[str, ...] = (
    "fitfirst",
    "exact",
    "lookahead",
    "ec2",
    "entropy",
    "checklist",
    "random",
)
Policy = Strategy | Callable[[Situation], "Pick | None"]

LOOKAHEAD_BUDGET = 4_000  # states x questions for the exact plan over the EC2 shortlist
_MAX_ASKS = 2  # a "don't know" is asked once more at most, and only when nothing else decides


@dataclass(frozen=True)
class Pick:
    """The policy's choice: which criterion, why in plain words, and how it was chosen."""

    criterion: str
    why: str
    method: str
    expected_cost: float | None = None  # expected cost to a settled verdict (exact plans only)


def _best(chosen: tuple[Candidate, ...], scores: list[float]) -> Candidate:
    top = max(scores)
    return next(c for c, s in zip(chosen, scores, strict=True) if s >= top - 1e-12)


def choose(
    sit: Situation, policy: Policy = "fitfirst", rng: random.Random | None = None
) -> Pick | None:
    """The next question under a policy, or None when the verdict is settled or nothing left
    can settle it."""
    if not isinstance(policy, str):
        return policy(sit)
    if sit.settled():
        return None
    if policy == "checklist":
        if not sit.askable:
            return _reask(sit)
        first = min(sit.askable, key=lambda c: c.index)
        return Pick(first.criterion, "Next on the checklist.", "checklist")
    if policy == "random":
        if not sit.askable:
            return _reask(sit)
        pick = (rng or random.Random(0)).choice(sorted(sit.askable, key=lambda c: c.index))
        return Pick(pick.criterion, "Picked at random.", "random")
    relevant = sit.relevant()
    if not relevant:
        return _reask(sit)
    if policy == "entropy":
        chosen = _best(relevant, entropy_scores(sit, relevant))
        return Pick(chosen.criterion, why_text(sit, chosen), "entropy")
    if policy == "ec2":
        chosen = _best(relevant, ec2_scores(sit, relevant))
        return Pick(chosen.criterion, why_text(sit, chosen), "ec2")
    if policy == "lookahead":
        chosen = _lookahead(sit, relevant)
        return Pick(chosen.criterion, why_text(sit, chosen), "lookahead")
    exact_ok = policy == "exact" or exact_work(sit) <= EXACT_BUDGET
    # With one plan left in play the problem is "all musts must pass": the ratio order is exact.
    single = sit.full == 1 or bin(sit.effective()).count("1") == 1
    if single and sit.threshold >= 1.0:
        chosen = ratio_order(sit, relevant)[0]
        return Pick(chosen.criterion, why_text(sit, chosen), "ratio")
    if exact_ok:
        criterion, cost = planner_for(sit).best(sit)
        if criterion is not None:
            chosen = next(c for c in relevant if c.criterion == criterion)
            return Pick(criterion, why_text(sit, chosen), "exact", cost)
        return None
    chosen = _lookahead(sit, relevant)
    return Pick(chosen.criterion, why_text(sit, chosen), "lookahead")


def _lookahead(sit: Situation, relevant: tuple[Candidate, ...]) -> Candidate:
    """EC2 shortlists the questions; an exact plan over the shortlist picks among them (the
    others count as open but not askable while planning)."""
    scores = ec2_scores(sit, relevant)
    ranked = [c for _, c in sorted(zip(scores, relevant, strict=True), key=lambda sc: -sc[0])]
    bits = bin(sit.effective()).count("1")
    size = len(ranked)
    while size > 1 and (1 << size) * (1 << bits) * size > LOOKAHEAD_BUDGET:
        size -= 1
    if size <= 1:
        return ranked[0]
    short = {c.criterion for c in ranked[:size]}
    planning = replace(
        sit,
        askable=tuple(c for c in sit.askable if c.criterion in short),
        held=sit.held + tuple(c for c in sit.askable if c.criterion not in short),
    )
    criterion, _ = ExactPlanner(planning.askable, planning.held, sit.threshold).best(planning)
    return next((c for c in relevant if c.criterion == criterion), ranked[0])


def _reask(sit: Situation) -> Pick | None:
    """Nothing new can decide: ask again what the buyer was unsure about, once."""
    m_eff = sit.effective()
    again = tuple(
        c for c in sit.held if not c.skipped and c.asks < _MAX_ASKS and can_change(c.cells, m_eff)
    )
    if not again:
        return None
    single = bin(sit.effective()).count("1") <= 1
    chosen = ratio_order(sit, again)[0] if single else _best(again, ec2_scores(sit, again))
    why = "You weren't sure before, and nothing else can settle it now; " + _lower_first(
        why_text(sit, chosen)
    )
    return Pick(chosen.criterion, why, "again")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def why_text(sit: Situation, chosen: Candidate) -> str:
    """Why this question now, in plain words."""
    m_eff = sit.effective()
    relevant = sit.relevant()
    p_out = rule_out_probability(chosen, m_eff)
    parts: list[str] = []
    if chosen.conflicting:
        parts.append("the answers so far disagree, and this settles it")
    if sit.full == 1:
        if len(relevant) <= 1:
            parts.append("it is the last must-have that could still rule this out")
        else:
            outs = {c.criterion: rule_out_probability(c, m_eff) for c in relevant}
            likeliest = p_out >= max(outs.values()) - 1e-12
            cheapest = chosen.cost <= min(c.cost for c in relevant)
            share = f"{p_out:.0%} of buyers like this don't meet it"
            if likeliest and cheapest:
                parts.append(
                    f"it rules out most buyers who don't fit ({share}), and is quick to ask"
                )
            elif likeliest:
                parts.append(f"it is the must-have most likely to rule this out ({share})")
            elif cheapest:
                parts.append(f"it is quick to ask and could rule this out ({share})")
            else:
                parts.append(f"it rules out the most for the effort of asking ({share})")
    else:
        varies, always = 0, m_eff
        for cell in chosen.cells:
            varies |= cell.bits & m_eff
            always &= cell.bits
        varies &= ~always
        names = [n for k, n in enumerate(sit.plan_names) if varies >> k & 1 and n]
        open_plans = [n for k, n in enumerate(sit.plan_names) if m_eff >> k & 1 and n]
        if len(relevant) <= 1 and p_out > 0:
            parts.append("it is the last must-have that could still rule this out")
        if len(names) >= 2:
            parts.append(f"it decides between the {_join(names)} plans")
        elif names:
            parts.append(f"it decides whether the {names[0]} plan fits")
        if p_out > 0 and len(relevant) > 1 and len(open_plans) > 1:
            parts.append(f"it could rule out every plan left ({p_out:.0%} of buyers)")
        elif p_out > 0 and len(relevant) > 1:
            parts.append(f"it could rule this out ({p_out:.0%} of buyers)")
    text = "; ".join(parts) if parts else "it can still change the verdict"
    return text[:1].upper() + text[1:] + "."


def next_pick(
    playbook: Playbook,
    state: FitState,
    threshold: float = 0.95,
    *,
    skipped: Collection[str] = (),
    asks: Mapping[str, int] | None = None,
    policy: Policy = "fitfirst",
    rng: random.Random | None = None,
) -> Pick | None:
    """The next question for a fit state (see :func:`choose`)."""
    return choose(situation(playbook, state, threshold, skipped, asks), policy, rng)


def ask_order(playbook: Playbook, state: FitState, threshold: float = 0.95) -> list[str]:
    """Unknown criteria in the order the policy would ask them.

    The musts follow the policy along the likeliest answers that leave the verdict open; the
    musts it would not need come next, then should, nice and text criteria, in playbook order.
    """
    sit = situation(playbook, state, threshold)
    order: list[str] = []
    while (pick := choose(sit)) is not None and pick.criterion not in order:
        order.append(pick.criterion)
        cand = next(c for c in sit.open if c.criterion == pick.criterion)
        options = sorted(cand.cells, key=lambda c: -c.probability)
        going = [c for c in options if not sit.after(cand.criterion, c.bits).settled()]
        sit = sit.after(cand.criterion, (going or options)[0].bits)
        if not going:
            break
    rank = {"must": 0, "should": 1, "nice": 2}
    rest = sorted(
        (c for c in playbook.criteria if c.id not in order),
        key=lambda c: 3 if c.kind == "text" else rank[c.importance],
    )
    for c in rest:
        cs = state.criteria.get(c.id)
        if cs is None or cs.status in ("unknown", "conflicting"):
            order.append(c.id)
    return order
