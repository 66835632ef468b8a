"""Typed playbook: what is sold and what must be true for a fit.

These models are the contract of the YAML format. They are validated once, at the edge
(:func:`fitfirst.playbook.load_playbook`), and trusted everywhere inside. The loader checks a
file first and reports every problem with its line; the validators here keep the same
invariants for playbooks built in code, and turn the YAML spellings into one form each:
a yes_no accept becomes a bool, a single choice becomes a one-item tuple.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Kind = Literal["number", "choice", "yes_no", "text"]
Importance = Literal["must", "should", "nice"]

KINDS: tuple[str, ...] = ("number", "choice", "yes_no", "text")
IMPORTANCES: tuple[str, ...] = ("must", "should", "nice")

# Every spelling of yes and no that an accept rule may use; YAML already turns bare yes/no/
# true/false/on/off into booleans, quoted ones arrive as text.
YES_NO_WORDS: dict[str, bool] = {
    "yes": True,
    "y": True,
    "true": True,
    "on": True,
    "no": False,
    "n": False,
    "false": False,
    "off": False,
}


def yes_no_value(value: object) -> bool | None:
    """The bool a yes_no accept stands for, or None when it is no spelling of yes or no."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return YES_NO_WORDS.get(value.strip().lower())
    return None


def _as_tuple(value: object) -> object:
    """Let a single text stand for a one-item list (signals, rephrase, examples, synonyms)."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return value


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NumberRange(_Model):
    """Inclusive bounds for a number criterion; either side may be open."""

    min: float | None = Field(default=None, description="Lowest value that passes (inclusive).")
    max: float | None = Field(default=None, description="Highest value that passes (inclusive).")

    @model_validator(mode="after")
    def _ordered(self) -> NumberRange:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min:g}) is above max ({self.max:g})")
        return self

    def contains(self, value: float) -> bool:
        return (self.min is None or value >= self.min) and (self.max is None or value <= self.max)


# After validation an accept rule is one of these, matching the criterion's kind:
#   number -> NumberRange, choice -> tuple of option ids, yes_no -> bool (True: "yes" passes).
AcceptRule = NumberRange | tuple[str, ...] | bool


def normalise_accept(kind: str, value: object) -> object:
    """Bring one YAML accept rule into the form its kind keeps; leave the rest to validation."""
    if kind == "yes_no":
        as_bool = yes_no_value(value)
        return value if as_bool is None else as_bool
    if kind == "choice":
        if isinstance(value, str):
            return (value,)
        if isinstance(value, list):
            return tuple(value)
    return value


def check_accept(kind: str, rule: object, options: dict[str, tuple[str, ...]] | None) -> None:
    """Raise ValueError when an (already normalised) accept rule does not fit its kind."""
    if kind == "text":
        raise ValueError("a text criterion is informational and takes no accept rule")
    if kind == "number" and not isinstance(rule, NumberRange):
        raise ValueError("a number criterion's accept must be a mapping with min and/or max")
    if kind == "yes_no" and not isinstance(rule, bool):
        raise ValueError('a yes_no criterion\'s accept must be "yes" or "no"')
    if kind == "choice":
        if not isinstance(rule, tuple):
            raise ValueError("a choice criterion's accept must be a list of option ids")
        unknown = [r for r in rule if options is None or r not in options]
        if unknown:
            raise ValueError(f"accept names options that do not exist: {', '.join(unknown)}")


class Offer(_Model):
    """What is sold, and by whom."""

    name: str = Field(description="What is sold, e.g. the product or service name.")
    seller: str = Field(description="Who sells it.")
    summary: str = Field(default="", description="One or two sentences on what it is.")
    url: str | None = Field(default=None, description="Where to read more about the offer.")


class Criterion(_Model):
    """One thing to learn about the buyer, and which answers fit."""

    id: str = Field(description="snake_case name, unique in the playbook.")
    ask: str = Field(description="The open question a seller would ask.")
    kind: Kind = Field(description="number, choice, yes_no or text (text never blocks a verdict).")
    importance: Importance = Field(
        default="should", description="must (an unmet must means no fit), should or nice."
    )
    unit: str | None = Field(default=None, description="Unit of a number criterion, e.g. people.")
    accept: AcceptRule | None = Field(
        default=None,
        description="Answers that fit: {min, max} for number, option ids for choice, "
        "yes or no for yes_no.",
    )
    options: dict[str, tuple[str, ...]] | None = Field(
        default=None, description="choice only: option id -> words buyers use for it."
    )
    signals: tuple[str, ...] = Field(
        default=(), description="Words that mark a statement about this criterion."
    )
    prior: dict[str, float] | float | None = Field(
        default=None,
        description="How buyers are spread: number buckets or option shares summing to 1; "
        "for yes_no the share answering yes.",
    )
    cost: float = Field(default=1.0, gt=0, description="How heavy the question is to ask.")
    label: str | None = Field(
        default=None, description="Short name for the fit map; defaults to the id in words."
    )
    why: str | None = Field(
        default=None, description='Why it matters, shown when a buyer asks "why do you ask?".'
    )
    rephrase: tuple[str, ...] = Field(
        default=(), description="Other ways to ask when an answer was not understood."
    )

    @model_validator(mode="before")
    @classmethod
    def _normalise(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        data = dict(data)
        kind = data.get("kind")
        if isinstance(kind, str) and data.get("accept") is not None:
            data["accept"] = normalise_accept(kind, data["accept"])
        options = data.get("options")
        if isinstance(options, dict):
            data["options"] = {str(k): _as_tuple(v) for k, v in options.items()}
        return data

    @field_validator("signals", "rephrase", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return _as_tuple(value)

    @model_validator(mode="after")
    def _consistent(self) -> Criterion:
        if self.kind == "choice" and not self.options:
            raise ValueError("a choice criterion needs options")
        if self.kind != "choice" and self.options is not None:
            raise ValueError(f"options belong to choice criteria, not {self.kind}")
        if self.unit is not None and self.kind != "number":
            raise ValueError(f"a unit belongs to number criteria, not {self.kind}")
        if self.accept is not None:
            check_accept(self.kind, self.accept, self.options)
        if self.prior is not None:
            _check_prior_shape(self.kind, self.prior, self.options)
        return self

    @property
    def title(self) -> str:
        return self.label or self.id.replace("_", " ").capitalize()

    @property
    def decisive(self) -> bool:
        """A must criterion with an accept rule can decide fit; others only add colour."""
        return self.importance == "must" and self.kind != "text" and self.accept is not None


def _check_prior_shape(
    kind: str, prior: dict[str, float] | float, options: dict[str, tuple[str, ...]] | None
) -> None:
    if kind == "text":
        raise ValueError("a text criterion takes no prior")
    if kind == "yes_no":
        if isinstance(prior, dict) or not 0.0 <= prior <= 1.0:
            raise ValueError("a yes_no prior is the share answering yes, between 0 and 1")
        return
    if not isinstance(prior, dict):
        raise ValueError(f"a {kind} prior is a mapping of shares")
    if any(share < 0 for share in prior.values()):
        raise ValueError("prior shares cannot be negative")
    if abs(sum(prior.values()) - 1.0) > 0.01:
        raise ValueError("prior shares must add up to 1")
    if kind == "choice" and options is not None:
        unknown = [k for k in prior if k not in options]
        if unknown:
            raise ValueError(f"prior names options that do not exist: {', '.join(unknown)}")


class Plan(_Model):
    """One offering among several; its accept rules override the criteria's own."""

    id: str = Field(description="snake_case name, unique among plans.")
    name: str = Field(description="The plan's name as buyers see it.")
    summary: str = Field(default="", description="What sets this plan apart.")
    accept: dict[str, AcceptRule] = Field(
        default_factory=dict,
        description="criterion id -> accept rule in force for this plan.",
    )
    next_step: str | None = Field(
        default=None, description="The next step to offer a buyer this plan fits."
    )


