"""fitfirst.transcripts: read recorded calls from any common transcript format into one model.

Readers only read: they find speakers, words and times, never roles or labels.
"""

from fitfirst.transcripts.decoding import DEFAULT_MAX_BYTES
from fitfirst.transcripts.detect import FORMATS, detect_format
from fitfirst.transcripts.fitfirst_json import to_fitfirst_json
from fitfirst.transcripts.model import Transcript, Turn
from fitfirst.transcripts.reader import read_transcript, read_transcript_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "Transcript",
    "Turn",
    "detect_format",
    "read_transcript",
    "read_transcript_text",
    "to_fitfirst_json",
]
