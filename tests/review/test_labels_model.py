"""The shipped sentence-label model and the rule gates: reproducible and result-neutral."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from fitfirst.review import labels_rules
from fitfirst.review.labels_model import MODEL_RESOURCE, NaiveBayes, default_model, train
from fitfirst.review.labels_text import normalise
from fitfirst.review.types import LABELS

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench"


@pytest.fixture(scope="module")
def corpus_sentences() -> list[str]:
    """Every sentence of corpus/labels, normalised."""
    sys.path.insert(0, str(BENCH))
    try:
        from labels_corpus import load
    finally:
        sys.path.remove(str(BENCH))
    return [normalise(e.sentence) for e in load()]


def test_shipped_model_matches_a_fresh_training_run() -> None:
    """bench/train_labels.py reproduces the shipped JSON byte for byte (retrain after edits)."""
    sys.path.insert(0, str(BENCH))
    try:
        from train_labels import build
    finally:
        sys.path.remove(str(BENCH))
    shipped = ROOT / "src" / "fitfirst" / "review" / "data" / MODEL_RESOURCE
    assert shipped.read_text(encoding="utf-8") == build()


def test_gates_never_change_which_patterns_match(corpus_sentences: list[str]) -> None:
    """Skipping regexes by their gate words gives the same hits as running every regex."""
    for sentence in corpus_sentences:
        full = {
            name
            for name, pattern in labels_rules._P.items()
            if re.search(pattern.pattern, sentence)
        }
        gated = set(labels_rules.pattern_hits(sentence)) - {"lead_tag"}
        assert gated == full, sentence


def test_model_round_trips_through_json() -> None:
    """A trained model read back from its JSON scores like the original."""
    model = train(
        [("do you ship", "closed_question"), ("we ship daily", "none")], ["none", "closed_question"]
    )
    again = NaiveBayes.from_json(model.to_json())
    label, prob = model.predict("do you ship")
    again_label, again_prob = again.predict("do you ship")
    assert (again_label, again_prob) == (label, pytest.approx(prob, abs=1e-3))


def test_shipped_model_loads_and_knows_every_label() -> None:
    """The packaged JSON is found through importlib.resources and covers the vocabulary."""
    model = default_model()
    assert model is not None
    assert set(model.labels) == set(LABELS)
