"""Cells, priors and the distribution over verdict classes.

A criterion's *cells* partition its possible values by the set of plans whose accept rule
takes the value: a plan bitset (bit k is plan k; without plans there is one bit, "a fit is
still possible"). Each cell carries its prior probability. Priors are independent across
criteria, so the class of a buyer (the set of plans that fit) is the AND of the must
criteria's cell bitsets, and its distribution is a small DP over bitsets: no buyer is ever
enumerated. Cells with zero prior probability are kept, because a buyer can still give such
an answer: certainty is logical, probability is a matter of the priors.
"""

from __future__ import annotations

import itertools
import math
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from fitfirst.fit.evidence import NumberSpan, Value
from fitfirst.fit.rules import passes
from fitfirst.playbook.models import AcceptRule, Criterion, NumberRange, Playbook
from fitfirst.playbook.priors import parse_bucket


@dataclass(frozen=True)
class Cell:
    """Values of one criterion that the same plans accept, and how likely a buyer is in it."""

    bits: int
    probability: float


Cells = tuple[Cell, ...]


@dataclass(frozen=True)
class _Piece:
    """A stretch of the number line between two accept boundaries."""

    low: float
    high: float
    low_closed: bool
    high_closed: bool

    def contains(self, x: float) -> bool:
        above = x > self.low or (self.low_closed and x == self.low)
        below = x < self.high or (self.high_closed and x == self.high)
        return above and below

    def representative(self) -> float:
        if self.low == self.high:
            return self.low
        if math.isinf(self.low) and math.isinf(self.high):
            return 0.0
        if math.isinf(self.low):
            return self.high - 1.0
        if math.isinf(self.high):
            return self.low + 1.0
        return (self.low + self.high) / 2.0

    def clip(self, span: NumberSpan) -> _Piece | None:
        """The part of the piece inside an (inclusive) span, or None when they do not meet."""
        low, low_closed = self.low, self.low_closed
        if span.low > self.low:
            low, low_closed = span.low, True
        high, high_closed = self.high, self.high_closed
        if span.high < self.high:
            high, high_closed = span.high, True
        if low > high or (low == high and not (low_closed and high_closed)):
            return None
        return _Piece(low, high, low_closed, high_closed)


# A prior segment: mass spread evenly over [low, high] (a point when low == high).
_Segment = tuple[float, float, float]


@dataclass(frozen=True)
class _Analysis:
    """What never changes for one criterion of one playbook: rules per bit, pieces, priors."""

    rules: tuple[AcceptRule | None, ...]
    pieces: tuple[_Piece, ...]
    piece_bits: tuple[int, ...]
    segments: tuple[_Segment, ...]
    cells: Cells
    seen: dict[tuple[type, Value], int | None] = field(default_factory=dict, compare=False)


_CACHE: dict[int, tuple[Playbook, dict[str, _Analysis]]] = {}
_CACHE_SIZE = 64
_LOCK = threading.Lock()


def plan_ids(playbook: Playbook) -> tuple[str | None, ...]:
    """The plan each bit stands for; a playbook without plans has one bit (None)."""
    return tuple(p.id for p in playbook.plans) if playbook.plans else (None,)


def full_mask(playbook: Playbook) -> int:
    """Every bit set: before any answer, every plan can still fit."""
    return (1 << len(plan_ids(playbook))) - 1


def _analysis(playbook: Playbook, criterion: Criterion) -> _Analysis:
    entry = _CACHE.get(id(playbook))
    if entry is None or entry[0] is not playbook:
        with _LOCK:  # the cache holds the playbook, so its id cannot be reused meanwhile
            if len(_CACHE) >= _CACHE_SIZE:
                _CACHE.pop(next(iter(_CACHE)))
            entry = (playbook, {})
            _CACHE[id(playbook)] = entry
    found = entry[1].get(criterion.id)
    if found is None:
        found = _analyse(playbook, criterion)
        entry[1][criterion.id] = found
    return found


