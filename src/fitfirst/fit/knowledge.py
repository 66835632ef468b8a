"""What the evidence leaves open about the must criteria, in cells: the engine's working view."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from fitfirst.fit.evidence import NumberSpan
from fitfirst.fit.probability import (
    Cell,
    Cells,
    class_distribution,
    full_mask,
    prior_cells,
    span_cells,
    value_bits,
)
from fitfirst.fit.state import FitState
from fitfirst.playbook.models import Criterion, Playbook


@dataclass(frozen=True)
class Open:
    """A must criterion whose answer could still matter, with the cells it may fall in."""

    criterion: str
    cells: Cells


@dataclass(frozen=True)
class Knowledge:
    """The must criteria split into settled ones (folded into ``mask``) and open ones."""

    full: int
    mask: int  # plans not ruled out by what is settled
    open: tuple[Open, ...]
    settled: dict[str, int]  # criterion id -> the plans its answer accepts

    def distribution(self) -> dict[int, float]:
        """P(class) over the classes still possible, under the priors and what is known."""
        return class_distribution(self.mask, (o.cells for o in self.open))


_DECISIVE: dict[int, tuple[Playbook, tuple[Criterion, ...]]] = {}
_LOCK = threading.Lock()


def decisive(playbook: Playbook) -> tuple[Criterion, ...]:
    """The playbook's decisive must criteria, in order (remembered per playbook)."""
    entry = _DECISIVE.get(id(playbook))
    if entry is None or entry[0] is not playbook:
        entry = (playbook, tuple(c for c in playbook.criteria if is_decisive(playbook, c)))
        with _LOCK:
            if len(_DECISIVE) >= 64:
                _DECISIVE.pop(next(iter(_DECISIVE)))
            _DECISIVE[id(playbook)] = entry
    return entry[1]


def is_decisive(playbook: Playbook, criterion: Criterion) -> bool:
    """A must whose answer can rule a plan out; a must every answer passes decides nothing."""
    if criterion.importance != "must" or criterion.kind == "text":
        return False
    full = full_mask(playbook)
    return any(cell.bits != full for cell in prior_cells(playbook, criterion))


def current_cells(playbook: Playbook, criterion: Criterion, state: FitState) -> Cells:
    """The cells the criterion may still be in: one when answered, the prior's when not."""
    cs = state.criteria.get(criterion.id)
    if cs is None or cs.status == "conflicting" or cs.value is None:
        return prior_cells(playbook, criterion)
    if isinstance(cs.value, NumberSpan):
        return span_cells(playbook, criterion, cs.value)
    bits = value_bits(playbook, criterion, cs.value)
    if bits is None:
        return prior_cells(playbook, criterion)
    return (Cell(bits, 1.0),)


def knowledge(playbook: Playbook, state: FitState) -> Knowledge:
    """Fold every settled must into a mask of plans still possible; keep the rest open."""
    full = full_mask(playbook)
    mask = full
    opened: list[Open] = []
    settled: dict[str, int] = {}
    for criterion in decisive(playbook):
        cells = current_cells(playbook, criterion, state)
        if len(cells) == 1:
            settled[criterion.id] = cells[0].bits
            mask &= cells[0].bits
        else:
            opened.append(Open(criterion.id, cells))
    return Knowledge(full, mask, tuple(opened), settled)
