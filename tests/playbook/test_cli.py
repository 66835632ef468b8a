"""`fitfirst validate` and `fitfirst schema` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from fitfirst.cli import app
from fitfirst.playbook import playbook_schema

EXAMPLES = sorted((Path(__file__).parents[2] / "examples" / "playbooks").glob("*.yaml"))
BROKEN = (
    "offer: {name: Acme, seller: Acme Inc.}\n"
    "criteria:\n"
    "  - {id: size, ask: q, kind: nmber}\n"
    "  - {id: size, ask: q, kind: yes_no, accept: maybe}\n"
)
runner = CliRunner()


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_validate_examples_prints_ok_and_exits_0() -> None:
    """Clean files get an ok line each and a summary, and exit 0."""
    result = runner.invoke(app, ["validate", *map(str, EXAMPLES)])
    assert result.exit_code == 0, result.output
    for path in EXAMPLES:
        assert f"{path}: ok" in result.output
    assert result.output.rstrip().endswith(f"{len(EXAMPLES)} files ok")


def test_validate_prints_every_problem_with_its_place_and_exits_1(tmp_path: Path) -> None:
    """Each problem is one file:line:col: path: message (hint) line."""
    path = _write(tmp_path, "bad.yaml", BROKEN)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == (
        f'{path}:3:30: criteria[0].kind: kind "nmber" is not one of "number", "choice", '
        '"yes_no" or "text" (did you mean "number"?)'
    )
    assert lines[1].startswith(f'{path}:4:10: criteria[1].id: criterion id "size" is used twice')
    assert lines[2].startswith(f"{path}:4:46: criteria[1].accept: a yes_no criterion's accept")
    assert lines[-1] == "3 problems in 1 of 1 file"


def test_validate_mixed_files_reports_only_the_bad_one_and_exits_1(tmp_path: Path) -> None:
    """One bad file among good ones fails the run; the good ones still say ok."""
    bad = _write(tmp_path, "bad.yaml", BROKEN)
    result = runner.invoke(app, ["validate", str(EXAMPLES[0]), str(bad)])
    assert result.exit_code == 1
    assert f"{EXAMPLES[0]}: ok" in result.output
    assert result.output.splitlines()[-1] == "3 problems in 1 of 2 files"


def test_validate_missing_file_and_directory_are_problems_not_tracebacks(tmp_path: Path) -> None:
    """A wrong path is reported like any other problem."""
    missing = tmp_path / "nope.yaml"
    result = runner.invoke(app, ["validate", str(missing), str(tmp_path)])
    assert result.exit_code == 1
    assert f"{missing}: no such file" in result.output
    assert f"{tmp_path}: this is a directory" in result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_validate_bad_yaml_and_non_utf8_exit_1_without_traceback(tmp_path: Path) -> None:
    """Unreadable files give a located problem, never a traceback."""
    tabbed = _write(tmp_path, "tabs.yaml", "offer:\n\tname: x\n")
    latin = tmp_path / "latin.yaml"
    latin.write_bytes(b"offer: {name: Caf\xe9}\n")
    result = runner.invoke(app, ["validate", str(tabbed), str(latin)])
    assert result.exit_code == 1
    assert f"{tabbed}:2:1: a tab is used for indentation" in result.output
    assert f"{latin}:1:18: the file is not UTF-8" in result.output
    assert "Traceback" not in result.output


def test_validate_without_files_is_a_usage_error() -> None:
    """Forgetting the file names is a usage error (exit 2), not a crash."""
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 2


def test_schema_prints_the_schema_as_indented_json() -> None:
    """`fitfirst schema` prints exactly playbook_schema(), indented by two spaces."""
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output) == playbook_schema()
    assert result.output.startswith('{\n  "$schema"')
