"""Fit accuracy of the call review on the labelled calls in corpus/calls/.

Runs the full review (roles given by the expected seller, so seller detection errors do not
hide evidence errors; seller detection is scored on its own line) with each call's playbook,
and compares against corpus/calls/expected.yaml: criterion status, value, verdict, needs and
the call's outcome, per split (test first: it is never tuned on).

Usage: python bench/call_accuracy.py [--blind] [--calls] (or the ``calls`` and ``blind-calls``
sections of accuracy.py)
"""

from __future__ import annotations

import math
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from fitfirst.fit.evidence import NumberSpan
from fitfirst.playbook import load_playbook
from fitfirst.playbook.models import Playbook
from fitfirst.review.pipeline import review
from fitfirst.review.result import ReviewResult
from fitfirst.review.seller import detect_seller
from fitfirst.transcripts import read_transcript

ROOT = Path(__file__).resolve().parent.parent
CALLS = ROOT / "corpus" / "calls"
# Calls by a separate writer who never saw the code or corpus/calls; nobody tunes on them.
BLIND_CALLS = ROOT / "corpus" / "calls_blind"
PLAYBOOKS = ROOT / "examples" / "playbooks"
_TOLERANCE = 0.1  # a number within 10% of the expected figure counts as right


@dataclass
class _Tally:
    calls: int = 0
    status_ok: int = 0
    status_n: int = 0
    value_ok: int = 0
    value_n: int = 0
    verdict_ok: int = 0
    outcome_ok: int = 0
    seller_ok: int = 0
    needs_tp: int = 0
    needs_fp: int = 0
    needs_fn: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    details: list[str] = field(default_factory=list)


def _value_matches(expected: Any, got: Any) -> bool:
    if got is None:
        return False
    if isinstance(expected, bool) or isinstance(got, bool):
        if isinstance(expected, list):
            return bool(got in expected)
        return bool(expected is got)
    if isinstance(expected, str):
        return bool(got == expected)
    if isinstance(expected, list) and expected and all(isinstance(x, str) for x in expected):
        return bool(got in expected)
    if isinstance(expected, list):
        low, high = float(expected[0]), float(expected[1])
    else:
        low = high = float(expected)
    if isinstance(got, NumberSpan):
        g_low, g_high = got.low, got.high
    elif isinstance(got, int | float):
        g_low = g_high = float(got)
    else:
        return False
    slack = _TOLERANCE * max(abs(low), abs(high), 1.0)
    if math.isinf(g_low) or math.isinf(g_high):
        return False  # "over 200" is not the figure the buyer gave
    return g_low >= low - slack and g_high <= high + slack


def _show(value: Any) -> str:
    if isinstance(value, NumberSpan):
        return f"{value.low:g}-{value.high:g}"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _score(entry: dict[str, Any], playbook: Playbook, result: ReviewResult, tally: _Tally) -> None:
    name = entry["file"]
    expected: dict[str, dict[str, Any]] = entry.get("criteria") or {}
    verdict = result.verdict
    assert verdict is not None
    for criterion in playbook.criteria:
        if criterion.kind == "text":
            continue
        want = expected.get(criterion.id, {"status": "unknown"})
        state = verdict.criteria[criterion.id]
        tally.status_n += 1
        if state.status == want["status"]:
            tally.status_ok += 1
        else:
            tally.errors[f"status {want['status']} -> {state.status}"] += 1
            tally.details.append(
                f"{name} {criterion.id}: expected {want['status']}"
                f" {_show(want.get('value', ''))}, got {state.status} {_show(state.value)}"
            )
        if want["status"] in ("met", "unmet"):
            tally.value_n += 1
            if _value_matches(want.get("value"), state.value):
                tally.value_ok += 1
            elif state.value is not None:
                tally.errors["wrong value"] += 1
                if state.status == want["status"]:
                    tally.details.append(
                        f"{name} {criterion.id}: expected value {_show(want.get('value'))},"
                        f" got {_show(state.value)}"
                    )
    if verdict.verdict == entry["verdict"]:
        tally.verdict_ok += 1
    else:
        tally.errors[f"verdict {entry['verdict']} -> {verdict.verdict}"] += 1
        tally.details.append(f"{name} verdict: expected {entry['verdict']}, got {verdict.verdict}")
    got_needs = {n.need for n in result.needs}
    want_needs = set(entry.get("needs") or ())
    tally.needs_tp += len(got_needs & want_needs)
    tally.needs_fp += len(got_needs - want_needs)
    tally.needs_fn += len(want_needs - got_needs)
    for need in sorted(got_needs - want_needs):
        tally.errors["need not voiced but found"] += 1
        tally.details.append(f"{name} need found but not voiced: {need}")
    for need in sorted(want_needs - got_needs):
        tally.errors["need voiced but missed"] += 1
        tally.details.append(f"{name} need missed: {need}")
    outcome = result.outcome.kind if result.outcome else "undecided"
    if outcome == entry["outcome"]:
        tally.outcome_ok += 1
    else:
        tally.errors[f"outcome {entry['outcome']} -> {outcome}"] += 1
        tally.details.append(f"{name} outcome: expected {entry['outcome']}, got {outcome}")


