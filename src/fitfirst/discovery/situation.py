"""The discovery policy's view of a conversation: which must criteria are open, and how."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace

from fitfirst.fit.evidence import NumberSpan
from fitfirst.fit.knowledge import knowledge
from fitfirst.fit.probability import Cells, can_change, class_distribution, effective_mask
from fitfirst.fit.state import FitState
from fitfirst.playbook.models import Playbook

_EPS = 1e-9


@dataclass(frozen=True)
class Candidate:
    """An open must criterion: its cost, its cells, and whether it was asked already."""

    criterion: str
    cost: float
    cells: Cells
    index: int  # position in the playbook, for ties and the checklist
    asks: int = 0  # times asked without a firm answer ("don't know", or only a range)
    conflicting: bool = False
    skipped: bool = False

    @property
    def key(self) -> tuple[str, float, Cells]:
        return (self.criterion, self.cost, self.cells)


@dataclass(frozen=True)
class Situation:
    """What is settled (``mask``: plans still possible) and what is open, askable or held back.

    ``held`` criteria were asked without a firm answer, or skipped: they stay uncertain for the
    probabilities but are asked again only when nothing else can decide (skipped ones never).
    """

    full: int
    mask: int
    askable: tuple[Candidate, ...]
    held: tuple[Candidate, ...]
    threshold: float
    plan_names: tuple[str | None, ...]

    @property
    def open(self) -> tuple[Candidate, ...]:
        return self.askable + self.held

    def distribution(self) -> dict[int, float]:
        return class_distribution(self.mask, (c.cells for c in self.open))

    def effective(self) -> int:
        return effective_mask(self.mask, (c.cells for c in self.open))

    def certain(self) -> bool:
        """No open criterion can change the class any more."""
        m_eff = self.effective()
        return not any(can_change(c.cells, m_eff) for c in self.open)

    def settled(self) -> bool:
        """Certain, or the likeliest class is at least as likely as the threshold."""
        if self.certain():
            return True
        if self.threshold >= 1.0:
            return False
        dist = self.distribution()
        total = sum(dist.values()) or 1.0
        return max(dist.values()) / total >= self.threshold - _EPS

    def relevant(self) -> tuple[Candidate, ...]:
        """Askable criteria whose answer could still change the class."""
        m_eff = self.effective()
        return tuple(c for c in self.askable if can_change(c.cells, m_eff))

    def after(self, criterion: str, bits: int) -> Situation:
        """The situation once a criterion is answered with a value the given plans accept."""
        return replace(
            self,
            mask=self.mask & bits,
            askable=tuple(c for c in self.askable if c.criterion != criterion),
            held=tuple(c for c in self.held if c.criterion != criterion),
        )


def situation(
    playbook: Playbook,
    state: FitState,
    threshold: float = 0.95,
    skipped: Collection[str] = (),
    asks: Mapping[str, int] | None = None,
) -> Situation:
    """Build the policy's view from the fit state, the criteria the asker skipped, and how
    often each was asked without a firm answer (a session knows; the state alone only shows
    the "don't know"s it still holds)."""
    k = knowledge(playbook, state)
    index = {c.id: i for i, c in enumerate(playbook.criteria)}
    askable: list[Candidate] = []
    held: list[Candidate] = []
    for o in k.open:
        cs = state.criteria[o.criterion]
        criterion = playbook.criterion(o.criterion)
        unsure = cs.status != "conflicting" and (
            cs.value is None or isinstance(cs.value, NumberSpan)
        )
        times = max(len(cs.evidence), (asks or {}).get(o.criterion, 0)) if unsure else 0
        cand = Candidate(
            o.criterion,
            criterion.cost,
            o.cells,
            index[o.criterion],
            times,
            cs.status == "conflicting",
            o.criterion in skipped,
        )
        (held if cand.skipped or times > 0 else askable).append(cand)
    names = tuple(p.name for p in playbook.plans) if playbook.plans else (None,)
    return Situation(k.full, k.mask, tuple(askable), tuple(held), threshold, names)
