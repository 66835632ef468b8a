"""The verdict: fit / no fit / undecided, with probabilities and reasons in plain words."""

from __future__ import annotations

import math

import pytest
from fit_helpers import PLANS, SIMPLE, ev
from hypothesis import given, settings
from hypothesis import strategies as st

from fitfirst.fit import Evidence, NumberSpan, assess, decide
from fitfirst.fit.probability import pass_probability
from fitfirst.playbook.models import Playbook

ALL_MET = [ev("team_size", 12.0), ev("tool", "excel"), ev("on_prem", False)]


@pytest.mark.parametrize(
    ("evidence", "verdict"),
    [
        pytest.param([], "undecided", id="nothing-known"),
        pytest.param(ALL_MET, "fit", id="every-must-met"),
        pytest.param([ev("on_prem", True)], "no_fit", id="one-must-unmet"),
        pytest.param([*ALL_MET, ev("budget", 5.0)], "fit", id="should-unmet-still-fits"),
        pytest.param(ALL_MET[:2], "undecided", id="a-must-unknown"),
        pytest.param(
            [*ALL_MET, ev("team_size", 400.0)], "undecided", id="conflict-counts-as-unknown"
        ),
        pytest.param([*ALL_MET[1:], ev("team_size", NumberSpan(60, 90))], "no_fit", id="span-out"),
    ],
)
def test_verdict(evidence: list[Evidence], verdict: str) -> None:
    """Any unmet must means no fit; every must met means fit; otherwise undecided."""
    assert decide(SIMPLE, assess(SIMPLE, evidence)).verdict == verdict


def test_undecided_probability_is_the_product_of_pass_chances() -> None:
    """Priors are independent, so P(fit) is the product of the open musts' pass chances."""
    v = decide(SIMPLE, assess(SIMPLE, [ev("tool", "excel")]))
    team = pass_probability(SIMPLE, SIMPLE.criterion("team_size"), 0)
    prem = pass_probability(SIMPLE, SIMPLE.criterion("on_prem"), 0)
    assert v.probability == pytest.approx(team * prem)
    assert v.missing == ("team_size", "on_prem")


def test_span_uses_the_prior_inside_it() -> None:
    """A span across a boundary leaves the criterion open, with the prior restricted to it."""
    state = assess(SIMPLE, [*ALL_MET[1:], ev("team_size", NumberSpan(40, 60))])
    inside, outside = 0.6 * 10 / 45, 0.2 * 10 / 50
    assert decide(SIMPLE, state).probability == pytest.approx(inside / (inside + outside))


def test_no_fit_names_the_failed_criterion_and_referral() -> None:
    """A no-fit verdict says which must failed, quotes the buyer and points somewhere better."""
    v = decide(SIMPLE, assess(SIMPLE, [ev("on_prem", True, "it has to stay in our building")]))
    assert v.failed == ("on_prem",)
    assert v.referrals == ("Look at a self-hosted tool.",)
    assert v.reasons[0].quotes == ("it has to stay in our building",)
    assert "needs no" in v.reasons[0].text


def test_fit_has_score_from_should_and_nice() -> None:
    """A fit carries a score from the should/nice criteria (unknown ones count their prior)."""
    met = decide(SIMPLE, assess(SIMPLE, [*ALL_MET, ev("budget", 500.0)]))
    unknown = decide(SIMPLE, assess(SIMPLE, ALL_MET))
    assert met.score == pytest.approx(1.0)
    assert unknown.score == pytest.approx(0.5)


def test_text_criteria_never_block() -> None:
    """A text criterion left unanswered does not keep a fit from being a fit."""
    v = decide(SIMPLE, assess(SIMPLE, ALL_MET))
    assert v.verdict == "fit"
    assert "trigger" not in v.missing


@pytest.mark.parametrize(
    ("evidence", "verdict", "plans"),
    [
        pytest.param(
            [ev("seats", 3.0), ev("region", "eu"), ev("on_prem", False)],
            "fit",
            ("starter",),
            id="starter",
        ),
        pytest.param(
            [ev("seats", 7.0), ev("region", "apac"), ev("on_prem", False)],
            "fit",
            ("business",),
            id="business-overrides-region",
        ),
        pytest.param(
            [ev("seats", 7.0), ev("region", "us"), ev("on_prem", False)],
            "fit",
            ("starter", "business"),
            id="both",
        ),
        pytest.param(
            [ev("seats", 3.0), ev("region", "apac")],
            "no_fit",
            (),
            id="each-plan-ruled-out-by-a-different-must",
        ),
    ],
)
def test_plans_that_fit(evidence: list[Evidence], verdict: str, plans: tuple[str, ...]) -> None:
    """With plans, the verdict names every plan whose musts all pass under its own rules."""
    v = decide(PLANS, assess(PLANS, evidence))
    assert (v.verdict, v.plans) == (verdict, plans)


