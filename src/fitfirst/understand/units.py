"""What a number is about: the criterion's unit, something else ("40 years"), or nothing said.

Also the counts people say without digits: "just me", "me and two others", "nobody".
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from fitfirst.understand.numbers import (
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    PERIOD_WORDS,
    Quantity,
    answer_period,
    number_at,
)
from fitfirst.understand.text import (
    CLAUSE_BREAKS,
    Token,
    phrase_tokens,
    stem,
    tokenize,
    word_list,
    word_set,
)

PEOPLE_WORDS = frozenset(
    stem(w)
    for w in word_list(
        """people person persons user users employee employees staff staffer staffers rep
        reps seat seats head heads headcount folk folks guy guys member members
        colleague colleagues teammate teammates worker workers agent agents engineer
        engineers developer developers salespeople salesperson technician technicians
        tech techs driver drivers nurse nurses operator operators crew ftes fte
        individuals men women ppl body bodies hire hires licence licences license
        licenses login logins account_holders seller sellers consultant consultants
        associate associates admin admins manager managers analyst analysts installer
        installers inspector inspectors fitter fitters cleaner cleaners carer carers
        caregiver caregivers"""
    )
)
# Nouns that make a number about something other than the criterion, unless its unit names them.
FOREIGN_WORDS = frozenset(
    stem(w)
    for w in word_list(
        """year years yr month months week weeks day days hour hours minute minutes second
        seconds percent % office offices location locations site sites store stores
        branch branches shop shops country countries city cities state states region
        regions warehouse warehouses building buildings floor floors room rooms truck
        trucks van vans vehicle vehicles car cars machine machines server servers
        computer computers laptop laptops device devices customer customers client
        clients deal deals call calls email emails lead leads order orders ticket
        tickets invoice invoices project projects job jobs product products item items
        times x kg km mile miles meter meters metre metres kwh mwh gallon gallons liter
        liters litre litres ton tons tonne tonnes o'clock am pm page pages file files gb
        tb mb step steps version versions feet foot sqft acre acres patient patients
        student students bed beds unit units team teams department departments times"""
    )
)


@dataclass(frozen=True)
class UnitInfo:
    """What a criterion's unit says: its words, whether it is money, and per which period."""

    words: frozenset[str]
    money: bool
    currency: str | None
    period: str | None
    people: bool
    display: str
    # A budget question ("what could you spend?"): "up to 120" names the budget, 120.
    ceiling: bool = False
    # Money per person ("EUR per seller per month"): a total for everyone is not the figure.
    per_head: bool = False


def unit_info(unit: str | None, *, ask: str = "", signals: tuple[str, ...] = ()) -> UnitInfo:
    # A review asks again for every sentence and criterion; the answer never changes.
    return _unit_info(unit, ask, tuple(signals))


@functools.lru_cache(maxsize=1024)
def _unit_info(unit: str | None, ask: str, signals: tuple[str, ...]) -> UnitInfo:
    toks = phrase_tokens(unit or "")
    currency: str | None = None
    period: str | None = None
    money = False
    keep: set[str] = set()
    for raw in (unit or "").replace("/", " / ").split():
        if raw in CURRENCY_SIGNS:
            currency, money = CURRENCY_SIGNS[raw], True
    for i, w in enumerate(toks):
        if w in CURRENCY_SIGNS:
            currency, money = CURRENCY_SIGNS[w], True
        elif w in CURRENCY_WORDS:
            currency, money = CURRENCY_WORDS[w], True
        elif w in PERIOD_WORDS and (i > 0 or len(toks) == 1 or w in {"annual", "monthly"}):
            period = PERIOD_WORDS[w]
        elif w in {"per", "a", "an", "/", "each"}:
            continue
        else:
            keep.add(stem(w))
            keep.add(w)
    if any(w in {"money", "budget", "spend", "revenue", "cost", "price"} for w in toks):
        money = True
    compact_unit = "".join(toks)
    if compact_unit in {"m²", "m2", "sqm"} or "square" in toks:
        keep |= {"m²", "m2", "sqm", "square", "meter", "metre", "sq"}
    people = bool(keep & PEOPLE_WORDS)
    if not toks:
        # No unit: the question may still be about people ("How many reps ...?").
        asked = {stem(w) for w in phrase_tokens(ask)} | {
            stem(w) for s in signals for w in phrase_tokens(s)
        }
        people = bool(asked & PEOPLE_WORDS) or "who" in phrase_tokens(ask)
        # ... or about money ("What's your budget?"), maybe per period ("a year").
        money = bool(asked & _MONEY_WORDS)
        if money:
            period = answer_period(tokenize(ask))
    per_head = False
    if money and toks:
        per_head = any(
            w in {"per", "a", "an", "each", "/"}
            and i + 1 < len(toks)
            and stem(toks[i + 1]) in PEOPLE_WORDS
            for i, w in enumerate(toks)
        )
    if per_head:
        keep |= PEOPLE_WORDS  # "fifty a seat", "forty per user"
        people = False  # "EUR per seller" counts money, not sellers
    if people:
        keep |= PEOPLE_WORDS
    asked = {stem(w) for w in phrase_tokens(ask)} | {
        stem(w) for s in signals for w in phrase_tokens(s)
    }
    ceiling = money and bool(asked & _BUDGET_WORDS)
    return UnitInfo(
        frozenset(keep),
        money,
        currency,
        period,
        people,
        (unit or "").strip(),
        ceiling=ceiling,
        per_head=per_head,
    )


