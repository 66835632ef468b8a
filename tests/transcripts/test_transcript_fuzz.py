"""Whatever it is given, the reader either returns a Transcript or raises TranscriptError."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fitfirst.errors import TranscriptError
from fitfirst.transcripts import Transcript, read_transcript_text

FRAGMENTS = [
    "WEBVTT",
    "\n",
    "\n\n",
    "-->",
    " --> ",
    "00:00:01.000",
    "00:01,500",
    "1:02:03",
    "[00:00:02]",
    "<v Ana>",
    "<v.loud Bo Lee>",
    "</v>",
    "<c.red>",
    "<i>",
    "&amp;",
    "&#39;",
    "&nbsp;",
    "NOTE",
    "STYLE",
    "Ana: ",
    "**Bo:** ",
    "Date: 2024-01-01",
    "Call ID: 77",
    "SPEAKER_00: ",
    "[SPEAKER_01] ",
    "Ana Ruiz  0:05",
    "Transcribed by https://otter.ai",
    "{",
    "}",
    "[",
    "]",
    '"turns"',
    ":",
    ",",
    "hello there",
    "1",
    "\r",
    "\r\n",
    "\ufeff",
    "\x00",
    "é",
    "—",
    "\t",
    "#",
    "---",
]

transcriptish = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "results",
                    "items",
                    "speaker_labels",
                    "segments",
                    "channels",
                    "alternatives",
                    "words",
                    "utterances",
                    "paragraphs",
                    "sentences",
                    "turns",
                    "speaker",
                    "speaker_label",
                    "text",
                    "transcript",
                    "start",
                    "end",
                    "start_time",
                    "end_time",
                    "content",
                    "type",
                    "fitfirst_transcript",
                    "metadata",
                    "audio_segments",
                    "channel_labels",
                    "transcripts",
                    "punctuated_word",
                    "word",
                    "channel",
                    "channel_label",
                ]
            ),
            children,
            max_size=5,
        )
    ),
    max_leaves=25,
)

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read(data: str | bytes) -> None:
    try:
        result = read_transcript_text(data, "fuzz")
    except TranscriptError:
        return
    assert isinstance(result, Transcript)
    assert result.turns
    assert all(turn.text and turn.speaker for turn in result.turns)


@FUZZ
@given(st.text())
def test_any_text(data: str) -> None:
    """Arbitrary Unicode text never raises anything but TranscriptError."""
    _read(data)


@FUZZ
@given(st.binary())
def test_any_bytes(data: bytes) -> None:
    """Arbitrary bytes never raise anything but TranscriptError."""
    _read(data)


@FUZZ
@given(transcriptish)
def test_transcript_like_text(data: str) -> None:
    """Text built from format fragments reaches the readers' corners without crashing."""
    _read(data)


@FUZZ
@given(json_values)
def test_any_json_shape(value: object) -> None:
    """JSON with the right keys in the wrong shapes is refused cleanly or read."""
    _read(json.dumps(value))
