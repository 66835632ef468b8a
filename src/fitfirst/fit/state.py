"""Fit state: all evidence so far, judged per criterion as met, unmet, unknown or conflicting."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from fitfirst.fit.evidence import Evidence, NeedEvidence, Value
from fitfirst.fit.probability import bit_rules, prior_cells
from fitfirst.fit.rules import passes
from fitfirst.playbook.models import Criterion, Playbook

Status = Literal["met", "unmet", "unknown", "conflicting"]


@dataclass(frozen=True)
class CriterionState:
    """What is known about one criterion: its status, the value, and the evidence behind it.

    ``plan_status`` judges the value under each plan's rule (empty without plans). With plans,
    ``status`` is "met" when some plan takes the value and "unmet" when none does.
    """

    criterion: str
    status: Status
    value: Value | None = None
    evidence: tuple[Evidence, ...] = ()
    plan_status: dict[str, Status] = field(default_factory=dict)

    @property
    def asked(self) -> bool:
        """Asked at least once, even if the answer was "don't know"."""
        return bool(self.evidence)

    @property
    def dont_knows(self) -> int:
        """How many times the buyer said they don't know (and nothing firmer since)."""
        if any(e.value is not None for e in self.evidence):
            return 0
        return len(self.evidence)

    @property
    def quotes(self) -> tuple[str, ...]:
        """The words behind the status, oldest first, without repeats."""
        seen: dict[str, None] = {}
        for e in self.evidence:
            if e.value is not None and e.quote:
                seen.setdefault(e.quote, None)
        return tuple(seen)


@dataclass(frozen=True)
class FitState:
    """Every criterion of a playbook (in playbook order) with what is known about it."""

    criteria: dict[str, CriterionState]
    needs: tuple[NeedEvidence, ...] = ()

    def __getitem__(self, criterion_id: str) -> CriterionState:
        return self.criteria[criterion_id]


def _piece_status(criterion: Criterion, rule: object, value: Value) -> Status:
    ok = passes(criterion, rule, value)  # type: ignore[arg-type]  # rule comes from the playbook
    return "unknown" if ok is None else ("met" if ok else "unmet")


def _overall(vector: tuple[Status, ...]) -> Status:
    if len(vector) == 1:
        return vector[0]
    if "met" in vector:
        return "met"
    if all(s == "unmet" for s in vector):
        return "unmet"
    return "unknown"


def assess_criterion(
    playbook: Playbook, criterion: Criterion, pieces: Iterable[Evidence]
) -> CriterionState:
    """Judge one criterion from its evidence; pieces that disagree make it "conflicting"."""
    pieces = tuple(pieces)
    plans = tuple(p.id for p in playbook.plans)
    rules = bit_rules(playbook, criterion)
    valued = [e for e in pieces if e.value is not None]
    if criterion.kind == "text":
        status: Status = "met" if valued else "unknown"
        value = valued[-1].value if valued else None
        return CriterionState(criterion.id, status, value, pieces, dict.fromkeys(plans, "met"))
    if not valued:
        # A plan whose rule takes every possible answer asks nothing of this criterion.
        cells = prior_cells(playbook, criterion)
        free: tuple[Status, ...] = tuple(
            "met" if all(c.bits >> k & 1 for c in cells) else "unknown" for k in range(len(rules))
        )
        plan_status: dict[str, Status] = dict(zip(plans, free, strict=False))
        return CriterionState(criterion.id, "unknown", None, pieces, plan_status)
    vectors = [
        tuple(_piece_status(criterion, rule, e.value) for rule in rules)
        for e in valued
        if e.value is not None
    ]
    if all(v == vectors[0] for v in vectors):
        vector = vectors[0]
        status = _overall(vector)
    else:
        vector = tuple(
            column[0] if all(s == column[0] for s in column) else "conflicting"
            for column in zip(*vectors, strict=True)
        )
        status = "conflicting"
    plan_status = dict(zip(plans, vector, strict=False))
    return CriterionState(criterion.id, status, valued[-1].value, pieces, plan_status)


def assess(
    playbook: Playbook, evidence: Iterable[Evidence], needs: Iterable[NeedEvidence] = ()
) -> FitState:
    """Judge every criterion of the playbook from the evidence (pieces on unknown ids are
    ignored): met, unmet, unknown, or conflicting when pieces disagree in status."""
    by_id: dict[str, list[Evidence]] = {c.id: [] for c in playbook.criteria}
    for e in evidence:
        if e.criterion in by_id:
            by_id[e.criterion].append(e)
    criteria = {c.id: assess_criterion(playbook, c, by_id[c.id]) for c in playbook.criteria}
    return FitState(criteria, tuple(needs))
