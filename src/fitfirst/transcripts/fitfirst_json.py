"""fitfirst's own transcript JSON: the one format fitfirst writes and reads back unchanged.

    {"fitfirst_transcript": 1,
     "metadata": {"title": "..."},
     "turns": [{"speaker": "Ana", "text": "...", "start": 0.0, "end": 4.2}, ...]}

``start``/``end`` are seconds or null (or left out). Consecutive turns of one speaker merge, as
in every other format; a turn without a speaker continues the previous one.
"""

from __future__ import annotations

import json
from typing import Any

from fitfirst.errors import TranscriptError
from fitfirst.transcripts._build import TurnBuilder
from fitfirst.transcripts._json import as_dict, as_list, kind_name, objects, seconds, speaker_of
from fitfirst.transcripts._text import squash
from fitfirst.transcripts.model import Transcript

FORMAT = "fitfirst_json"
VERSION = 1


def read_fitfirst_json(
    data: Any, source: str = "<text>", warnings: list[str] | None = None
) -> Transcript:
    """Read parsed fitfirst transcript JSON."""
    builder = TurnBuilder(warnings=list(warnings or []))
    warn = builder.warnings
    root = as_dict(data, "top level", source)
    version = root.get("fitfirst_transcript")
    if version is None:
        warn.append(f"fitfirst_transcript: missing; read as version {VERSION}")
    elif version != VERSION or isinstance(version, bool):
        raise TranscriptError(
            f"{source}: fitfirst_transcript: version {version!r} is not supported; "
            f"this fitfirst reads version {VERSION}"
        )
    metadata: dict[str, str] = {}
    raw_meta = root.get("metadata")
    if raw_meta is not None:
        for key, value in as_dict(raw_meta, "metadata", source).items():
            metadata[str(key)] = value if isinstance(value, str) else json.dumps(value)
    turns = as_list(root.get("turns"), "turns", source)
    for index, turn in objects(turns, "turns", warn):
        where = f"turns[{index}]"
        text = turn.get("text")
        if not isinstance(text, str):
            raise TranscriptError(
                f"{source}: {where}.text: expected a string, found {kind_name(text)}"
            )
        speaker = speaker_of(turn.get("speaker"))
        if speaker is None and turn.get("speaker") is not None:
            warn.append(f"{where}.speaker: {turn.get('speaker')!r:.40} is not a name; ignored")
        if not squash(text):
            warn.append(f"{where}: no words; skipped")
            continue
        builder.add(
            speaker,
            squash(text),
            seconds(turn.get("start"), f"{where}.start", warn),
            seconds(turn.get("end"), f"{where}.end", warn),
            where=where,
        )
    return builder.finish(FORMAT, source, metadata)


def to_fitfirst_json(transcript: Transcript) -> dict[str, Any]:
    """The transcript as fitfirst JSON (``json.dumps`` it); reading it back gives the same turns."""
    return {
        "fitfirst_transcript": VERSION,
        "metadata": dict(transcript.metadata),
        "turns": [
            {"speaker": t.speaker, "text": t.text, "start": t.start, "end": t.end}
            for t in transcript.turns
        ],
    }
