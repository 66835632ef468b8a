"""The verdict: fit (which plans) / no fit (why, and where to point) / undecided (how likely).

Strict first: "fit" needs some plan whose every must criterion is met, "no_fit" needs every plan
ruled out by an unmet must. Between the two, the probability of a fit under the priors and the
answers so far, and whether that is *settled*: certain, or likely enough for the threshold.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from fitfirst.fit.evidence import NumberSpan
from fitfirst.fit.knowledge import Knowledge, is_decisive, knowledge
from fitfirst.fit.probability import can_change, effective_mask, pass_probability, plan_ids
from fitfirst.fit.rules import describe_rule, describe_value, passes
from fitfirst.fit.state import CriterionState, FitState
from fitfirst.playbook.models import Criterion, Playbook

VerdictKind = Literal["fit", "no_fit", "undecided"]
_WEIGHTS = {"should": 2.0, "nice": 1.0}
_EPS = 1e-9


@dataclass(frozen=True)
class Reason:
    """One sentence of the explanation, with the buyer's words that back it."""

    text: str
    quotes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Verdict:
    """Where the conversation stands, and why, in plain words."""

    verdict: VerdictKind
    probability: float  # P(fit); with plans P(some plan fits)
    likely: Literal["fit", "no_fit"]
    settled: bool
    plans: tuple[str, ...] = ()  # plans that fit for certain
    plan_probabilities: dict[str, float] = field(default_factory=dict)
    criteria: dict[str, CriterionState] = field(default_factory=dict)
    score: float | None = None
    failed: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    referrals: tuple[str, ...] = ()
    next_step: str = ""
    summary: str = ""
    reasons: tuple[Reason, ...] = ()
    certain: bool = False  # the set of fitting plans can no longer change
    likely_plans: tuple[str, ...] = ()  # the most likely set of fitting plans
    class_probability: float = 0.0  # probability of that most likely set


def _names(playbook: Playbook, plans: tuple[str, ...]) -> str:
    names = [playbook.plan(p).name for p in plans]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _plans_of(ids: tuple[str | None, ...], bits: int) -> tuple[str, ...]:
    return tuple(p for k, p in enumerate(ids) if p is not None and bits >> k & 1)


def _score(playbook: Playbook, state: FitState, bits: list[int]) -> float | None:
    best: float | None = None
    ids = plan_ids(playbook)
    for k in bits:
        got = weight = 0.0
        for c in playbook.criteria:
            rule = playbook.accept_rule(c.id, ids[k])
            if c.importance == "must" or c.kind == "text" or rule is None:
                continue
            cs = state.criteria[c.id]
            ok = None
            if cs.value is not None and cs.status != "conflicting":
                ok = passes(c, rule, cs.value)
            share = pass_probability(playbook, c, k) if ok is None else float(ok)
            got += _WEIGHTS[c.importance] * share
            weight += _WEIGHTS[c.importance]
        if weight > 0:
            best = got / weight if best is None else max(best, got / weight)
    return best


def _said(criterion: Criterion, cs: CriterionState) -> str:
    return f"{criterion.title} is {describe_value(criterion, cs.value)}"


def _must_reason(
    playbook: Playbook, criterion: Criterion, cs: CriterionState, bits: int, full: int
) -> Reason:
    ids = plan_ids(playbook)
    quotes = cs.quotes
    if ids == (None,):
        need = describe_rule(criterion, criterion.accept)
        if bits:
            return Reason(f"{_said(criterion, cs)}: the offer needs {need}.", quotes)
        return Reason(f"{_said(criterion, cs)}, but the offer needs {need}.", quotes)
    takes = _plans_of(ids, bits)
    if bits == full:
        return Reason(f"{_said(criterion, cs)}: every plan takes that.", quotes)
    if not bits:
        needs = "; ".join(
            f"{playbook.plan(p).name} needs "
            + describe_rule(criterion, playbook.accept_rule(criterion.id, p))
            for p in _plans_of(ids, full)
        )
        return Reason(f"{_said(criterion, cs)}: no plan takes that ({needs}).", quotes)
    out = _plans_of(ids, full & ~bits)
    return Reason(
        f"{_said(criterion, cs)}: that suits {_names(playbook, takes)}, "
        f"not {_names(playbook, out)}.",
        quotes,
    )


def _reasons(
    playbook: Playbook, state: FitState, k: Knowledge, missing: tuple[str, ...]
) -> list[Reason]:
    reasons: list[Reason] = []
    ruled_out = sorted(k.settled.items(), key=lambda item: item[1] != 0)
    for cid, bits in ruled_out:
        criterion = playbook.criterion(cid)
        reasons.append(_must_reason(playbook, criterion, state.criteria[cid], bits, k.full))
    for o in k.open:
        cs = state.criteria[o.criterion]
        criterion = playbook.criterion(o.criterion)
        if cs.status == "conflicting":
            reasons.append(
                Reason(f"{criterion.title}: the answers disagree, so it is still open.", cs.quotes)
            )
        elif isinstance(cs.value, NumberSpan):
            reasons.append(
                Reason(
                    f"{_said(criterion, cs)}, which is not yet enough to tell whether it passes.",
                    cs.quotes,
                )
            )
        elif cs.asked:
            reasons.append(Reason(f"{criterion.title}: the buyer did not know yet."))
    if missing:
        titles = ", ".join(playbook.criterion(c).title.lower() for c in missing)
        reasons.append(Reason(f"Still open: {titles}."))
    for c in playbook.criteria:
        cs = state.criteria[c.id]
        if c.importance == "must" or cs.value is None or cs.status == "unknown":
            continue
        if c.kind == "text":
            reasons.append(Reason(f"{c.title}: {describe_value(c, cs.value)}.", cs.quotes))
        elif cs.status in ("met", "unmet"):
            word = "met" if cs.status == "met" else "not met"
            label = "Should-have" if c.importance == "should" else "Nice-to-have"
            reasons.append(
                Reason(
                    f"{label} {word}: {c.title.lower()} is {describe_value(c, cs.value)}.",
                    cs.quotes,
                )
            )
    return reasons


