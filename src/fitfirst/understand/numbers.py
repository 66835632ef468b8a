"""Numbers as people say them: "about forty", "40-50", "$20k a month", "a handful", "just me".

:func:`read_quantities` finds every quantity in a list of tokens with its bounds and how it was
said; :func:`classify` tells whether a quantity is about a given unit, about something else
("40 years"), or says nothing either way. :mod:`fitfirst.understand.answers` picks among them.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, replace

from fitfirst.understand.text import (
    Token,
    phrase_table,
    word_list,
    word_set,
)

_UNITS: dict[str, int] = {
    w: i
    for i, w in enumerate(
        word_list(
            """zero one two three four five six seven eight nine ten eleven twelve thirteen
            fourteen fifteen sixteen seventeen eighteen nineteen"""
        )
    )
}
_TENS: dict[str, int] = {
    w: 10 * (i + 2)
    for i, w in enumerate(word_list("""twenty thirty forty fifty sixty seventy eighty ninety"""))
}
_TENS["fourty"] = 40  # a common spelling in typed answers
_BIG: dict[str, float] = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
# Scale words that may follow any number ("40 thousand", "2.5k", "1.5 million", "20 grand").
_SCALES: dict[str, float] = {
    **dict.fromkeys(["hundred"], 1e2),
    **dict.fromkeys(["thousand", "k", "grand"], 1e3),
    **dict.fromkeys(word_list("""million mil mill mn mm m"""), 1e6),
    **dict.fromkeys(["billion", "bn", "b"], 1e9),
}
# Plural scale words alone are a vague amount: "hundreds" is more than one hundred.
_PLURAL_SCALES: dict[str, float] = {
    "dozens": 12,
    "hundreds": 1e2,
    "thousands": 1e3,
    "millions": 1e6,
}
CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
CURRENCY_WORDS: dict[str, str] = {
    **dict.fromkeys(["dollar", "dollars", "usd", "bucks", "buck"], "USD"),
    **dict.fromkeys(["euro", "euros", "eur"], "EUR"),
    **dict.fromkeys(["pound", "pounds", "quid", "gbp"], "GBP"),
    **dict.fromkeys(["chf", "francs"], "CHF"),
    **dict.fromkeys(["yen", "jpy"], "JPY"),
    **{w: w.upper() for w in ["cad", "aud", "sek", "nok", "dkk"]},
}
_DOTTED_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_NOT_ONE_BEFORE = frozenset({"the", "this", "that", "which", "any", "every", "each", "no", "some"})
_NOT_ONE_AFTER = frozenset({"that", "which", "who", "thing", "another", "where", "we", "you"})

_HEDGES_BEFORE: tuple[tuple[str, ...], ...] = phrase_table(
    """about | around | roughly | approximately | approx | circa | some | like | maybe | perhaps
    | probably | possibly | almost | nearly | close to | something like | somewhere around |
    round about | ballpark | ~ | guess | estimate"""
)
_HEDGES_AFTER: tuple[tuple[str, ...], ...] = phrase_table(
    """ish | - ish | or so | give or take | more or less | or thereabouts | odd | something"""
)
# Hedges anywhere in the answer ("I think it's 40").
HEDGE_PHRASES: tuple[tuple[str, ...], ...] = phrase_table(
    """i think | i guess | i believe | i would say | i suppose | i reckon | probably | maybe |
    perhaps | roughly | about | around | approximately | ballpark | give or take | if i had to
    guess | off the top of my head"""
)

_UPPER_STRICT: tuple[tuple[str, ...], ...] = phrase_table(
    """less than | fewer than | lower than | under | below | not even | short of | shy of"""
)
_UPPER_INCLUSIVE: tuple[tuple[str, ...], ...] = phrase_table(
    """up to | at most | at the most | no more than | not more than | max | maximum | a max of |
    a maximum of | not go above | not go over | not go beyond | not go higher than | not above |
    not over | not exceed | not spend more than | not pay more than | never more than | no
    higher than | not higher than | a cap of | capped at | cap it at | a ceiling of | tops of"""
)
_LOWER_STRICT: tuple[tuple[str, ...], ...] = phrase_table(
    """more than | greater than | bigger than | over | above | north of | in excess of | beyond"""
)
_LOWER_INCLUSIVE: tuple[tuple[str, ...], ...] = phrase_table(
    """at least | no less than | not less than | no fewer than | minimum | a minimum of | upwards
    of | upward of"""
)
_UPPER_AFTER: tuple[tuple[str, ...], ...] = phrase_table(
    """or less | or fewer | or under | and under | and below | tops | max | at most | at the most"""
)
_LOWER_AFTER: tuple[tuple[str, ...], ...] = phrase_table(
    """+ | plus | or more | and more | and up | and upwards | or above | and above | and over |
    or over | at least | minimum"""
)
# Words that soften the modifiers and may sit between them and the number ("well over 200").
_DECADES = frozenset(float(d) for d in range(20, 100, 10))
_SOFTENERS = frozenset({"well", "just", "a", "bit", "little", "slightly", "way", "about", "like"})

_RANGE_JOINERS: tuple[tuple[str, ...], ...] = phrase_table(
    """- | to | through | thru | or | and | maybe | or maybe | , maybe | , perhaps | perhaps | up
    to | - ish to"""
)

PERIODS: dict[str, float] = {"year": 1.0, "quarter": 4.0, "month": 12.0, "week": 52.0, "day": 365.0}
PERIOD_WORDS: dict[str, str] = {
    "year": "year",
    "years": "year",
    "yr": "year",
    "annual": "year",
    "annually": "year",
    "yearly": "year",
    "annum": "year",
    "pa": "year",
    "month": "month",
    "months": "month",
    "mo": "month",
    "monthly": "month",
    "week": "week",
    "weeks": "week",
    "wk": "week",
    "weekly": "week",
    "quarter": "quarter",
    "quarterly": "quarter",
    "day": "day",
    "days": "day",
    "daily": "day",
    "quarters": "quarter",
}
_PERIOD_LEADS = frozenset({"a", "an", "per", "/", "each", "every", "the", "that"})


@dataclass(frozen=True)
class Quantity:
    """One quantity in an answer, with its token span (``last`` inclusive)."""

    low: float
    high: float
    first: int
    last: int
    approx: bool = False
    vague: bool = False
    money: bool = False
    currency: str | None = None
    scale: float = 1.0
    modified: bool = False  # bounded by "under", "over", "at least", ...
    period: str | None = None
    year: bool = False  # a calendar year ("twenty fifteen", "in 2019"), not a count
    total: bool = False  # said as a total: "so three", "40 in total"
    note: str = ""  # how it was worked out ("3 × 8")

    @property
    def exact(self) -> bool:
        return self.low == self.high


def _match(tokens: list[Token], i: int, phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return (
        i >= 0 and i + n <= len(tokens) and all(tokens[i + k].norm == phrase[k] for k in range(n))
    )


def _match_before(tokens: list[Token], end: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Length of the longest phrase ending right before ``end`` (0 when none)."""
    best = 0
    # Only a phrase ending in the word before ``end`` can match: test that word first.
    before = tokens[end - 1].norm if 0 < end <= len(tokens) else None
    for p in phrases:
        if len(p) > best and p[-1] == before and _match(tokens, end - len(p), p):
            best = len(p)
    return best


