"""whisperX (and plain Whisper) JSON: ``segments[]`` with start/end seconds, text and, after
diarisation, a ``speaker`` such as "SPEAKER_00" (kept as given).

A segment without a speaker continues the previous one. A bare list of segments is read too.
"""

from __future__ import annotations

from typing import Any

from fitfirst.transcripts._build import TurnBuilder
from fitfirst.transcripts._json import as_list, objects, seconds, speaker_of, text_of
from fitfirst.transcripts.model import Transcript

FORMAT = "whisperx_json"


def read_whisperx(
    data: Any, source: str = "<text>", warnings: list[str] | None = None
) -> Transcript:
    """Read parsed whisperX output."""
    builder = TurnBuilder(warnings=list(warnings or []))
    warn = builder.warnings
    metadata: dict[str, str] = {}
    if isinstance(data, dict):
        if isinstance(data.get("language"), str):
            metadata["language"] = data["language"]
        segments = as_list(data.get("segments"), "segments", source)
        path = "segments"
    else:
        segments = as_list(data, "top level", source)
        path = ""
    for index, segment in objects(segments, path or "top level", warn):
        where = f"{path}[{index}]"
        builder.add(
            speaker_of(segment.get("speaker")),
            text_of(segment.get("text")),
            seconds(segment.get("start"), f"{where}.start", warn),
            seconds(segment.get("end"), f"{where}.end", warn),
            where=where,
        )
    return builder.finish(FORMAT, source, metadata)
