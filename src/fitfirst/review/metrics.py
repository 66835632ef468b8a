"""Conversation metrics as sales teams know them from conversation-intelligence tools.

Every metric is defined in docs/review.md. With timestamps on every turn they are measured in
time ("time" basis); without, talk is measured in words and turned into minutes at
:data:`WORDS_PER_MINUTE` ("words" basis), and patience cannot be measured.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, Literal

from fitfirst.review.types import RoledTurn, SentenceLabel

Basis = Literal["time", "words"]

WORDS_PER_MINUTE = 150.0  # a common conversational pace, used only when there are no timestamps
# A turn of at most this many words without a question ("yeah", "mm-hm, right") is a
# backchannel: it does not interrupt the other side's monologue or story.
BACKCHANNEL_WORDS = 3

QUESTION_LABELS = ("open_question", "closed_question", "leading_question")


@dataclass(frozen=True)
class Stretch:
    """An uninterrupted stretch of one side's talk: turns ``first``..``last``."""

    seconds: float
    words: int
    first: int
    last: int
    speaker: str  # who spoke most of it

    def to_dict(self) -> dict[str, Any]:
        return {
            "seconds": round(self.seconds, 1),
            "words": self.words,
            "first_turn": self.first,
            "last_turn": self.last,
            "speaker": self.speaker,
        }


@dataclass(frozen=True)
class SpeakerTalk:
    speaker: str
    role: str
    turns: int
    words: int
    seconds: float
    share: float  # of all talk on the call, 0-1

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "role": self.role,
            "turns": self.turns,
            "words": self.words,
            "seconds": round(self.seconds, 1),
            "share": round(self.share, 3),
        }


