"""Plain-word answers once misread: negation reach, other means, unknown places, decimals,
hesitations, and facts said in passing (dates to come, ages from "ago", "it's a ...")."""

from __future__ import annotations

import pytest

from fitfirst.playbook.models import Criterion, Offer, Playbook
from fitfirst.understand import find_statements, understand_answer

SELF_HOSTED = Criterion(
    id="self_hosted",
    ask="Must the system be installed on your own servers instead of the cloud?",
    kind="yes_no",
    signals=("own servers", "on premise", "self hosted"),
)
LATE_ACCESS = Criterion(
    id="late_access",
    ask="Will you need to get into the building at night or on weekends?",
    kind="yes_no",
    signals=("night", "weekends", "24 hours", "late"),
)
CAR_SPACE = Criterion(
    id="car_space",
    ask="How will you travel in: car, bike or public transport?",
    kind="yes_no",
    signals=("car", "drive", "parking", "bike", "bus", "train"),
)
REGION = Criterion(
    id="in_region",
    ask="Where is the property?",
    kind="yes_no",
    signals=("salem", "eugene", "bend", "lane county", "we live in", "we are in"),
)
SENSITIVE = Criterion(
    id="sensitive_data",
    ask="Will the system hold medical records or credit card numbers?",
    kind="yes_no",
    signals=("hipaa", "pci", "medical", "card numbers", "patient"),
)
APPROVER = Criterion(
    id="approver_present",
    ask="Who else must approve this, and are they in these talks?",
    kind="yes_no",
    signals=("my boss", "approve", "decide", "sign off"),
)
VISITS = Criterion(
    id="visits",
    ask="How many days a week will you be in?",
    kind="number",
    unit="days a week",
    signals=("days a week", "every day"),
)
SEAT_PRICE = Criterion(
    id="seat_price",
    ask="What could you pay per agent each month?",
    kind="number",
    unit="USD per agent per month",
    signals=("per agent", "price", "budget"),
)
ANALYSTS = Criterion(
    id="analysts",
    ask="How many analysts will look after the reports?",
    kind="number",
    unit="people",
    signals=("analysts", "data people"),
)


YES_NO_READ_IN_PLAIN_WORDS = [
    (
        "negated-verb-reaches-far",
        SELF_HOSTED,
        "no, we don't want anything on our own servers",
        False,
    ),
    ("wont-need-on-premise", SELF_HOSTED, "we won't need any of it hosted on premise", False),
    ("only-weekdays", LATE_ACCESS, "business hours on weekdays are plenty for me", False),
    ("nine-to-five", LATE_ACCESS, "honestly just nine to five", False),
    ("daytime-only", LATE_ACCESS, "daytime is all we need", False),
    ("late-nights-yes", LATE_ACCESS, "I'm often there late at night", True),
    ("by-bike", CAR_SPACE, "I'll cycle in", False),
    ("by-train", CAR_SPACE, "probably the train", False),
    ("by-bus", CAR_SPACE, "we'd get the bus", False),
    ("public-transport", CAR_SPACE, "public transport, mostly", False),
    ("drives", CAR_SPACE, "I'll drive", True),
    ("by-car", CAR_SPACE, "by car, it's far", True),
    ("list-of-denials", SENSITIVE, "no medical records or card numbers in there", False),
    ("neither-nor", SENSITIVE, "neither patient files nor credit cards", False),
    ("sole-decider", APPROVER, "nobody else approves it, I decide myself", True),
    ("hesitant-yes", LATE_ACCESS, "let me think... yes", True),
    ("hesitant-nope", LATE_ACCESS, "let me see... nope", False),
    ("good-question-no", LATE_ACCESS, "good question. no, not really", False),
    ("hesitant-restatement", LATE_ACCESS, "let me think... weekdays only", False),
    ("aside-after-yes", SELF_HOSTED, "yes we do, oh and the cloud bill is too high", True),
    ("aside-by-the-way", CAR_SPACE, "I'll drive - by the way, my partner takes the bus", True),
]


@pytest.mark.parametrize(
    ("crit", "text", "value"),
    [c[1:] for c in YES_NO_READ_IN_PLAIN_WORDS],
    ids=[c[0] for c in YES_NO_READ_IN_PLAIN_WORDS],
)
def test_yes_no_read_in_plain_words(crit: Criterion, text: str, value: bool) -> None:
    """A yes/no said with far negation, another means, a list or a hesitation reads right."""
    got = understand_answer(crit, text)
    assert (got.reading, got.value) == ("value", value)


