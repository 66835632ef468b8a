"""The example playbooks load clean and are rich enough to drive discovery."""

from __future__ import annotations

from pathlib import Path

import pytest

from fitfirst.playbook import check_playbook_file, load_playbook

EXAMPLES = sorted((Path(__file__).parents[2] / "examples" / "playbooks").glob("*.yaml"))
IDS = [path.stem for path in EXAMPLES]


def test_the_promised_examples_exist() -> None:
    """crm, solar and consulting are there (the discovery benchmark runs on them)."""
    assert {"crm", "solar", "consulting"} <= set(IDS)


@pytest.mark.parametrize("path", EXAMPLES, ids=IDS)
def test_example_validates_clean(path: Path) -> None:
    """`fitfirst validate` finds nothing to say about an example."""
    assert [str(p) for p in check_playbook_file(path)] == []


@pytest.mark.parametrize("path", EXAMPLES, ids=IDS)
def test_example_mixes_kinds_and_importances(path: Path) -> None:
    """6-12 criteria, 3-6 of them must, every kind and importance used."""
    playbook = load_playbook(path)
    assert 6 <= len(playbook.criteria) <= 12
    assert 3 <= sum(c.importance == "must" for c in playbook.criteria) <= 6
    assert {c.kind for c in playbook.criteria} == {"number", "choice", "yes_no", "text"}
    assert {c.importance for c in playbook.criteria} == {"must", "should", "nice"}


@pytest.mark.parametrize("path", EXAMPLES, ids=IDS)
def test_example_criteria_explain_themselves(path: Path) -> None:
    """Every criterion says why it is asked and has another way to ask it."""
    for criterion in load_playbook(path).criteria:
        assert criterion.why, criterion.id
        assert 1 <= len(criterion.rephrase) <= 2, criterion.id
        assert criterion.signals, criterion.id


@pytest.mark.parametrize("path", EXAMPLES, ids=IDS)
def test_example_musts_have_priors_varied_costs_and_referrals(path: Path) -> None:
    """Musts carry priors, costs differ, and most musts point somewhere when they fail."""
    playbook = load_playbook(path)
    musts = [c for c in playbook.criteria if c.importance == "must"]
    assert all(c.prior is not None for c in musts)
    assert len({c.cost for c in playbook.criteria}) >= 2
    referred = [c.id for c in musts if c.id in playbook.outcomes.referrals]
    assert len(referred) >= len(musts) - 1
    assert playbook.outcomes.booking_url
    assert playbook.needs and all(n.examples for n in playbook.needs)


def test_crm_example_has_plans() -> None:
    """The CRM example sells several plans with their own accept rules."""
    playbook = load_playbook(next(p for p in EXAMPLES if p.stem == "crm"))
    assert [p.id for p in playbook.plans] == ["starter", "business", "enterprise"]
    assert playbook.accept_rule("team_size", "starter") != playbook.accept_rule("team_size")
