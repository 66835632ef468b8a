"""Building blocks of playbook problems: places inside a document and "did you mean" hints."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import Any

Path = tuple[str | int, ...]

_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def render_path(path: Path) -> str:
    """Dotted place of a value, e.g. ``criteria[0].accept`` or ``criteria[0].prior["<3"]``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        elif _PLAIN_KEY.match(part):
            text += f".{part}" if text else part
        else:
            text += f'["{part}"]'
    return text


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A "did you mean ..." hint naming the closest choice, or "" when none is close."""
    pool = [c for c in choices if c]
    match = difflib.get_close_matches(word, pool, n=1, cutoff=0.6)
    if not match:
        lowered = {c.lower(): c for c in pool}
        match = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.6)
        match = [lowered[m] for m in match]
    return f'did you mean "{match[0]}"?' if match else ""


def one_of(choices: Iterable[str]) -> str:
    """Choices as a readable list: ``"a", "b" or "c"``."""
    quoted = [f'"{c}"' for c in choices]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]


def type_name(value: Any) -> str:
    """What a YAML value is, in the words an author would use."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"yes/no ({'yes' if value else 'no'})"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, str):
        return f'text ("{_short(value)}")'
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return type(value).__name__  # dates and other YAML scalars


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
