"""Priors, cells and the distribution over verdict classes."""

from __future__ import annotations

import pytest
from fit_helpers import PLANS, SIMPLE, make_playbook
from hypothesis import given, settings
from hypothesis import strategies as st

from fitfirst.fit import Cell, NumberSpan, class_distribution, prior_cells, span_cells
from fitfirst.fit.probability import pass_probability


def _number(prior: object = None, **accept: float) -> dict[str, object]:
    c: dict[str, object] = {"id": "n", "ask": "?", "kind": "number", "importance": "must"}
    c["accept"] = accept
    if prior is not None:
        c["prior"] = prior
    return c


@pytest.mark.parametrize(
    ("criterion", "expected"),
    [
        pytest.param(_number(min=10), 0.5, id="one-boundary-two-pieces"),
        pytest.param(_number(min=10, max=20), 1 / 3, id="two-boundaries-three-pieces"),
        pytest.param(_number({"<10": 1.0}, min=5), 0.5, id="below-spreads-over-0-to-a"),
        pytest.param(_number({">100": 1.0}, max=150), 0.5, id="above-spreads-to-2b"),
        pytest.param(_number({"0-100": 1.0}, min=25), 0.75, id="bucket-uniform-inside"),
        pytest.param(_number({"10-10": 1.0}, min=10, max=10), 1.0, id="point-bucket"),
    ],
)
def test_number_prior(criterion: dict[str, object], expected: float) -> None:
    """Number priors: buckets spread evenly; by default each piece between boundaries is equal."""
    pb = make_playbook([criterion])
    assert pass_probability(pb, pb.criteria[0], 0) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("criterion", "expected"),
    [
        pytest.param(
            {"id": "y", "ask": "?", "kind": "yes_no", "importance": "must", "accept": "yes"},
            0.5,
            id="yes-no-default-half",
        ),
        pytest.param(
            {
                "id": "y",
                "ask": "?",
                "kind": "yes_no",
                "importance": "must",
                "accept": "no",
                "prior": 0.2,
            },
            0.8,
            id="yes-no-prior-is-share-yes",
        ),
        pytest.param(
            {
                "id": "c",
                "ask": "?",
                "kind": "choice",
                "importance": "must",
                "accept": ["a"],
                "options": {"a": [], "b": [], "c": [], "d": []},
            },
            0.25,
            id="choice-default-equal",
        ),
    ],
)
def test_default_priors(criterion: dict[str, object], expected: float) -> None:
    """Without a prior, yes_no is even and choice options are equally likely."""
    pb = make_playbook([criterion])
    assert pass_probability(pb, pb.criteria[0], 0) == pytest.approx(expected)


def test_cells_group_values_by_the_plans_that_accept_them() -> None:
    """Each cell is the set of plans (bits) accepting its values, with its prior probability."""
    cells = {c.bits: c.probability for c in prior_cells(PLANS, PLANS.criterion("seats"))}
    # bit 0 = Starter (max 10), bit 1 = Business (5-100)
    assert cells == pytest.approx({0b01: 0.5 * 4 / 9, 0b11: 0.5 * 5 / 9, 0b10: 0.4, 0b00: 0.1})


def test_zero_probability_cells_are_kept() -> None:
    """An answer the prior calls impossible is still possible: its cell stays, at 0."""
    pb = make_playbook([_number({"10-20": 1.0}, min=5)])
    assert Cell(0, 0.0) in prior_cells(pb, pb.criteria[0])


def test_span_restricts_the_prior() -> None:
    """A span's cells carry the prior restricted to the span, renormalised."""
    team = SIMPLE.criterion("team_size")
    cells = {c.bits: c.probability for c in span_cells(SIMPLE, team, NumberSpan(40, 60))}
    # 40-50 lies in "5-50" (0.6 over 45 units), 50-60 in ">50" (0.2 over 50 units)
    inside, outside = 0.6 * 10 / 45, 0.2 * 10 / 50
    assert cells == pytest.approx({1: inside / (inside + outside), 0: outside / (inside + outside)})


def test_span_without_prior_weight_counts_pieces_equally() -> None:
    """A span the prior gives no weight still yields cells, one share per piece it touches."""
    pb = make_playbook([_number({"0-10": 1.0}, min=100)])
    cells = span_cells(pb, pb.criteria[0], NumberSpan(50, 150))
    assert sorted(c.probability for c in cells) == pytest.approx([0.5, 0.5])


_cells = st.lists(st.tuples(st.integers(0, 7), st.floats(0.01, 1.0)), min_size=1, max_size=4).map(
    lambda pairs: tuple(Cell(b, w / sum(x for _, x in pairs)) for b, w in pairs)
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_cells, max_size=6))
def test_class_probabilities_sum_to_one(lists: list[tuple[Cell, ...]]) -> None:
    """P(class) over every possible class sums to 1."""
    assert sum(class_distribution(0b111, lists).values()) == pytest.approx(1.0)


@settings(max_examples=200, deadline=None)
@given(st.lists(_cells, max_size=5))
def test_class_distribution_matches_enumeration(lists: list[tuple[Cell, ...]]) -> None:
    """The DP over bitsets equals enumerating every combination of cells."""
    expected: dict[int, float] = {}

    def walk(i: int, mask: int, p: float) -> None:
        if i == len(lists):
            expected[mask] = expected.get(mask, 0.0) + p
            return
        for cell in lists[i]:
            walk(i + 1, mask & cell.bits, p * cell.probability)

    walk(0, 0b111, 1.0)
    got = class_distribution(0b111, lists)
    assert set(got) == set(expected)
    assert got == pytest.approx(expected)