def test_plan_probabilities_while_undecided() -> None:
    """While undecided, each plan carries its probability of fitting."""
    v = decide(PLANS, assess(PLANS, [ev("seats", 3.0)]))
    assert v.plan_probabilities == pytest.approx({"starter": 0.9 * 2 / 3, "business": 0.0})
    assert "Starter" in v.summary


def test_settled_by_threshold() -> None:
    """An undecided verdict is settled once its likeliest outcome reaches the threshold."""
    state = assess(SIMPLE, ALL_MET[:2])  # only on_prem open: 90% fit
    assert decide(SIMPLE, state, threshold=0.85).settled
    assert not decide(SIMPLE, state, threshold=0.95).settled


# -- properties ---------------------------------------------------------------------------

_values = {
    "team_size": st.one_of(st.floats(-10, 200), st.none()),
    "tool": st.sampled_from(["excel", "paper", "erp", None]),
    "on_prem": st.sampled_from([True, False, None]),
    "budget": st.one_of(st.floats(0, 500), st.none()),
    "seats": st.one_of(st.floats(0, 300), st.none()),
    "region": st.sampled_from(["eu", "us", "apac", None]),
}


def _pieces_of(cid: str) -> st.SearchStrategy[Evidence]:
    return _values[cid].map(lambda v: Evidence(cid, v, "q"))


def _evidence(playbook: Playbook) -> st.SearchStrategy[list[Evidence]]:
    ids = [c.id for c in playbook.criteria if c.id in _values]
    pieces = st.sampled_from(ids).flatmap(_pieces_of)
    return st.lists(pieces, max_size=8)


@settings(max_examples=150, deadline=None)
@given(_evidence(SIMPLE), st.randoms(use_true_random=False))
def test_an_unmet_must_gives_no_fit_whatever_the_order(
    evidence: list[Evidence], rnd: object
) -> None:
    """Once a must is unmet (and not contradicted), the verdict is no fit in any order."""
    evidence = [e for e in evidence if e.criterion != "on_prem"] + [ev("on_prem", True)]
    rnd.shuffle(evidence)  # type: ignore[attr-defined]
    assert decide(SIMPLE, assess(SIMPLE, evidence)).verdict == "no_fit"


@settings(max_examples=150, deadline=None)
@given(st.sampled_from([SIMPLE, PLANS]).flatmap(lambda pb: st.tuples(st.just(pb), _evidence(pb))))
def test_a_fit_never_has_an_unknown_or_unmet_must(case: tuple[Playbook, list[Evidence]]) -> None:
    """For every plan said to fit, each must with a rule for it is met under that plan."""
    pb, evidence = case
    v = decide(pb, assess(pb, evidence))
    if v.verdict != "fit":
        return
    for c in pb.criteria:
        if c.importance != "must":
            continue
        cs = v.criteria[c.id]
        if not pb.plans:
            assert cs.status == "met"
        for plan in v.plans:
            assert cs.plan_status[plan] == "met"


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from([SIMPLE, PLANS]).flatmap(
        lambda pb: st.tuples(
            st.just(pb),
            st.fixed_dictionaries(
                {
                    c.id: _values[c.id].filter(lambda v: v is not None)
                    for c in pb.criteria
                    if c.id in _values
                }
            ),
        )
    )
)
def test_answering_every_criterion_gives_a_certain_verdict(
    case: tuple[Playbook, dict[str, object]],
) -> None:
    """With every criterion answered, the verdict is fit or no fit, certain and settled."""
    pb, answers = case
    v = decide(pb, assess(pb, [Evidence(k, val, "q") for k, val in answers.items()]))  # type: ignore[arg-type]
    assert v.verdict in ("fit", "no_fit")
    assert v.certain and v.settled
    assert v.probability in (0.0, 1.0)
    assert not math.isnan(v.class_probability)


def test_no_plan_meets_every_must_says_so() -> None:
    """When each plan fails a different must, the summary says no single plan meets them all."""
    v = decide(PLANS, assess(PLANS, [ev("seats", 3.0), ev("region", "apac")]))
    assert v.verdict == "no_fit"
    assert "No single plan meets every must-have" in v.summary
    assert set(v.failed) == {"seats", "region"}
