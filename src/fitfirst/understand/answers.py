"""One answer to one question: free words in, an :class:`Understood` out, never an exception.

The reading is "value" only when the words support it; otherwise it is "dont_know", "skip" or
"unclear" with an explanation the asker can show. Wrong evidence is worse than an honest unclear.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from fitfirst.fit.evidence import NumberSpan, Value
from fitfirst.playbook.models import Criterion
from fitfirst.understand.choices import read_choice
from fitfirst.understand.needs import paraphrased_option
from fitfirst.understand.numbers import (
    HEDGE_PHRASES,
    PERIODS,
    Quantity,
    answer_period,
    fmt_number,
    read_quantities,
)
from fitfirst.understand.text import (
    PUNCT,
    STOPWORDS,
    Token,
    phrase_table,
    quote,
    stem,
    strip_fillers,
    tokenize,
)
from fitfirst.understand.types import Understood
from fitfirst.understand.units import (
    UnitInfo,
    classify,
    duration_said,
    is_duration,
    people_count,
    unit_info,
    zero_count,
)
from fitfirst.understand.unknowns import not_an_answer
from fitfirst.understand.yesno import read_yes_no

# Above this many characters an answer is not read at all: nobody says that much to one question,
# and the readers are worst-case quadratic in places.
MAX_CHARS = 4000

_CORRECTIONS: tuple[tuple[str, ...], ...] = phrase_table(
    """well | actually | sorry | i mean | no wait | or rather | make that | scratch that | now |
    these days | currently | today"""
)


@dataclass(frozen=True)
class Read:
    """An understood answer plus the token span it came from (for quoting a cue)."""

    understood: Understood
    first: int = 0
    last: int = -1


def understand_answer(criterion: Criterion, text: str) -> Understood:
    """How ``text``, said in answer to ``criterion``'s question, reads as a value."""
    return read_answer(criterion, text).understood


def read_answer(criterion: Criterion, text: str, *, foreign: frozenset[str] = frozenset()) -> Read:
    """:func:`understand_answer` with the span of the words it used."""
    if not isinstance(text, str):
        return Read(Understood("unclear", None, 0.0, "There was no answer to read."))
    if len(text) > MAX_CHARS:
        return Read(
            Understood("unclear", None, 0.0, "That answer is too long to read; please shorten it.")
        )
    tokens = strip_fillers(tokenize(text))
    if not any(t.norm not in PUNCT for t in tokens):
        return Read(Understood("unclear", None, 0.0, _hint(criterion, empty=not text.strip())))
    na = not_an_answer(tokens)
    if na is not None and na.kind == "skip":
        return Read(Understood("skip", None, 1.0, "skipped"), na.first, na.last)
    if na is not None and na.whole:
        return Read(Understood("dont_know", None, 0.9, "does not know"), na.first, na.last)
    # A "not sure" beside a value softens it; the phrase itself is taken out so its "not" is
    # not read as a no.
    rest = tokens if na is None else tokens[: na.first] + tokens[na.last + 1 :]
    if criterion.kind == "text":
        substance = [t for t in rest if t.is_word and t.norm not in STOPWORDS and len(t.norm) > 2]
        if na is not None and len(substance) < 4:
            return Read(Understood("dont_know", None, 0.8, "does not know"), na.first, na.last)
        got = Read(Understood("value", text.strip(), 0.9, "noted as said"), 0, len(tokens) - 1)
    elif criterion.kind == "number":
        got = _number(criterion, rest, text, foreign)
    elif criterion.kind == "yes_no":
        got = _yes_no(criterion, rest)
    else:
        got = _choice(criterion, rest, text)
        if got.understood.reading == "value" and _hedged(rest):
            u = got.understood
            got = Read(
                Understood(
                    "value", u.value, round(u.confidence * 0.85, 3), u.explanation + " (hedged)"
                ),
                got.first,
                got.last,
            )
    u = got.understood
    if na is not None and u.reading == "value":
        return Read(
            Understood(
                "value", u.value, round(u.confidence * 0.7, 3), u.explanation + " (said with doubt)"
            ),
            got.first,
            got.last,
        )
    if na is not None:
        return Read(Understood("dont_know", None, 0.8, "does not know"), na.first, na.last)
    return got


