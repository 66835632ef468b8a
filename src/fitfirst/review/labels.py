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

# Below this posterior the model's guess is not worth more than "none".
_MODEL_MIN = 0.9
# Naive Bayes posteriors are overconfident, so a model decision gets one fixed, modest
# confidence; it also keeps reports stable when the model is retrained.
_MODEL_CONFIDENCE = 0.7
# Question form is syntax, which the rules read better than word counts do: when the rules
# found no question, the model may not call the sentence one.
_SYNTAX_LABELS = frozenset({"open_question", "closed_question"})
# Rule cues that read only the form of a question, not the move it makes.
_SYNTAX_CUES = frozenset({"wh", "aux"})


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
    hit = decide(norm, hits, prev)
    if hit is not None and (hit.cue not in _SYNTAX_CUES or not use_model):
        return hit.label, hit.confidence, norm
    # The rules are silent, or only know the sentence's question form: a confident model may
    # name the move behind the question ("what should happen next?" is a next step).
    if use_model and model is None:
        model = default_model()
    if use_model and model is not None:
        label, prob = model.predict(norm, hits.all())
        if (
            label not in _SYNTAX_LABELS
            and label != "none"
            and prob >= _MODEL_MIN
            and has_evidence(label, norm)
        ):
            return label, _MODEL_CONFIDENCE, norm
    if hit is not None:
        return hit.label, hit.confidence, norm
    return "none", 0.6, norm


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
