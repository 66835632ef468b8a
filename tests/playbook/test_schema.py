"""The playbook JSON Schema is well formed and agrees with the loader on real files."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from fitfirst.playbook import Criterion, Playbook, playbook_schema

EXAMPLES = sorted((Path(__file__).parents[2] / "examples" / "playbooks").glob("*.yaml"))
HEAD = "offer: {name: Acme CRM, seller: Acme Inc.}\ncriteria:\n"

_TYPES: dict[str, Any] = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "null": type(None),
}


def _errors(value: Any, schema: dict[str, Any], root: dict[str, Any], at: str = "$") -> list[str]:
    """A small validator for the JSON Schema keywords the playbook schema uses.

    It lets these tests run where the jsonschema package is not installed; where it is, the
    tests below also ask it, so the two keep each other honest.
    """
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        return _errors(value, root["$defs"][name], root, at)
    errors: list[str] = []
    kind = schema.get("type")
    if kind == "number":
        if not isinstance(value, int | float) or isinstance(value, bool):
            return [f"{at}: not a number"]
    elif kind == "integer":
        if not isinstance(value, int) or isinstance(value, bool):
            return [f"{at}: not an integer"]
    elif kind is not None and not isinstance(value, _TYPES[kind]):
        return [f"{at}: not {kind}"]
    if "const" in schema and value != schema["const"]:
        errors.append(f"{at}: not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{at}: not one of {schema['enum']}")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{at}: below minimum")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{at}: above maximum")
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            errors.append(f"{at}: not above exclusiveMinimum")
    if isinstance(value, str) and "pattern" in schema and not re.search(schema["pattern"], value):
        errors.append(f"{at}: does not match {schema['pattern']}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            errors.append(f"{at}: too few items")
        for i, item in enumerate(value):
            errors += _errors(item, schema.get("items", {}), root, f"{at}[{i}]")
    if isinstance(value, dict):
        props = schema.get("properties", {})
        if len(value) < schema.get("minProperties", 0):
            errors.append(f"{at}: too few keys")
        errors += [f"{at}: {k} missing" for k in schema.get("required", []) if k not in value]
        for key, item in value.items():
            if key in props:
                errors += _errors(item, props[key], root, f"{at}.{key}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{at}: {key} not allowed")
            elif isinstance(schema.get("additionalProperties"), dict):
                errors += _errors(item, schema["additionalProperties"], root, f"{at}.{key}")
    if "anyOf" in schema and all(_errors(value, s, root, at) for s in schema["anyOf"]):
        errors.append(f"{at}: matches none of anyOf")
    for sub in schema.get("allOf", []):
        if "if" in sub:
            if not _errors(value, sub["if"], root, at):
                errors += _errors(value, sub["then"], root, at)
        else:
            errors += _errors(value, sub, root, at)
    return errors


def _check(document: Any) -> list[str]:
    schema = playbook_schema()
    return _errors(document, schema, schema)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_schema_accepts_every_example(path: Path) -> None:
    """An editor using the schema shows no error on the example playbooks."""
    assert _check(yaml.safe_load(path.read_text(encoding="utf-8"))) == []


REJECTED = [
    ("unknown key", "  - {id: a, ask: q, kind: text, improtance: nice}\n"),
    ("kind not allowed", "  - {id: a, ask: q, kind: nmber}\n"),
    ("id not snake_case", "  - {id: TeamSize, ask: q, kind: text}\n"),
    ("list accept on number", "  - {id: a, ask: q, kind: number, accept: [1, 2]}\n"),
    ("choice without options", "  - {id: a, ask: q, kind: choice}\n"),
    ("accept on text", "  - {id: a, ask: q, kind: text, accept: yes}\n"),
    ("text must", "  - {id: a, ask: q, kind: text, importance: must}\n"),
    ("yes_no accept maybe", "  - {id: a, ask: q, kind: yes_no, accept: maybe}\n"),
    ("yes_no prior above 1", "  - {id: a, ask: q, kind: yes_no, prior: 15}\n"),
    ("cost zero", "  - {id: a, ask: q, kind: text, cost: 0}\n"),
    ("missing ask", "  - {id: a, kind: text}\n"),
]


@pytest.mark.parametrize("criterion", [c[1] for c in REJECTED], ids=[c[0] for c in REJECTED])
def test_schema_rejects_what_the_loader_rejects(criterion: str) -> None:
    """Mistakes an editor can see on its own are errors under the schema too."""
    assert _check(yaml.safe_load(HEAD + criterion)) != []


@pytest.mark.parametrize(
    "accept",
    ["no", '"no"', "yes", "false", '"true"'],
    ids=["no", "quoted no", "yes", "false", "true"],
)
def test_schema_accepts_every_yes_no_spelling(accept: str) -> None:
    """accept: no and accept: "no" are both valid for an editor, as for the loader."""
    document = yaml.safe_load(HEAD + f"  - {{id: a, ask: q, kind: yes_no, accept: {accept}}}\n")
    assert _check(document) == []


def test_schema_accepts_number_prior_buckets_and_a_single_choice() -> None:
    """Bucket keys, a one-option accept and a single signal are the YAML forms authors use."""
    document = yaml.safe_load(
        HEAD
        + '  - {id: a, ask: q, kind: number, prior: {"<3": 0.2, "3-50": 0.8}, signals: reps}\n'
        + "  - {id: b, ask: q, kind: choice, options: {x: [], y: one}, accept: x}\n"
    )
    assert _check(document) == []


def test_schema_is_json_with_dialect_titles_and_descriptions() -> None:
    """The schema serialises, names its dialect and describes every criterion field."""
    schema = json.loads(json.dumps(playbook_schema()))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == "fitfirst playbook"
    props = schema["$defs"]["Criterion"]["properties"]
    assert set(props) == set(Criterion.model_fields)
    assert all(p.get("title") and p.get("description") for p in props.values())
    assert set(schema["properties"]) == set(Playbook.model_fields)


def test_every_reference_in_the_schema_resolves() -> None:
    """No $ref points at a definition that is not there."""
    schema = playbook_schema()
    refs = re.findall(r'"\$ref": "#/\$defs/([A-Za-z]+)"', json.dumps(schema))
    assert refs
    assert set(refs) <= set(schema["$defs"])


def test_jsonschema_agrees_where_it_is_installed() -> None:
    """The jsonschema package finds the schema valid and agrees with the small validator."""
    jsonschema = pytest.importorskip("jsonschema")
    schema = playbook_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for path in EXAMPLES:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert list(validator.iter_errors(document)) == [], path.name
    for _, criterion in REJECTED:
        assert list(validator.iter_errors(yaml.safe_load(HEAD + criterion))), criterion
