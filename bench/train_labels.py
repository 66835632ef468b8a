"""Train the naive Bayes backup of the sentence labeller on the corpus TRAIN split.

Deterministic: same corpus, same JSON. Usage: python bench/train_labels.py [--check]
(--check exits 1 when the shipped model differs from a fresh training run).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from fitfirst.review.labels_model import MODEL_RESOURCE, train
from fitfirst.review.labels_text import normalise
from fitfirst.review.types import LABELS
from labels_corpus import load

OUT = (
    Path(__file__).resolve().parent.parent / "src" / "fitfirst" / "review" / "data" / MODEL_RESOURCE
)


def build() -> str:
    """The model JSON text trained on the TRAIN split."""
    examples = [(normalise(e.sentence), e.label) for e in load() if e.split == "train"]
    model = train(examples, LABELS)
    return json.dumps(model.to_json(), sort_keys=True, separators=(",", ":")) + "\n"


def main(argv: list[str]) -> int:
    text = build()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("model up to date" if same else "model differs from a fresh training run")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(text) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