def _hint(criterion: Criterion, *, empty: bool = False) -> str:
    start = "Nothing was said. " if empty else ""
    if criterion.kind == "number":
        example = "about 40"
        if criterion.unit:
            example += f" {criterion.unit}"
        return start + f"I did not find a number in that; try something like '{example}'."
    if criterion.kind == "yes_no":
        return start + "I could not tell yes or no from that; try 'yes', 'no' or 'sometimes'."
    if criterion.kind == "choice":
        names = ", ".join(sorted((criterion.options or {}).keys())) or "the options"
        return start + f"I did not recognise one of the options ({names}) in that; try naming one."
    return start + "Please say it in a few words."


def _unclear(criterion: Criterion, why: str | None = None) -> Read:
    return Read(Understood("unclear", None, 0.0, why or _hint(criterion)))


# --- numbers -----------------------------------------------------------------------------------


def _hedged(tokens: list[Token]) -> bool:
    n = len(tokens)
    for phrase in HEDGE_PHRASES:
        m = len(phrase)
        for i in range(n - m + 1):
            if all(tokens[i + k].norm == phrase[k] for k in range(m)):
                return True
    return False


def _after_last_correction(tokens: list[Token], qs: list[Quantity]) -> list[Quantity]:
    """Keep the quantities after the last self-correction that has one after it."""
    marks: list[int] = []
    for i in range(len(tokens)):
        for p in _CORRECTIONS:
            if all(i + k < len(tokens) and tokens[i + k].norm == p[k] for k in range(len(p))):
                marks.append(i)
    for m in sorted(marks, reverse=True):
        after = [q for q in qs if q.first > m]
        before = [q for q in qs if q.last < m]
        if after and before:
            return after
    return qs


def _number(criterion: Criterion, tokens: list[Token], text: str, foreign: frozenset[str]) -> Read:
    unit = unit_info(criterion.unit, ask=criterion.ask, signals=criterion.signals)
    allow_m = not (unit.words & {"m", "m²", "m2", "meter", "metre", "sqm"})
    qs = read_quantities(tokens, allow_m=allow_m)
    hedged = _hedged(tokens)
    scored = [(q, classify(tokens, q, unit, foreign)) for q in qs]
    usable = [q for q, b in scored if b != "foreign"]
    bound = [q for q, b in scored if b == "unit"]
    if unit.people:
        pc = people_count(tokens)
        if pc is not None and not bound:
            value, a, b = pc
            return Read(
                Understood(
                    "value", value, 0.9, f"{fmt_number(value)} {_unit_label(unit, value)}".strip()
                ),
                a,
                b,
            )
    if not usable:
        zero = zero_count(tokens, people=unit.people)
        if zero is not None:
            label = _unit_label(unit, 0)
            return Read(Understood("value", 0.0, 0.9, f"0 {label}".strip()), zero[0], zero[1])
        if qs:
            what = ", ".join(_quote_q(text, tokens, q) for q, _ in scored)
            return _unclear(
                criterion,
                f"The number I found ({what}) seems to be about something else; "
                f"how many {unit.display or 'is it'}?".replace(
                    "many is it", "much or how many is it"
                ),
            )
        return _unclear(criterion)
    pool = bound or usable
    pool = _after_last_correction(tokens, pool)
    pool = _join_with_bound(pool, [q for q, b in scored if b != "foreign"])
    conf = 0.95
    note = ""
    total = pick_total(_after_last_correction(tokens, usable))
    if total is not None:
        pool = [total]
        note = " (the total said)"
    if len(pool) > 1:
        distinct = {(q.low, q.high) for q in pool}
        if len(distinct) > 1:
            conf = 0.6
            others = ", ".join(_quote_q(text, tokens, q) for q in pool[1:])
            note = f" (also heard {others})"
    q = pool[0]
    period = q.period or (answer_period(tokens) if len(pool) == 1 else None)
    if looks_like_total(tokens, q, unit, period):
        return _unclear(
            criterion,
            f"That sounds like a total for everyone, not {unit.display}; "
            f"what is it {unit.display.split(' ', 1)[-1]}?",
        )
    if is_duration(unit):
        said = duration_said(tokens, q)
        period = None
        if said is not None and said != unit.period:
            und = duration_reading(q, unit, said, hedged=hedged, confidence=conf)
            return Read(
                Understood("value", und.value, und.confidence, und.explanation + note),
                q.first,
                q.last,
            )
    und = quantity_reading(q, unit, hedged=hedged, confidence=conf, period=period)
    return Read(
        Understood("value", und.value, und.confidence, und.explanation + note), q.first, q.last
    )


