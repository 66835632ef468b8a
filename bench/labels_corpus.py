"""Read the labelled seller-sentence corpus (corpus/labels/sentences.tsv) for benchmarks.

The split column of the first 511 rows was fixed before any rule was tuned: a sentence is TEST
when the first eight hex digits of sha1(sentence.strip().lower()) taken modulo 100 are below 30,
else TRAIN. Rows added later were development probes, read while tuning, so they are TRAIN
whatever their hash (docs/labels.md).
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "labels" / "sentences.tsv"


@dataclass(frozen=True)
class Example:
    """One labelled seller sentence, with the buyer's words before it when they matter."""

    label: str
    sentence: str
    previous: str | None
    split: str


def split_for(sentence: str) -> str:
    """The split rule the corpus was built with (kept here so new rows follow it)."""
    digest = hashlib.sha1(sentence.strip().lower().encode("utf-8")).hexdigest()
    return "test" if int(digest[:8], 16) % 100 < 30 else "train"


def load(path: Path = CORPUS) -> list[Example]:
    """All examples, in file order."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [Example(r["label"], r["sentence"], r["previous"] or None, r["split"]) for r in rows]
