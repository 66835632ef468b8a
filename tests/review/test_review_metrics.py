"""Conversation metrics on small calls computed by hand, with and without timestamps."""

from __future__ import annotations

import pytest

from fitfirst.review.metrics import compute_metrics
from fitfirst.review.types import Role, RoledTurn, SentenceLabel


def words(n: int) -> str:
    return " ".join(["word"] * n)


def timed(*rows: tuple[str, Role, float, float, str]) -> list[RoledTurn]:
    return [RoledTurn(i, s, r, text, a, b) for i, (s, r, a, b, text) in enumerate(rows)]


def untimed(*rows: tuple[str, Role, str]) -> list[RoledTurn]:
    return [RoledTurn(i, s, r, text) for i, (s, r, text) in enumerate(rows)]


# Seller talks 10 + 9 + 8 = 27 s, buyer 18 + 6 = 24 s; call runs 0-60 s with 4 switches;
# the seller waits 1 s (30 -> 31) and 2 s (50 -> 52) after the buyer: patience 1.5 s.
TIMED = timed(
    ("Dana", "seller", 0, 10, words(25)),
    ("Lee", "buyer", 12, 30, words(45)),
    ("Dana", "seller", 31, 40, words(20)),
    ("Lee", "buyer", 44, 50, words(15)),
    ("Dana", "seller", 52, 60, words(20)),
)


def test_talk_ratio_is_seller_share_of_talk_time() -> None:
    """Talk ratio = seller talk seconds / all talk seconds."""
    assert compute_metrics(TIMED).talk_ratio == pytest.approx(27 / 51)


def test_interactivity_is_speaker_switches_per_minute() -> None:
    """Four speaker switches in one minute of call."""
    m = compute_metrics(TIMED)
    assert m.duration == 60
    assert m.interactivity == pytest.approx(4.0)


def test_patience_is_mean_pause_before_seller_answers() -> None:
    """Mean of the silences between a buyer turn's end and the seller's next start."""
    assert compute_metrics(TIMED).patience == pytest.approx(1.5)


def test_overlapping_answer_counts_as_no_pause() -> None:
    """A seller who starts before the buyer finished waited 0 s, not a negative time."""
    turns = timed(("Lee", "buyer", 0, 10, "a b c d"), ("Dana", "seller", 9, 12, "e f g h"))
    assert compute_metrics(turns).patience == 0.0


def test_longest_monologue_and_buyer_story_in_time() -> None:
    """The longest seller turn is 10 s (turn 0); the longest buyer stretch 18 s (turn 1)."""
    m = compute_metrics(TIMED)
    assert m.basis == "time"
    assert m.longest_monologue is not None and m.longest_buyer_story is not None
    assert (m.longest_monologue.seconds, m.longest_monologue.first) == (10, 0)
    assert (m.longest_buyer_story.seconds, m.longest_buyer_story.first) == (18, 1)


def test_backchannel_does_not_end_a_monologue() -> None:
    """A buyer's "Mm-hm, right." does not interrupt: the monologue runs 0-60 s over 3 turns."""
    turns = timed(
        ("Dana", "seller", 0, 30, words(70)),
        ("Lee", "buyer", 30, 31, "Mm-hm, right."),
        ("Dana", "seller", 31, 60, words(70)),
        ("Lee", "buyer", 61, 70, "Could you say more about the price?"),
    )
    stretch = compute_metrics(turns).longest_monologue
    assert stretch is not None
    assert (stretch.seconds, stretch.words, stretch.first, stretch.last) == (60, 140, 0, 2)


def test_a_question_interrupts_a_monologue() -> None:
    """A short buyer question is a real turn: the monologue stops there."""
    turns = timed(
        ("Dana", "seller", 0, 30, words(70)),
        ("Lee", "buyer", 30, 31, "Which one?"),
        ("Dana", "seller", 31, 45, words(30)),
    )
    stretch = compute_metrics(turns).longest_monologue
    assert stretch is not None
    assert stretch.seconds == 30


