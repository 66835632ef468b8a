"""Discovery benchmark: how many questions each policy needs, and how often its verdict is right.

For every example playbook, simulated buyers are drawn from the playbook's priors and answer in
words, through ``Discovery.answer_all`` (free text -> understand). ``--phrasing hard`` (the
default) talks like a real buyer: fillers, hedges, numbers in words, ranges, indirect yes/no,
an occasional "not sure", and facts about other criteria volunteered on the side;
``--phrasing plain`` is the first, easier generator. Policies compared:

- fitfirst: the library's policy (exact plan when small, else EC2 / the ratio rule)
- checklist: every must criterion in file order until the verdict is settled
- random: must criteria in random order until settled
- entropy: greedy information gain about the verdict class, per cost
- ec2: greedy EC2 edge cutting alone (what fitfirst falls back on for big playbooks)
- optimal: the exact optimal tree's expected cost (computed by DP, not simulated)

Run: ``python bench/discovery.py [--buyers 2000] [--seed 7] [--phrasing hard|plain]
[--no-volunteered] [--failures 40]``. Prints Markdown tables.
"""

from __future__ import annotations

import argparse
import glob
import math
import multiprocessing
import random
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from discovery_phrasing import say_hard, say_plain
from fitfirst.discovery import Discovery, Situation, choose, situation
from fitfirst.discovery.planner import EXACT_BUDGET, exact_work, optimal_plan
from fitfirst.fit import (
    NumberSpan,
    Value,
    assess,
    full_mask,
    is_decisive,
    plan_ids,
    value_bits,
)
from fitfirst.fit.probability import prior_segments
from fitfirst.playbook import load_playbook
from fitfirst.playbook.models import Criterion, Playbook
from fitfirst.understand.types import Finding, Understood

ROOT = Path(__file__).resolve().parent.parent

# -- buyers ---------------------------------------------------------------------------------


def sample_value(playbook: Playbook, c: Criterion, rng: random.Random) -> Value:
    """A buyer's true value, drawn from the prior (numbers evenly within the drawn bucket)."""
    if c.kind == "number":
        segments = prior_segments(playbook, c)
        low, high, _ = rng.choices(segments, weights=[s[2] for s in segments])[0]
        x = rng.uniform(low, high)
        if high - low >= 2:
            x = float(round(x))
            x = min(max(x, math.ceil(low)), math.floor(high))
        else:
            x = round(x, 1)
        return x
    if c.kind == "yes_no":
        share = c.prior if isinstance(c.prior, float | int) else 0.5
        return rng.random() < share
    if c.kind == "choice":
        options = list(c.options or {})
        if isinstance(c.prior, dict):
            weights = [c.prior.get(o, 0.0) for o in options]
        else:
            weights = [1.0] * len(options)
        return rng.choices(options, weights=weights)[0]
    return rng.choice(["we grew fast this year", "the old way stopped working", "a friend told us"])


def true_class(playbook: Playbook, buyer: dict[str, Value]) -> int:
    mask = full_mask(playbook)
    for c in playbook.criteria:
        if is_decisive(playbook, c):
            bits = value_bits(playbook, c, buyer[c.id])
            mask &= bits if bits is not None else 0
    return mask


# -- simulation -----------------------------------------------------------------------------


@dataclass
class Tally:
    questions: float = 0.0
    cost: float = 0.0
    right: int = 0
    buyers: int = 0
    misunderstood: int = 0  # asked answers not understood (then given as typed values)
    answers: int = 0  # answers given in words
    misread: int = 0  # asked answers understood as a value the buyer did not say
    unsure: int = 0  # asked answers read as "don't know"
    facts: int = 0  # facts volunteered on the side
    facts_taken: int = 0  # ... recorded with the right value
    facts_wrong: int = 0  # ... recorded with a wrong value
    spurious: int = 0  # evidence volunteered about a criterion the buyer did not mention
    failures: Counter[tuple[str, str, str]] = field(default_factory=Counter)


def _agrees(playbook: Playbook, cid: str, value: Value | None, truth: Value) -> bool:
    """Whether a reading is consistent with the buyer's true value: a span must contain it;
    a number may be the buyer's rounding of it, if every rule judges both alike."""
    if isinstance(value, NumberSpan):
        return isinstance(truth, float) and value.low <= truth <= value.high
    if isinstance(value, float) and isinstance(truth, float):
        c = playbook.criterion(cid)
        return value_bits(playbook, c, value) == value_bits(playbook, c, truth)
    return value == truth


