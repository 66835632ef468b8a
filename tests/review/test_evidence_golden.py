"""Golden evidence of labelled corpus calls: what call_evidence finds stays what it found.

A change in evidence (here or in fitfirst.understand) shows up as a diff of a golden file.
When the change is an improvement, rewrite the files and review the diff:
FITFIRST_UPDATE_GOLDEN=1 .venv/bin/pytest tests/review/test_evidence_golden.py
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from fitfirst.fit.evidence import NumberSpan, Value
from fitfirst.playbook import load_playbook
from fitfirst.review.evidence import call_evidence
from fitfirst.review.types import RoledTurn
from fitfirst.transcripts import read_transcript

ROOT = Path(__file__).resolve().parents[2]
CALLS = ROOT / "corpus" / "calls"
GOLDEN = Path(__file__).parent / "golden"
# Tune-split calls only: the test split stays unseen.
FILES = [
    "crm_01.txt",
    "crm_02.txt",
    "crm_05.json",
    "solar_02.json",
    "solar_04.txt",
    "consulting_01.vtt",
]


def _value(value: Value | None) -> Any:
    if isinstance(value, NumberSpan):
        return {
            "low": None if math.isinf(value.low) else value.low,
            "high": None if math.isinf(value.high) else value.high,
        }
    return value


def _evidence_of(name: str) -> dict[str, Any]:
    entry = next(
        e
        for e in yaml.safe_load((CALLS / "expected.yaml").read_text(encoding="utf-8"))["calls"]
        if e["file"] == name
    )
    playbook = load_playbook(ROOT / "examples" / "playbooks" / f"{entry['playbook']}.yaml")
    transcript = read_transcript(CALLS / name)
    turns = [
        RoledTurn(
            i,
            t.speaker,
            "seller" if t.speaker in entry["seller"] else "buyer",
            t.text,
            t.start,
            t.end,
        )
        for i, t in enumerate(transcript.turns)
    ]
    evidence, needs = call_evidence(playbook, turns)
    return {
        "evidence": [
            {
                "criterion": e.criterion,
                "value": _value(e.value),
                "source": e.source,
                "turn": e.turn,
                "quote": e.quote,
            }
            for e in evidence
        ],
        "needs": [{"need": n.need, "turn": n.turn, "quote": n.quote} for n in needs],
    }


@pytest.mark.parametrize("name", FILES)
def test_evidence_matches_golden_file(name: str) -> None:
    """The evidence of a corpus call equals its golden file."""
    got = _evidence_of(name)
    path = GOLDEN / f"{name}.evidence.json"
    if os.environ.get("FITFIRST_UPDATE_GOLDEN") == "1":
        path.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert got == json.loads(path.read_text(encoding="utf-8"))
