"""Greedy question scores: EC2 edge cutting, plain entropy reduction, and the ratio rule.

All work on the *superset transform* of each criterion's cells, g(T) = P(the answer keeps every
plan in T): the class distribution is then a pointwise product followed by one Moebius
inversion, so scoring every question costs O(n x cells x 2^plans), never a pass over buyers.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence

from fitfirst.discovery.situation import Candidate, Situation
from fitfirst.fit.probability import Cells


@functools.lru_cache(maxsize=4096)
def _transform(cells: Cells, size: int) -> tuple[float, ...]:
    return tuple(sum(c.probability for c in cells if c.bits & t == t) for t in range(size))


def _moebius(values: list[float], nbits: int) -> list[float]:
    """Turn superset sums back into point probabilities (in place)."""
    size = len(values)
    for b in range(nbits):
        step = 1 << b
        for t in range(size):
            if not t & step:
                values[t] -= values[t | step]
    return values


def outcome_tables(
    sit: Situation, chosen: Sequence[Candidate]
) -> list[list[tuple[float, list[float]]]]:
    """For each chosen candidate, per cell: (P(cell), P(class = c and cell) for every c)."""
    nbits = sit.full.bit_length()
    size = 1 << nbits
    everyone = sit.open
    g = [_transform(c.cells, size) for c in everyone]
    n = len(everyone)
    prefix: list[list[float] | tuple[float, ...]] = [[1.0] * size]
    for j in range(n):
        prefix.append([a * b for a, b in zip(prefix[-1], g[j], strict=True)])
    suffix: list[list[float] | tuple[float, ...]] = [[1.0] * size for _ in range(n + 1)]
    for j in range(n - 1, -1, -1):
        suffix[j] = [a * b for a, b in zip(suffix[j + 1], g[j], strict=True)]
    position = {c.criterion: j for j, c in enumerate(everyone)}
    tables: list[list[tuple[float, list[float]]]] = []
    for cand in chosen:
        j = position[cand.criterion]
        without = [a * b for a, b in zip(prefix[j], suffix[j + 1], strict=True)]
        rows: list[tuple[float, list[float]]] = []
        for cell in cand.cells:
            if cell.probability <= 0:
                continue  # weighs nothing in any expectation below
            keep = sit.mask & cell.bits
            joint = [cell.probability * without[t] if t & keep == t else 0.0 for t in range(size)]
            rows.append((cell.probability, _moebius(joint, nbits)))
        tables.append(rows)
    return tables


def _pairs(values: Sequence[float]) -> float:
    """Total weight of the edges between different classes: (sum^2 - sum of squares) / 2."""
    total = sum(values)
    return (total * total - sum(v * v for v in values)) / 2.0


def _entropy(values: Sequence[float]) -> float:
    total = sum(values)
    if total <= 0:
        return 0.0
    return -sum(v / total * math.log2(v / total) for v in values if v > 0)


def ec2_scores(sit: Situation, chosen: Sequence[Candidate]) -> list[float]:
    """EC2: expected weight of class-separating edges an answer cuts, per unit of cost."""
    scores = []
    for cand, rows in zip(chosen, outcome_tables(sit, chosen), strict=True):
        classes = [0.0] * len(rows[0][1])
        for _, joint in rows:
            for c, v in enumerate(joint):
                classes[c] += v
        before = _pairs(classes)
        after = sum(q * _pairs(joint) for q, joint in rows)
        scores.append((before - after) / cand.cost)
    return scores


def entropy_scores(sit: Situation, chosen: Sequence[Candidate]) -> list[float]:
    """Plain information gain about the class, per unit of cost (shown to fall short)."""
    scores = []
    for cand, rows in zip(chosen, outcome_tables(sit, chosen), strict=True):
        classes = [0.0] * len(rows[0][1])
        for _, joint in rows:
            for c, v in enumerate(joint):
                classes[c] += v
        after = sum(q * _entropy(joint) for q, joint in rows)
        scores.append((_entropy(classes) - after) / cand.cost)
    return scores


def rule_out_probability(cand: Candidate, mask: int) -> float:
    """P(the answer rules out every plan still possible)."""
    return sum(c.probability for c in cand.cells if not c.bits & mask)


def ratio_order(sit: Situation, chosen: Sequence[Candidate]) -> list[Candidate]:
    """cost / P(rules it out), ascending: the optimal order when every must must pass."""
    m_eff = sit.effective()

    def ratio(c: Candidate) -> tuple[float, int]:
        p = rule_out_probability(c, m_eff)
        return (c.cost / p if p > 0 else math.inf, c.index)

    return sorted(chosen, key=ratio)
