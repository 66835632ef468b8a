"""The call review: transcript in, ReviewResult out.

Each stage is a function of its own so that the benchmark (bench/review_speed.py) times exactly
what :func:`review` runs: roles -> sentence labels -> metrics -> outcome -> evidence and fit.
The pipeline only composes: the labels, call evidence, outcome, fit engine and discovery order
come from their own modules, so a live session and a call review judge fit the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fitfirst.discovery import ask_order
from fitfirst.fit import Verdict, assess, decide
from fitfirst.fit.evidence import NeedEvidence
from fitfirst.playbook.models import Playbook
from fitfirst.review.evidence import call_evidence
from fitfirst.review.labels import label_turn, split_sentences
from fitfirst.review.metrics import compute_metrics
from fitfirst.review.outcome import call_outcome
from fitfirst.review.result import Moment, NextQuestion, ReviewedTurn, ReviewResult
from fitfirst.review.seller import assign_roles, detect_seller
from fitfirst.review.types import (
    COLLABORATIVE_LABELS,
    PRESSURE_LABELS,
    CallOutcome,
    RoledTurn,
    SentenceLabel,
)
from fitfirst.transcripts import read_transcript
from fitfirst.transcripts.model import Transcript

Labels = list[list[SentenceLabel]]

_LOW_CONFIDENCE = 0.6
# Every seller question is labelled open or closed; only the moves that shape a call are marked
# on the timeline, so a plain closed question is not a highlight.
HIGHLIGHT_LABELS = tuple(label for label in COLLABORATIVE_LABELS if label != "closed_question")


def review(
    transcript: Transcript, *, playbook: Playbook | None = None, seller: str | None = None
) -> ReviewResult:
    """Review one call: who sells, how they talked, what was learned about fit, how it ended."""
    decision = detect_seller(transcript, playbook=playbook, seller=seller)
    turns = assign_roles(transcript, decision)
    labels = label_turns(turns)
    metrics = compute_metrics(turns, labels)
    outcome = call_outcome_of(turns, labels)
    warnings = list(transcript.warnings)
    if decision.confidence < _LOW_CONFIDENCE and seller is None and turns:
        warnings.append(
            f"Not sure who sells ({decision.method}); if that is wrong, "
            "name the seller with --seller NAME."
        )
    if metrics.basis == "words":
        warnings.append(
            "The transcript has no timestamps: talk is measured in words "
            "(about 150 words a minute) and patience cannot be measured."
        )
    verdict: Verdict | None = None
    needs: tuple[NeedEvidence, ...] = ()
    ask: tuple[NextQuestion, ...] = ()
    if playbook is None:
        warnings.append(
            "No playbook given: fit, needs and questions to ask next time are left out."
        )
    else:
        verdict, needs, ask = fit_of(playbook, turns)
    pressure, highlights = moments(turns, labels)
    return ReviewResult(
        source=transcript.source,
        format=transcript.format,
        seller=decision,
        turns=tuple(
            ReviewedTurn(t.index, t.speaker, t.role, t.text, t.start, t.end, tuple(labels[i]))
            for i, t in enumerate(turns)
        ),
        metrics=metrics,
        outcome=outcome,
        pressure=pressure,
        highlights=highlights,
        playbook=playbook,
        verdict=verdict,
        needs=needs,
        ask_next_time=ask,
        warnings=tuple(warnings),
        metadata=dict(transcript.metadata),
    )


def review_file(
    path: str | Path, *, playbook: Playbook | None = None, seller: str | None = None
) -> ReviewResult:
    """Read a transcript file in any supported format and review it."""
    return review(read_transcript(path), playbook=playbook, seller=seller)


def label_turns(turns: Sequence[RoledTurn]) -> Labels:
    """Sentence labels of the seller's turns, each read with the buyer's last words as context.

    The labels name selling moves, so buyer turns are only split into sentences (label "none").
    """
    out: Labels = []
    last_buyer: str | None = None
    for t in turns:
        if t.role == "seller":
            out.append(label_turn(t.text, previous=last_buyer))
        else:
            out.append([SentenceLabel(s, "none") for s in split_sentences(t.text)])
            last_buyer = t.text
    return out


def call_outcome_of(turns: Sequence[RoledTurn], labels: Labels) -> CallOutcome:
    """How the call ended (proceed, no fit, or nothing decided), from the outcome helper."""
    return call_outcome(turns, labels)


def fit_of(
    playbook: Playbook, turns: Sequence[RoledTurn]
) -> tuple[Verdict, tuple[NeedEvidence, ...], tuple[NextQuestion, ...]]:
    """What the call showed about fit: the engine's verdict, needs voiced, questions left open."""
    evidence, needs = call_evidence(playbook, turns)
    state = assess(playbook, evidence, needs)
    verdict = decide(playbook, state)
    ask = tuple(
        NextQuestion(cid, playbook.criterion(cid).ask, playbook.criterion(cid).why)
        for cid in ask_order(playbook, state)
    )
    return verdict, tuple(needs), ask


def moments(
    turns: Sequence[RoledTurn], labels: Labels
) -> tuple[tuple[Moment, ...], tuple[Moment, ...]]:
    """The seller's pressure moments and collaborative moments, in call order."""
    pressure: list[Moment] = []
    highlights: list[Moment] = []
    for t, sentences in zip(turns, labels, strict=True):
        if t.role != "seller":
            continue
        for s in sentences:
            if s.label in PRESSURE_LABELS:
                pressure.append(
                    Moment(t.index, t.start, t.speaker, s.label, s.text, s.explanation, s.instead)
                )
            elif s.label in HIGHLIGHT_LABELS:
                highlights.append(Moment(t.index, t.start, t.speaker, s.label, s.text))
    return tuple(pressure), tuple(highlights)