def _words_answer(
    session: Discovery,
    c: Criterion,
    buyer: dict[str, Value],
    rng: random.Random,
    tally: Tally,
    *,
    phrasing: str,
    said: set[str],
) -> bool:
    """Answer one question in words; False when the asked criterion was not understood."""
    if phrasing == "plain":
        text, extra = say_plain(c, buyer[c.id], rng), list[str]()
    else:
        text, extra = say_hard(
            session.playbook, c, buyer, rng, first_ask=c.id not in said, mentioned=said
        )
    taken = session.answer_all(c.id, text)
    tally.answers += 1
    got = taken.evidence
    if got is None:
        tally.misunderstood += 1
        tally.failures[(c.id, text, "not understood")] += 1
    elif got.value is None:
        tally.unsure += 1
    elif c.kind != "text" and not _agrees(session.playbook, c.id, got.value, buyer[c.id]):
        tally.misread += 1
        tally.failures[(c.id, text, f"read as {got.value!r}, said {buyer[c.id]!r}")] += 1
    tally.facts += len(extra)
    picked = {e.criterion: e for e in taken.volunteered}
    for cid in extra:
        e = picked.get(cid)
        if e is None:
            tally.failures[(cid, text, "volunteered fact not recorded")] += 1
        elif session.playbook.criterion(cid).kind == "text" or _agrees(
            session.playbook, cid, e.value, buyer[cid]
        ):
            tally.facts_taken += 1
        else:
            tally.facts_wrong += 1
            tally.failures[
                (cid, text, f"volunteered read as {e.value!r}, said {buyer[cid]!r}")
            ] += 1
    for e in taken.volunteered:
        if e.criterion not in extra and not _agrees(
            session.playbook, e.criterion, e.value, buyer[e.criterion]
        ):
            if session.playbook.criterion(e.criterion).kind == "text":
                continue
            tally.spurious += 1
            tally.failures[(e.criterion, text, f"picked up {e.value!r} unsaid")] += 1
    return got is not None


def run(
    playbook: Playbook,
    buyers: list[dict[str, Value]],
    *,
    policy: str,
    threshold: float,
    free_text: bool,
    seed: int,
    phrasing: str = "hard",
    volunteered: bool = True,
    floor: float = 0.0,
) -> Tally:
    tally = Tally()
    rng = random.Random(seed)
    for i, buyer in enumerate(buyers):
        session = Discovery(
            playbook,
            threshold,
            policy=policy,  # type: ignore[arg-type]
            seed=seed + i,
            volunteered=volunteered,
            volunteered_floor=floor,
        )
        asked = 0
        said: set[str] = set()
        while (q := session.next_question()) is not None:
            asked += 1
            tally.cost += playbook.criterion(q.criterion).cost
            c = playbook.criterion(q.criterion)
            understood = free_text and _words_answer(
                session, c, buyer, rng, tally, phrasing=phrasing, said=said
            )
            if not understood:
                session.answer(c.id, _typed(buyer[c.id]))
            if asked > 3 * len(playbook.criteria):
                break
        tally.questions += asked
        tally.buyers += 1
        tally.right += predicted(session) == true_class(playbook, buyer)
    return tally


def _typed(value: Value) -> float | bool | str | NumberSpan:
    return value


def predicted(session: Discovery) -> int:
    verdict = session.result()
    if not session.playbook.plans:
        return int(verdict.probability >= 0.5)
    ids = plan_ids(session.playbook)
    return sum(1 << k for k, p in enumerate(ids) if p in verdict.likely_plans)


def optimal(playbook: Playbook, threshold: float) -> tuple[float, float] | None:
    sit = situation(playbook, assess(playbook, []), threshold)
    if exact_work(sit) > 200 * EXACT_BUDGET:
        return None
    return optimal_plan(sit)


# -- timing on a big generated playbook -----------------------------------------------------


