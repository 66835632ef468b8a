"""Tell header and footer lines ("Date: 3 May", "Call ID: 8812") apart from people speaking.

Two tests, either is enough, and only at the edges of a file: the label is a known metadata label,
or the "speaker" appears just once and what follows the colon is shaped like a value (a date, a
time, a duration, an id, a link, a list of names) rather than like something said.
"""

from __future__ import annotations

import re

KNOWN_LABELS = frozenset(
    {
        "account", "agenda", "attendees", "call", "call date", "call id", "call title",
        "call type", "channel", "company", "created", "created at", "customer", "date",
        "deal", "duration", "end time", "ended", "event", "host", "id", "language",
        "link", "location", "meeting", "meeting date", "meeting id", "meeting link",
        "meeting title", "meeting topic", "notes", "opportunity", "organizer", "organiser",
        "participants", "platform", "prepared by", "recorded", "recorded by", "recorded on",
        "recording", "recording id", "session", "source", "speakers", "start time", "started",
        "subject", "summary", "tags", "time", "timezone", "title", "topic", "transcribed by",
        "transcript", "transcript id", "transcription", "url", "uploaded", "when", "where",
    }
)  # fmt: skip

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_VALUE_SHAPES = re.compile(
    r"(?ix)"
    r"(?:(?=.*\d)[\d\s/.\-:,apm]+(?:utc|gmt|[a-z]{3,4})?)"  # 2024-03-05, 05/03/2024 10:30 am UTC
    rf"|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_MONTHS})"
    r"\.?\s*\d{0,2}(?:st|nd|rd|th)?,?\s*\d{0,4}(?:,?\s*[\d:]+\s*(?:am|pm)?)?(?:\s*[a-z]{3,4})?"
    r"|(?:\d+\s*(?:h|hr|hrs|hours?|m|min|mins|minutes?|s|sec|secs|seconds?)\s*)+"  # 34 min 10 s
    r"|[#]?[a-z0-9\-_./]*\d[a-z0-9\-_./]*"  # ids: 8812, CALL-2024-118, #4471, abc123
    r"|(?:https?://|www\.)\S+"  # links
    r"|\S+@\S+\.\S+"  # e-mail address
)
_LIST = re.compile(r"[^,;:.!?]{1,40}(?:\s*[,;]\s*[^,;:.!?]{1,40})+")


def label_key(label: str) -> str:
    """The metadata key for a label: "Meeting title" -> "meeting_title"."""
    return re.sub(r"[^0-9a-z]+", "_", label.lower()).strip("_") or "field"


def is_known_label(label: str) -> bool:
    """True for a label that names a field of the call, not a person."""
    return label.strip().lower() in KNOWN_LABELS


def looks_like_value(value: str) -> bool:
    """True when text after a colon reads as a field value rather than speech."""
    value = value.strip()
    if not value:
        return False
    if _VALUE_SHAPES.fullmatch(value):
        return True
    # "Ana Ruiz, Tom Berg, Lee Chan" — a list of names, without sentence punctuation.
    return bool(_LIST.fullmatch(value)) and len(value.split()) <= 3 * (value.count(",") + 1)


def add(metadata: dict[str, str], label: str, value: str) -> None:
    """Record one field; a repeated field keeps every value."""
    key = label_key(label)
    value = value.strip()
    if key in metadata and value:
        metadata[key] = f"{metadata[key]}; {value}"
    else:
        metadata[key] = value
