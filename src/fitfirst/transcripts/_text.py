"""Small text helpers every reader shares: clock times, markup removal, speaker-name shape."""

from __future__ import annotations

import html
import math
import re
from functools import lru_cache

# "1:02", "01:02.5", "1:02:03", "01:02:03,250" — hours optional, fraction optional.
TIME = r"\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_TIME_RE = re.compile(r"(?:(\d{1,3}):)?(\d{1,3}):(\d{2})(?:[.,](\d{1,3}))?")

# Markup found inside caption cues: <v ...>, <c.x>, <i>, <b>, <u>, <font ...>, <lang en>,
# karaoke timestamps <00:01:02.000>, and ASS override blocks {\an8} seen in SRT files.
_TAG_RE = re.compile(r"</?[a-zA-Z][^<>]*>|<\d{1,2}:\d{2}[\d:.]*>|\{\\[^{}]*\}")

# Word shapes that may form a speaker name: capitalised words, initials, digits, "(Acme)",
# usernames like "j.smith", and machine labels like "SPEAKER_00" or "spk_1".
_NAME_WORD = re.compile(r"(?:[^\W\d_][\w.'’\-]*|\d+|\([^()]{1,30}\)|&)")
_MACHINE_LABEL = re.compile(r"(?i)(?:speaker|spk|spkr|guest|channel|ch)[ _-]?\d+|[A-Z]")
_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "del", "della", "di", "du", "la", "le", "bin",
     "ibn", "al", "el", "y", "ten", "ter", "zu", "dos", "das"}
)  # fmt: skip
_USERNAME = re.compile(r"[a-z]+[._][a-z]+\d*")
MAX_NAME_LENGTH = 48


def parse_time(value: str) -> float | None:
    """Seconds in a clock time like ``01:02:03.500``, or None when it is not one."""
    m = _TIME_RE.fullmatch(value.strip())
    if m is None:
        return None
    hours, minutes, seconds, fraction = m.groups()
    if int(seconds) >= 60 or (hours is not None and int(minutes) >= 60):
        return None
    total = int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)
    if fraction:
        total += int(fraction) / 10 ** len(fraction)
    return float(total)


def number_seconds(value: object, scale: float = 1.0) -> float | None:
    """A JSON time value (number, or numeric string as AWS writes it) in seconds, or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            return None
    if isinstance(value, int | float):
        seconds = float(value) / scale if scale != 1.0 else float(value)
        if math.isfinite(seconds) and seconds >= 0:
            # Dividing milliseconds leaves float noise (16129 / 1000 -> 16.128999...).
            return round(seconds, 3) if scale != 1.0 else seconds
    return None


def strip_markup(text: str) -> str:
    """Caption text without tags and entities, whitespace collapsed."""
    if "<" in text or "{" in text:
        text = _TAG_RE.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    return squash(text)


def squash(text: str) -> str:
    """Collapse runs of whitespace (incl. no-break spaces) to one space."""
    return " ".join(text.split())


@lru_cache(maxsize=4096)  # a call repeats a handful of names hundreds of times
def clean_name(name: str) -> str:
    """A speaker name as written: entities decoded, spaces collapsed, stray marks removed."""
    if "&" in name:
        name = html.unescape(name)
    return squash(name).strip("*_ :").strip()


@lru_cache(maxsize=4096)
def looks_like_name(name: str) -> bool:
    """True when ``name`` is shaped like a speaker label rather than the start of a sentence."""
    if not name or len(name) > MAX_NAME_LENGTH:
        return False
    if _MACHINE_LABEL.fullmatch(name) or ("@" in name and " " not in name):
        return True
    words = name.split()
    if len(words) > 5:
        return False
    capitalised = 0
    for word in words:
        if not _NAME_WORD.fullmatch(word):
            return False
        first = word[0]
        # Scripts without case (Chinese, Arabic, Hindi...) count as capitalised.
        if first.isupper() or not first.islower() or first in "(&":
            capitalised += 1
        elif word.lower() not in _PARTICLES:
            # A lower-case word is fine only as a name particle ("Ana de Souza"), or as a
            # username such as "j.smith" or "maria_l" standing alone.
            return len(words) == 1 and bool(_USERNAME.fullmatch(word))
    return capitalised > 0 and not words[0][0].isdigit()
