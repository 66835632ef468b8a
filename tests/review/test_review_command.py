"""`fitfirst review`: one call to the terminal or a file, many to a folder, bad files listed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fitfirst.cli import app
from fitfirst.errors import UsageError

CALLS = Path(__file__).resolve().parents[1] / "reports" / "calls"
PLAYBOOK = str(CALLS / "acme.yaml")
runner = CliRunner()


def test_one_call_prints_text_summary() -> None:
    """By default the review is a text summary on the terminal."""
    result = runner.invoke(app, ["review", str(CALLS / "pushy.vtt"), "--playbook", PLAYBOOK])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Call review:")
    assert "Pressure moments: 5" in result.stdout


def test_one_call_to_a_file_takes_the_format_from_its_suffix(tmp_path: Path) -> None:
    """-o report.html writes an HTML page and prints nothing else on stdout."""
    target = tmp_path / "report.html"
    result = runner.invoke(app, ["review", str(CALLS / "no-fit.json"), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert result.stdout == ""


def test_many_calls_write_one_file_each(tmp_path: Path) -> None:
    """Several calls with -o DIR: one JSON report per call, named after it."""
    calls = [str(CALLS / name) for name in ("pushy.vtt", "team-fit.txt", "no-fit.json")]
    out = tmp_path / "out"
    result = runner.invoke(app, ["review", *calls, "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["no-fit.json", "pushy.json", "team-fit.json"]
    assert json.loads((out / "pushy.json").read_text(encoding="utf-8"))["schema_version"] == 1


def test_bad_files_are_listed_and_the_rest_still_written(tmp_path: Path) -> None:
    """A bad file does not stop the batch; it is listed with its error and the exit code is 1."""
    empty = tmp_path / "empty.vtt"
    empty.write_text("", encoding="utf-8")
    good = tmp_path / "good.vtt"
    shutil.copy(CALLS / "pushy.vtt", good)
    out = tmp_path / "out"
    args = ["review", str(empty), str(good), str(tmp_path / "missing.srt"), "-f", "md", "-o"]
    result = runner.invoke(app, [*args, str(out)])
    assert result.exit_code == 1
    assert [p.name for p in out.iterdir()] == ["good.md"]
    assert "2 of 3 calls could not be reviewed" in result.stderr
    assert f"{empty}: " in result.stderr and "empty" in result.stderr
    assert "missing.srt: " in result.stderr


def test_unknown_seller_is_a_usage_error() -> None:
    """--seller naming nobody on the call fails with the speakers listed."""
    result = runner.invoke(app, ["review", str(CALLS / "pushy.vtt"), "--seller", "Dna"])
    assert result.exit_code == UsageError.exit_code
    assert result.stderr.startswith("Error: No speaker 'Dna'")
    assert "Did you mean 'Dana Reyes'?" in result.stderr


def test_seller_option_overrides_detection() -> None:
    """--seller decides the seller side, whatever the call says."""
    args = ["review", str(CALLS / "pushy.vtt"), "--seller", "lee park", "-f", "json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["seller"]["speakers"] == ["Lee Park"]


@pytest.mark.parametrize("fmt", ["json", "html"])
def test_many_calls_without_output_folder_is_a_usage_error(fmt: str) -> None:
    """Several JSON or HTML reports need a folder to go to."""
    calls = [str(CALLS / "pushy.vtt"), str(CALLS / "no-fit.json")]
    result = runner.invoke(app, ["review", *calls, "--format", fmt])
    assert result.exit_code == UsageError.exit_code
    assert "-o DIRECTORY" in result.stderr


def test_one_call_into_an_existing_folder(tmp_path: Path) -> None:
    """-o naming a folder puts the report inside it, named after the call."""
    result = runner.invoke(
        app, ["review", str(CALLS / "pushy.vtt"), "-f", "md", "-o", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "pushy.md").read_text(encoding="utf-8").startswith("# Call review")
