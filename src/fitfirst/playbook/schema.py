"""JSON Schema of the playbook YAML format, for editors (e.g. yaml-language-server).

It starts from the models' own schema and widens it to the spellings YAML authors use and
the loader accepts (``accept: no``, a single choice, a single signal as text), and adds the
per-kind rules an editor can check on its own (a choice needs options, a text criterion takes
no accept rule). The loader stays the judge: it also checks what a schema cannot say well,
such as priors adding up to 1 or accept rules naming existing options.
"""

from __future__ import annotations

import copy
from typing import Any

from fitfirst.playbook.models import YES_NO_WORDS, Playbook

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_SNAKE_PATTERN = "^[a-z][a-z0-9]*(_[a-z0-9]+)*$"
_TEXTS = {
    "anyOf": [{"type": "array", "items": {"type": "string"}}, {"type": "string"}],
}
_YES_NO = {
    "anyOf": [
        {"type": "boolean"},
        {"type": "string", "enum": sorted(YES_NO_WORDS)},
    ],
    "description": "yes: buyers answering yes pass; no: buyers answering no pass.",
}
_CHOICE_ACCEPT = {
    "anyOf": [
        {"type": "array", "items": {"type": "string"}, "minItems": 1},
        {"type": "string"},
    ],
    "description": "The option ids that fit (one id alone may be written without a list).",
}
_NULL = {"type": "null"}


def playbook_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that a playbook YAML file follows."""
    schema = copy.deepcopy(Playbook.model_json_schema())
    defs: dict[str, Any] = schema["$defs"]
    defs["AcceptRule"] = {
        "title": "AcceptRule",
        "description": "Which answers fit: {min, max} for a number criterion, option ids for a "
        "choice criterion, yes or no for a yes_no criterion.",
        "anyOf": [{"$ref": "#/$defs/NumberRange"}, _CHOICE_ACCEPT, _YES_NO],
    }
    defs["NumberRange"]["minProperties"] = 1

    criterion = defs["Criterion"]
    props = criterion["properties"]
    props["accept"]["anyOf"] = [{"$ref": "#/$defs/AcceptRule"}, _NULL]
    props["prior"]["anyOf"] = [
        {
            "type": "object",
            "description": 'number: buckets "<a", "a-b", ">b"; choice: option ids. '
            "Shares add up to 1.",
            "additionalProperties": {"type": "number", "minimum": 0, "maximum": 1},
        },
        {
            "type": "number",
            "minimum": 0,
            "maximum": 1,
            "description": "yes_no: the share answering yes.",
        },
        _NULL,
    ]
    props["options"]["anyOf"] = [
        {
            "type": "object",
            "minProperties": 1,
            "additionalProperties": {"anyOf": [*_TEXTS["anyOf"], _NULL]},
        },
        _NULL,
    ]
    for key in ("signals", "rephrase"):
        _widen_texts(props[key])
    props["id"]["pattern"] = _SNAKE_PATTERN
    criterion["allOf"] = _per_kind_rules()

    defs["Plan"]["properties"]["accept"]["additionalProperties"] = {"$ref": "#/$defs/AcceptRule"}
    defs["Plan"]["properties"]["id"]["pattern"] = _SNAKE_PATTERN
    defs["Need"]["properties"]["id"]["pattern"] = _SNAKE_PATTERN
    _widen_texts(defs["Need"]["properties"]["examples"])

    return {
        "$schema": SCHEMA_DIALECT,
        "title": "fitfirst playbook",
        "description": "What is sold and what must be true for a fit: the offer, the criteria "
        "to learn about a buyer, optional plans, the needs it solves and the outcomes.",
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }


def _widen_texts(prop: dict[str, Any]) -> None:
    """A list of texts may also be written as a single text."""
    for key in ("type", "items"):
        prop.pop(key, None)
    prop["anyOf"] = copy.deepcopy(_TEXTS["anyOf"])


def _when_kind(kind: str, then: dict[str, Any]) -> dict[str, Any]:
    return {
        "if": {"properties": {"kind": {"const": kind}}, "required": ["kind"]},
        "then": then,
    }


def _per_kind_rules() -> list[dict[str, Any]]:
    return [
        _when_kind(
            "number",
            {
                "properties": {
                    "accept": {"anyOf": [{"$ref": "#/$defs/NumberRange"}, _NULL]},
                    "prior": {"anyOf": [{"type": "object"}, _NULL]},
                    "options": _NULL,
                }
            },
        ),
        _when_kind(
            "choice",
            {
                "required": ["options"],
                "properties": {
                    "accept": {"anyOf": [_CHOICE_ACCEPT, _NULL]},
                    "prior": {"anyOf": [{"type": "object"}, _NULL]},
                    "unit": _NULL,
                },
            },
        ),
        _when_kind(
            "yes_no",
            {
                "properties": {
                    "accept": {"anyOf": [_YES_NO, _NULL]},
                    "prior": {"anyOf": [{"type": "number"}, _NULL]},
                    "options": _NULL,
                    "unit": _NULL,
                }
            },
        ),
        _when_kind(
            "text",
            {
                "properties": {
                    "accept": _NULL,
                    "prior": _NULL,
                    "options": _NULL,
                    "unit": _NULL,
                    "importance": {"enum": ["should", "nice"]},
                }
            },
        ),
    ]
