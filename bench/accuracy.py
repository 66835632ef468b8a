"""Accuracy benchmark for call review.

Usage: python bench/accuracy.py [SECTION ...]      (no argument: every section in SECTIONS)

Each section is a function that prints its own table and returns nothing; add a section by
writing a function and appending ``(name, function)`` to ``SECTIONS`` (e.g. ``call_accuracy``
for criterion-status and verdict accuracy on call transcripts).
"""

from __future__ import annotations

import csv
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence

import labels_embeddings
from call_accuracy import blind_call_accuracy, call_accuracy
from fitfirst.review.labels import classify, label_turn
from fitfirst.review.labels_model import default_model
from fitfirst.review.labels_text import normalise
from fitfirst.review.types import LABELS, PRESSURE_LABELS
from labels_corpus import CORPUS, Example, load

Classifier = Callable[[Example], str]


def _rules_only(e: Example) -> str:
    return classify(e.sentence, previous=e.previous, use_model=False)[0]


def _model_only(e: Example) -> str:
    model = default_model()
    if model is None:
        return "none"
    return model.predict(normalise(e.sentence))[0]


def _layered(e: Example) -> str:
    return classify(e.sentence, previous=e.previous)[0]


CLASSIFIERS: list[tuple[str, Classifier]] = [
    ("rules only", _rules_only),
    ("naive Bayes only", _model_only),
    ("combined (default)", _layered),
]


def _prf(gold: Sequence[str], pred: Sequence[str], label: str) -> tuple[float, float, float, int]:
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p == label)
    fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != label and p == label)
    fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p != label)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, tp + fn


def _scores(gold: Sequence[str], pred: Sequence[str]) -> tuple[float, float, float]:
    """(accuracy, macro F1 over labels present in gold, pressure-vs-not F1)."""
    present = [lb for lb in LABELS if lb in gold]
    macro = sum(_prf(gold, pred, lb)[2] for lb in present) / len(present)
    accuracy = sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / len(gold)
    bgold = ["p" if g in PRESSURE_LABELS else "n" for g in gold]
    bpred = ["p" if p in PRESSURE_LABELS else "n" for p in pred]
    return accuracy, macro, _prf(bgold, bpred, "p")[2]


def label_accuracy() -> None:
    """Per-label P/R/F1, macro F1 and pressure-vs-not F1 on the corpus TEST split (train too)."""
    corpus = load()
    splits = {s: [e for e in corpus if e.split == s] for s in ("test", "train")}
    print(
        f"== Sentence labels: corpus/labels ({len(splits['train'])} train, "
        f"{len(splits['test'])} test) =="
    )
    print("\nSummary (accuracy / macro F1 / pressure-vs-not F1):")
    print(f"  {'classifier':<20} {'test':>26} {'train':>26}")
    for name, clf in CLASSIFIERS:
        cells = []
        for split in ("test", "train"):
            gold = [e.label for e in splits[split]]
            pred = [clf(e) for e in splits[split]]
            acc, macro, binary = _scores(gold, pred)
            cells.append(f"{acc:.3f} / {macro:.3f} / {binary:.3f}")
        print(f"  {name:<20} {cells[0]:>26} {cells[1]:>26}")

    for split in ("test", "train"):
        examples = splits[split]
        gold = [e.label for e in examples]
        pred = [_layered(e) for e in examples]
        print(f"\nCombined classifier (default), {split.upper()} split, per label:")
        print(f"  {'label':<20} {'prec':>6} {'rec':>6} {'F1':>6} {'n':>4}")
        for label in LABELS:
            p, r, f, n = _prf(gold, pred, label)
            print(f"  {label:<20} {p:6.2f} {r:6.2f} {f:6.2f} {n:4d}")
        acc, macro, binary = _scores(gold, pred)
        print(f"  accuracy {acc:.3f}   macro F1 {macro:.3f}   pressure-vs-not F1 {binary:.3f}")
        if split == "test":
            errors = Counter((g, p) for g, p in zip(gold, pred, strict=True) if g != p)
            print("\n  Most frequent errors on TEST (gold -> predicted: count):")
            for (g, p), n in errors.most_common(10):
                print(f"    {g} -> {p}: {n}")