# Words of a question that asks for a budget, where a ceiling is the answer.
_BUDGET_WORDS = frozenset(
    stem(w)
    for w in word_list(
        """budget budgets budgeted aside afford allocate allocated earmark earmarked spend
        willing invest"""
    )
)

_MONEY_WORDS = frozenset(
    stem(w)
    for w in word_list(
        """budget budgets spend spending cost costs price pricing revenue pay paying fee fees
        salary salaries afford invest investment money dollars euros pounds turnover"""
    )
)

Binding = str  # "unit" | "foreign" | "neutral"


def following_nouns(tokens: list[Token], q: Quantity, limit: int = 3) -> list[str]:
    """Up to ``limit`` words right after a quantity, stopping at a clause break or number."""
    out: list[str] = []
    j = q.last + 1
    while j < len(tokens) and len(out) < limit:
        t = tokens[j]
        if t.norm in CLAUSE_BREAKS or t.norm in {",", "and", "but", "or"} or t.is_number:
            break
        if t.is_word or t.norm in {"%", "²"}:
            out.append(t.norm)
        j += 1
    return out


_SKIP_AFTER = word_set(
    """about at different exactly field full full-time i in inside less more my odd of office on
    or other others our outside overall part part-time remote roughly sales separate so that
    the their them time total us we which who your"""
)
_NOUN_AFTER_VERB = frozenset(
    {"is", "are", "was", "were", "have", "has", "do", "does", "will", "work"}
)


def classify(
    tokens: list[Token], q: Quantity, unit: UnitInfo, foreign: frozenset[str] = frozenset()
) -> Binding:
    """Is ``q`` about the criterion's unit, about something else, or neither (bare)?"""
    if q.money:
        if unit.money:
            return "unit"
        return "foreign"
    if q.year or _looks_like_year(tokens, q):
        return "foreign"  # a calendar year ("in 2015", "twenty fifteen") is not a count
    j = q.last + 1
    if (
        j + 1 < len(tokens)
        and tokens[j].norm == "of"
        and tokens[j + 1].norm in {"them", "those", "these", "whom", "which"}
    ):
        return "foreign"  # "six people, two of them on SQL": a part of a count already given
    nouns = following_nouns(tokens, q)
    for k, w in enumerate(nouns):
        s = stem(w)
        if w == "time" and k > 0 and nouns[k - 1] in {"full", "part"}:
            continue  # "8 full-time"
        if w in unit.words or s in unit.words:
            if (
                unit.money
                and unit.per_head
                and k == 0
                and q.last + 1 < len(tokens)
                and tokens[q.last + 1].norm == w
            ):
                return "foreign"  # "23 salespeople" counts the heads, not the money per head
            return "unit"
        if unit.money and w in {"k", "grand"}:
            return "unit"
        if unit.period is not None and PERIOD_WORDS.get(w) is not None and k > 0:
            return "neutral"
        if s in FOREIGN_WORDS or w in FOREIGN_WORDS or s in foreign or w in foreign:
            if unit.period is not None and w in PERIOD_WORDS:
                return "neutral"
            return "foreign"
        if w in _SKIP_AFTER or w in _NOUN_AFTER_VERB:
            continue
        break
    return "neutral"