def _pct(ok: int, n: int) -> str:
    return f"{ok / n:6.1%} ({ok}/{n})" if n else "   n/a"


def _print(split: str, t: _Tally) -> None:
    precision = t.needs_tp / (t.needs_tp + t.needs_fp) if t.needs_tp + t.needs_fp else 1.0
    recall = t.needs_tp / (t.needs_tp + t.needs_fn) if t.needs_tp + t.needs_fn else 1.0
    print(f"\n[{split}] {t.calls} calls")
    print(f"  criterion status  {_pct(t.status_ok, t.status_n)}")
    print(f"  value (met/unmet) {_pct(t.value_ok, t.value_n)}")
    print(f"  verdict           {_pct(t.verdict_ok, t.calls)}")
    print(
        f"  needs             precision {precision:.1%}  recall {recall:.1%}"
        f"  (tp {t.needs_tp}, fp {t.needs_fp}, fn {t.needs_fn})"
    )
    print(f"  outcome           {_pct(t.outcome_ok, t.calls)}")
    print(f"  seller detection  {_pct(t.seller_ok, t.calls)}")


def call_accuracy(show_calls: bool = False) -> None:
    """Print fit, needs and outcome accuracy of the call review over corpus/calls/."""
    _accuracy(CALLS, ("test", "tune"), show_calls)


def blind_call_accuracy(show_calls: bool = False) -> None:
    """The same over corpus/calls_blind/ (every call there is one "blind" split)."""
    _accuracy(BLIND_CALLS, ("blind",), show_calls)


def _accuracy(folder: Path, splits: tuple[str, ...], show_calls: bool) -> None:
    entries = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))["calls"]
    playbooks: dict[str, Playbook] = {}
    tallies = {split: _Tally() for split in splits}
    started = time.perf_counter()
    for entry in entries:
        name = entry["playbook"]
        if name not in playbooks:
            playbooks[name] = load_playbook(PLAYBOOKS / f"{name}.yaml")
        playbook = playbooks[name]
        transcript = read_transcript(folder / entry["file"])
        tally = tallies[entry.get("split", splits[0])]
        tally.calls += 1
        detected = detect_seller(transcript, playbook=playbook)
        if set(detected.speakers) == set(entry["seller"]):
            tally.seller_ok += 1
        else:
            tally.details.append(
                f"{entry['file']} seller: expected {entry['seller']}, detected {detected.speakers}"
            )
        result = review(transcript, playbook=playbook, seller=entry["seller"][0])
        _score(entry, playbook, result, tally)
    elapsed = time.perf_counter() - started
    where = folder.relative_to(ROOT)
    print(f"== call accuracy: {len(entries)} calls from {where} ({elapsed:.1f} s) ==")
    total = _Tally()
    for split in splits:
        _print(split, tallies[split])
        for key in (
            "calls",
            "status_ok",
            "status_n",
            "value_ok",
            "value_n",
            "verdict_ok",
            "outcome_ok",
            "seller_ok",
            "needs_tp",
            "needs_fp",
            "needs_fn",
        ):
            setattr(total, key, getattr(total, key) + getattr(tallies[split], key))
        total.errors.update(tallies[split].errors)
        total.details.extend(tallies[split].details)
    _print("all", total)
    print("\n  most common errors:")
    for error, count in total.errors.most_common(8):
        print(f"    {count:3d}  {error}")
    if show_calls:
        print("\n  every error:")
        for line in total.details:
            print(f"    {line}")


def main(argv: Sequence[str]) -> int:
    if "--blind" in argv:
        blind_call_accuracy(show_calls="--calls" in argv)
    else:
        call_accuracy(show_calls="--calls" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
