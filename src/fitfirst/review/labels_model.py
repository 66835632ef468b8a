"""A small multinomial naive Bayes over word n-grams and rule features, in pure Python.

It backs up the rules where they are silent. Weights live in ``data/labels_model.json``,
written by ``bench/train_labels.py`` from the TRAIN split of ``corpus/labels``.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Protocol

from fitfirst.review.labels_rules import rule_features

_TOKEN = re.compile(r"[a-z0-9']+|\?")
MODEL_RESOURCE = "labels_model.json"


class LabelModel(Protocol):
    """A statistical layer: best label and its probability for a normalised sentence."""

    def predict(self, normalised: str, hits: frozenset[str] | None = None) -> tuple[str, float]:
        """``hits`` are the rule pattern names that fired, for models that use them."""
        ...


def features(normalised: str, hits: frozenset[str] | None = None) -> list[str]:
    """Unigrams, bigrams (with sentence edges) and rule-feature tokens of a normalised sentence."""
    words = _TOKEN.findall(normalised)
    padded = ["<s>", *words, "</s>"]
    feats = list(words)
    feats.extend(f"{a}_{b}" for a, b in itertools.pairwise(padded))
    feats.extend(rule_features(normalised, hits))
    return feats


@dataclass(frozen=True)
class NaiveBayes:
    """Log priors and per-label log likelihoods; unseen features are ignored."""

    labels: tuple[str, ...]
    log_prior: dict[str, float]
    log_lik: dict[str, dict[str, float]]
    log_unseen: dict[str, float]
    _rows: dict[str, tuple[float, ...]] = field(init=False, repr=False, compare=False)
    _base: tuple[float, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # One row of per-label log likelihoods per known feature, so scoring a sentence is a
        # column sum instead of a dictionary look-up per label and feature.
        known = sorted({f for table in self.log_lik.values() for f in table})
        rows = {
            f: tuple(self.log_lik[lb].get(f, self.log_unseen[lb]) for lb in self.labels)
            for f in known
        }
        object.__setattr__(self, "_rows", rows)
        object.__setattr__(self, "_base", tuple(self.log_prior[lb] for lb in self.labels))

    def scores(self, normalised: str, hits: frozenset[str] | None = None) -> dict[str, float]:
        """Posterior probability of each label (``hits``: precomputed rule pattern hits)."""
        rows = self._rows
        vectors = [rows[f] for f in features(normalised, hits) if f in rows]
        logs = list(self._base)
        if vectors:
            logs = [b + s for b, s in zip(logs, map(sum, zip(*vectors, strict=True)), strict=True)]
        top = max(logs)
        exp = [math.exp(v - top) for v in logs]
        total = sum(exp)
        return {lb: v / total for lb, v in zip(self.labels, exp, strict=True)}

    def predict(self, normalised: str, hits: frozenset[str] | None = None) -> tuple[str, float]:
        """The most probable label and its posterior."""
        probs = self.scores(normalised, hits)
        label = max(self.labels, key=lambda lb: (probs[lb], lb == "none"))
        return label, probs[label]

    def to_json(self) -> dict[str, Any]:
        """A JSON-able dict (rounded, so the shipped file stays small and diff-stable)."""
        return {
            "version": 1,
            "labels": list(self.labels),
            "log_prior": {k: round(v, 4) for k, v in self.log_prior.items()},
            "log_unseen": {k: round(v, 4) for k, v in self.log_unseen.items()},
            "log_lik": {
                lb: {f: round(v, 4) for f, v in sorted(tab.items())}
                for lb, tab in self.log_lik.items()
            },
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> NaiveBayes:
        """Rebuild from ``to_json`` output."""
        return cls(
            labels=tuple(data["labels"]),
            log_prior={k: float(v) for k, v in data["log_prior"].items()},
            log_lik={lb: {f: float(v) for f, v in t.items()} for lb, t in data["log_lik"].items()},
            log_unseen={k: float(v) for k, v in data["log_unseen"].items()},
        )


def train(
    examples: Iterable[tuple[str, str]],
    labels: Sequence[str],
    *,
    alpha: float = 0.5,
    min_count: int = 1,
) -> NaiveBayes:
    """Fit on (normalised sentence, label) pairs; deterministic for a given input order."""
    counts: dict[str, Counter[str]] = {lb: Counter() for lb in labels}
    docs: Counter[str] = Counter()
    for text, label in examples:
        counts[label].update(set(features(text)))
        docs[label] += 1
    total_feats: Counter[str] = Counter()
    for c in counts.values():
        total_feats.update(c)
    vocab = sorted(f for f, n in total_feats.items() if n >= min_count)
    n_docs = sum(docs.values())
    log_prior: dict[str, float] = {}
    log_lik: dict[str, dict[str, float]] = {}
    log_unseen: dict[str, float] = {}
    for lb in labels:
        # Smoothed, flattened prior: the corpus's label mix is not a call's label mix.
        log_prior[lb] = math.log((docs[lb] + 5.0) / (n_docs + 5.0 * len(labels)))
        denom = sum(counts[lb][f] for f in vocab) + alpha * (len(vocab) + 1)
        log_unseen[lb] = math.log(alpha / denom)
        log_lik[lb] = {
            f: math.log((counts[lb][f] + alpha) / denom) for f in vocab if counts[lb][f] > 0
        }
    return NaiveBayes(tuple(labels), log_prior, log_lik, log_unseen)


@lru_cache(maxsize=1)
def default_model() -> NaiveBayes | None:
    """The shipped model, or None when the package was built without it."""
    try:
        raw = resources.files("fitfirst.review.data").joinpath(MODEL_RESOURCE).read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return None
    return NaiveBayes.from_json(json.loads(raw))
