"""fitfirst.fit: evidence in, per-criterion status and a verdict (with reasons) out."""

from __future__ import annotations

from fitfirst.fit.evidence import Evidence, NeedEvidence, NumberSpan, Source, Value
from fitfirst.fit.knowledge import Knowledge, Open, is_decisive, knowledge
from fitfirst.fit.probability import (
    Cell,
    Cells,
    class_distribution,
    full_mask,
    plan_ids,
    prior_cells,
    span_cells,
    value_bits,
)
from fitfirst.fit.rules import describe_rule, describe_value, passes
from fitfirst.fit.state import CriterionState, FitState, Status, assess, assess_criterion
from fitfirst.fit.verdict import Reason, Verdict, VerdictKind, decide, decisive_criteria

__all__ = [
    "Cell",
    "Cells",
    "CriterionState",
    "Evidence",
    "FitState",
    "Knowledge",
    "NeedEvidence",
    "NumberSpan",
    "Open",
    "Reason",
    "Source",
    "Status",
    "Value",
    "Verdict",
    "VerdictKind",
    "assess",
    "assess_criterion",
    "class_distribution",
    "decide",
    "decisive_criteria",
    "describe_rule",
    "describe_value",
    "full_mask",
    "is_decisive",
    "knowledge",
    "passes",
    "plan_ids",
    "prior_cells",
    "span_cells",
    "value_bits",
]
