"""The front door: read a transcript file or text, whatever format it is in."""

from __future__ import annotations

from collections.abc import Callable
from os import PathLike
from pathlib import Path
from typing import Any

from fitfirst.errors import TranscriptError, UsageError
from fitfirst.transcripts.assemblyai import read_assemblyai
from fitfirst.transcripts.aws import read_aws
from fitfirst.transcripts.decoding import DEFAULT_MAX_BYTES, check_size, decode
from fitfirst.transcripts.deepgram import read_deepgram
from fitfirst.transcripts.detect import FORMATS, sniff
from fitfirst.transcripts.fitfirst_json import read_fitfirst_json
from fitfirst.transcripts.model import Transcript
from fitfirst.transcripts.otter import read_otter
from fitfirst.transcripts.plain import read_plain
from fitfirst.transcripts.srt import read_srt
from fitfirst.transcripts.webvtt import read_webvtt
from fitfirst.transcripts.whisperx import read_whisperx

_TEXT_READERS: dict[str, Callable[[str, str, list[str]], Transcript]] = {
    "plain": read_plain,
    "otter": read_otter,
    "webvtt": read_webvtt,
    "srt": read_srt,
}
_JSON_READERS: dict[str, Callable[[Any, str, list[str]], Transcript]] = {
    "aws_json": read_aws,
    "assemblyai_json": read_assemblyai,
    "deepgram_json": read_deepgram,
    "whisperx_json": read_whisperx,
    "fitfirst_json": read_fitfirst_json,
}


def read_transcript(
    path: str | PathLike[str],
    *,
    format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Transcript:
    """Read a transcript file; the format is found from its content unless ``format`` is given."""
    file = Path(path)
    source = str(path)
    try:
        check_size(file.stat().st_size, source, max_bytes)
        data = file.read_bytes()
    except FileNotFoundError:
        raise TranscriptError(f"{source}: no such file; check the path") from None
    except IsADirectoryError:
        raise TranscriptError(f"{source}: is a folder, not a transcript file") from None
    except PermissionError:
        raise TranscriptError(f"{source}: permission denied; check the file can be read") from None
    except OSError as exc:
        raise TranscriptError(f"{source}: cannot be read ({exc.strerror or exc})") from None
    return read_transcript_text(data, source, format=format, max_bytes=max_bytes)


def read_transcript_text(
    data: str | bytes,
    source: str = "<text>",
    *,
    format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Transcript:
    """Read a transcript from text or raw bytes (an upload); ``source`` names it in messages."""
    if format is not None and format not in FORMATS:
        raise UsageError(
            f"unknown transcript format {format!r}; choose one of {', '.join(FORMATS)}"
        )
    text, warnings = decode(data, source, max_bytes)
    if not text.strip():
        raise TranscriptError(f"{source}: the file is empty; export the call's transcript again")
    if format is None:
        found, parsed = sniff(text, source)
    else:
        found, parsed = format, None
    if found in _TEXT_READERS:
        return _TEXT_READERS[found](text, source, warnings)
    if parsed is None:
        from fitfirst.transcripts._json import load  # noqa: PLC0415 - only forced JSON formats need it

        parsed = load(text, source)
    return _JSON_READERS[found](parsed, source, warnings)
