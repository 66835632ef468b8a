"""AssemblyAI transcript JSON: ``utterances[]`` when speaker labels were on, else ``words[]``.

Times are milliseconds in the file and seconds in the Transcript. Speaker letters ("A", "B")
are kept as given.
"""

from __future__ import annotations

from typing import Any

from fitfirst.transcripts._build import TurnBuilder
from fitfirst.transcripts._json import add_words, as_dict, objects, seconds, speaker_of, text_of
from fitfirst.transcripts.model import Transcript

FORMAT = "assemblyai_json"
_MS = 1000.0


def read_assemblyai(
    data: Any, source: str = "<text>", warnings: list[str] | None = None
) -> Transcript:
    """Read parsed AssemblyAI output."""
    builder = TurnBuilder(warnings=list(warnings or []))
    warn = builder.warnings
    root = as_dict(data, "top level", source)
    metadata = {
        k: root[k] for k in ("id", "audio_url", "language_code") if isinstance(root.get(k), str)
    }
    utterances = root.get("utterances")
    words = root.get("words")
    if isinstance(utterances, list) and utterances:
        for index, item in objects(utterances, "utterances", warn):
            where = f"utterances[{index}]"
            builder.add(
                speaker_of(item.get("speaker")),
                text_of(item.get("text")),
                seconds(item.get("start"), f"{where}.start", warn, _MS),
                seconds(item.get("end"), f"{where}.end", warn, _MS),
                where=where,
            )
    elif isinstance(words, list) and words:
        found = [
            (
                speaker_of(item.get("speaker")),
                text_of(item.get("text")),
                seconds(item.get("start"), f"words[{index}].start", warn, _MS),
                seconds(item.get("end"), f"words[{index}].end", warn, _MS),
                False,
            )
            for index, item in objects(words, "words", warn)
        ]
        add_words(builder, [w for w in found if w[1]], "words")
    else:
        builder.add(None, text_of(root.get("text")), where="text")
    return builder.finish(FORMAT, source, metadata)