class Need(_Model):
    """A problem the offer solves, in the buyer's words."""

    id: str = Field(description="snake_case name, unique among needs.")
    statement: str = Field(description="The problem, stated plainly.")
    examples: tuple[str, ...] = Field(
        default=(), description="How buyers say it out loud; used to spot the need in calls."
    )

    @field_validator("examples", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return _as_tuple(value)


class Outcomes(_Model):
    """What to say and do once the verdict is clear."""

    proceed: str = Field(
        default="Agree on a next step together.", description="Next step when it fits."
    )
    no_fit: str = Field(
        default="Say so plainly, and point to a better option where one is known.",
        description="What to do when it does not fit.",
    )
    referrals: dict[str, str] = Field(
        default_factory=dict,
        description="criterion id -> where to point a buyer who fails that criterion.",
    )
    booking_url: str | None = Field(
        default=None, description="Where a buyer who fits can book the next step."
    )


class Playbook(_Model):
    """Everything a fit-first conversation needs to know about one offer."""

    offer: Offer
    criteria: tuple[Criterion, ...] = Field(min_length=1)
    plans: tuple[Plan, ...] = ()
    needs: tuple[Need, ...] = ()
    outcomes: Outcomes = Field(default_factory=Outcomes)

    @model_validator(mode="before")
    @classmethod
    def _normalise_plans(cls, data: Any) -> Any:
        """Plan accept rules take the form of their criterion's kind, which only we know."""
        if not isinstance(data, dict) or not isinstance(data.get("plans"), list | tuple):
            return data
        kinds: dict[str, str] = {}
        for c in data.get("criteria") or ():
            if isinstance(c, dict) and isinstance(c.get("id"), str):
                kinds[c["id"]] = str(c.get("kind"))
            elif isinstance(c, Criterion):
                kinds[c.id] = c.kind
        plans: list[Any] = []
        for plan in data["plans"]:
            if isinstance(plan, dict) and isinstance(plan.get("accept"), dict):
                accept = {
                    cid: normalise_accept(kinds.get(cid, ""), rule)
                    for cid, rule in plan["accept"].items()
                }
                plans.append({**plan, "accept": accept})
            else:
                plans.append(plan)
        return {**data, "plans": plans}

    @model_validator(mode="after")
    def _consistent(self) -> Playbook:
        for label, ids in (
            ("criterion", [c.id for c in self.criteria]),
            ("plan", [p.id for p in self.plans]),
            ("need", [n.id for n in self.needs]),
        ):
            seen: set[str] = set()
            for i in ids:
                if i in seen:
                    raise ValueError(f"two {label}s share the id {i!r}")
                seen.add(i)
        by_id = {c.id: c for c in self.criteria}
        for plan in self.plans:
            for cid, rule in plan.accept.items():
                if cid not in by_id:
                    raise ValueError(f"plan {plan.id!r} overrides unknown criterion {cid!r}")
                check_accept(by_id[cid].kind, rule, by_id[cid].options)
        for cid in self.outcomes.referrals:
            if cid not in by_id:
                raise ValueError(f"referral for unknown criterion {cid!r}")
        return self

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