def pick_total(pool: list[Quantity]) -> Quantity | None:
    """The figure offered as the sum of the others ("one engineer, two analysts, so three")."""
    if len(pool) < 2:
        return None
    totals = [q for q in pool if q.total]
    if len(totals) != 1:
        return None
    total = totals[0]
    others = [q for q in pool if q is not total]
    if all(total.low >= q.high for q in others):
        return total
    return None


_PER_HEAD_MARKS = frozenset({"per", "a", "an", "each", "every", "/"})
_TOTAL_MARKS: tuple[tuple[str, ...], ...] = phrase_table(
    """in total | overall | altogether | all in | for everyone | for the team | for the whole |
    for all | for it | for the lot | set aside | total"""
)


def looks_like_total(tokens: list[Token], q: Quantity, unit: UnitInfo, period: str | None) -> bool:
    """A money figure for everyone where the unit is per person: "25k a year" for EUR per seat.

    Converting such a total by period alone would give a per-seat figure nobody said.
    """
    if not unit.per_head:
        return False
    for i in range(len(tokens) - 1):
        nxt = tokens[i + 1].norm
        if tokens[i].norm in _PER_HEAD_MARKS and (nxt in unit.words or stem(nxt) in unit.words):
            return False  # "fifty a seat", "per user"
    if any(t.norm in {"each", "apiece", "head"} for t in tokens):
        return False
    converted = unit.period is not None and period is not None and period != unit.period
    said_total = any(
        all(i + k < len(tokens) and tokens[i + k].norm == p[k] for k in range(len(p)))
        for i in range(len(tokens))
        for p in _TOTAL_MARKS
    )
    return converted or (said_total and q.high >= 1000)


def duration_reading(
    q: Quantity, unit: UnitInfo, said: str, *, hedged: bool, confidence: float
) -> Understood:
    """A length of time said in another unit: "two months" for a unit in weeks is about 8.7."""
    assert unit.period is not None
    factor = PERIODS[unit.period] / PERIODS[said]
    low, high = round(q.low * factor, 1), round(q.high * factor, 1)
    conf = min(confidence, 0.8 if (q.approx or hedged or q.vague) else 0.9)
    value: Value = low if low == high else NumberSpan(low, high)
    was = _describe(q.low, q.high, q, unit, bare=True)
    plural = "" if q.low == q.high == 1 else "s"
    desc = _describe(low, high, q, unit, hedged=hedged)
    return Understood("value", value, round(conf, 3), f"{desc} (from {was} {said}{plural})")


def quantity_reading(
    q: Quantity, unit: UnitInfo, *, hedged: bool, confidence: float, period: str | None
) -> Understood:
    """The value a quantity gives a criterion with ``unit``: period converted, explained."""
    conf = confidence
    if q.vague:
        conf = min(conf, 0.7)
    elif q.approx or hedged:
        conf = min(conf, 0.8)
    low, high = q.low, q.high
    tail = ""
    # Money per period: the answer's period is converted to the unit's, and the reading says so.
    if unit.period is not None and period is not None and period != unit.period:
        factor = PERIODS[period] / PERIODS[unit.period]
        low, high = low * factor, high * factor
        was = _describe(q.low, q.high, q, unit, bare=True)
        if factor >= 1:
            tail = f" (from {was} a {period} \u00d7 {fmt_number(factor)})"
        else:
            tail = f" (from {was} a {period} \u00f7 {fmt_number(1 / factor)})"
        conf *= 0.95
    elif unit.period is None and period is not None and unit.money:
        tail = f" (a {period})"
    if q.money and unit.currency and q.currency and q.currency != unit.currency:
        tail += f" (said in {q.currency}, not converted)"
        conf *= 0.8
    if q.note:
        tail = f" ({q.note})" + tail
    if unit.ceiling and q.modified and low == 0 and high > 0 and float(high).is_integer():
        # "up to 120 a seat" to "what could you spend?": the ceiling is the budget.
        desc = f"{fmt_number(high)} {_unit_label(unit, high)}".strip()
        return Understood("value", high, round(min(conf, 0.85), 3), desc + " (up to)" + tail)
    value: Value = low if low == high else NumberSpan(low, high)
    desc = _describe(low, high, q, unit, hedged=hedged)
    return Understood("value", value, round(conf, 3), desc + tail)