def big_playbook(n: int = 40, plans: int = 3, seed: int = 1) -> Playbook:
    """A made-up 40-criterion playbook with plans, to time one step of the policy."""
    rng = random.Random(seed)
    criteria: list[dict[str, object]] = []
    overrides: list[dict[str, object]] = [{} for _ in range(plans)]
    for i in range(n):
        kind = ("number", "yes_no", "choice")[i % 3]
        importance = "must" if i % 4 != 3 else "should"
        c: dict[str, object] = {
            "id": f"c{i}",
            "ask": f"Question {i}?",
            "kind": kind,
            "importance": importance,
            "cost": rng.choice([1.0, 1.0, 1.5, 2.0]),
        }
        if kind == "number":
            lo = rng.randint(1, 50)
            c["accept"] = {"min": lo}
            c["prior"] = {f"<{lo}": 0.2, f"{lo}-{lo * 4}": 0.5, f">{lo * 4}": 0.3}
            if i % 9 == 0:
                for k in range(plans):
                    overrides[k][c["id"]] = {"min": lo * (k + 1), "max": lo * (k + 3)}  # type: ignore[index]
        elif kind == "yes_no":
            c["accept"] = True
            c["prior"] = round(rng.uniform(0.6, 0.97), 2)
        else:
            c["options"] = {"a": ["alpha"], "b": ["beta"], "c": ["gamma"]}
            c["accept"] = ["a", "b"]
            c["prior"] = {"a": 0.5, "b": 0.4, "c": 0.1}
        criteria.append(c)
    return Playbook.model_validate(
        {
            "offer": {"name": "Big", "seller": "Bench"},
            "criteria": criteria,
            "plans": [
                {"id": f"p{k}", "name": f"Plan {k}", "accept": overrides[k]} for k in range(plans)
            ],
        }
    )


def mid_playbook(seed: int, musts: int = 12, plans: int = 3) -> Playbook:
    """A made-up playbook too big for fitfirst's exact plan (it falls back to the lookahead),
    yet small enough to compute the optimum here, to show the fallback's quality."""
    rng = random.Random(seed)
    criteria: list[dict[str, object]] = []
    for i in range(musts):
        opts = ["a", "b", "c", "d"][: rng.randint(2, 4)]
        weights = [rng.choice([1.0, 2.0, 5.0]) for _ in opts]
        criteria.append(
            {
                "id": f"q{i}",
                "ask": f"Question {i}?",
                "kind": "choice",
                "importance": "must",
                "options": {o: [] for o in opts},
                "accept": rng.sample(opts, rng.randint(1, len(opts))),
                "prior": {o: w / sum(weights) for o, w in zip(opts, weights, strict=True)},
                "cost": rng.choice([1.0, 1.5, 2.0, 3.0]),
            }
        )
    plan_list = []
    for k in range(plans):
        accept: dict[str, list[str]] = {}
        for c in criteria:
            if rng.random() < 0.5:
                options = list(c["options"])  # type: ignore[call-overload]
                accept[str(c["id"])] = rng.sample(options, rng.randint(1, len(options)))
        plan_list.append({"id": f"p{k}", "name": f"Plan {k}", "accept": accept})
    return Playbook.model_validate(
        {"offer": {"name": "Mid", "seller": "Bench"}, "criteria": criteria, "plans": plan_list}
    )


MID_POLICIES = ("exact", "fitfirst", "ec2", "entropy", "checklist")


def bench_mid(job: tuple[int, int, int]) -> str:
    """One table row for a generated mid-size playbook (typed answers: it has no words)."""
    index, n_buyers, seed = job
    pb = mid_playbook(seed * 100 + index)
    rng = random.Random(seed + index)
    buyers = [{c.id: sample_value(pb, c, rng) for c in pb.criteria} for _ in range(n_buyers)]
    sit = situation(pb, assess(pb, []), 1.0)
    results = {
        p: run(pb, buyers, policy=p, threshold=1.0, free_text=False, seed=seed)
        for p in MID_POLICIES
    }
    best = results["exact"].cost
    cells = [f"generated-{index}", str(len(pb.criteria)), str(len(pb.plans))]
    cells += [_cell(results[p]) for p in MID_POLICIES]
    cells += [f"{results[p].cost / best:.3f}" for p in MID_POLICIES[1:]]
    cells.append(choose_method(sit))
    return "| " + " | ".join(cells) + " |"


def choose_method(sit: Situation) -> str:
    pick = choose(sit)
    return pick.method if pick else "-"


def time_steps(playbook: Playbook, sessions: int, seed: int) -> dict[str, tuple[float, float]]:
    """Median and p95 milliseconds of one step (``next_question``), wall clock and CPU."""
    rng = random.Random(seed)
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(sessions):
        buyer = {c.id: sample_value(playbook, c, rng) for c in playbook.criteria}
        session = Discovery(playbook, 1.0)
        while True:
            start, start_cpu = time.perf_counter(), time.process_time()
            q = session.next_question()
            wall.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
            if q is None:
                break
            session.answer(q.criterion, _typed(buyer[q.criterion]))
    out = {}
    for label, times in (("wall", wall), ("cpu", cpu)):
        times.sort()
        out[label] = (statistics.median(times), times[int(0.95 * (len(times) - 1))])
    return out