def _analyse(playbook: Playbook, criterion: Criterion) -> _Analysis:
    rules = tuple(playbook.accept_rule(criterion.id, plan) for plan in plan_ids(playbook))
    if criterion.kind == "number":
        pieces = _number_pieces(rules)
        piece_bits = tuple(_bits(criterion, rules, p.representative()) for p in pieces)
        segments = _number_segments(criterion, rules)
        masses = [_piece_mass(p, segments) for p in pieces]
        cells = _merge(zip(piece_bits, masses, strict=True))
        return _Analysis(rules, pieces, piece_bits, segments, cells)
    values: list[tuple[Value, float]] = []
    if criterion.kind == "yes_no":
        yes = criterion.prior if isinstance(criterion.prior, float | int) else 0.5
        values = [(True, float(yes)), (False, 1.0 - float(yes))]
    elif criterion.kind == "choice":
        options = list(criterion.options or {})
        if isinstance(criterion.prior, dict):
            values = [(o, float(criterion.prior.get(o, 0.0))) for o in options]
        else:
            values = [(o, 1.0 / len(options)) for o in options]
    else:
        return _Analysis(rules, (), (), (), (Cell((1 << len(rules)) - 1, 1.0),))
    total = sum(p for _, p in values) or 1.0
    cells = _merge((_bits(criterion, rules, v), p / total) for v, p in values)
    return _Analysis(rules, (), (), (), cells)


def _bits(criterion: Criterion, rules: Sequence[AcceptRule | None], value: Value) -> int:
    bits = 0
    for k, rule in enumerate(rules):
        if passes(criterion, rule, value):
            bits |= 1 << k
    return bits


def _merge(pairs: Iterable[tuple[int, float]]) -> Cells:
    merged: dict[int, float] = {}
    for bits, p in pairs:
        merged[bits] = merged.get(bits, 0.0) + p
    return tuple(Cell(b, p) for b, p in merged.items())


def _boundaries(rules: Sequence[AcceptRule | None]) -> list[tuple[float, int]]:
    # A cut (v, 0) falls just before v (v belongs to the piece above), (v, 1) just after it.
    cuts: set[tuple[float, int]] = set()
    for rule in rules:
        if isinstance(rule, NumberRange):
            if rule.min is not None:
                cuts.add((rule.min, 0))
            if rule.max is not None:
                cuts.add((rule.max, 1))
    return sorted(cuts)


def _number_pieces(rules: Sequence[AcceptRule | None]) -> tuple[_Piece, ...]:
    cuts = _boundaries(rules)
    pieces: list[_Piece] = []
    low, low_closed = -math.inf, False
    for value, side in cuts:
        piece = _Piece(low, value, low_closed, side == 1)
        if piece.low < piece.high or (piece.low_closed and piece.high_closed):
            pieces.append(piece)
        low, low_closed = value, side == 0
    pieces.append(_Piece(low, math.inf, low_closed, False))
    return tuple(pieces)


def _below(a: float) -> tuple[float, float]:
    """Where "<a" spreads its share: evenly over [0, a), or one unit below a non-positive a."""
    return (0.0, a) if a > 0 else (a - 1.0, a)


def _above(b: float) -> tuple[float, float]:
    """Where ">b" spreads its share: evenly over (b, 2b], or one unit above a non-positive b."""
    return (b, 2.0 * b) if b > 0 else (b, b + 1.0)


def _number_segments(
    criterion: Criterion, rules: Sequence[AcceptRule | None]
) -> tuple[_Segment, ...]:
    if isinstance(criterion.prior, dict):
        segments: list[_Segment] = []
        for label, share in criterion.prior.items():
            low, high = parse_bucket(label)
            if math.isinf(low):
                low, high = _below(math.nextafter(high, math.inf))
            elif math.isinf(high):
                low, high = _above(math.nextafter(low, -math.inf))
            segments.append((low, high, float(share)))
        total = sum(s[2] for s in segments) or 1.0
        return tuple((lo, hi, m / total) for lo, hi, m in segments)
    # Default: cut the line at every accept boundary; each piece is equally likely.
    points = sorted({v for v, _ in _boundaries(rules)})
    if not points:
        return ((0.0, 1.0, 1.0),)
    spans = [_below(points[0])]
    spans += list(itertools.pairwise(points))
    spans.append(_above(points[-1]))
    share = 1.0 / len(spans)
    return tuple((lo, hi, share) for lo, hi in spans)


