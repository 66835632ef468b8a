"""Deepgram JSON: ``results.utterances[]`` (utterances=true), else the first alternative's
``paragraphs`` or ``words`` with diarised speaker numbers.

Speaker numbers become "Speaker 0", "Speaker 1". With several channels and no speaker numbers,
each channel is one speaker ("Channel 0", "Channel 1") and their words are merged by time.
"""

from __future__ import annotations

from typing import Any

from fitfirst.transcripts._build import TurnBuilder
from fitfirst.transcripts._json import (
    add_words,
    as_dict,
    as_list,
    objects,
    seconds,
    speaker_of,
    text_of,
)
from fitfirst.transcripts.model import Transcript

FORMAT = "deepgram_json"
_Word = tuple[str | None, str, float | None, float | None, bool]


def read_deepgram(
    data: Any, source: str = "<text>", warnings: list[str] | None = None
) -> Transcript:
    """Read parsed Deepgram output."""
    builder = TurnBuilder(warnings=list(warnings or []))
    warn = builder.warnings
    root = as_dict(data, "top level", source)
    results = as_dict(root.get("results"), "results", source)
    metadata: dict[str, str] = {}
    info = root.get("metadata")
    if isinstance(info, dict) and isinstance(info.get("request_id"), str):
        metadata["request_id"] = info["request_id"]
    utterances = results.get("utterances")
    if isinstance(utterances, list) and utterances:
        _utterances(utterances, builder)
        return builder.finish(FORMAT, source, metadata)
    channels = as_list(results.get("channels") or [], "results.channels", source)
    alternatives: list[tuple[int, dict[str, Any]]] = []
    for i, channel in objects(channels, "results.channels", warn):
        alternative = _first_alternative(channel)
        if alternative is not None:
            alternatives.append((i, alternative))
    if not alternatives:
        return builder.finish(FORMAT, source, metadata)
    index, first = alternatives[0]
    where = f"results.channels[{index}].alternatives[0]"
    if len(alternatives) == 1 or _has_speakers(first):
        if not _paragraphs(first, where, builder):
            words = _words(first, where, warn, None)
            if words:
                add_words(builder, words, f"{where}.words")
            else:
                builder.add(None, text_of(first.get("transcript")), where=f"{where}.transcript")
        return builder.finish(FORMAT, source, metadata)
    merged: list[_Word] = []
    for index, alternative in alternatives:
        where = f"results.channels[{index}].alternatives[0]"
        merged.extend(_words(alternative, where, warn, f"Channel {index}"))
    merged.sort(key=lambda w: (w[2] is None, w[2] or 0.0))
    add_words(builder, merged, "results.channels")
    return builder.finish(FORMAT, source, metadata)


def _utterances(utterances: list[Any], builder: TurnBuilder) -> None:
    warn = builder.warnings
    for index, item in objects(utterances, "results.utterances", warn):
        where = f"results.utterances[{index}]"
        speaker = speaker_of(item.get("speaker"))
        if speaker is None and isinstance(item.get("channel"), int):
            speaker = f"Channel {item['channel']}"
        builder.add(
            speaker,
            text_of(item.get("transcript")),
            seconds(item.get("start"), f"{where}.start", warn),
            seconds(item.get("end"), f"{where}.end", warn),
            where=where,
        )


def _first_alternative(channel: dict[str, Any]) -> dict[str, Any] | None:
    alternatives = channel.get("alternatives")
    if isinstance(alternatives, list) and alternatives and isinstance(alternatives[0], dict):
        return alternatives[0]
    return None


def _has_speakers(alternative: dict[str, Any]) -> bool:
    words = alternative.get("words")
    return isinstance(words, list) and any(
        isinstance(w, dict) and speaker_of(w.get("speaker")) for w in words[:50]
    )


def _paragraphs(alternative: dict[str, Any], where: str, builder: TurnBuilder) -> bool:
    """Read diarised paragraphs; False when there are none to read."""
    holder = alternative.get("paragraphs")
    paragraphs = holder.get("paragraphs") if isinstance(holder, dict) else None
    if not isinstance(paragraphs, list) or not paragraphs:
        return False
    warn = builder.warnings
    path = f"{where}.paragraphs.paragraphs"
    read = False
    for index, paragraph in objects(paragraphs, path, warn):
        sentences = paragraph.get("sentences")
        texts = (
            [text_of(s.get("text")) for s in sentences if isinstance(s, dict)]
            if isinstance(sentences, list)
            else []
        )
        text = " ".join(t for t in texts if t)
        builder.add(
            speaker_of(paragraph.get("speaker")),
            text,
            seconds(paragraph.get("start"), f"{path}[{index}].start", warn),
            seconds(paragraph.get("end"), f"{path}[{index}].end", warn),
            where=f"{path}[{index}]",
        )
        read = read or bool(text)
    return read


def _words(
    alternative: dict[str, Any], where: str, warn: list[str], speaker: str | None
) -> list[_Word]:
    words = alternative.get("words")
    if not isinstance(words, list):
        return []
    found: list[_Word] = []
    for index, word in objects(words, f"{where}.words", warn):
        text = text_of(word.get("punctuated_word")) or text_of(word.get("word"))
        if text:
            found.append(
                (
                    speaker or speaker_of(word.get("speaker")),
                    text,
                    seconds(word.get("start"), f"{where}.words[{index}].start", warn),
                    seconds(word.get("end"), f"{where}.words[{index}].end", warn),
                    False,
                )
            )
    return found
