"""Golden JSON reports: the review of each sample call, byte for byte.

A golden file is the reviewed, expected output. When the review changes on purpose, regenerate
with ``FITFIRST_UPDATE_GOLDEN=1 .venv/bin/pytest tests/reports`` and have a person read the diff
of tests/reports/golden/ before it is committed: a golden nobody read proves nothing.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from fitfirst.playbook import load_playbook
from fitfirst.reports import render
from fitfirst.review.pipeline import review
from fitfirst.transcripts import read_transcript

HERE = Path(__file__).resolve().parent
CALLS = HERE / "calls"
GOLDEN = HERE / "golden"

CASES = [
    pytest.param("pushy.vtt", "acme.yaml", id="pushy-vtt"),
    pytest.param("team-fit.txt", "acme.yaml", id="two-per-side-plain"),
    pytest.param("no-fit.json", "acme.yaml", id="honest-no-fit-json"),
    pytest.param("pushy.vtt", None, id="pushy-no-playbook"),
    pytest.param("script-in-text.txt", None, id="script-in-text"),
]


def golden_name(call: str, playbook: str | None) -> str:
    return f"{Path(call).stem}{'' if playbook else '.no-playbook'}.json"


@pytest.mark.parametrize(("call", "playbook"), CASES)
def test_json_report_matches_golden(call: str, playbook: str | None) -> None:
    """The JSON report of each sample call equals its reviewed golden file."""
    transcript = dataclasses.replace(read_transcript(CALLS / call), source=call)
    book = load_playbook(CALLS / playbook) if playbook else None
    text = render(review(transcript, playbook=book), "json")
    golden = GOLDEN / golden_name(call, playbook)
    if os.environ.get("FITFIRST_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), f"missing {golden}; run with FITFIRST_UPDATE_GOLDEN=1 and review it"
    assert text == golden.read_text(encoding="utf-8")
