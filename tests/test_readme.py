"""The README is checked like code: its commands exist, its API example runs, CI runs its tests."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import typer

from fitfirst.cli.app import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def _setup_commands() -> list[str]:
    setup = _blocks("sh")[0]
    return [line for line in setup.splitlines() if line and not line.startswith("#")]


def test_readme_has_exactly_two_setup_commands() -> None:
    """Set-up is two commands: install and demo, then install the test extras and test."""
    commands = _setup_commands()
    assert len(commands) == 2
    assert "fitfirst check" in commands[0]
    assert commands[1].endswith("-m pytest")


def test_ci_runs_exactly_the_readme_test_command() -> None:
    """`.ci/run` calls the README's test command verbatim, so CI and people test alike."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _setup_commands()[1] in ci.splitlines()


def test_every_command_in_the_readme_exists() -> None:
    """Each `fitfirst NAME` the README shows is a registered command."""
    registered = set(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
    shown = set(re.findall(r"fitfirst (\w+)", "\n".join(_blocks("sh"))))
    assert shown
    assert shown <= registered, shown - registered


def test_every_file_the_readme_names_exists() -> None:
    """Example files and docs linked from the README are in the repository."""
    named = re.findall(r"(?:examples|docs)/[\w./-]+\.(?:yaml|md|vtt|srt|txt|json|png)", README)
    assert named
    missing = [name for name in named if not (ROOT / name).exists()]
    assert not missing


def test_the_library_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's Python example runs as written, from the repository root."""
    monkeypatch.chdir(ROOT)
    code = _blocks("python")[0]
    namespace: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    session = namespace["session"]
    assert session.evidence  # type: ignore[attr-defined]


def test_readme_install_command_is_what_make_install_does() -> None:
    """The Makefile's install target installs the same extras the README tells people to."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert '.venv/bin/pip install -e ".[test]"' in makefile
    assert os.path.exists(ROOT / ".ci" / "run")


def test_readme_figures_are_quoted_as_the_benchmarks_printed_them() -> None:
    """Every figure block in the README is a verbatim excerpt of a saved benchmark output."""
    quoted = re.findall(r"<!-- from (bench/results/[\w.-]+) -->\n```text\n(.*?)```", README, re.S)
    assert len(quoted) >= 4
    for name, block in quoted:
        printed = (ROOT / name).read_text(encoding="utf-8")
        assert block.strip() in printed, f"the README's excerpt of {name} is not what it printed"
