"""Whether a value passes an accept rule, and how rules and values read in plain words."""

from __future__ import annotations

import math

from fitfirst.fit.evidence import NumberSpan, Value
from fitfirst.playbook.models import AcceptRule, Criterion, NumberRange


def passes(criterion: Criterion, rule: AcceptRule | None, value: Value) -> bool | None:
    """True when the value passes the rule, False when it fails, None when it cannot be told.

    No rule means no requirement, so every value passes. A NumberSpan passes only when the
    whole span lies inside the rule and fails only when it lies wholly outside; a span across a
    boundary cannot be told. Text criteria are informational and always pass.
    """
    if rule is None or criterion.kind == "text":
        return True
    if isinstance(rule, NumberRange):
        if isinstance(value, NumberSpan):
            return _span_passes(rule, value)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        return rule.contains(float(value))
    if isinstance(rule, bool):
        if isinstance(value, bool):
            return value == rule
        return None
    if isinstance(value, str):
        return value in rule
    return None


def _span_passes(rule: NumberRange, span: NumberSpan) -> bool | None:
    low = -math.inf if rule.min is None else rule.min
    high = math.inf if rule.max is None else rule.max
    if span.low >= low and span.high <= high:
        return True
    if span.high < low or span.low > high:
        return False
    return None


def _number(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")


def describe_value(criterion: Criterion, value: Value | None) -> str:
    """A value as a person would say it: "40 people", "between 40 and 60", "yes", "Excel"."""
    if value is None:
        return "not known"
    unit = f" {criterion.unit}" if criterion.unit else ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, NumberSpan):
        if math.isinf(value.low) and math.isinf(value.high):
            return "any amount"
        if math.isinf(value.low):
            return f"at most {_number(value.high)}{unit}"
        if math.isinf(value.high):
            return f"at least {_number(value.low)}{unit}"
        return f"between {_number(value.low)} and {_number(value.high)}{unit}"
    if isinstance(value, int | float):
        return f"{_number(float(value))}{unit}"
    if criterion.kind == "choice":
        return option_name(criterion, value)
    return value


def option_name(criterion: Criterion, option: str) -> str:
    """The words for an option id: the id itself, read as words ("light_crm" -> "light crm").

    Not its first synonym: a synonym is one way buyers say it ("zoom" for remote selling), the
    id is what the playbook calls it.
    """
    del criterion  # kept in the signature: every describe_* takes the criterion
    return option.replace("_", " ")


def describe_rule(criterion: Criterion, rule: AcceptRule | None) -> str:
    """What a rule accepts, in words: "between 10 and 50 people", "one of A or B", "yes"."""
    if rule is None:
        return "anything"
    if isinstance(rule, NumberRange):
        unit = f" {criterion.unit}" if criterion.unit else ""
        if rule.min is not None and rule.max is not None:
            if rule.min == rule.max:
                return f"exactly {_number(rule.min)}{unit}"
            return f"between {_number(rule.min)} and {_number(rule.max)}{unit}"
        if rule.min is not None:
            return f"at least {_number(rule.min)}{unit}"
        if rule.max is not None:
            return f"at most {_number(rule.max)}{unit}"
        return "any amount"
    if isinstance(rule, bool):
        return "yes" if rule else "no"
    names = [option_name(criterion, o) for o in rule]
    if len(names) == 1:
        return names[0]
    return "one of " + ", ".join(names[:-1]) + " or " + names[-1]
