"""Amazon Transcribe JSON: ``results.transcripts`` plus word ``items`` and speaker information.

Speakers are found, in this order, on the items themselves (``speaker_label``, newer output),
in ``results.speaker_labels.segments`` (older output; matched to items by start time), in
``results.channel_labels`` (channel identification: "ch_0", "ch_1"), or in
``results.audio_segments``. Labels such as "spk_0" are kept as given. Without any of them the
whole transcript is one turn of speaker "Unknown", with a warning.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from fitfirst.transcripts._build import TurnBuilder
from fitfirst.transcripts._json import (
    add_words,
    as_dict,
    as_list,
    kind_name,
    objects,
    seconds,
    speaker_of,
    text_of,
)
from fitfirst.transcripts._text import squash
from fitfirst.transcripts.model import Transcript

FORMAT = "aws_json"
_INF = float("inf")
_Word = tuple[str | None, str, float | None, float | None, bool]


def read_aws(data: Any, source: str = "<text>", warnings: list[str] | None = None) -> Transcript:
    """Read parsed Amazon Transcribe output."""
    builder = TurnBuilder(warnings=list(warnings or []))
    root = as_dict(data, "top level", source)
    results = as_dict(root.get("results"), "results", source)
    metadata: dict[str, str] = {}
    for key in ("jobName", "accountId", "status"):
        if isinstance(root.get(key), str):
            metadata[key] = root[key]
    warn = builder.warnings
    words = _words(as_list(results.get("items") or [], "results.items", source), warn)
    by_start = _labels_by_start(results, source, warn)
    if words and any(w[0] is not None for w in words):
        add_words(builder, words, "results.items")
    elif words and by_start:
        add_words(builder, _assign(words, by_start), "results.items")
    elif not _audio_segments(results, source, builder):
        _whole(results, words, source, builder)
    return builder.finish(FORMAT, source, metadata)


def _words(items: list[Any], warn: list[str]) -> list[_Word]:
    # The hot loop of the biggest format (one object per word): kept inline on purpose.
    words: list[_Word] = []
    for index, item in enumerate(items):
        if type(item) is not dict:
            warn.append(
                f"results.items[{index}]: expected an object, found {kind_name(item)}; skipped"
            )
            continue
        alternatives = item.get("alternatives")
        first = alternatives[0] if type(alternatives) is list and alternatives else None
        content = first.get("content") if type(first) is dict else None
        if type(content) is not str:
            continue
        if " " in content or not content:
            content = squash(content)
            if not content:
                continue
        label = item.get("speaker_label")
        words.append(
            (
                label
                if type(label) is str and label.strip() == label and label
                else speaker_of(label),
                content,
                _time(item.get("start_time"), index, "start_time", warn),
                _time(item.get("end_time"), index, "end_time", warn),
                item.get("type") == "punctuation",
            )
        )
    return words


def _time(value: object, index: int, key: str, warn: list[str]) -> float | None:
    if type(value) is str:
        try:
            found = float(value)
        except ValueError:
            pass
        else:
            if 0 <= found < _INF:
                return found
    return seconds(value, f"results.items[{index}].{key}", warn)


def _labels_by_start(
    results: dict[str, Any], source: str, warn: list[str]
) -> list[tuple[float, str]]:
    """(start time, speaker) marks from speaker_labels or channel_labels, sorted by time."""
    marks: list[tuple[float, str]] = []
    labels = results.get("speaker_labels")
    if isinstance(labels, dict):
        path = "results.speaker_labels.segments"
        for index, segment in objects(
            as_list(labels.get("segments") or [], path, source), path, warn
        ):
            speaker = speaker_of(segment.get("speaker_label"))
            start = seconds(segment.get("start_time"), f"{path}[{index}].start_time", warn)
            if speaker is not None and start is not None:
                marks.append((start, speaker))
    channels = results.get("channel_labels")
    if not marks and isinstance(channels, dict):
        path = "results.channel_labels.channels"
        for _, channel in objects(
            as_list(channels.get("channels") or [], path, source), path, warn
        ):
            speaker = speaker_of(channel.get("channel_label"))
            items = channel.get("items")
            if speaker is None or not isinstance(items, list):
                continue
            for item in items:
                if isinstance(item, dict):
                    start = seconds(item.get("start_time"), f"{path}[].items[].start_time", warn)
                    if start is not None:
                        marks.append((start, speaker))
    marks.sort()
    return marks


def _assign(words: list[_Word], marks: list[tuple[float, str]]) -> list[_Word]:
    """Give each word the speaker whose segment (or channel item) starts last at or before it."""
    starts = [start for start, _ in marks]
    assigned: list[_Word] = []
    for _, content, start, end, punctuation in words:
        speaker: str | None = None
        if start is not None:
            at = bisect_right(starts, start + 1e-6) - 1
            speaker = marks[at][1] if at >= 0 else marks[0][1]
        assigned.append((speaker, content, start, end, punctuation))
    return assigned


def _audio_segments(results: dict[str, Any], source: str, builder: TurnBuilder) -> bool:
    path = "results.audio_segments"
    segments = results.get("audio_segments")
    if not isinstance(segments, list) or not segments:
        return False
    pieces = list(objects(segments, path, builder.warnings))
    if not any(speaker_of(s.get("speaker_label")) for _, s in pieces):
        return False
    for index, segment in pieces:
        where = f"{path}[{index}]"
        builder.add(
            speaker_of(segment.get("speaker_label")),
            text_of(segment.get("transcript")),
            seconds(segment.get("start_time"), f"{where}.start_time", builder.warnings),
            seconds(segment.get("end_time"), f"{where}.end_time", builder.warnings),
            where=where,
        )
    return True


def _whole(results: dict[str, Any], words: list[_Word], source: str, builder: TurnBuilder) -> None:
    """No speaker information at all: one turn, and a warning that says so."""
    text = ""
    transcripts = results.get("transcripts")
    if isinstance(transcripts, list) and transcripts and isinstance(transcripts[0], dict):
        text = text_of(transcripts[0].get("transcript"))
    if words:
        add_words(builder, words, "results.items")
    elif text:
        builder.add(None, text, where="results.transcripts[0]")
    if builder.turns or builder.current_speaker:
        builder.warnings.append(
            "results: no speaker labels (speaker_labels, channel_labels or audio_segments); "
            "read as one speaker — turn on speaker identification in Transcribe"
        )