# -- main -----------------------------------------------------------------------------------

POLICIES = ("exact", "fitfirst", "checklist", "random", "entropy", "ec2", "lookahead")
THRESHOLDS = (0.95, 0.9, 0.8)


def _cache_understanding() -> None:
    """Memoise answer understanding (a pure function) so repeated phrasings are read once."""
    from fitfirst import understand  # noqa: PLC0415  # patched only in the benchmark

    original = understand.understand_answer
    memo: dict[tuple[int, str, str], Understood] = {}

    def cached(criterion: Criterion, text: str) -> Understood:
        key = (id(criterion), criterion.id, text)
        if key not in memo:
            memo[key] = original(criterion, text)
        return memo[key]

    understand.understand_answer = cached
    find = understand.find_statements
    found: dict[tuple[int, str, str | None], list[Finding]] = {}

    def cached_find(playbook: Playbook, text: str, *, asked: str | None = None) -> list[Finding]:
        key = (id(playbook), text, asked)
        if key not in found:
            found[key] = find(playbook, text, asked=asked)
        return list(found[key])

    understand.find_statements = cached_find


def bench_playbook(
    job: tuple[str, int, int, bool, str, bool, float],
) -> tuple[str, str, Tally]:
    """Both table rows for one playbook (run in a worker process), and fitfirst's tally at 1.0."""
    path, n_buyers, seed, free_text, phrasing, volunteered, floor = job
    _cache_understanding()
    pb = load_playbook(path)
    name = Path(path).stem
    rng = random.Random(seed)
    buyers = [{c.id: sample_value(pb, c, rng) for c in pb.criteria} for _ in range(n_buyers)]
    musts = sum(1 for c in pb.criteria if is_decisive(pb, c))
    best = optimal(pb, 1.0)
    cells = [name, str(musts), str(len(pb.plans))]
    cells.append(f"{best[1]:.2f} ({best[0]:.2f})" if best else "too big")
    results: dict[str, Tally] = {}
    for policy in POLICIES:
        t = run(
            pb,
            buyers,
            policy=policy,
            threshold=1.0,
            free_text=free_text,
            seed=seed,
            phrasing=phrasing,
            volunteered=volunteered,
            floor=floor,
        )
        results[policy] = t
        cells.append(_cell(t))
    f, e = results["fitfirst"], results["exact"]
    cells.append(f"{f.cost / e.cost:.3f}" if best else "n/a")
    cells.append(f"{f.cost / results['checklist'].cost:.3f}")
    row1 = "| " + " | ".join(cells) + " |"
    parts = [name, _cell(f)]
    for threshold in THRESHOLDS:
        t = run(
            pb,
            buyers,
            policy="fitfirst",
            threshold=threshold,
            free_text=free_text,
            seed=seed,
            phrasing=phrasing,
            volunteered=volunteered,
            floor=floor,
        )
        parts.append(f"{_cell(t)}, {1 - t.questions / f.questions:.1%} fewer")
    row2 = "| " + " | ".join(parts) + " |"
    return row1, row2, f


def _print_words(tallies: list[Tally], names: list[str], failures: int) -> None:
    """How the answers in words were read, fitfirst at threshold 1.0, per playbook."""
    print("\nfitfirst at 1.0, answers in words: how they were read.\n")
    header = [
        "playbook",
        "answers",
        "not understood",
        "misread",
        "don't know",
        "facts volunteered",
        "recorded right",
        "recorded wrong",
        "picked up unsaid",
    ]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for name, t in zip(names, tallies, strict=True):
        n = max(1, t.answers)
        f = max(1, t.facts)
        cells = [
            name,
            str(t.answers),
            f"{t.misunderstood / n:.1%}",
            f"{t.misread / n:.1%}",
            f"{t.unsure / n:.1%}",
            str(t.facts),
            f"{t.facts_taken / f:.1%}",
            f"{t.facts_wrong / f:.1%}",
            str(t.spurious),
        ]
        print("| " + " | ".join(cells) + " |")
    if failures <= 0:
        return
    print(f"\nMost frequent phrasings read wrongly or not at all (top {failures}):\n")
    print("| playbook | times | criterion | said | what happened |")
    print("|---|---|---|---|---|")
    merged: Counter[tuple[str, str, str, str]] = Counter()
    for name, t in zip(names, tallies, strict=True):
        for (cid, text, what), count in t.failures.items():
            merged[(name, cid, text, what)] += count
    for (name, cid, text, what), count in merged.most_common(failures):
        said = text.replace("|", "/")
        print(f"| {name} | {count} | {cid} | {said} | {what} |")


