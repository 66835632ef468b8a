"""Files that cannot be read fail with one clear TranscriptError naming the file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from fitfirst.errors import TranscriptError, UsageError
from fitfirst.transcripts import read_transcript, read_transcript_text

SAMPLES = Path(__file__).parent / "samples"
S = str(SAMPLES)

BAD_FILES = [
    (
        "bad_timing.vtt",
        f"{S}/bad_timing.vtt:4: cue timing '00:01:xx --> 00:01:05.000' is not a time; "
        "expected HH:MM:SS.mmm",
    ),
    (
        "broken.json",
        f"{S}/broken.json:4:4: not valid JSON (Expecting ',' delimiter); "
        "check the file was saved completely",
    ),
    (
        "unknown.json",
        f"{S}/unknown.json: JSON of an unknown kind (top-level keys: call, notes); expected Amazon "
        "Transcribe, AssemblyAI, Deepgram, whisperX or fitfirst transcript JSON",
    ),
    (
        "prose.txt",
        f"{S}/prose.txt: no speaker lines found; expected 'Name: text' lines, Otter-style "
        "'Name  0:05' lines, WebVTT, SRT, or transcript JSON (see docs/formats.md)",
    ),
    ("empty.txt", f"{S}/empty.txt: the file is empty; export the call's transcript again"),
    (
        "junk.bin",
        f"{S}/junk.bin: this is a binary file, not a transcript (it holds NUL bytes); "
        "export the call as text, WebVTT, SRT or JSON",
    ),
    ("missing.vtt", f"{S}/missing.vtt: no such file; check the path"),
]


@pytest.mark.parametrize(("file", "message"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_unreadable_file_message(file: str, message: str) -> None:
    """The message says what is wrong, where, and what to do."""
    with pytest.raises(TranscriptError) as caught:
        read_transcript(SAMPLES / file)
    assert str(caught.value) == message


def test_folder_is_not_a_transcript() -> None:
    """Pointing at a folder gives a TranscriptError, not an OSError."""
    with pytest.raises(TranscriptError, match="is a folder, not a transcript file"):
        read_transcript(SAMPLES)


BAD_TEXTS = [
    ("blank", "  \n\n\t\n", "call.txt: the file is empty; export the call's transcript again"),
    (
        "vtt-no-cues",
        "WEBVTT\n\nNOTE nothing was said\n",
        "call.txt: no speaker turns found in this webvtt transcript; "
        "check the file holds the call's words",
    ),
    (
        "srt-all-timings-bad",
        "1\n00:00:01;000 --> 00:00:02;000\nAna: Hello.\n",
        "call.txt:2: cue timing '00:00:01;000 --> 00:00:02;000' is not a time; "
        "expected HH:MM:SS,mmm",
    ),
    (
        "fitfirst-version",
        '{"fitfirst_transcript": 2, "turns": []}',
        "call.txt: fitfirst_transcript: version 2 is not supported; this fitfirst reads version 1",
    ),
    (
        "fitfirst-turns-not-list",
        '{"fitfirst_transcript": 1, "turns": {}}',
        "call.txt: turns: expected a list, found an object",
    ),
    (
        "fitfirst-text-not-string",
        '{"fitfirst_transcript": 1, "turns": [{"speaker": "Ana", "text": 5}]}',
        "call.txt: turns[0].text: expected a string, found a number",
    ),
    (
        "fitfirst-no-turns",
        '{"fitfirst_transcript": 1, "turns": []}',
        "call.txt: no speaker turns found in this fitfirst_json transcript; "
        "check the file holds the call's words",
    ),
    (
        "json-list-of-numbers",
        "[1, 2, 3]",
        "call.txt: JSON of an unknown kind (a list at the top); expected Amazon Transcribe, "
        "AssemblyAI, Deepgram, whisperX or fitfirst transcript JSON",
    ),
    (
        "aws-results-not-object",
        '{"results": {"items": 3}}',
        "call.txt: results.items: expected a list, found a number",
    ),
    (
        "nul-in-text",
        "Ana: hi\x00there",
        "call.txt: this looks like a binary file, not a transcript (1 control character in the "
        "first 13 characters); export the call as text, WebVTT, SRT or JSON",
    ),
]


@pytest.mark.parametrize(
    ("data", "message"), [b[1:] for b in BAD_TEXTS], ids=[b[0] for b in BAD_TEXTS]
)
def test_unreadable_text_message(data: str, message: str) -> None:
    """Text and uploads fail the same way as files, with the given source name."""
    with pytest.raises(TranscriptError) as caught:
        read_transcript_text(data, "call.txt")
    assert str(caught.value) == message


def test_file_over_the_size_limit_is_refused_before_reading() -> None:
    """The message gives the size and the limit."""
    with pytest.raises(TranscriptError) as caught:
        read_transcript(SAMPLES / "zoom.vtt", max_bytes=100)
    assert str(caught.value) == (
        f"{S}/zoom.vtt: the file is 619 bytes, over the limit of 100 bytes; "
        "check it is a transcript, or pass a larger max_bytes"
    )


def test_large_sizes_are_given_in_megabytes() -> None:
    """Big numbers are written so a person can read them."""
    data = b"Ana: hello\n" * 2_000_000
    with pytest.raises(TranscriptError) as caught:
        read_transcript_text(data, "big.txt")
    assert str(caught.value) == (
        "big.txt: the file is 22.0 MB (22,000,000 bytes), over the limit of 20.0 MB "
        "(20,000,000 bytes); check it is a transcript, or pass a larger max_bytes"
    )


def test_text_string_over_the_limit_is_refused() -> None:
    """The limit applies to str input as well, in UTF-8 bytes."""
    with pytest.raises(TranscriptError, match="over the limit of 40 bytes"):
        read_transcript_text("Zoë: " + "é" * 30, "upload", max_bytes=40)


def test_bytes_that_are_neither_utf8_nor_cp1252() -> None:
    """Undefined Windows-1252 bytes make the file unreadable, with the line named."""
    with pytest.raises(TranscriptError) as caught:
        read_transcript_text(b"Ana: hello\nBo: caf\x81\n", "odd.txt")
    assert str(caught.value) == (
        "odd.txt:2: byte 0x81 is neither UTF-8 nor Windows-1252 text; save the transcript as UTF-8"
    )


def test_unknown_forced_format_is_a_usage_error() -> None:
    """Asking for a reader that does not exist names the ones that do."""
    with pytest.raises(UsageError, match="unknown transcript format 'docx'; choose one of plain"):
        read_transcript_text("Ana: hi", format="docx")