@dataclass(frozen=True)
class Metrics:
    """The call's conversation metrics; None where the call gives nothing to measure."""

    basis: Basis
    duration: float  # seconds, first word to last (estimated from words on the "words" basis)
    words: int
    seller_words: int
    buyer_words: int
    talk_ratio: float | None  # seller share of talk, 0-1
    longest_monologue: Stretch | None  # seller
    longest_buyer_story: Stretch | None
    interactivity: float | None  # speaker switches per minute
    patience: float | None  # mean seconds of silence before the seller answers the buyer
    questions: int  # seller questions
    question_rate: float | None  # seller questions per minute
    open_questions: int
    closed_questions: int
    leading_questions: int
    open_question_share: float | None  # open / (open + closed + leading)
    speakers: tuple[SpeakerTalk, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        def r(x: float | None, digits: int = 2) -> float | None:
            return None if x is None else round(x, digits)

        return {
            "basis": self.basis,
            "duration_seconds": round(self.duration, 1),
            "words": self.words,
            "seller_words": self.seller_words,
            "buyer_words": self.buyer_words,
            "talk_ratio": r(self.talk_ratio, 3),
            "longest_monologue": self.longest_monologue and self.longest_monologue.to_dict(),
            "longest_buyer_story": self.longest_buyer_story and self.longest_buyer_story.to_dict(),
            "interactivity": r(self.interactivity),
            "patience": r(self.patience),
            "questions": self.questions,
            "question_rate": r(self.question_rate),
            "open_questions": self.open_questions,
            "closed_questions": self.closed_questions,
            "leading_questions": self.leading_questions,
            "open_question_share": r(self.open_question_share, 3),
            "speakers": [s.to_dict() for s in self.speakers],
        }


def word_count(text: str) -> int:
    return len(text.split())


def words_to_seconds(words: int) -> float:
    return words * 60.0 / WORDS_PER_MINUTE


def compute_metrics(
    turns: Sequence[RoledTurn], labels: Sequence[Sequence[SentenceLabel]] | None = None
) -> Metrics:
    """Measure a call; ``labels[i]`` are the sentence labels of ``turns[i]`` (for questions)."""
    words = [word_count(t.text) for t in turns]
    timed = bool(turns) and all(t.start is not None for t in turns)
    basis: Basis = "time" if timed else "words"
    seconds = _turn_seconds(turns, words) if timed else [words_to_seconds(w) for w in words]
    duration = _duration(turns, seconds) if timed else sum(seconds)
    minutes = duration / 60.0

    seller_words = sum(w for t, w in zip(turns, words, strict=True) if t.role == "seller")
    seller_talk = sum(s for t, s in zip(turns, seconds, strict=True) if t.role == "seller")
    all_talk = sum(seconds)
    switches = sum(1 for a, b in pairwise(turns) if a.speaker != b.speaker)

    questions, by_label = _questions(turns, labels)
    asked = sum(by_label.values())
    return Metrics(
        basis=basis,
        duration=duration,
        words=sum(words),
        seller_words=seller_words,
        buyer_words=sum(words) - seller_words,
        talk_ratio=seller_talk / all_talk if all_talk > 0 else None,
        longest_monologue=_longest(turns, words, seconds, "seller", timed),
        longest_buyer_story=_longest(turns, words, seconds, "buyer", timed),
        interactivity=switches / minutes if minutes > 0 else None,
        patience=_patience(turns) if timed else None,
        questions=questions,
        question_rate=questions / minutes if minutes > 0 else None,
        open_questions=by_label["open_question"],
        closed_questions=by_label["closed_question"],
        leading_questions=by_label["leading_question"],
        open_question_share=by_label["open_question"] / asked if asked else None,
        speakers=_speakers(turns, words, seconds, all_talk),
    )


def _turn_seconds(turns: Sequence[RoledTurn], words: Sequence[int]) -> list[float]:
    """How long each turn lasted: end - start, else up to the next turn, else from its words."""
    out: list[float] = []
    for i, t in enumerate(turns):
        if t.start is not None and t.end is not None and t.end >= t.start:
            out.append(t.end - t.start)
        elif t.start is not None and i + 1 < len(turns) and turns[i + 1].start is not None:
            nxt = turns[i + 1].start
            assert nxt is not None  # checked just above; the assert narrows the type
            out.append(max(0.0, min(nxt - t.start, words_to_seconds(words[i]) * 2)))
        else:
            out.append(words_to_seconds(words[i]))
    return out


def _duration(turns: Sequence[RoledTurn], seconds: Sequence[float]) -> float:
    starts = [t.start for t in turns if t.start is not None]
    ends = [
        t.end if t.end is not None else (t.start or 0.0) + s
        for t, s in zip(turns, seconds, strict=True)
    ]
    return max(0.0, max(ends) - min(starts)) if starts else 0.0


def _is_backchannel(text: str, words: int) -> bool:
    return words <= BACKCHANNEL_WORDS and "?" not in text


def _longest(
    turns: Sequence[RoledTurn],
    words: Sequence[int],
    seconds: Sequence[float],
    role: str,
    timed: bool,
) -> Stretch | None:
    """The longest run of ``role``'s turns that the other side did not interrupt."""
    best: tuple[float, int, int] | None = None  # (length, first, last)
    i = 0
    n = len(turns)
    while i < n:
        if turns[i].role != role:
            i += 1
            continue
        first = last = i
        j = i + 1
        while j < n:
            if turns[j].role == role:
                last = j
            elif not _is_backchannel(turns[j].text, words[j]):
                break
            j += 1
        if timed:
            end = turns[last].end
            if end is None:
                end = (turns[last].start or 0.0) + seconds[last]
            length = end - (turns[first].start or 0.0)
        else:
            length = sum(seconds[k] for k in range(first, last + 1) if turns[k].role == role)
        if best is None or length > best[0]:
            best = (length, first, last)
        i = j
    if best is None:
        return None
    length, first, last = best
    talk: dict[str, int] = {}
    for k in range(first, last + 1):
        if turns[k].role == role:
            talk[turns[k].speaker] = talk.get(turns[k].speaker, 0) + words[k]
    return Stretch(
        max(0.0, length), sum(talk.values()), first, last, max(talk, key=talk.__getitem__)
    )


def _patience(turns: Sequence[RoledTurn]) -> float | None:
    gaps = [
        max(0.0, b.start - a.end)
        for a, b in pairwise(turns)
        if a.role == "buyer" and b.role == "seller" and a.end is not None and b.start is not None
    ]
    return sum(gaps) / len(gaps) if gaps else None


def _questions(
    turns: Sequence[RoledTurn], labels: Sequence[Sequence[SentenceLabel]] | None
) -> tuple[int, dict[str, int]]:
    """Seller questions: labelled questions and any other sentence that ends in "?"."""
    by_label = dict.fromkeys(QUESTION_LABELS, 0)
    total = 0
    for i, t in enumerate(turns):
        if t.role != "seller":
            continue
        sentences = labels[i] if labels is not None and i < len(labels) else ()
        if not sentences:
            total += t.text.count("?")
            continue
        for s in sentences:
            if s.label in by_label:
                by_label[s.label] += 1
                total += 1
            elif s.text.rstrip().endswith("?"):
                total += 1
    return total, by_label


def _speakers(
    turns: Sequence[RoledTurn], words: Sequence[int], seconds: Sequence[float], all_talk: float
) -> tuple[SpeakerTalk, ...]:
    rows: dict[str, list[float]] = {}
    roles: dict[str, str] = {}
    for t, w, s in zip(turns, words, seconds, strict=True):
        row = rows.setdefault(t.speaker, [0, 0, 0.0])
        row[0] += 1
        row[1] += w
        row[2] += s
        roles.setdefault(t.speaker, t.role)
    return tuple(
        SpeakerTalk(
            speaker,
            roles[speaker],
            int(n),
            int(w),
            s,
            s / all_talk if all_talk > 0 else 0.0,
        )
        for speaker, (n, w, s) in rows.items()
    )