def test_colleagues_count_towards_their_side() -> None:
    """Two sellers' talk adds up to the seller side's share."""
    turns = timed(
        ("Dana", "seller", 0, 10, words(20)),
        ("Sam", "seller", 10, 20, words(20)),
        ("Lee", "buyer", 20, 40, words(40)),
    )
    assert compute_metrics(turns).talk_ratio == pytest.approx(0.5)


# 150 + 75 seller words of 300: 75%; 300 words at 150 a minute = 2 minutes; 2 switches.
UNTIMED = untimed(
    ("Dana", "seller", words(150)),
    ("Lee", "buyer", words(75)),
    ("Dana", "seller", words(75)),
)


def test_without_timestamps_talk_is_measured_in_words() -> None:
    """No timestamps: basis "words", talk ratio from words, minutes at 150 words a minute."""
    m = compute_metrics(UNTIMED)
    assert m.basis == "words"
    assert m.talk_ratio == pytest.approx(0.75)
    assert m.duration == pytest.approx(120)
    assert m.interactivity == pytest.approx(1.0)


def test_without_timestamps_patience_is_unknown() -> None:
    """Pauses cannot be measured from words, so patience is None."""
    assert compute_metrics(UNTIMED).patience is None


def test_without_timestamps_monologue_is_estimated_from_words() -> None:
    """A 150-word seller turn is about 60 s."""
    stretch = compute_metrics(UNTIMED).longest_monologue
    assert stretch is not None
    assert (stretch.seconds, stretch.words) == (pytest.approx(60), 150)


def test_partly_timed_call_uses_words() -> None:
    """One turn without a start time is enough to fall back to the words basis."""
    turns = [RoledTurn(0, "Dana", "seller", "a b", 0.0, 1.0), RoledTurn(1, "Lee", "buyer", "c d")]
    assert compute_metrics(turns).basis == "words"


def label(text: str, name: str) -> SentenceLabel:
    return SentenceLabel(text, name)


QUESTIONS = untimed(
    ("Dana", "seller", "How do you work today? Is it in Excel? " + words(53)),
    ("Lee", "buyer", "Why do you ask? " + words(71)),
    ("Dana", "seller", "Walk me through a week. That's a pain, isn't it? Tuesday or Friday?"),
)
QUESTION_LABELS = [
    [
        label("How do you work today?", "open_question"),
        label("Is it in Excel?", "closed_question"),
        label(words(53), "none"),
    ],
    [label("Why do you ask?", "open_question"), label(words(71), "none")],
    [
        label("Walk me through a week.", "open_question"),
        label("That's a pain, isn't it?", "leading_question"),
        label("Tuesday or Friday?", "alternative_close"),
    ],
]


def test_open_question_share_counts_seller_questions_only() -> None:
    """2 open of 2 open + 1 closed + 1 leading seller questions; the buyer's does not count."""
    m = compute_metrics(QUESTIONS, QUESTION_LABELS)
    assert (m.open_questions, m.closed_questions, m.leading_questions) == (2, 1, 1)
    assert m.open_question_share == pytest.approx(0.5)


def test_question_rate_counts_every_seller_question() -> None:
    """5 seller questions (the alternative close ends in "?") in 150 words: 1 minute."""
    m = compute_metrics(QUESTIONS, QUESTION_LABELS)
    assert m.words == 150
    assert m.questions == 5
    assert m.question_rate == pytest.approx(5.0)


def test_without_labels_questions_are_counted_by_question_marks() -> None:
    """No labels: only question marks count ("Walk me through..." is missed); no open share."""
    m = compute_metrics(QUESTIONS)
    assert m.questions == 4
    assert m.open_question_share is None


def test_empty_call_measures_nothing() -> None:
    """A call with no turns has no ratios and no rates."""
    m = compute_metrics([])
    assert (m.talk_ratio, m.interactivity, m.question_rate, m.longest_monologue) == (
        None,
        None,
        None,
        None,
    )


def test_speaker_rows_share_adds_up_to_one() -> None:
    """Each speaker's share of talk; together they make the whole call."""
    m = compute_metrics(TIMED)
    assert [(s.speaker, s.role, s.turns) for s in m.speakers] == [
        ("Dana", "seller", 3),
        ("Lee", "buyer", 2),
    ]
    assert sum(s.share for s in m.speakers) == pytest.approx(1.0)