NOT_A_YES_OR_NO = [
    ("unknown-city", REGION, "we live in Tucson"),
    ("unknown-city-two-words", REGION, "we're out in Twin Falls"),
    ("place-frame-only", REGION, "we are in a small town"),
    ("frame-and-subject-word", REGION, "we live in a property by the river"),
    ("audit-is-not-data", SENSITIVE, "we had an audit last spring"),
    ("mail-server-not-hosting", SELF_HOSTED, "we run our own mail server"),
    ("self-serve-not-hosting", SELF_HOSTED, "customers self serve online"),
]


@pytest.mark.parametrize(
    ("crit", "text"), [c[1:] for c in NOT_A_YES_OR_NO], ids=[c[0] for c in NOT_A_YES_OR_NO]
)
def test_not_a_yes_or_no(crit: Criterion, text: str) -> None:
    """Words that share a frame or a stem with the question are not a yes."""
    got = understand_answer(crit, text)
    assert got.reading != "value" or got.value is False


def test_known_place_still_counts() -> None:
    """A place among the question's own names is still a yes."""
    got = understand_answer(REGION, "we live in Eugene")
    assert (got.reading, got.value) == ("value", True)


NUMBERS_WITH_DECIMALS_AND_RATES = [
    ("decimal-days", VISITS, "1.6 days a week", 1.6),
    ("decimal-days-words", VISITS, "about 2.5 days a week", 2.5),
    ("come-in-days", VISITS, "I'd come in three days a week", 3.0),
    ("half-an-analyst", ANALYSTS, "0.5 analysts", 0.5),
    ("leading-dot", ANALYSTS, ".5 analysts really", 0.5),
    ("all-n-of-us", ANALYSTS, "all twenty-two of us", 22.0),
    ("all-hundreds-of-us", ANALYSTS, "so all one hundred and ten of us", 110.0),
    ("heads-are-not-a-price", SEAT_PRICE, "maybe eight, and there are 40 agents", 8.0),
    ("price-per-head-kept", SEAT_PRICE, "30 per agent", 30.0),
]


@pytest.mark.parametrize(
    ("crit", "text", "value"),
    [c[1:] for c in NUMBERS_WITH_DECIMALS_AND_RATES],
    ids=[c[0] for c in NUMBERS_WITH_DECIMALS_AND_RATES],
)
def test_numbers_with_decimals_and_rates(crit: Criterion, text: str, value: float) -> None:
    """Decimals stay whole and "days a week" is a rate, not a length of time to convert."""
    got = understand_answer(crit, text)
    assert (got.reading, got.value) == ("value", value)


PASSING = Playbook(
    offer=Offer(name="Deskbase", seller="Example Co"),
    criteria=(
        Criterion(
            id="heads",
            ask="How many of you would use the space?",
            kind="number",
            unit="people",
            signals=("people", "team", "just me"),
        ),
        VISITS,
        LATE_ACCESS,
        Criterion(
            id="activity",
            ask="What does your work mostly involve?",
            kind="choice",
            options={
                "screen": ("laptop", "computer work", "coding"),
                "phone": ("calls all day", "video calls"),
                "visitors": ("clients come in", "consultations"),
            },
            signals=("work", "day", "clients"),
        ),
        Criterion(
            id="mail",
            ask="Which email does the team use?",
            kind="choice",
            options={
                "google": ("gmail", "google workspace"),
                "microsoft": ("outlook", "office 365"),
                "other": ("fastmail", "our own mail server"),
            },
            signals=("email", "mail", "inbox"),
        ),
        SELF_HOSTED,
        Criterion(
            id="kickoff_weeks",
            ask="When should the project begin?",
            kind="number",
            unit="weeks from now",
            signals=("begin", "start", "kick off", "weeks"),
        ),
        Criterion(
            id="boiler_age",
            ask="How old is the boiler?",
            kind="number",
            unit="years",
            signals=("boiler", "installed the boiler", "years old"),
        ),
        Criterion(
            id="water_bill",
            ask="What is your water bill each month?",
            kind="number",
            unit="USD per month",
            signals=("bill", "water bill", "dollars"),
        ),
        Criterion(
            id="pain",
            ask="What hurts most today?",
            kind="choice",
            options={
                "slow": ("reports take days", "slow dashboards"),
                "broken": ("jobs fail", "pipelines break"),
            },
            signals=("problem", "pain", "issue"),
        ),
        Criterion(
            id="help",
            ask="What sort of help do you picture?",
            kind="choice",
            options={
                "advice": ("second opinion", "review"),
                "extra_hands": ("staff augmentation", "contractors"),
            },
            signals=("help", "engineers"),
        ),
        Criterion(
            id="building",
            ask="What kind of building is it?",
            kind="choice",
            options={
                "house": ("bungalow", "detached", "cottage"),
                "flat": ("apartment", "condo"),
            },
            signals=("house", "home"),
        ),
        Criterion(
            id="owner",
            ask="Do you own the place or rent it?",
            kind="yes_no",
            signals=("own", "rent", "landlord"),
        ),
        Criterion(
            id="why_now",
            ask="What made you look into this?",
            kind="text",
            signals=("because", "save", "cut costs"),
        ),
        Criterion(
            id="sun",
            ask="How much sun does the garden get?",
            kind="choice",
            options={"sunny": ("full sun", "sunny all day"), "shady": ("some shade", "shady")},
            signals=("sun", "shade"),
        ),
        Criterion(
            id="paying",
            ask="How would you pay?",
            kind="choice",
            options={"cash": ("cash", "savings"), "loan": ("loan", "finance")},
            signals=("pay", "finance"),
        ),
    ),
)


