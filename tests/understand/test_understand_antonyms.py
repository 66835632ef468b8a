"""Yes/no answers that only restate the situation: the other side of a pair, or a name."""

from __future__ import annotations

import pytest

from fitfirst.playbook.models import Criterion
from fitfirst.understand import understand_answer

OWNS = Criterion(
    id="owns_premises",
    ask="Do you own the building, or is it leased?",
    kind="yes_no",
    signals=("own", "landlord", "lease"),
)
SELF_HOSTED = Criterion(
    id="self_hosted",
    ask="Must the software run on your own servers?",
    kind="yes_no",
    signals=("on premise", "own servers"),
)
ON_PREM = Criterion(
    id="on_premise",
    ask="Does it have to be on-premise?",
    kind="yes_no",
    signals=("on premise", "data centre"),
)
IN_HOUSE = Criterion(
    id="in_house_it",
    ask="Is your IT handled in-house?",
    kind="yes_no",
    signals=("it team", "in house"),
)
APPROVER = Criterion(
    id="budget_holder_involved",
    ask="Is the budget holder involved in this decision?",
    kind="yes_no",
    signals=("budget holder", "sign off"),
)
AREA = Criterion(
    id="in_area",
    ask="Where is the property?",
    kind="yes_no",
    signals=("springfield", "shelbyville", "fort ogden", "county"),
)

SENSITIVE = Criterion(
    id="sensitive_data",
    ask="Will the system hold health records?",
    kind="yes_no",
    signals=("health data", "medical", "patients"),
)

CASES: list[tuple[str, Criterion, str, bool]] = [
    ("tenants", OWNS, "We're tenants, the landlord is upstairs.", False),
    ("renting-bare", OWNS, "Renting.", False),
    ("bought-it", OWNS, "we bought the place in 2011", True),
    ("no-landlord", OWNS, "no landlord, it's ours outright", True),
    ("cloud-fine", SELF_HOSTED, "cloud is fine for us", False),
    ("hosted-preferred", ON_PREM, "honestly we'd rather it were hosted", False),
    ("own-servers", ON_PREM, "everything sits in our own data centre", True),
    ("outsourced", IN_HOUSE, "it's outsourced to an agency in town", False),
    ("inhouse", IN_HOUSE, "two people in-house look after all of it", True),
    ("cfo-sponsor", APPROVER, "our CFO is sponsoring it", True),
    ("founder-in-calls", APPROVER, "the founder sits in on every call", True),
    ("director-not-seen", APPROVER, "the director hasn't seen any of this yet", False),
    ("place-abbreviated", AREA, "just outside Ft. Ogden", True),
    ("place-misspelt", AREA, "Shelbyvile", True),
    ("a-rental", OWNS, "It's a rental.", False),
    ("hosted-by-us", ON_PREM, "security wants it hosted by us", True),
    ("provider-is-cloud", SELF_HOSTED, "everything lives in Azure", False),
    ("name-beats-plain-word", SENSITIVE, "Only marketing data, nothing medical.", False),
]


@pytest.mark.parametrize(
    ("crit", "text", "value"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_restatement_reads_as_yes_or_no(crit: Criterion, text: str, value: bool) -> None:
    """A restatement with the question's word, its opposite or its concept is a yes or a no."""
    got = understand_answer(crit, text)
    assert (got.reading, got.value) == ("value", value), got
    assert got.confidence <= 0.7


UNCLEAR: list[tuple[str, Criterion, str]] = [
    ("both-sides", OWNS, "the landlord owns it, we rent from him... well, we own the business"),
    ("unknown-place", AREA, "Capital City"),
    ("own-servers-is-not-ownership", OWNS, "we run our own servers"),
]


@pytest.mark.parametrize(("crit", "text"), [c[1:] for c in UNCLEAR], ids=[c[0] for c in UNCLEAR])
def test_no_side_taken_without_words_for_it(crit: Criterion, text: str) -> None:
    """Mixed sides, places not named in the playbook and look-alike words stay unclear."""
    assert understand_answer(crit, text).reading == "unclear"
