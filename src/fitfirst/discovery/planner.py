"""Exact planning: the question order with the least expected cost, by DP over what is known.

Answers are independent across criteria, so the state of a conversation is fully described by
the set of open criteria not yet asked and the plans still possible (a bitset): memoised, the
DP is exact. It is only used when a count made up front shows the state space is small.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict

from fitfirst.discovery.situation import Candidate, Situation
from fitfirst.fit.probability import class_distribution

# Upper bound on (states x questions per state) the exact DP may explore; beyond it the
# greedy criterion is used. Sized so a cold plan stays near 10 ms of CPU on one core.
EXACT_BUDGET = 12_000
_EPS = 1e-12


def exact_work(sit: Situation) -> int:
    """Worst-case states x questions for planning this situation exactly (counted up front)."""
    n = len(sit.relevant())
    masks = 1 if sit.full == 1 else 1 << bin(sit.effective()).count("1")
    return (1 << n) * masks * max(1, n)


class ExactPlanner:
    """Optimal expected cost to a settled verdict, for one set of open criteria and held ones."""

    def __init__(self, askable: tuple[Candidate, ...], held: tuple[Candidate, ...], t: float):
        self.askable = askable
        self.threshold = t
        self.ids = {c.criterion: i for i, c in enumerate(askable)}
        self.costs = [c.cost for c in askable]
        self.cells = [tuple((cell.bits, cell.probability) for cell in c.cells) for c in askable]
        self.ors = []
        for c in askable:
            reach = 0
            for cell in c.cells:
                reach |= cell.bits
            self.ors.append(reach)
        self.held = [tuple((cell.bits, cell.probability) for cell in c.cells) for c in held]
        self.held_cells = tuple(c.cells for c in held)
        held_or = -1
        for cells in self.held:
            reach = 0
            for bits, _ in cells:
                reach |= bits
            held_or &= reach
        self.held_or = held_or
        self.memo: dict[tuple[int, int], tuple[float, int]] = {}

    def covers(self, sit: Situation) -> bool:
        """Whether this planner's table answers the situation (same open criteria, or fewer)."""
        if sit.threshold != self.threshold or len(sit.held) != len(self.held):
            return False
        if tuple(c.cells for c in sit.held) != self.held_cells:
            return False
        for c in sit.askable:
            i = self.ids.get(c.criterion)
            if i is None or self.askable[i].key != c.key:
                return False
        return True

    def remaining(self, sit: Situation) -> int:
        r = 0
        for c in sit.askable:
            r |= 1 << self.ids[c.criterion]
        return r

    def best(self, sit: Situation) -> tuple[str | None, float]:
        """The question to ask now (None when nothing is worth asking) and the expected cost."""
        value, arg = self._solve(self.remaining(sit), sit.mask)
        return (None if arg < 0 else self.askable[arg].criterion), value

    def _settled_by_threshold(self, r: int, mask: int) -> bool:
        if self.threshold >= 1.0:
            return False
        lists = [c.cells for i, c in enumerate(self.askable) if r >> i & 1]
        dist = class_distribution(mask, [*lists, *self.held_cells])
        total = sum(dist.values()) or 1.0
        return max(dist.values()) / total >= self.threshold - 1e-9

    def _solve(self, r: int, mask: int) -> tuple[float, int]:
        key = (r, mask)
        found = self.memo.get(key)
        if found is not None:
            return found
        m_eff = mask & self.held_or
        i, rest = 0, r
        while rest:
            if rest & 1:
                m_eff &= self.ors[i]
            rest >>= 1
            i += 1
        relevant = []
        i, rest = 0, r
        while rest:
            if rest & 1 and len({b & m_eff for b, _ in self.cells[i]}) > 1:
                relevant.append(i)
            rest >>= 1
            i += 1
        result: tuple[float, int] = (0.0, -1)
        if relevant and not self._settled_by_threshold(r, mask):
            best, arg = math.inf, -1
            for i in relevant:
                value = self.costs[i]
                sub = r & ~(1 << i)
                for bits, q in self.cells[i]:
                    if q > 0:
                        value += q * self._solve(sub, mask & bits)[0]
                if value < best - _EPS:
                    best, arg = value, i
            result = (best, arg)
        self.memo[key] = result
        return result


_PLANNERS: OrderedDict[int, ExactPlanner] = OrderedDict()
_KEEP = 16
_LOCK = threading.Lock()  # sessions of a web app may plan from several threads


def planner_for(sit: Situation) -> ExactPlanner:
    """A planner whose memo already covers the situation when one exists (answers only ever
    remove open criteria), so a session plans once and then looks its way down the table."""
    with _LOCK:
        for key, planner in reversed(_PLANNERS.items()):
            if planner.covers(sit):
                _PLANNERS.move_to_end(key)
                return planner
        planner = ExactPlanner(sit.askable, sit.held, sit.threshold)
        _PLANNERS[id(planner)] = planner
        while len(_PLANNERS) > _KEEP:
            _PLANNERS.popitem(last=False)
        return planner


def optimal_plan(sit: Situation) -> tuple[float, float]:
    """Expected cost and expected number of questions of the optimal plan (for benchmarks)."""
    planner = ExactPlanner(sit.askable, sit.held, sit.threshold)
    cost, _ = planner._solve(planner.remaining(sit), sit.mask)
    counts: dict[tuple[int, int], float] = {}

    def questions(r: int, mask: int) -> float:
        key = (r, mask)
        if key not in counts:
            _, arg = planner._solve(r, mask)
            total = 0.0
            if arg >= 0:
                total = 1.0
                sub = r & ~(1 << arg)
                for bits, q in planner.cells[arg]:
                    if q > 0:
                        total += q * questions(sub, mask & bits)
            counts[key] = total
        return counts[key]

    return cost, questions(planner.remaining(sit), sit.mask)