FACTS_SAID_IN_PASSING = [
    ("only-me", "it's only me", "heads", 1.0),
    ("just-me-and-laptop", "it's just me and my laptop", "heads", 1.0),
    ("email-is", "our email is outlook", "mail", "microsoft"),
    ("plan-to-start", "we'd like to kick off in 6 weeks", "kickoff_weeks", 6.0),
    ("hope-to-begin", "we hope to begin in three weeks", "kickoff_weeks", 3.0),
    ("age-from-ago", "we installed the boiler 7 years ago", "boiler_age", 7.0),
    ("bill-runs", "our water bill runs 60 dollars per month", "water_bill", 60.0),
    ("big-problem-is", "the main problem is pipelines break", "pain", "broken"),
    ("what-we-need", "what we need is staff augmentation", "help", "extra_hands"),
    ("its-a", "it's a cottage", "building", "house"),
    ("the-thing-has", "the garden has some shade", "sun", "shady"),
    ("wish-is-a-reason", "we want to cut costs", "why_now", "we want to cut costs"),
    ("aside-after-a-number", "about 40k, oh and we'd kick off in 6 weeks", "kickoff_weeks", 6.0),
    ("by-the-way-aside", "yes please - by the way, it's only me", "heads", 1.0),
    ("decimal-in-passing", "we'd be in 2.5 days a week", "visits", 2.5),
    ("come-in-passing", "I'd come in four days a week", "visits", 4.0),
    (
        "no-on-prem-after-answer",
        "and no, we don't need anything on our own servers",
        "self_hosted",
        False,
    ),
]


@pytest.mark.parametrize(
    ("text", "criterion", "value"),
    [c[1:] for c in FACTS_SAID_IN_PASSING],
    ids=[c[0] for c in FACTS_SAID_IN_PASSING],
)
def test_facts_said_in_passing(text: str, criterion: str, value: object) -> None:
    """A fact said on the side is found, with the value it states."""
    got = {f.criterion: f.understood.value for f in find_statements(PASSING, text)}
    assert got.get(criterion) == value


NOT_FACTS_IN_PASSING = [
    ("work-late-is-not-screen", "I work late at night a lot", "activity"),
    ("come-in-is-not-visitors", "I'd come in four days a week", "activity"),
    ("started-weeks-ago", "we started another project 3 weeks ago", "kickoff_weeks"),
    ("moved-in-years-ago", "we moved in 9 years ago and the boiler is new", "boiler_age"),
    ("bought-house-ago", "we bought the house 12 years ago", "boiler_age"),
    ("used-to-kick-off", "we used to kick off in 2 weeks", "kickoff_weeks"),
    ("mail-server-not-hosting", "our own mail server does the job", "self_hosted"),
    ("ask-finance", "I'd need to ask finance about that", "paying"),
    ("check-with-finance", "let me check with our finance people", "paying"),
    ("its-a-mix-of-mail", "we're on, uh, it's a cottage thing, I think", "building"),
    ("wish-about-present", "what we need is a laptop", "activity"),
    ("neighbours-reason", "my neighbour wants to save money", "why_now"),
    ("hypothetical-reason", "if we wanted to save money", "why_now"),
    ("on-its-own-is-not-ownership", "we live in a cottage on its own", "owner"),
]


@pytest.mark.parametrize(
    ("text", "criterion"),
    [c[1:] for c in NOT_FACTS_IN_PASSING],
    ids=[c[0] for c in NOT_FACTS_IN_PASSING],
)
def test_not_facts_in_passing(text: str, criterion: str) -> None:
    """Look-alikes of those facts settle nothing."""
    got = {f.criterion for f in find_statements(PASSING, text)}
    assert criterion not in got


TWO_HEADCOUNTS = Playbook(
    offer=Offer(name="Deskbase", seller="Example Co"),
    criteria=(
        Criterion(id="users", ask="How many people will log in?", kind="number", unit="people"),
        Criterion(id="admins", ask="How many admins?", kind="number", unit="people"),
    ),
)


def test_alone_is_not_a_count_when_two_criteria_count_people() -> None:
    """ "it's only me" decides no head count when two criteria count people."""
    assert find_statements(TWO_HEADCOUNTS, "it's only me") == []
