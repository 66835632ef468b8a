"""How the discovery benchmark's simulated buyers say things: plain, or hard and varied.

``plain`` is the first generator (every answer a tidy form understanding reads). ``hard`` is
closer to a real conversation: fillers, hedges, numbers in words, ranges, indirect yes/no
("we're fully in the cloud"), an occasional "not sure", and facts about other criteria
volunteered in the same answer. All the sentences are written for this benchmark.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping

from fitfirst.fit import Value, value_bits
from fitfirst.playbook.models import Criterion, Playbook

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]  # one list of words reads best on one line
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    """An integer below a million in words, the way a buyer says it."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + words(rest))
    rest = n % 1000
    return words(n // 1000) + " thousand" + ("" if rest == 0 else " " + words(rest))


# -- plain: the first generator, kept as the "before" yardstick ---------------------------


def say_plain(c: Criterion, value: Value, rng: random.Random) -> str:
    """The value in plain, varied words."""
    if isinstance(value, bool):
        yes = ["yes", "yep, we do", "yes, definitely", "absolutely", "sure, that's right"]
        no = ["no", "nope, not really", "no, we don't", "not at all", "no way"]
        return rng.choice(yes if value else no)
    if isinstance(value, float):
        n = int(value) if value.is_integer() else None
        shown = str(n) if n is not None else f"{value:g}"
        spoken = words(n) if n is not None and 0 <= n < 1_000_000 else shown
        unit = c.unit or ""
        forms = [
            f"about {spoken}",
            f"{shown}",
            f"roughly {shown} {unit}".strip(),
            f"around {shown}, give or take",
            f"I'd say {spoken}",
        ]
        if unit == "people":
            forms.append(f"we're {shown} people")
        return rng.choice(forms)
    if c.kind == "choice" and isinstance(value, str):
        names = list((c.options or {}).get(value, ())) or [value.replace("_", " ")]
        name = rng.choice(names)
        return rng.choice([f"mostly {name}", name, f"we use {name}", f"I'd say {name}"])
    return str(value)


# -- hard: what the same buyers say in a real conversation ---------------------------------

# Statements about a criterion, made without being asked (and some indirect answers when
# asked). {n}: the number in digits, {w}: in words, {name}: a name of the option.
_NUMBER_SAID: dict[str, list[str]] = {
    "team_size": [
        "we're {w} reps",
        "there are {n} salespeople",
        "the sales team is {n} people",
        "we have {w} sellers",
    ],
    "seat_budget": [
        "budget is about {n} euros per seat",
        "we could do {n} euros per user per month",
        "we can afford {w} euros a month per seat",
    ],
    "go_live_weeks": ["we'd want to go live in {n} weeks", "roll out within {w} weeks"],
    "budget": [
        "the budget is about {n} euros",
        "we can spend {w} euros on this",
        "budget-wise we have {k}",
    ],
    "data_team_size": ["our data team is {n} people", "we have {w} analysts"],
    "start_weeks": ["we'd like to start in {n} weeks", "kick off in {w} weeks"],
    "people": ["we're a team of {w}", "there'd be {n} people"],
    "days_per_week": ["I'd come in {w} days a week", "{n} days a week, probably"],
    "monthly_budget": [
        "budget is about {n} pounds a month",
        "we could spend {n} pounds per month",
    ],
    "monthly_bill": [
        "the electric bill is about {n} dollars a month",
        "our bill runs {n} dollars per month",
    ],
    "roof_age_years": [
        "the roof is {n} years old",
        "we replaced the roof {n} years ago",
    ],
}
_YES_NO_SAID: dict[str, tuple[list[str], list[str]]] = {
    # criterion: (said when the answer is yes, said when it is no)
    "needs_on_premise": (
        ["it has to run on our own servers", "IT insists everything stays on premise"],
        ["we're fully in the cloud", "cloud is fine for us", "nothing needs to be self hosted"],
    ),
    "signer_involved": (
        ["the owner will sign off on it and she's in the loop", "my boss has to approve it"],
        ["nobody else has to approve it, I decide", "the ceo won't be involved"],
    ),
    "exec_sponsor": (
        ["our CTO owns this", "the CFO is sponsoring it", "the head of data owns the result"],
        ["no one in leadership owns it yet", "leadership isn't really involved"],
    ),
    "regulated_data": (
        ["we handle patient health data", "the pipelines carry card numbers"],
        ["no health data or card numbers involved", "nothing regulated in there"],
    ),
    "needs_24h_access": (
        ["I work late at night a lot", "I'd need to get in at weekends too"],
        ["office hours on weekdays are all I need", "no nights or weekends for me"],
    ),
    "needs_parking": (
        ["I'd drive in, so parking matters"],
        ["I'd come by bike", "I take the train"],
    ),
    "brings_dog": (["my dog comes everywhere with me"], ["no pets, so no dog"]),
    "service_area": (
        ["we live in Boulder", "the house is in Longmont", "we're up in Fort Collins"],
        ["we live in Denver", "we're down in Colorado Springs"],
    ),
    "owns_home": (
        ["we own the place", "we have a mortgage on it"],
        ["we rent from a landlord", "we're renting"],
    ),
    "hoa_approval": (["the HOA has to approve anything on the roof"], ["there's no hoa here"]),
}
_CHOICE_SAID: dict[str, list[str]] = {
    "sales_motion": ["our sales process is mostly {name}", "deals close with {name} mostly"],
    "email_provider": ["we're all on {name}", "we use {name} for email", "our email is {name}"],
    "current_tool": ["we keep track of deals in {name}", "the pipeline lives in {name}"],
    "cloud": ["our data lives in {name}", "everything is hosted on {name}"],
    "engagement_type": ["what we need is {name}", "honestly we want {name}"],
    "main_pain": ["the big problem is {name}", "our pain is {name}"],
    "work_type": ["my work day is mostly {name}", "I do {name} mostly"],
    "home_type": ["it's a {name}", "we live in a {name}"],
    "shade": ["sun-wise, {name}", "the roof has {name}"],
    "payment": ["we'd pay with {name}", "we'd probably finance it with {name}"],
}
# Options whose names do not fit the sentences above.
_OPTION_SAID: dict[tuple[str, str], list[str]] = {
    ("cloud", "undecided"): ["we haven't picked a cloud yet", "no cloud yet, still deciding"],
    ("cloud", "on_premise"): ["everything runs on our own servers", "our data is on premise"],
    ("sales_motion", "self_serve"): ["people buy on the website", "customers use our web shop"],
    ("current_tool", "none"): ["we don't track deals anywhere, it's all in our heads"],
}
_TEXT_SAID: dict[str, list[str]] = {
    "trigger": ["we just lost a deal because nobody called back"],
    "stack": ["we use dbt and snowflake", "it's mostly airflow and python"],
    "reason": ["my lease ends next month", "the kitchen table is too noisy"],
    "motivation": ["the bill went up again", "we want to save money"],
}

_FILLERS = ["um, ", "well, ", "honestly, ", "hmm, ", "so ", "let me think... ", "oh, ", ""]
_NOT_SURE = [
    "not sure, I'd have to check",
    "good question, no idea",
    "hmm, I'd need to ask finance about that",
    "I don't know off the top of my head",
    "let me get back to you on that",
]
_YES = [
    "yeah",
    "yes, definitely",
    "I'd say so",
    "pretty much",
    "we do",
    "sure, that's right",
    "mhm",
    "for sure",
    "yep",
]
_NO = ["nope", "no, we don't", "not really", "I don't think so", "not at all", "nah", "no"]
_JOINS = [", and ", ". Also ", ", oh and ", " - by the way, ", ". "]

UNSURE_SHARE = 0.06  # first asks answered "not sure"
VOLUNTEER_SHARE = 0.35  # answers that carry a fact about another criterion
INDIRECT_SHARE = 0.5  # yes/no answers said as a restatement, where one is written


def rounded_as_said(playbook: Playbook, c: Criterion, value: float, rng: random.Random) -> float:
    """The figure a buyer says: big numbers rounded to two digits, as people do, but only
    where that keeps the answer on the same side of every rule (the verdict stays the same)."""
    if value < 100 or not value.is_integer() or rng.random() < 0.3:
        return value
    digits = len(str(int(value))) - 2
    rounded = float(round(value, -digits))
    same = value_bits(playbook, c, rounded) == value_bits(playbook, c, value)
    return rounded if same else value


def said_about(playbook: Playbook, c: Criterion, value: Value, rng: random.Random) -> str | None:
    """A statement of the value that names the criterion's own marks; None when none is written."""
    if isinstance(value, bool):
        pair = _YES_NO_SAID.get(c.id)
        return rng.choice(pair[0] if value else pair[1]) if pair else None
    if isinstance(value, float):
        forms = _NUMBER_SAID.get(c.id)
        if not forms:
            return None
        value = rounded_as_said(playbook, c, value, rng)
        n = int(value) if value.is_integer() else None
        if n is None:
            return rng.choice(forms).format(n=f"{value:g}", w=f"{value:g}", k=f"{value:g}")
        if n == 1 and c.unit == "people":
            return rng.choice(["it's just me", "it's only me"])
        k = f"{n // 1000}k" if n >= 1000 and n % 1000 == 0 else f"{n:,}"
        w = words(n) if n < 1_000_000 else f"{n:,}"
        return _singular(rng.choice(forms).format(n=f"{n:,}", w=w, k=k))
    if c.kind == "choice" and isinstance(value, str):
        special = _OPTION_SAID.get((c.id, value))
        if special:
            return rng.choice(special)
        forms = _CHOICE_SAID.get(c.id)
        if not forms:
            return None
        return rng.choice(forms).format(name=_option_name(c, value, rng))
    forms = _TEXT_SAID.get(c.id)
    return rng.choice(forms) if forms else None


_ONE_OF = re.compile(r"\b(1|one) (week|day|year|analyst|rep|seller|salespeople|people)s?\b")


def _singular(text: str) -> str:
    """ "in 1 weeks" -> "in 1 week"."""
    fix = {"salespeople": "salesperson", "people": "person"}
    return _ONE_OF.sub(lambda m: f"{m.group(1)} {fix.get(m.group(2), m.group(2))}", text)


def _option_name(c: Criterion, value: str, rng: random.Random) -> str:
    names = list((c.options or {}).get(value, ())) or [value.replace("_", " ")]
    return rng.choice(names)


def _number_words(playbook: Playbook, c: Criterion, value: float, rng: random.Random) -> str:
    unit = c.unit or ""
    people = unit == "people"
    if not value.is_integer():
        if people and value < 1:
            return rng.choice(["nobody, really", "no one yet", "none"])
        shown = f"{value:g}"
        return rng.choice([shown, f"about {shown}", f"{shown} or so", f"roughly {shown}"])
    value = rounded_as_said(playbook, c, value, rng)
    n = int(value)
    spoken = words(n) if n < 1_000_000 else f"{n:,}"
    digits = f"{n:,}" if rng.random() < 0.5 else str(n)
    forms = [
        spoken,
        digits,
        f"about {spoken}",
        f"{spoken}-ish",
        f"maybe {digits}, give or take",
        f"I think {spoken}",
        f"not sure, maybe {digits}",
        f"{digits} {unit}".strip(),
    ]
    if n >= 1000 and n % 1000 == 0:
        forms += [f"{n // 1000}k", f"{words(n // 1000)} thousand", f"around {n // 1000}k"]
    if n >= 5 and rng.random() < 0.5:
        # A range around the true value: it may straddle a boundary and be asked again.
        d = max(1, round(n * rng.uniform(0.05, 0.2)))
        forms.append(f"somewhere between {n - d:,} and {n + d:,}")
        forms.append(f"{words(n - d) if n - d < 1000 else n - d} to {n + d:,}")
    if people:
        if n == 1:
            forms += ["just me", "only myself", "it's just me for now"]
        elif n == 2:
            forms += ["me and my partner", "the two of us"]
        elif n < 12:
            forms += [f"me and {words(n - 1)} others"]
        if n == 12:
            forms.append("a dozen")
        forms.append(f"all {spoken} of us")
    return rng.choice(forms)


def say_hard(
    playbook: Playbook,
    c: Criterion,
    buyer: Mapping[str, Value],
    rng: random.Random,
    *,
    first_ask: bool,
    mentioned: set[str],
) -> tuple[str, list[str]]:
    """The buyer's answer in harder words, and the criteria it volunteers facts about.

    ``mentioned`` holds the criteria this buyer has talked about already (updated here), so
    a buyer does not volunteer the same fact twice.
    """
    value = buyer[c.id]
    if first_ask and c.kind != "text" and rng.random() < UNSURE_SHARE:
        core = rng.choice(_NOT_SURE)
    elif isinstance(value, bool):
        indirect = said_about(playbook, c, value, rng) if rng.random() < INDIRECT_SHARE else None
        core = indirect or rng.choice(_YES if value else _NO)
    elif isinstance(value, float):
        statement = said_about(playbook, c, value, rng) if rng.random() < 0.25 else None
        core = statement or _number_words(playbook, c, value, rng)
    elif c.kind == "choice" and isinstance(value, str):
        core = _choice_words(c, value, rng)
    else:
        core = str(value)
    mentioned.add(c.id)
    text = rng.choice(_FILLERS) + core
    extra: list[str] = []
    if rng.random() < VOLUNTEER_SHARE:
        others = [
            o for o in playbook.criteria if o.id not in mentioned and o.id != c.id and o.id in buyer
        ]
        rng.shuffle(others)
        for other in others:
            fact = said_about(playbook, other, buyer[other.id], rng)
            if fact is None:
                continue
            text += rng.choice(_JOINS) + fact
            extra.append(other.id)
            mentioned.add(other.id)
            if rng.random() > 0.25:  # a second fact now and then
                break
    return text, extra


def _choice_words(c: Criterion, value: str, rng: random.Random) -> str:
    special = _OPTION_SAID.get((c.id, value))
    if special and rng.random() < 0.5:
        return rng.choice(special)
    name = _option_name(c, value, rng)
    forms = [
        name,
        f"mostly {name}",
        f"we're on {name}",
        f"{name}, I guess",
        f"{name} for now",
        f"it's {name}, pretty much",
        f"I'd say {name}",
    ]
    others = [o for o in (c.options or {}) if o != value]
    if others:
        other = _option_name(c, rng.choice(others), rng)
        forms.append(f"we used to use {other}, now it's {name}")
        forms.append(f"mainly {name}, a bit of {other}")
    return rng.choice(forms)
