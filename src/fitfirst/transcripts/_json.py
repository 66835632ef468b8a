"""Parse JSON transcripts and walk them safely: every wrong shape becomes a TranscriptError."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from fitfirst.errors import TranscriptError
from fitfirst.transcripts._build import TurnBuilder
from fitfirst.transcripts._text import number_seconds, squash


def load(text: str, source: str) -> Any:
    """The parsed document, or an error naming the line and column where JSON broke."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise TranscriptError(
            f"{source}:{exc.lineno}:{exc.colno}: not valid JSON ({exc.msg}); "
            "check the file was saved completely"
        ) from None
    except (ValueError, RecursionError) as exc:
        raise TranscriptError(f"{source}: JSON cannot be read ({type(exc).__name__})") from None


def kind_name(value: object) -> str:
    if value is None:
        return "null"
    return {dict: "an object", list: "a list", str: "a string", bool: "true/false"}.get(
        type(value), "a number"
    )


def as_dict(value: object, path: str, source: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TranscriptError(f"{source}: {path}: expected an object, found {kind_name(value)}")
    return value


def as_list(value: object, path: str, source: str) -> list[Any]:
    if not isinstance(value, list):
        raise TranscriptError(f"{source}: {path}: expected a list, found {kind_name(value)}")
    return value


def objects(
    items: list[Any], path: str, warnings: list[str]
) -> Iterator[tuple[int, dict[str, Any]]]:
    """The objects of a list with their index; anything else is skipped with a warning."""
    for index, item in enumerate(items):
        if isinstance(item, dict):
            yield index, item
        else:
            warnings.append(
                f"{path}[{index}]: expected an object, found {kind_name(item)}; skipped"
            )


def text_of(value: object) -> str:
    """Words from a JSON value that should be a string (anything else gives no words)."""
    return squash(value) if isinstance(value, str) else ""


def speaker_of(value: object) -> str | None:
    """Speaker ids are kept as given; bare numbers become "Speaker N" so they read as names."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return f"Speaker {value}"
    if isinstance(value, float) and value.is_integer():
        return f"Speaker {int(value)}"
    if isinstance(value, str) and value.strip():
        return squash(value)
    return None


def seconds(value: object, path: str, warnings: list[str], scale: float = 1.0) -> float | None:
    """A time in seconds; a value that is present but not a time leaves a warning."""
    if value is None:
        return None
    found = number_seconds(value, scale)
    if found is None:
        warnings.append(f"{path}: {value!r:.40} is not a time; ignored")
    return found


def add_words(
    builder: TurnBuilder,
    words: list[tuple[str | None, str, float | None, float | None, bool]],
    where: str,
) -> None:
    """Group (speaker, word, start, end, is_punctuation) by speaker runs and add them as pieces."""
    run: list[str] = []
    speaker: str | None = None
    start: float | None = None
    end: float | None = None
    for who, word, word_start, word_end, punctuation in words:
        if run and who is not None and who != speaker:
            builder.add(speaker, " ".join(run), start, end, where=where)
            run, start, end = [], None, None
        if who is not None:
            speaker = who
        if punctuation and run:
            run[-1] += word
        else:
            run.append(word)
        if start is None:
            start = word_start
        if word_end is not None:
            end = word_end
    if run:
        builder.add(speaker, " ".join(run), start, end, where=where)
