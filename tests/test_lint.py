"""Lint-clean and typed: CI checks it with the same tools people run (`make lint`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "command",
    [
        pytest.param(["ruff", "check", "src", "tests", "bench"], id="ruff-check"),
        pytest.param(["ruff", "format", "--check", "src", "tests", "bench"], id="ruff-format"),
        pytest.param(["mypy"], id="mypy-strict"),
    ],
)
def test_tool_is_clean(command: list[str]) -> None:
    """ruff finds nothing, the code is formatted, and mypy --strict passes on src/fitfirst."""
    done = subprocess.run(
        [sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
