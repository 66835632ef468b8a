"""The example calls used by the README demo read cleanly, each in its own format."""

from __future__ import annotations

from pathlib import Path

import pytest

from fitfirst.transcripts import read_transcript

CALLS = Path(__file__).parents[2] / "examples" / "calls"

EXAMPLES = [
    ("crm-discovery.vtt", "webvtt", ("Hannah Kerr", "Diego Alvarez")),
    ("crm-pushy.srt", "srt", ("Greg Pollard", "Ines Moreau")),
    ("solar-consult.txt", "otter", ("Rachel Ortiz", "Tom Becker")),
    ("consulting-intro.json", "fitfirst_json", ("Jonas Weber", "Amara Okoye")),
    ("coworking-tour.md", "plain", ("Olu Adebayo", "Freya Lund")),
]


@pytest.mark.parametrize(("file", "fmt", "speakers"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_example_call_reads_without_warnings(
    file: str, fmt: str, speakers: tuple[str, ...]
) -> None:
    """Two named speakers, the expected format, and nothing odd."""
    transcript = read_transcript(CALLS / file)
    assert (transcript.format, transcript.speakers, transcript.warnings) == (fmt, speakers, ())


@pytest.mark.parametrize("file", [e[0] for e in EXAMPLES])
def test_example_call_lasts_three_to_six_minutes(file: str) -> None:
    """Long enough to show a real conversation, short enough to read in a demo."""
    last = read_transcript(CALLS / file).turns[-1]
    ends = last.end if last.end is not None else last.start
    assert ends is not None
    assert 180 <= ends <= 360


@pytest.mark.parametrize("file", [e[0] for e in EXAMPLES])
def test_example_call_turns_alternate(file: str) -> None:
    """Caption-sized cues are merged back into whole turns that alternate between the two."""
    turns = read_transcript(CALLS / file).turns
    assert len(turns) >= 20
    assert all(turns[i].speaker != turns[i + 1].speaker for i in range(len(turns) - 1))
