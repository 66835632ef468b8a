"""fitfirst.playbook: what is sold and what must be true for a fit, read from YAML."""

from __future__ import annotations

from fitfirst.playbook.loader import (
    check_playbook,
    check_playbook_file,
    load_playbook,
    parse_playbook,
)
from fitfirst.playbook.models import (
    AcceptRule,
    Criterion,
    Importance,
    Kind,
    Need,
    NumberRange,
    Offer,
    Outcomes,
    Plan,
    Playbook,
)
from fitfirst.playbook.priors import parse_bucket
from fitfirst.playbook.schema import playbook_schema

__all__ = [
    "AcceptRule",
    "Criterion",
    "Importance",
    "Kind",
    "Need",
    "NumberRange",
    "Offer",
    "Outcomes",
    "Plan",
    "Playbook",
    "check_playbook",
    "check_playbook_file",
    "load_playbook",
    "parse_bucket",
    "parse_playbook",
    "playbook_schema",
]
