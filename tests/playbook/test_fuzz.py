"""Random damage to a real playbook never crashes the loader and is always caught by the checker."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fitfirst.errors import PlaybookError
from fitfirst.playbook import check_playbook, parse_playbook

CRM = yaml.safe_load(
    (Path(__file__).parents[2] / "examples" / "playbooks" / "crm.yaml").read_text(encoding="utf-8")
)
# The fallback hint of problems that only pydantic caught: seeing it means the checker has a gap.
FALLBACK_HINT = "see docs/playbook.md for this field"
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
ODD_VALUES = [None, True, "no", "x", "Not Snake", 0, -1, 1.5, 250, [], {}, [1], ["x"], {"a": 1}]


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _paths(item, (*path, i))
    return found


PATHS = [p for p in _paths(CRM) if p]
CRM_LINES = tuple(yaml.dump(CRM, Dumper=_DUMPER, sort_keys=False).splitlines())


def _replace(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    damaged = copy.deepcopy(document)
    parent = damaged
    for part in path[:-1]:
        parent = parent[part]
    parent[path[-1]] = value
    return damaged


def _assert_consistent(text: str) -> None:
    problems = check_playbook(text, "fuzz.yaml")
    assert all(p.hint != FALLBACK_HINT for p in problems), [str(p) for p in problems]
    try:
        parse_playbook(text, "fuzz.yaml")
    except PlaybookError as exc:
        assert exc.problems == problems
    else:
        assert problems == []


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PATHS), st.sampled_from(ODD_VALUES))
def test_any_value_replaced_is_caught_by_the_checker(path: tuple[Any, ...], value: Any) -> None:
    """Put an odd value anywhere: either the file is still fine or the checker says why."""
    _assert_consistent(yaml.dump(_replace(CRM, path, value), Dumper=_DUMPER, sort_keys=False))


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_any_line_cut_or_mangled_never_crashes(data: st.DataObject) -> None:
    """Deleting or mangling a line gives problems or a playbook, never an exception."""
    lines = list(CRM_LINES)
    index = data.draw(st.integers(0, len(lines) - 1))
    mangled = data.draw(
        st.sampled_from(["", "\t" + lines[index], lines[index] + ": x", "'", "- ["])
    )
    lines[index] = mangled
    _assert_consistent("\n".join(lines) + "\n")