def decide(playbook: Playbook, state: FitState, threshold: float = 0.95) -> Verdict:
    """Judge the state: strict verdict, probabilities, settledness, and the reasons in words."""
    k = knowledge(playbook, state)
    dist = k.distribution()
    total = sum(dist.values()) or 1.0
    ids = plan_ids(playbook)
    sure, possible = k.full, 0
    for cls in dist:
        sure &= cls
        possible |= cls
    verdict: VerdictKind = "fit" if sure else ("no_fit" if not possible else "undecided")
    probability = sum(p for cls, p in dist.items() if cls) / total
    plan_probabilities = {
        p: sum(q for cls, q in dist.items() if cls >> b & 1) / total
        for b, p in enumerate(ids)
        if p is not None
    }
    best_class, best_p = max(dist.items(), key=lambda item: (item[1], item[0]))
    certain = len(dist) == 1
    class_probability = best_p / total
    settled = certain or (threshold < 1.0 and class_probability >= threshold - _EPS)
    m_eff = effective_mask(k.mask, (o.cells for o in k.open))
    missing = tuple(o.criterion for o in k.open if can_change(o.cells, m_eff))
    fitting = _plans_of(ids, sure)
    score_bits = [b for b in range(len(ids)) if (sure or k.full) >> b & 1]
    score = _score(playbook, state, score_bits)
    failed: tuple[str, ...] = ()
    if verdict == "no_fit":
        failed = tuple(
            c.id for c in playbook.criteria if c.id in k.settled and k.settled[c.id] == 0
        ) or tuple(cid for cid, bits in k.settled.items() if bits != k.full)
    referrals = tuple(
        playbook.outcomes.referrals[c] for c in failed if c in playbook.outcomes.referrals
    )
    reasons = _reasons(playbook, state, k, missing)
    summary, next_step = _summary(
        playbook,
        verdict,
        fitting=fitting,
        probability=probability,
        likely_plans=_plans_of(ids, best_class),
        missing=missing,
        score=score,
    )
    if verdict == "no_fit" and any(bits == 0 for bits in k.settled.values()):
        summary = f"{summary} {reasons[0].text}"
    elif verdict == "no_fit":
        summary = f"{summary} No single plan meets every must-have."
    return Verdict(
        verdict=verdict,
        probability=probability,
        likely="fit" if probability >= 0.5 else "no_fit",
        settled=settled,
        plans=fitting,
        plan_probabilities=plan_probabilities,
        criteria=dict(state.criteria),
        score=score,
        failed=failed,
        missing=missing,
        referrals=referrals,
        next_step=next_step,
        summary=summary,
        reasons=tuple(reasons),
        certain=certain,
        likely_plans=_plans_of(ids, best_class),
        class_probability=class_probability,
    )


def _summary(
    playbook: Playbook,
    verdict: VerdictKind,
    *,
    fitting: tuple[str, ...],
    probability: float,
    likely_plans: tuple[str, ...],
    missing: tuple[str, ...],
    score: float | None,
) -> tuple[str, str]:
    outcomes = playbook.outcomes
    if verdict == "fit":
        what = f"the {_names(playbook, fitting)} plan" if fitting else "the offer"
        if len(fitting) > 1:
            what = f"the {_names(playbook, fitting)} plans"
        text = f"It fits {what}: every must-have is met."
        if score is not None:
            text += f" Should- and nice-to-haves score {score:.0%}."
        step = next(
            (playbook.plan(p).next_step for p in fitting if playbook.plan(p).next_step),
            outcomes.proceed,
        )
        if outcomes.booking_url:
            step = f"{step} Book at {outcomes.booking_url}"
        return text, step or outcomes.proceed
    if verdict == "no_fit":
        return "Not a fit.", outcomes.no_fit
    titles = ", ".join(playbook.criterion(c).title.lower() for c in missing)
    text = f"Not clear yet: {probability:.0%} likely to fit"
    if likely_plans and playbook.plans:
        text += f" (most likely {_names(playbook, likely_plans)})"
    text += f"; still open: {titles}." if titles else "."
    step = f"Find out together: {titles}." if titles else outcomes.proceed
    return text, step


def decisive_criteria(playbook: Playbook) -> tuple[str, ...]:
    """The must criteria whose answer can rule a plan out, in playbook order."""
    return tuple(c.id for c in playbook.criteria if is_decisive(playbook, c))
