"""fitfirst: find out together whether what is sold fits what the buyer needs.

The curated public surface. Everything here is a stable contract; modules with a leading
underscore, and names not listed in ``__all__``, may change without notice.
"""

from __future__ import annotations

from fitfirst.discovery import Discovery, Question, ask_order
from fitfirst.errors import (
    AnswerError,
    ConflictError,
    FitfirstError,
    NotFoundError,
    PlaybookError,
    Problem,
    SessionError,
    StoreError,
    TranscriptError,
    UsageError,
)
from fitfirst.fit import (
    CriterionState,
    Evidence,
    FitState,
    NeedEvidence,
    NumberSpan,
    Verdict,
    assess,
    decide,
)
from fitfirst.playbook import (
    Criterion,
    Plan,
    Playbook,
    check_playbook,
    load_playbook,
    parse_playbook,
    playbook_schema,
)
from fitfirst.reports import render
from fitfirst.review.pipeline import review, review_file
from fitfirst.review.result import ReviewResult
from fitfirst.transcripts import Transcript, Turn, read_transcript, read_transcript_text
from fitfirst.understand import Understood, understand_answer

__version__ = "0.1.0"

__all__ = [
    "AnswerError",
    "ConflictError",
    "Criterion",
    "CriterionState",
    "Discovery",
    "Evidence",
    "FitState",
    "FitfirstError",
    "NeedEvidence",
    "NotFoundError",
    "NumberSpan",
    "Plan",
    "Playbook",
    "PlaybookError",
    "Problem",
    "Question",
    "ReviewResult",
    "SessionError",
    "StoreError",
    "Transcript",
    "TranscriptError",
    "Turn",
    "Understood",
    "UsageError",
    "Verdict",
    "__version__",
    "ask_order",
    "assess",
    "check_playbook",
    "decide",
    "load_playbook",
    "parse_playbook",
    "playbook_schema",
    "read_transcript",
    "read_transcript_text",
    "render",
    "review",
    "review_file",
    "understand_answer",
]