def _piece_mass(piece: _Piece, segments: Sequence[_Segment]) -> float:
    mass = 0.0
    for low, high, share in segments:
        if low == high:
            mass += share if piece.contains(low) else 0.0
            continue
        overlap = min(high, piece.high) - max(low, piece.low)
        if overlap > 0:
            mass += share * overlap / (high - low)
    return mass


def bit_rules(playbook: Playbook, criterion: Criterion) -> tuple[AcceptRule | None, ...]:
    """The accept rule in force for each bit (each plan; the criterion's own without plans)."""
    return _analysis(playbook, criterion).rules


def prior_cells(playbook: Playbook, criterion: Criterion) -> Cells:
    """The criterion's cells with their prior probabilities (zero-probability cells kept)."""
    return _analysis(playbook, criterion).cells


def value_bits(playbook: Playbook, criterion: Criterion, value: Value) -> int | None:
    """The plans that accept a value, as a bitset; None for a span across a boundary."""
    analysis = _analysis(playbook, criterion)
    key = (type(value), value)  # True == 1.0 as dict keys; the type keeps them apart
    if key in analysis.seen:
        return analysis.seen[key]
    found: int | None = 0
    if isinstance(value, NumberSpan):
        cells = span_cells(playbook, criterion, value)
        found = cells[0].bits if len(cells) == 1 else None
    else:
        for k, rule in enumerate(analysis.rules):
            ok = passes(criterion, rule, value)
            if ok is None:
                found = None
                break
            if ok:
                found = (found or 0) | 1 << k
    if len(analysis.seen) < 4096:
        analysis.seen[key] = found
    return found


def span_cells(playbook: Playbook, criterion: Criterion, span: NumberSpan) -> Cells:
    """Cells of the values inside a span, with the prior restricted to the span.

    When the prior gives the span no weight at all, each piece the span touches counts equally.
    """
    analysis = _analysis(playbook, criterion)
    clipped: list[tuple[int, _Piece]] = []
    for piece, bits in zip(analysis.pieces, analysis.piece_bits, strict=True):
        part = piece.clip(span)
        if part is not None:
            clipped.append((bits, part))
    if not clipped:
        return (Cell(0, 1.0),)
    masses = [_piece_mass(part, analysis.segments) for _, part in clipped]
    total = sum(masses)
    if total <= 0:
        masses, total = [1.0] * len(clipped), float(len(clipped))
    return _merge((bits, m / total) for (bits, _), m in zip(clipped, masses, strict=True))


def pass_probability(playbook: Playbook, criterion: Criterion, bit: int) -> float:
    """Prior probability that a buyer passes the criterion under the rule of one bit (plan)."""
    return sum(c.probability for c in prior_cells(playbook, criterion) if c.bits >> bit & 1)


def class_distribution(full: int, cell_lists: Iterable[Cells]) -> dict[int, float]:
    """P(class) for every class that can occur: the AND of one cell per criterion.

    Classes reachable only through zero-probability cells stay in the result with 0.0, so the
    keys are exactly the classes that remain logically possible.
    """
    dist: dict[int, float] = {full: 1.0}
    for cells in cell_lists:
        nxt: dict[int, float] = {}
        for mask, p in dist.items():
            for cell in cells:
                key = mask & cell.bits
                nxt[key] = nxt.get(key, 0.0) + p * cell.probability
        dist = nxt
    return dist


def effective_mask(mask: int, cell_lists: Iterable[Cells]) -> int:
    """The plans still possible: those no criterion rules out whatever its answer."""
    for cells in cell_lists:
        reachable = 0
        for cell in cells:
            reachable |= cell.bits
        mask &= reachable
    return mask


def can_change(cells: Cells, mask: int) -> bool:
    """Whether the criterion's answer could still change the class, given the plans possible."""
    return len({cell.bits & mask for cell in cells}) > 1


def prior_segments(
    playbook: Playbook, criterion: Criterion
) -> tuple[tuple[float, float, float], ...]:
    """A number criterion's prior as (low, high, share) stretches, each share spread evenly."""
    return _analysis(playbook, criterion).segments
