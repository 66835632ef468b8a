"""Loading playbooks: accept forms become one shape, and failures are PlaybookErrors."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from fitfirst.errors import FitfirstError, PlaybookError
from fitfirst.playbook import (
    Criterion,
    NumberRange,
    check_playbook,
    load_playbook,
    parse_playbook,
)

HEAD = "offer: {name: Acme CRM, seller: Acme Inc.}\ncriteria:\n"


def _yes_no_accept(spelling: str) -> object:
    text = HEAD + f"  - {{id: a, ask: q, kind: yes_no, accept: {spelling}}}\n"
    return parse_playbook(text).criteria[0].accept


@pytest.mark.parametrize(
    ("spelling", "expected"),
    [
        ("yes", True),
        ("no", False),
        ('"yes"', True),
        ('"no"', False),
        ("'No'", False),
        ("YES", True),
        ("true", True),
        ("false", False),
        ('"true"', True),
        ('"False"', False),
        ("on", True),
        ("off", False),
    ],
    ids=str,
)
def test_yes_no_accept_spellings_normalise_to_bool(spelling: str, expected: bool) -> None:
    """accept: no, "no" and false all mean the same."""
    assert _yes_no_accept(spelling) is expected


def test_plan_yes_no_override_normalises_like_the_criterion() -> None:
    """A plan's accept "no" on a yes_no criterion also becomes False."""
    text = (
        HEAD
        + "  - {id: a, ask: q, kind: yes_no, accept: yes, importance: must}\n"
        + 'plans:\n  - {id: p, name: P, accept: {a: "no"}}\n'
    )
    playbook = parse_playbook(text)
    assert playbook.accept_rule("a", "p") is False
    assert playbook.accept_rule("a") is True


def test_single_choice_accept_becomes_a_tuple() -> None:
    """accept: excel on a choice criterion means ("excel",)."""
    text = (
        HEAD + "  - {id: a, ask: q, kind: choice, options: {excel: [], sfdc: []}, accept: excel}\n"
    )
    assert parse_playbook(text).criteria[0].accept == ("excel",)


def test_number_accept_becomes_a_range() -> None:
    """accept: {min: 3} on a number criterion is a NumberRange open above."""
    text = HEAD + "  - {id: a, ask: q, kind: number, accept: {min: 3}}\n"
    rule = parse_playbook(text).criteria[0].accept
    assert rule == NumberRange(min=3)
    assert isinstance(rule, NumberRange) and rule.contains(1000) and not rule.contains(2)


def test_option_keys_keep_the_words_written() -> None:
    """An option called no stays the option "no", not the boolean False."""
    text = HEAD + "  - {id: a, ask: q, kind: choice, options: {no: [nope], yes: []}, accept: no}\n"
    criterion = parse_playbook(text).criteria[0]
    assert criterion.options == {"no": ("nope",), "yes": ()}
    assert criterion.accept == ("no",)


def test_single_signal_text_is_a_one_item_list() -> None:
    """signals: reps is read as [reps]."""
    text = HEAD + "  - {id: a, ask: q, kind: text, signals: reps}\n"
    assert parse_playbook(text).criteria[0].signals == ("reps",)


@pytest.mark.parametrize(
    ("fields", "fragment"),
    [
        ({"kind": "number", "accept": True}, "mapping with min and/or max"),
        ({"kind": "number", "accept": ["a"]}, "mapping with min and/or max"),
        ({"kind": "number", "accept": {"min": 5, "max": 1}}, "above max"),
        ({"kind": "choice", "options": {"x": []}, "accept": "y"}, "do not exist"),
        ({"kind": "choice"}, "needs options"),
        ({"kind": "yes_no", "accept": "maybe"}, "valid boolean"),
        ({"kind": "yes_no", "prior": 1.5}, "between 0 and 1"),
        ({"kind": "text", "accept": True}, "takes no accept rule"),
    ],
    ids=[
        "bool on number",
        "list on number",
        "min above max",
        "unknown option",
        "choice without options",
        "maybe",
        "prior above 1",
        "accept on text",
    ],
)
def test_models_refuse_inconsistent_criteria(fields: dict[str, object], fragment: str) -> None:
    """Criteria built in code keep the same invariants as loaded ones."""
    with pytest.raises(ValidationError, match=fragment):
        Criterion.model_validate({"id": "a", "ask": "q", **fields})


def test_load_playbook_raises_with_the_same_problems_as_check(tmp_path: Path) -> None:
    """load_playbook's PlaybookError carries exactly what check_playbook reports."""
    text = HEAD + "  - {id: A, ask: q, kind: nmber}\n  - {id: b, ask: q, kind: text, cost: 0}\n"
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PlaybookError) as caught:
        load_playbook(path)
    assert caught.value.problems == check_playbook(text, str(path))
    assert len(caught.value.problems) == 3
    assert str(caught.value).startswith(f"{path}:3:")
    assert str(caught.value).endswith("(and 2 more problems)")


def test_parse_playbook_raises_playbook_error() -> None:
    """Text with a problem raises PlaybookError, a FitfirstError."""
    with pytest.raises(PlaybookError) as caught:
        parse_playbook("offer: [", "upload.yaml")
    assert isinstance(caught.value, FitfirstError)
    assert caught.value.problems[0].file == "upload.yaml"


def test_missing_file_is_a_clear_playbook_error(tmp_path: Path) -> None:
    """A path that does not exist says so, with the path."""
    missing = tmp_path / "nope.yaml"
    with pytest.raises(PlaybookError, match="no such file") as caught:
        load_playbook(missing)
    assert str(missing) in str(caught.value)


def test_directory_is_a_clear_playbook_error(tmp_path: Path) -> None:
    """A directory given as a playbook says it is a directory."""
    with pytest.raises(PlaybookError, match="is a directory"):
        load_playbook(tmp_path)


def test_non_utf8_file_is_a_playbook_error(tmp_path: Path) -> None:
    """A Latin-1 file is refused with the place of the bad byte."""
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"offer: {name: Caf\xe9, seller: x}\n")
    with pytest.raises(PlaybookError, match=r"latin1\.yaml:1:18: the file is not UTF-8"):
        load_playbook(path)


def test_loaded_playbook_is_frozen() -> None:
    """A loaded playbook cannot be changed by accident."""
    playbook = parse_playbook(HEAD + "  - {id: a, ask: q, kind: text}\n")
    with pytest.raises(ValidationError):
        playbook.criteria[0].id = "b"  # type: ignore[misc]