def _cell(t: Tally) -> str:
    n = t.buyers
    return f"{t.questions / n:.2f} ({t.cost / n:.2f}) [{t.right / n:.1%}]"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--buyers", type=int, default=2000, help="simulated buyers per playbook")
    parser.add_argument("--seed", type=int, default=7, help="random seed (fixed: reproducible)")
    parser.add_argument("--typed", action="store_true", help="answer with typed values, not words")
    parser.add_argument("--steps", type=int, default=300, help="sessions timed on the big playbook")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    parser.add_argument(
        "--phrasing",
        choices=("hard", "plain"),
        default="hard",
        help="how buyers talk: hard (real-life variety, the default) or plain (tidy forms)",
    )
    parser.add_argument(
        "--no-volunteered",
        action="store_true",
        help="read each answer for the asked criterion only (sessions ignore facts on the side)",
    )
    parser.add_argument(
        "--floor",
        type=float,
        default=0.0,
        help="least confidence a volunteered reading needs to be recorded (Discovery's floor)",
    )
    parser.add_argument(
        "--failures", type=int, default=0, help="list this many phrasings that were misread"
    )
    parser.add_argument(
        "--mid-buyers", type=int, default=500, help="buyers per generated mid-size playbook"
    )
    args = parser.parse_args(argv)
    paths = sorted(glob.glob(str(ROOT / "examples" / "playbooks" / "*.yaml")))
    if not paths:
        print("no example playbooks found under examples/playbooks/", file=sys.stderr)
        return 1
    jobs = [
        (
            p,
            args.buyers,
            args.seed,
            not args.typed,
            args.phrasing,
            not args.no_volunteered,
            args.floor,
        )
        for p in paths
    ]
    started = time.perf_counter()
    with multiprocessing.Pool(max(1, args.jobs)) as pool:
        rows = pool.map(bench_playbook, jobs)
        mid_rows = pool.map(bench_mid, [(i, args.mid_buyers, args.seed) for i in range(3)])

    print(f"### Questions to a certain verdict (threshold 1.0), {args.buyers} buyers each\n")
    print(
        "Mean questions (mean cost) [verdict accuracy] per buyer; "
        f"answers in {args.phrasing} words.\n"
    )
    header = [
        "playbook",
        "musts",
        "plans",
        "optimal tree (expected)",
        *POLICIES,
        "fitfirst / exact",
        "fitfirst / checklist",
    ]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row, _, _ in rows:
        print(row)
    print(f"\n### What stopping at a threshold saves, and costs, {args.buyers} buyers each\n")
    print("fitfirst: mean questions (mean cost) [verdict accuracy], questions saved vs 1.0.\n")
    header = ["playbook", "threshold 1.0", *(f"threshold {t}" for t in THRESHOLDS)]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for _, row, _ in rows:
        print(row)
    tallies = [t for _, _, t in rows]
    misread = sum(t.misunderstood for t in tallies)
    print(f"\nfitfirst answers not understood at first (then given as typed values): {misread}")
    _print_words(tallies, [Path(p).stem for p in paths], args.failures)

    print(
        f"\n### Bigger playbooks: fitfirst's fallback (EC2 shortlist + exact plan over it), "
        f"{args.mid_buyers} buyers each\n"
    )
    print("Generated playbooks of choice musts, answered with typed values; cost ratios to the")
    print("optimal tree (exact DP, run here regardless of size).\n")
    header = [
        "playbook",
        "musts",
        "plans",
        *MID_POLICIES,
        *(f"{p} / optimal" for p in MID_POLICIES[1:]),
        "fitfirst's first step",
    ]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in mid_rows:
        print(row)

    big = big_playbook()
    timing = time_steps(big, args.steps, args.seed)
    musts = sum(1 for c in big.criteria if is_decisive(big, c))
    print(
        f"\n### Time per step: generated playbook, {len(big.criteria)} criteria "
        f"({musts} decisive musts), {len(big.plans)} plans, {args.steps} sessions\n"
    )
    print("| clock | median ms | p95 ms |")
    print("|---|---|---|")
    for label, (median, p95) in timing.items():
        print(f"| {label} | {median:.2f} | {p95:.2f} |")
    print(f"\n(benchmark wall time {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