def _join_with_bound(pool: list[Quantity], usable: list[Quantity]) -> list[Quantity]:
    """ "10 users, 15 tops" is 10 to 15; "40, at least 35" stays with the first reading."""
    if len(pool) != 1 or len(usable) != 2 or usable[0] is not pool[0]:
        return pool
    a, b = usable
    if a.exact and b.modified and b.low == 0 and a.low <= b.high and not math.isinf(b.high):
        return [replace(a, high=b.high, last=b.last, approx=True)]
    return pool


def _quote_q(text: str, tokens: list[Token], q: Quantity) -> str:
    return quote(text, tokens[q.first : q.last + 1])


def _unit_label(unit: UnitInfo, value: float) -> str:
    if unit.display:
        if value == 1 and unit.display == "people":
            return "person"
        if value == 1 and unit.display.isalpha() and unit.display.endswith("s"):
            return unit.display[:-1]  # "1 user", "1 location"
        return unit.display
    return "people" if unit.people and value != 1 else ("person" if unit.people else "")


def _describe(
    low: float,
    high: float,
    q: Quantity,
    unit: UnitInfo,
    *,
    hedged: bool = False,
    bare: bool = False,
) -> str:
    label = "" if bare else _unit_label(unit, low if low == high else 2)
    tail = f" {label}" if label else ""
    if low == high:
        about = "about " if (q.approx or hedged) and not bare else ""
        return f"{about}{fmt_number(low)}{tail}"
    if math.isinf(high):
        word = "at least" if not q.modified or low == q.low else "more than"
        if low != math.floor(low) and not float(low).is_integer():
            return f"more than {fmt_number(round(low))}{tail}"
        return f"{word} {fmt_number(low)}{tail}"
    if low == 0 and q.modified:
        if not float(high).is_integer():
            return f"fewer than {fmt_number(math.ceil(high))}{tail}"
        return f"at most {fmt_number(high)}{tail}"
    return f"{fmt_number(low)} to {fmt_number(high)}{tail}"


# --- yes / no ----------------------------------------------------------------------------------


_ASIDES: tuple[tuple[str, ...], ...] = phrase_table("oh and | by the way | btw")


def _before_aside(tokens: list[Token]) -> list[Token]:
    """The words before an aside ("we do, oh and we'd pay with a lease"): the answer proper."""
    for i in range(1, len(tokens)):
        for p in _ASIDES:
            if all(i + k < len(tokens) and tokens[i + k].norm == p[k] for k in range(len(p))):
                return tokens[:i]
    return tokens


def _yes_no(criterion: Criterion, tokens: list[Token]) -> Read:
    head = _before_aside(tokens)
    got = None
    if len(head) < len(tokens):
        got = read_yes_no(head, criterion.ask, criterion.signals)
    if got is None:
        got = read_yes_no(tokens, criterion.ask, criterion.signals)
    if got is None:
        return _unclear(criterion)
    return Read(
        Understood("value", got.value, got.confidence, got.explanation), got.first, got.last
    )


# --- choices -----------------------------------------------------------------------------------


def _leading_no(tokens: list[Token]) -> bool:
    words = [t.norm for t in tokens if t.norm not in PUNCT][:2]
    return bool(words) and (
        words[0] in {"no", "nope", "nah", "never"} or words == ["not", "really"]
    )


def _choice(criterion: Criterion, tokens: list[Token], text: str) -> Read:
    options = criterion.options or {}
    got = read_choice(tokens, options, text)
    if got is None:
        # An option described in other words: "it takes a week to close the month".
        option = paraphrased_option(tokens, options)
        if option is None:
            return _unclear(criterion)
        return Read(
            Understood("value", option, 0.7, f"{text.strip()} -> {option} (in other words)"),
            0,
            len(tokens) - 1,
        )
    if got.note in {"partial", "typo"} and _leading_no(tokens):
        # "Not really, the trees are on the north side": a no, with a word of an option in it
        return _unclear(criterion)
    said = quote(text, tokens[got.first : got.last + 1])
    note = {
        "exact": "",
        "partial": " (partial name)",
        "typo": " (spelling corrected)",
        "mostly": " (the one used most)",
        "first named": " (named first of several)",
        "nothing": "",
    }.get(got.note, "")
    return Read(
        Understood("value", got.option, round(got.confidence, 3), f"{said} -> {got.option}{note}"),
        got.first,
        got.last,
    )
