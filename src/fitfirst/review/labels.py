"""Seller sentence labels for call review: pressure tactics and collaborative moves.

A layered classifier. Linguistic rules over normalised spoken text decide where they are
confident; a small naive Bayes model (weights shipped as JSON, trained by
``bench/train_labels.py``) decides where the rules are silent or only know a question's form.
Pure Python, no downloads. See docs/labels.md.
"""

from __future__ import annotations

from fitfirst.review.labels_advice import advice
from fitfirst.review.labels_model import LabelModel, default_model
from fitfirst.review.labels_rules import decide, has_evidence, lazy_hits
from fitfirst.review.labels_text import normalise, split_sentences
from fitfirst.review.types import SentenceLabel

__all__ = ["classify", "label_sentence", "label_turn", "split_sentences"]

# From this posterior on the model decides; below it the rules do.
_MODEL_MIN = 0.9
# Naive Bayes posteriors are overconfident, so a model decision gets one fixed, modest
# confidence; it also keeps reports stable when the model is retrained.
_MODEL_CONFIDENCE = 0.7
# Neither the model nor the rules were sure.
_UNSURE_CONFIDENCE = 0.6


def classify(
    text: str,
    *,
    previous: str | None = None,
    use_model: bool = True,
    model: LabelModel | None = None,
) -> tuple[str, float]:
    """(label, confidence) for one seller sentence; the layer under ``label_sentence``.

    ``use_model=False`` gives the rules alone; ``model`` swaps the shipped naive Bayes for
    another statistical layer (e.g. an embeddings classifier in an optional extra).
    """
    label, confidence, _ = _classify(normalise(text), previous, use_model=use_model, model=model)
    return label, confidence


def _classify(
    norm: str,
    previous: str | None,
    *,
    use_model: bool = True,
    model: LabelModel | None = None,
) -> tuple[str, float, str]:
    if not norm:
        return "none", 1.0, norm
    prev = normalise(previous) if previous else None
    hits = lazy_hits(norm)
    if use_model and model is None:
        model = default_model()
    guess: tuple[str, float] | None = None
    if use_model and model is not None:
        guess = model.predict(norm, hits.all())
    hit = decide(norm, hits, prev)
    # Model first: on sentences written by someone outside the team (corpus/blind) the trained
    # model generalised better than the hand-written rules (bench/accuracy.py). The rules still
    # win where they read what word counts cannot: the buyer's previous words.
    if guess is not None and guess[1] >= _MODEL_MIN and (hit is None or prev is None):
        return guess[0], _MODEL_CONFIDENCE, norm
    if hit is not None:
        return hit.label, hit.confidence, norm
    if guess is not None and guess[0] != "none" and has_evidence(guess[0], norm):
        return guess[0], _UNSURE_CONFIDENCE, norm
    return "none", _UNSURE_CONFIDENCE, norm


def label_sentence(text: str, *, previous: str | None = None) -> SentenceLabel:
    """Label one seller sentence; ``previous`` is the buyer's last words, used for context."""
    label, confidence, norm = _classify(normalise(text), previous)
    explanation, instead = advice(label, norm)
    return SentenceLabel(
        text=text.strip(),
        label=label,
        confidence=confidence,
        explanation=explanation,
        instead=instead,
    )


def label_turn(text: str, *, previous: str | None = None) -> list[SentenceLabel]:
    """Split a seller turn into sentences and label each in the light of the buyer's last words."""
    return [label_sentence(s, previous=previous) for s in split_sentences(text)]