def is_duration(unit: UnitInfo) -> bool:
    """A unit that is a length of time ("weeks", "years"), not money per period.

    "days a week" is a frequency: its own word is a time word of another length than its period.
    """
    if unit.period is None or unit.money or unit.people:
        return False
    return not any(PERIOD_WORDS.get(w, unit.period) != unit.period for w in unit.words)


def duration_said(tokens: list[Token], q: Quantity) -> str | None:
    """The time word right after a quantity ("two months", "six weeks"), as a period name."""
    nouns = following_nouns(tokens, q, limit=1)
    if nouns and nouns[0] in PERIOD_WORDS and not nouns[0].endswith("ly"):
        return PERIOD_WORDS[nouns[0]]
    return None


def _looks_like_year(tokens: list[Token], q: Quantity) -> bool:
    if not (q.exact and q.low.is_integer() and 1900 <= q.low <= 2100 and q.scale == 1.0):
        return False
    t = tokens[q.first].norm
    if not t.isdigit() or "," in t:
        return False
    prev = tokens[q.first - 1].norm if q.first > 0 else ""
    return prev in {"in", "since", "from", "until", "till", "by", "of", "before", "after", "back"}


# Who can be "me and my ...": another person, not the laptop or the dog.
_COMPANIONS = frozenset(
    stem(w)
    for w in word_list(
        """partner partners cofounder co wife husband spouse colleague colleagues coworker
        associate assistant friend brother sister son daughter dad father mum mom mother
        business other another mate buddy boss employee apprentice intern designer developer
        person guy girl team"""
    )
)


def people_count(tokens: list[Token]) -> tuple[float, int, int] | None:
    """ "just me" -> 1, "me and two others" -> 3, "me and my partner" -> 2, "the three of us"."""
    ws = [t.norm for t in tokens]
    n = len(ws)
    for i, w in enumerate(ws):
        if w in {"me", "myself"}:
            j = i + 1
            if j < n and ws[j] in {"and", "plus", "+", "with"}:
                rest = number_at(tokens, j + 1, allow_m=False) if j + 1 < n else None
                if rest is not None and rest.low == rest.high:
                    return rest.low + 1, i, rest.end - 1
                if j + 2 < n and ws[j + 1] in {"my", "a", "one", "an"}:
                    if stem(ws[j + 2]) in _COMPANIONS:
                        return 2.0, i, j + 2
                    # "just me and my laptop": a thing, not a second person
                elif j + 2 >= n and j + 1 < n and ws[j + 1] == "one":
                    return 2.0, i, j + 1
                else:
                    return None
            before = ws[i - 1] if i > 0 else ""
            prev2 = ws[i - 2] if i > 1 else ""
            if before in {"just", "only", "solely", "purely"} or (
                before == "is" and prev2 in {"it", "that"} and (j >= n or ws[j] in {",", ".", "!"})
            ):
                return 1.0, max(i - 1, 0), i
            if i == 0 and (n == 1 or ws[1] in {".", "!", ",", "alone"}):
                return 1.0, 0, 0
        if (
            w in {"alone", "solo", "myself"}
            and i > 0
            and ws[i - 1] in {"work", "am", "just", "by", "on"}
        ):
            return 1.0, i - 1, i
        if w == "of" and i + 1 < n and ws[i + 1] == "us" and i > 0:
            # the longest number ending right before "of us": "all forty-five of us"
            for start in range(max(0, i - 8), i):
                prev = number_at(tokens, start, allow_m=False)
                if prev is not None and prev.end == i and prev.low == prev.high:
                    return prev.low, start, i + 1
    return None


def zero_count(tokens: list[Token], *, people: bool) -> tuple[int, int] | None:
    """ "none", "zero", "nobody", "no one", "not a single one": an explicit nothing."""
    ws = [t.norm for t in tokens]
    for i, w in enumerate(ws):
        if w in {"none", "zero", "nil", "nada", "zilch"}:
            return i, i
        if people and w in {"nobody", "noone"}:
            return i, i
        if people and w == "no" and i + 1 < len(ws) and ws[i + 1] == "one":
            return i, i + 1
        if w == "nothing" and (i + 1 >= len(ws) or ws[i + 1] in {".", ",", "really", "yet", "at"}):
            return i, i
    return None