BLIND = CORPUS.parent.parent / "blind" / "sentences.tsv"


def label_blind() -> None:
    """The same scores on corpus/blind: written by a separate author who never saw the
    classifier or the corpus, and never read or tuned on by anyone working on the labels.
    It is the closest stand-in we have for calls nobody on the team wrote."""
    with BLIND.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    examples = [Example(r["label"], r["sentence"], r["previous"] or None, "blind") for r in rows]
    gold = [e.label for e in examples]
    print(f"\n== Sentence labels: corpus/blind ({len(examples)} sentences, never tuned on) ==")
    print(f"  {'classifier':<20} {'accuracy / macro F1 / pressure-vs-not F1':>42}")
    for name, clf in CLASSIFIERS:
        acc, macro, binary = _scores(gold, [clf(e) for e in examples])
        print(f"  {name:<20} {f'{acc:.3f} / {macro:.3f} / {binary:.3f}':>42}")
    pred = [_layered(e) for e in examples]
    print(f"\n  {'label':<20} {'prec':>6} {'rec':>6} {'F1':>6} {'n':>4}")
    for label in LABELS:
        p, r, f, n = _prf(gold, pred, label)
        print(f"  {label:<20} {p:6.2f} {r:6.2f} {f:6.2f} {n:4d}")
    errors = Counter((g, p) for g, p in zip(gold, pred, strict=True) if g != p)
    print("\n  Most frequent errors on BLIND (gold -> predicted: count):")
    for (g, p), n in errors.most_common(8):
        print(f"    {g} -> {p}: {n}")


def label_speed() -> None:
    """Sentences per second through label_turn over the whole corpus, repeated.

    Wall-clock time depends on what else the machine runs; CPU time of this process is the
    fairer "one core" figure on a shared machine, so both are printed.
    """
    corpus = load()
    turns = [e.sentence for e in corpus]
    label_turn(turns[0])  # load the model outside the timing
    rounds = 3
    wall = time.perf_counter()
    cpu = time.process_time()
    count = 0
    for _ in range(rounds):
        for text in turns:
            count += len(label_turn(text))
    wall = time.perf_counter() - wall
    cpu = time.process_time() - cpu
    print("\n== Sentence label speed (label_turn, one process) ==")
    for name, seconds in (("CPU time", cpu), ("wall clock", wall)):
        rate = count / seconds
        print(
            f"  {name:<10}: {count} sentences in {seconds:.2f} s = {rate:,.0f} sentences/s; "
            f"an hour-long call's ~1,500 seller sentences: {1500 / rate:.2f} s"
        )


def label_embeddings() -> None:
    """Optional MiniLM comparison (bench/labels_embeddings.py); skips without the extra."""
    labels_embeddings.compare(_scores)


SECTIONS: list[tuple[str, Callable[[], None]]] = [
    ("labels", label_accuracy),
    ("blind", label_blind),
    ("speed", label_speed),
    ("embeddings", label_embeddings),
    ("calls", call_accuracy),  # fit evidence and outcome on corpus/calls (bench/call_accuracy.py)
    ("blind-calls", blind_call_accuracy),  # the same on corpus/calls_blind (another writer)
]


def main(argv: Sequence[str]) -> int:
    wanted = set(argv)
    unknown = wanted - {name for name, _ in SECTIONS}
    if unknown:
        print(
            f"unknown section(s): {', '.join(sorted(unknown))}; "
            f"known: {', '.join(n for n, _ in SECTIONS)}"
        )
        return 2
    for name, section in SECTIONS:
        if not wanted or name in wanted:
            section()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