def _match_after(tokens: list[Token], start: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    best = 0
    after = tokens[start].norm if 0 <= start < len(tokens) else None
    for p in phrases:
        if len(p) > best and p[0] == after and _match(tokens, start, p):
            best = len(p)
    return best


def _word_number(tokens: list[Token], i: int) -> tuple[float, int, float] | None:
    """Read "hundred and twenty", "twelve hundred", "forty-five", "two thousand three hundred".

    Returns the value, the index after it, and the scale it ended on ("fifteen thousand" ends on
    a thousand), so "ten to fifteen thousand" can carry the thousand back to the ten.
    """
    total = 0.0
    current = 0.0
    trail = 1.0
    last: str | None = None
    j = i
    n = len(tokens)
    while j < n:
        w = tokens[j].norm
        if w in _UNITS:
            v = _UNITS[w]
            if last in {"unit", "teen"} or (last == "tens" and not 1 <= v <= 9):
                break
            current += v
            trail = 1.0
            last = "teen" if v >= 10 else "unit"
        elif w in _TENS:
            if last in {"unit", "teen", "tens"}:
                break
            current += _TENS[w]
            trail = 1.0
            last = "tens"
        elif w == "hundred":
            if last == "hundred":
                break
            current = (current or 1) * 100
            trail = 100.0
            last = "hundred"
        elif w in _BIG:
            if last is None and j == i:
                current = 1
            total += (current or 1) * _BIG[w]
            current = 0
            trail = _BIG[w]
            last = "big"
        elif (
            w == "-"
            and last == "tens"
            and j + 1 < n
            and tokens[j + 1].norm in _UNITS
            and 1 <= _UNITS[tokens[j + 1].norm] <= 9
            and tokens[j - 1].end == tokens[j].start
        ) or (
            w == "and"
            and last in {"hundred", "big"}
            and j + 1 < n
            and (tokens[j + 1].norm in _UNITS or tokens[j + 1].norm in _TENS)
        ):
            j += 1
            continue
        else:
            break
        j += 1
    if j == i:
        return None
    return total + current, j, trail


@dataclass
class _Raw:
    low: float
    high: float
    first: int
    end: int  # exclusive
    approx: bool = False
    vague: bool = False
    money: bool = False
    currency: str | None = None
    scale: float = 1.0
    year: bool = False
    note: str = ""


def _spoken_hundreds(tokens: list[Token], i: int) -> _Raw | None:
    """ "one-forty", "two fifty", "one twenty-five": hundreds said the way prices are said.

    Only a digit word 1-9 directly followed by a tens word counts ("five-ten" and "five-fifteen"
    stay ranges); apart, the pair must end the figure, so "two twenty-person teams" is not
    220.
    """
    n = len(tokens)
    head = _UNITS.get(tokens[i].norm)
    if head is None or not 1 <= head <= 9 or i + 1 >= n:
        return None
    j = i + 1
    glued = tokens[j].norm == "-" and tokens[i].end == tokens[j].start
    if glued:
        j += 1
        if j >= n or tokens[j].start != tokens[j - 1].end:
            return None
    if j >= n:
        return None
    if tokens[j].norm not in _TENS:
        return None  # "five-fifteen" could as well be a range
    rest = _word_number(tokens, j)
    if rest is None or rest[0] >= 100:
        return None
    end = rest[1]
    if not glued:
        after = tokens[end].norm if end < n else "."
        if not (
            after in _FIGURE_ENDS
            or after in CURRENCY_WORDS
            or after in PERIOD_WORDS
            or (after == "a" and end + 1 < n and tokens[end + 1].norm in PERIOD_WORDS)
        ):
            return None
    return _Raw(head * 100 + rest[0], head * 100 + rest[0], i, end)


_FIGURE_ENDS = frozenset(
    {".", ",", "!", "?", ";", "-", "or", "to", "maybe", "ish", "bucks", "per", "each", "tops"}
)


def _spoken_year(tokens: list[Token], i: int) -> _Raw | None:
    """ "twenty fifteen", "nineteen ninety-eight", "twenty twenty-one": a year said in pairs."""
    century = {"nineteen": 1900, "twenty": 2000}.get(tokens[i].norm)
    if century is None or i + 1 >= len(tokens):
        return None
    nxt = tokens[i + 1]
    if nxt.start == tokens[i].end or nxt.norm == "-":
        return None  # "twenty-five" is a number, not a year
    if nxt.norm == "oh" and i + 2 < len(tokens) and tokens[i + 2].norm in _UNITS:
        digit = _UNITS[tokens[i + 2].norm]
        if 1 <= digit <= 9:
            return _Raw(century + digit, century + digit, i, i + 3, year=True)
        return None
    if not (nxt.norm in _TENS or (nxt.norm in _UNITS and _UNITS[nxt.norm] >= 10)):
        return None
    rest = _word_number(tokens, i + 1)
    if rest is None or not 10 <= rest[0] <= 99:
        return None
    if century == 2000 and rest[0] > 40:
        return None  # "twenty fifty" is more likely a range said loosely than the year 2050
    return _Raw(century + rest[0], century + rest[0], i, rest[1], year=True)


def _base(tokens: list[Token], i: int) -> _Raw | None:
    """The bare number starting at ``i`` (digits, words, "a couple", "a handful", ...)."""
    n = len(tokens)
    w = tokens[i].norm
    nxt = tokens[i + 1].norm if i + 1 < n else ""
    if tokens[i].is_number:
        try:
            v = float(w.replace(",", ""))
        except ValueError:
            return None
        if not math.isfinite(v) or v > 1e15:
            return None
        return _Raw(v, v, i, i + 1)
    if w in {"a", "an"}:
        if nxt in {"grand", "mil"}:
            return _Raw(1, 1, i, i + 1)  # "a grand": the scale loop multiplies
        if nxt in {"couple", "few", "handful", "dozen"} or nxt in _SCALES or nxt == "half":
            inner = _base(tokens, i + 1)
            if inner is not None:
                inner.first = i
            return inner
        return None
    if w == "couple":
        j = i + 1
        if j < n and tokens[j].norm == "of":
            j += 1
        return _Raw(2, 2, i, j, approx=True)
    if w in {"few", "several", "handful"}:
        j = i + 1
        if j < n and tokens[j].norm == "of":
            j += 1
        low, high = (3.0, 9.0) if w == "several" else (3.0, 5.0)
        return _Raw(low, high, i, j, approx=True, vague=True)
    if w == "dozen":
        return _Raw(12, 12, i, i + 1)
    if w == "half":
        j = i + 1
        if j < n and tokens[j].norm in {"a", "an"}:
            j += 1
        if j < n and tokens[j].norm in _SCALES and tokens[j].norm not in {"m", "b", "k"}:
            return _Raw(0.5, 0.5, i, j)
        return None
    if w in _PLURAL_SCALES:
        s = _PLURAL_SCALES[w]
        return _Raw(2 * s, 10 * s - 1, i, i + 1, approx=True, vague=True)
    if w == "one" and (
        (i > 0 and tokens[i - 1].norm in _NOT_ONE_BEFORE) or nxt in _NOT_ONE_AFTER or nxt == "of"
    ):
        return None
    if w in _UNITS or w in _TENS:
        special = _spoken_year(tokens, i) or _spoken_hundreds(tokens, i)
        if special is not None:
            return special
    if w in _UNITS or w in _TENS or w == "hundred" or w in _BIG:
        read = _word_number(tokens, i)
        if read is None:
            return None
        v, j, trail = read
        return _Raw(v, v, i, j, scale=trail)
    return None


def _scale_word(tokens: list[Token], j: int, *, allow_m: bool) -> float | None:
    if j >= len(tokens):
        return None
    w = tokens[j].norm
    if w not in _SCALES:
        return None
    if w in {"m", "b", "k", "mm", "mn", "bn"}:
        glued = tokens[j - 1].end == tokens[j].start
        if w in {"m", "mm", "mn"} and not allow_m:
            return None
        if w == "b" and not glued:
            return None
        if not glued and w != "k":
            return None
    return _SCALES[w]


def number_at(tokens: list[Token], i: int, *, allow_m: bool) -> _Raw | None:
    """A whole number phrase at ``i``: currency, base, scales, "and a half", trailing currency."""
    n = len(tokens)
    start = i
    currency: str | None = None
    if tokens[i].norm in CURRENCY_SIGNS and i + 1 < n:
        currency = CURRENCY_SIGNS[tokens[i].norm]
        i += 1
    raw = _base(tokens, i)
    if raw is None:
        return None
    j = raw.end
    # "two and a half million", "a million and a half"
    if _match(tokens, j, ("and", "a", "half")) and raw.low == raw.high:
        step = 10 ** (3 * int(math.log10(raw.low) // 3)) if raw.low >= 1000 else 1
        raw.low = raw.high = raw.low + 0.5 * step
        j += 3
    scale = raw.scale
    while True:
        s = _scale_word(tokens, j, allow_m=allow_m)
        if s is None:
            # "two dozen"
            if j < n and tokens[j].norm == "dozen" and raw.low == raw.high:
                s = 12.0
            else:
                break
        if tokens[j].norm == "grand":
            currency = currency or "?"
        raw.low *= s
        raw.high *= s
        scale *= s
        j += 1
        if _match(tokens, j, ("and", "a", "half")):
            raw.low += 0.5 * s
            raw.high += 0.5 * s
            j += 3
    if j < n and tokens[j].norm in CURRENCY_WORDS:
        currency = currency or CURRENCY_WORDS[tokens[j].norm]
        j += 1
    if j < n and tokens[j].norm in CURRENCY_SIGNS and tokens[j].start - tokens[j - 1].end <= 1:
        currency = currency or CURRENCY_SIGNS[tokens[j].norm]  # "30.000€"
        j += 1
    if currency == "EUR" and _DOTTED_THOUSANDS.match(tokens[i].norm) and raw.low == raw.high:
        # "30.000 €": a dot groups thousands where the euro is written this way
        raw.low = raw.high = float(tokens[i].norm.replace(".", "")) * scale
    if not (math.isfinite(raw.low) and math.isfinite(raw.high)) or raw.high > 1e15:
        return None
    raw.first = start
    raw.end = j
    raw.scale = scale
    if currency is not None:
        raw.money = True
        raw.currency = None if currency == "?" else currency
    return raw


def _period_after(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """ "a month", "per year", "/mo", "monthly", "each week" right after a quantity."""
    k = j
    if k < len(tokens) and tokens[k].norm in _PERIOD_LEADS:
        k += 1
    if k < len(tokens) and tokens[k].norm in PERIOD_WORDS:
        lead_ok = k > j or tokens[k].norm.endswith("ly") or tokens[k].norm == "annual"
        if lead_ok:
            return PERIOD_WORDS[tokens[k].norm], k + 1
    return None


def _carried_scale(tokens: list[Token], b: _Raw) -> float:
    """What the end of a range multiplies its start by: "one to two hundred thousand" carries
    a hundred thousand back to the one, "ten to fifteen thousand" a thousand."""
    if b.scale <= 1.0:
        return 1.0
    first = tokens[b.first].norm
    if tokens[b.first].norm in CURRENCY_SIGNS and b.first + 1 < len(tokens):
        first = tokens[b.first + 1].norm
    lead: float | None = None
    if first in _UNITS:
        lead = float(_UNITS[first])
    elif first in _TENS:
        lead = float(_TENS[first])
    elif first[:1].isdigit():
        try:
            lead = float(first.replace(",", ""))
        except ValueError:
            lead = None
    if lead and b.low == b.high and b.low / lead >= b.scale:
        return b.low / lead
    return b.scale


def read_quantities(tokens: list[Token], *, allow_m: bool = True) -> list[Quantity]:
    """Every quantity in ``tokens``, ranges joined and "under"/"over" applied."""
    # Every number criterion reads the same sentence; tokens and quantities are immutable.
    return list(_cached_quantities(tuple(tokens), allow_m))


@functools.lru_cache(maxsize=2048)
def _cached_quantities(tokens: tuple[Token, ...], allow_m: bool) -> tuple[Quantity, ...]:
    return tuple(_scan_quantities(list(tokens), allow_m=allow_m))


def _scan_quantities(tokens: list[Token], *, allow_m: bool = True) -> list[Quantity]:
    raws: list[_Raw] = []
    i = 0
    while i < len(tokens):
        raw = number_at(tokens, i, allow_m=allow_m)
        if raw is None:
            i += 1
            continue
        raws.append(raw)
        i = raw.end
    out: list[Quantity] = []
    k = 0
    while k < len(raws):
        a = raws[k]
        low, high, end = a.low, a.high, a.end
        money, currency, approx, vague = a.money, a.currency, a.approx, a.vague
        note = a.note
        if k + 1 < len(raws) and not (a.year or raws[k + 1].year):
            b = raws[k + 1]
            gap = tokens[a.end : b.first]
            joiner = tuple(t.norm for t in gap)
            if _is_groups_of(joiner, a, b):
                # "3 teams of 8": groups times their size
                low, high, end = a.low * b.low, a.high * b.high, b.end
                note = f"{fmt_number(a.low)} \u00d7 {fmt_number(b.low)}"
                approx = True
                k += 1
                joiner = ("\u00d7",)
            between = a.first > 0 and tokens[a.first - 1].norm in {"between", "from"}
            is_join = joiner in _RANGE_JOINERS and (joiner != ("and",) or between)
            if joiner == (",",):
                # "forty, fifty maybe": two close numbers side by side are alternatives; the
                # currency said once ("thirty, forty euros") covers both
                near = a.low > 0 and a.high <= b.low and b.high <= 3 * a.low
                is_join = near and (a.money == b.money or not a.money)
                approx = approx or is_join
            if joiner in {("or",), ("maybe",), ("or", "maybe"), (",", "maybe")}:
                approx = True
            if is_join and a.end - a.first >= 1:
                a_low, a_high = a.low, a.high
                carry = _carried_scale(tokens, b)
                if a.scale == 1.0 and carry > 1.0 and a_high * carry <= b.high:
                    a_low, a_high = a_low * carry, a_high * carry
                low, high = min(a_low, b.low), max(a_high, b.high)
                end = b.end
                money = a.money or b.money
                currency = a.currency or b.currency
                approx = approx or a.approx or b.approx
                vague = vague or a.vague or b.vague
                k += 1
        first = a.first
        q = Quantity(
            float(low),
            float(high),
            first,
            end - 1,
            approx,
            vague,
            money,
            currency,
            a.scale,
            year=a.year,
            note=note,
        )
        q = _apply_modifiers(tokens, q)
        period = _period_after(tokens, q.last + 1)
        if period is not None:
            q = replace(q, period=period[0], last=period[1] - 1)
        if _said_as_total(tokens, q):
            q = replace(q, total=True)
        out.append(q)
        k += 1
    return out


# Groups a count can be split into: "3 teams of 8", "two crews of five".
_GROUP_WORDS = word_set(
    """team teams group groups crew crews squad squads pod pods shift shifts office offices
    branch branches unit units department departments class classes"""
)


def _is_groups_of(joiner: tuple[str, ...], a: _Raw, b: _Raw) -> bool:
    return (
        len(joiner) == 2
        and joiner[0] in _GROUP_WORDS
        and joiner[1] == "of"
        and a.low == a.high
        and a.low.is_integer()
        and 1 < a.low <= 50
        and not (a.money or b.money)
    )


_TOTAL_BEFORE: tuple[tuple[str, ...], ...] = phrase_table(
    """so | so that is | that is | that makes | which makes | makes | in total | total | total of
    | a total of | altogether | all in all | overall | all told | so all in all | so in total |
    so about | so around | so roughly | so like | that is about | that is around"""
)
_TOTAL_AFTER: tuple[tuple[str, ...], ...] = phrase_table(
    """in total | total | altogether | all told | overall | all in | in all | all together"""
)


def _said_as_total(tokens: list[Token], q: Quantity) -> bool:
    """ "one engineer, two analysts, so three", "40 in total": a figure offered as the sum."""
    start = q.first
    while start > 0 and tokens[start - 1].norm in {"about", "around", "roughly", "like", ","}:
        start -= 1
    if _match_before(tokens, start, _TOTAL_BEFORE):
        return True
    after = q.last + 1
    while after < len(tokens) and tokens[after].is_word and after - q.last <= 2:
        if _match_after(tokens, after, _TOTAL_AFTER):
            return True
        after += 1
    return _match_after(tokens, q.last + 1, _TOTAL_AFTER) > 0


def _apply_modifiers(tokens: list[Token], q: Quantity) -> Quantity:
    # Look back past softeners and hedges ("well over", "just under", "maybe about").
    start = q.first
    approx = q.approx
    for _ in range(3):
        h = _match_before(tokens, start, _HEDGES_BEFORE)
        if h:
            approx = True
            start -= h
            continue
        if start > 0 and tokens[start - 1].norm in _SOFTENERS:
            start -= 1
            continue
        break
    after = q.last + 1
    h_after = _match_after(tokens, after, _HEDGES_AFTER)
    low, high = q.low, q.high
    if h_after:
        approx = True
        if tokens[after].norm == "something" and q.exact and q.low in _DECADES:
            high = q.low + 9  # "twenty-something": the twenties
        after += h_after
    modified = False
    first = q.first
    for end in (q.first, start):
        if modified:
            break
        for phrases, kind in (
            (_UPPER_STRICT, "lt"),
            (_UPPER_INCLUSIVE, "le"),
            (_LOWER_STRICT, "gt"),
            (_LOWER_INCLUSIVE, "ge"),
        ):
            m = _match_before(tokens, end, phrases)
            if m:
                low, high = _bound(kind, q.low, q.high)
                modified = True
                first = end - m
                break
    if not modified:
        for phrases, kind in ((_UPPER_AFTER, "le"), (_LOWER_AFTER, "ge")):
            m = _match_after(tokens, after, phrases)
            if m:
                low, high = _bound(kind, q.low, q.high)
                modified = True
                after += m
                break
    elif first > start:
        first = start
    return replace(
        q,
        low=low,
        high=high,
        approx=approx,
        modified=modified,
        first=min(first, q.first),
        last=max(after - 1, q.last),
    )


def _bound(kind: str, low: float, high: float) -> tuple[float, float]:
    # Counts and amounts start at 0; "under 0" keeps its (odd) bound rather than invert the span.
    if kind == "lt":
        top = math.nextafter(low, -math.inf)
        return min(0.0, top), top
    if kind == "le":
        return min(0.0, high), high
    if kind == "gt":
        return math.nextafter(high, math.inf), math.inf
    return low, math.inf


def answer_period(tokens: list[Token]) -> str | None:
    """A period named anywhere in the answer ("we spend 2k, monthly")."""
    for i, t in enumerate(tokens):
        w = t.norm
        if w in {"monthly", "weekly", "yearly", "annually", "quarterly", "daily", "annual"}:
            return PERIOD_WORDS[w]
        if (
            w in PERIOD_WORDS
            and i > 0
            and tokens[i - 1].norm in {"a", "an", "per", "/", "each", "every"}
        ):
            return PERIOD_WORDS[w]
    return None


def fmt_number(v: float) -> str:
    if math.isinf(v):
        return "infinity"
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")
