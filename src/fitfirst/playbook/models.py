"""Typed playbook: what is sold and what must be true for a fit.

These models are the contract of the YAML format. They are validated once, at the edge
(:func:`fitfirst.playbook.load_playbook`), and trusted everywhere inside.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["number", "choice", "yes_no", "text"]
Importance = Literal["must", "should", "nice"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NumberRange(_Model):
    """Inclusive bounds for a number criterion; either side may be open."""

    min: float | None = None
    max: float | None = None

    def contains(self, value: float) -> bool:
        return (self.min is None or value >= self.min) and (self.max is None or value <= self.max)


# After validation an accept rule is one of these, matching the criterion's kind:
#   number -> NumberRange, choice -> tuple of option ids, yes_no -> bool (True: "yes" passes).
AcceptRule = NumberRange | tuple[str, ...] | bool


class Offer(_Model):
    name: str
    seller: str
    summary: str = ""
    url: str | None = None


class Criterion(_Model):
    id: str
    ask: str
    kind: Kind
    importance: Importance = "should"
    unit: str | None = None
    accept: AcceptRule | None = None
    options: dict[str, tuple[str, ...]] | None = None
    signals: tuple[str, ...] = ()
    prior: dict[str, float] | float | None = None
    cost: float = Field(default=1.0, gt=0)
    label: str | None = None  # short name for the fit map; defaults to the id in words
    why: str | None = None  # why it matters, shown when a buyer asks "why do you ask?"
    rephrase: tuple[str, ...] = ()  # other ways to ask when an answer was not understood

    @property
    def title(self) -> str:
        return self.label or self.id.replace("_", " ").capitalize()

    @property
    def decisive(self) -> bool:
        """A must criterion with an accept rule can decide fit; others only add colour."""
        return self.importance == "must" and self.kind != "text" and self.accept is not None


class Plan(_Model):
    id: str
    name: str
    summary: str = ""
    accept: dict[str, AcceptRule] = Field(default_factory=dict)
    next_step: str | None = None


class Need(_Model):
    id: str
    statement: str
    examples: tuple[str, ...] = ()


class Outcomes(_Model):
    proceed: str = "Agree on a next step together."
    no_fit: str = "Say so plainly, and point to a better option where one is known."
    referrals: dict[str, str] = Field(default_factory=dict)
    booking_url: str | None = None  # where a buyer who fits can book the next step


class Playbook(_Model):
    offer: Offer
    criteria: tuple[Criterion, ...]
    plans: tuple[Plan, ...] = ()
    needs: tuple[Need, ...] = ()
    outcomes: Outcomes = Field(default_factory=Outcomes)

    def criterion(self, criterion_id: str) -> Criterion:
        for c in self.criteria:
            if c.id == criterion_id:
                return c
        raise KeyError(criterion_id)

    def has_criterion(self, criterion_id: str) -> bool:
        return any(c.id == criterion_id for c in self.criteria)

    def plan(self, plan_id: str) -> Plan:
        for p in self.plans:
            if p.id == plan_id:
                return p
        raise KeyError(plan_id)

    def accept_rule(self, criterion_id: str, plan_id: str | None = None) -> AcceptRule | None:
        """The accept rule in force: the plan's override where it has one, else the criterion's."""
        if plan_id is not None:
            rule = self.plan(plan_id).accept.get(criterion_id)
            if rule is not None:
                return rule
        return self.criterion(criterion_id).accept
