"""Pick the reader by what a file holds, not by its name: a WebVTT saved as .txt is still WebVTT.

Order: JSON (by its keys), WebVTT (its header, or cue timings with a dot before the
milliseconds), SRT (timings with a comma), Otter-style header lines, plain "Name: text" lines.
"""

from __future__ import annotations

import re
from typing import Any

from fitfirst.errors import TranscriptError
from fitfirst.transcripts import _json
from fitfirst.transcripts._lines import classify_all

FORMATS: tuple[str, ...] = (
    "plain",
    "otter",
    "webvtt",
    "srt",
    "aws_json",
    "assemblyai_json",
    "deepgram_json",
    "whisperx_json",
    "fitfirst_json",
)
"""Names of every reader, as found in ``Transcript.format``."""

_SCAN_LINES = 200
_TIMING = re.compile(r"^\s*(?:\d+:)?\d{1,2}:\d{2}([.,])\d{1,3}\s*-->", re.MULTILINE)
_ANY_ARROW = re.compile(r"^\s*\d[^\n]{0,30}-->", re.MULTILINE)
_WHISPER_KEYS = frozenset({"text", "start", "end", "speaker"})


def detect_format(text: str, source: str = "<text>") -> str:
    """The name of the reader for ``text`` (one of FORMATS); TranscriptError when none fits."""
    return sniff(text, source)[0]


def sniff(text: str, source: str = "<text>") -> tuple[str, Any]:
    """The format name, and the parsed document when it is JSON (else None)."""
    body = text.lstrip("\ufeff \t\n")
    if not body:
        raise TranscriptError(f"{source}: the file is empty; export the call's transcript again")
    if body[0] == "{" or (body[0] == "[" and body.rstrip().endswith("]") and _is_json_list(body)):
        data = _json.load(body, source)
        return _json_kind(data, source), data
    head = "\n".join(body.split("\n", _SCAN_LINES)[:_SCAN_LINES])
    if head.startswith("WEBVTT"):
        return "webvtt", None
    separators = [m.group(1) for m in _TIMING.finditer(head)]
    if separators:
        return ("srt" if separators.count(",") > len(separators) / 2 else "webvtt"), None
    if _ANY_ARROW.search(head):
        # Timings too garbled to tell apart; the numbered blocks of SRT give it away.
        return ("srt" if re.match(r"\d+\s*\n", head) else "webvtt"), None
    lines = classify_all(head)
    headers = sum(1 for line in lines if line.kind == "speaker" and line.header)
    labelled = sum(1 for line in lines if line.kind == "speaker" and not line.header)
    if headers >= 2 and headers >= labelled:
        return "otter", None
    if labelled or headers:
        return "plain", None
    raise TranscriptError(
        f"{source}: no speaker lines found; expected 'Name: text' lines, Otter-style "
        "'Name  0:05' lines, WebVTT, SRT, or transcript JSON (see docs/formats.md)"
    )


def _is_json_list(body: str) -> bool:
    # "[00:01:02] Ana: hello" also starts with "[": only a list that parses is JSON.
    try:
        _json.load(body, "<sniff>")
    except TranscriptError:
        return False
    return True


def _json_kind(data: Any, source: str) -> str:
    if isinstance(data, list):
        if data and all(isinstance(x, dict) and _WHISPER_KEYS & x.keys() for x in data[:20]):
            return "whisperx_json"
    elif isinstance(data, dict):
        results = data.get("results")
        if "fitfirst_transcript" in data:
            return "fitfirst_json"
        if isinstance(results, dict) and "channels" in results:
            return "deepgram_json"
        if isinstance(results, dict) and results.keys() & {
            "transcripts", "items", "speaker_labels", "audio_segments", "channel_labels"
        }:  # fmt: skip
            return "aws_json"
        if isinstance(data.get("utterances"), list) or (
            isinstance(data.get("words"), list) and "segments" not in data
        ):
            return "assemblyai_json"
        if isinstance(data.get("segments"), list):
            return "whisperx_json"
        if isinstance(data.get("turns"), list):
            return "fitfirst_json"
        keys = ", ".join(sorted(str(k) for k in data)[:8]) or "none"
        raise TranscriptError(
            f"{source}: JSON of an unknown kind (top-level keys: {keys}); expected Amazon "
            "Transcribe, AssemblyAI, Deepgram, whisperX or fitfirst transcript JSON"
        )
    raise TranscriptError(
        f"{source}: JSON of an unknown kind ({_json.kind_name(data)} at the top); expected "
        "Amazon Transcribe, AssemblyAI, Deepgram, whisperX or fitfirst transcript JSON"
    )
