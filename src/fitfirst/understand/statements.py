"""What a buyer's free words say about a playbook's criteria, for call review and note taking.

Precision comes before recall: a false finding becomes false evidence in a coaching report. A
statement counts for a criterion only when it carries that criterion's own marks near the value
(its signals, its unit, its option names), unless the criterion's question was just asked.
Questions, hypotheticals, plans, the past and other people's numbers are not statements about
the buyer now.
"""

from __future__ import annotations

import re

from fitfirst.playbook.models import Criterion, Playbook
from fitfirst.understand.answers import (
    MAX_CHARS,
    duration_reading,
    pick_total,
    quantity_reading,
    read_answer,
)
from fitfirst.understand.choices import Hit, find_hits
from fitfirst.understand.needs import denies_need, paraphrased_option
from fitfirst.understand.numbers import PERIOD_WORDS, Quantity, fmt_number, read_quantities
from fitfirst.understand.text import (
    CLAUSE_BREAKS,
    NEGATORS,
    PUNCT,
    STOPWORDS,
    Token,
    find_phrase,
    phrase_table,
    phrase_tokens,
    quote,
    stem,
    strip_check,
    strip_fillers,
    tokenize,
    word_list,
    word_set,
)
from fitfirst.understand.types import Finding, Understood
from fitfirst.understand.units import (
    UnitInfo,
    classify,
    duration_said,
    is_duration,
    people_count,
    unit_info,
)
from fitfirst.understand.yesno import concepts, read_restatement

# A "." inside a number ("1.6 days", "$1.5 million", ".5") does not end a sentence.
_SENTENCE = re.compile(r"(?:[^.!?;\n]|\.(?=\d))+(?:[.!?;]+|$)")
# Long transcripts are read sentence by sentence, but a single "sentence" this long is noise.
_MAX_SENTENCE = 600

_HYPOTHETICAL = frozenset(
    {"if", "imagine", "suppose", "supposing", "hypothetically", "unless", "whether"}
)
_NOT_NOW: tuple[tuple[str, ...], ...] = phrase_table(
    """used to | years ago | last year | back in | back then | in the past | will be | going to |
    plan to | planning to | hope to | want to | would like | next year | by the end of | goal
    is | target is | aiming for | hire | hiring | more people | more staff"""
)
_PAST: tuple[tuple[str, ...], ...] = phrase_table(
    """used to | years ago | last year | back in | back then | in the past"""
)
# Other people's situation: "most of our customers have 40 reps", "your team".
_THIRD_PARTY = frozenset(
    stem(w)
    for w in word_list(
        """customer customers client clients competitor competitors companies company
        partner partners vendor vendors supplier suppliers typical typically average
        industry market you your sister friend friends neighbour neighbours neighbor
        neighbors"""
    )
)
_SUBJECT_ADVERBS = frozenset(
    {"usually", "typically", "often", "all", "mostly", "generally", "tend", "to"}
)
_SUBJECT_VERBS = word_set(
    """are can do does employ employs get gets had has have is need needs run runs spend use uses
    want wants
    was were will with would say says said tell tells told claim claims think thinks"""
)
_LEAD_INS = word_set(
    """yeah yes so and well um uh like honestly basically right now currently today oh okay ok
    but also then just actually really i mean maybe probably perhaps about around roughly
    approximately think guess say would"""
)
_SUBJECT_OK = word_set(
    """we i us it everything all there that this which right we're everyone everybody whole
    entire most half"""
)
_OUR_OK = frozenset(
    stem(w)
    for w in word_list(
        """team teams company business firm guys people staff crew crews reps office offices
        sales salespeople whole entire data customers customer clients leads pipeline stuff
        records contacts crm system systems side headcount budget spend shop department
        organisation organization org group engineers techs technicians drivers"""
    )
)
_CROWDS = frozenset(
    stem(w)
    for w in word_list(
        """list lists newsletter database audience followers follower waitlist subscribers
        mailing email linkedin event events webinar conference meeting class course attendees
        visitors applicants candidates"""
    )
)
_EVENT_VERBS = word_set(
    """asked quit left came attended signed called emailed applied showed died visited bought
    complained registered said told went joined"""
)
_STATE_WORDS = word_set("based qualified licensed trained skilled employed dedicated")
# Talk about the call itself: "the connection is bad, I can't hear you" is not about their work.
_CALL_TALK = word_set(
    """breaking cutting echo freezing frozen hear heard hearing lag lagging mute muted reconnect
    repeat screen share sharing unmute"""
)
_USAGE = frozenset(
    stem(w)
    for w in word_list(
        """use uses using track tracks tracking keep keeps keeping manage manages managing
        run runs running live lives living store stores stored rely relies relying log
        logs logging put everything all on in"""
    )
)
_FIND_WINDOW = 6
# Words that make a statement a requirement rather than a preference or a fact in passing.
_REQUIRES: tuple[tuple[str, ...], ...] = phrase_table(
    """has to | have to | must | need to | needs to | need it to | needs it to | need them to |
    needs them to | required | requires | require | mandatory | stay on | stays on | stay in |
    stays in | stay inside | stays inside | only allowed"""
)
# A yes/no read from a requirement stated in the criterion's own words is clear enough to
# count without the question having been asked.
_REQUIREMENT_CONFIDENCE = 0.8
_CLEAR = 0.75  # the confidence of a statement clear enough to count on its own


# Asides that start a new statement inside one sentence: "56k, oh and we'd like to start in
# 7 weeks", "- by the way, it's only me". Each part is read on its own, so two facts in one
# sentence do not stand in each other's way.
_ASIDE = re.compile(
    r"(?:[,;]|\s[-\u2013\u2014])\s*(?:oh,?\s+and(?:\s+also)?|by\s+the\s+way|btw)\b[,:]?",
    re.IGNORECASE,
)


def _sentences(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for m in _SENTENCE.finditer(text):
        start, said = m.start(), m.group(0)
        cut = 0
        for aside in _ASIDE.finditer(said):
            out.append((start + cut, said[cut : aside.start()]))
            cut = aside.end()
        out.append((start + cut, said[cut:]))
    return [(at, part) for at, part in out if part.strip()]


def _signal_hits(tokens: list[Token], criterion: Criterion) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    present = {stem(t.norm) for t in tokens}
    for sig in criterion.signals:
        words = phrase_tokens(sig)
        if words and stem(words[0]) not in present:
            continue  # its first word is not said: the search below would find nothing
        start = 0
        while words and start < len(tokens):
            i = find_phrase(tokens[start:], words)
            if i is None:
                break
            out.append((start + i, start + i + len(words) - 1))
            start += i + len(words)
    return out


def _clause_of(tokens: list[Token], i: int) -> tuple[int, int]:
    a = i
    while (
        a > 0 and tokens[a - 1].norm not in CLAUSE_BREAKS and tokens[a - 1].norm not in {",", "but"}
    ):
        a -= 1
    b = i
    while (
        b + 1 < len(tokens)
        and tokens[b + 1].norm not in CLAUSE_BREAKS
        and tokens[b + 1].norm
        not in {
            ",",
            "but",
        }
    ):
        b += 1
    return a, b


def _has(tokens: list[Token], a: int, b: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    for i in range(a, b + 1):
        first = tokens[i].norm
        for p in phrases:
            if p and p[0] != first:
                continue  # cannot start here: skip the word-by-word check
            if all(i + k <= b and tokens[i + k].norm == p[k] for k in range(len(p))):
                return True
    return False


def _not_about_now(tokens: list[Token], first: int, last: int, *, timeline: bool = False) -> bool:
    """A hypothetical, plan, past or someone else's situation in the clause around a mention.

    With ``timeline`` (a criterion asking by when), plans are the answer and do not count
    against it: "we want to go live in two months".
    """
    a, b = _clause_of(tokens, first)
    _, b = _clause_of(tokens, last)
    if any(t.norm in _HYPOTHETICAL for t in tokens[: b + 1]):
        return True
    if _has(tokens, a, b, _PAST if timeline else _NOT_NOW):
        return True
    return _third_party(tokens[a:first])


def _third_party(words: list[Token]) -> bool:
    """Someone else is the subject: "most of our customers have", "your team", "the industry"."""
    for k, t in enumerate(words):
        if t.norm in {"you", "your", "typical", "typically", "average", "industry"}:
            return True
        if stem(t.norm) not in _THIRD_PARTY:
            continue
        j = k + 1
        while j < len(words) and words[j].norm in _SUBJECT_ADVERBS:
            j += 1
        if j < len(words) and words[j].norm in _SUBJECT_VERBS:
            return True
    return False


def find_statements(playbook: Playbook, text: str, *, asked: str | None = None) -> list[Finding]:
    """Findings about the playbook's criteria in ``text`` (a buyer's words), one per criterion.

    ``asked`` is the id of the criterion whose question was just put to the buyer: then a bare
    "about forty" or "yeah we do" counts for it. Unknown ``asked`` ids are ignored.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    text = text[: MAX_CHARS * 5]
    found: dict[str, Finding] = {}
    # When the answer to the question put could not be read as a whole, a sentence of it
    # counts for that criterion only when it is as clear as a volunteered statement.
    doubtful: str | None = None
    if asked is not None and playbook.has_criterion(asked):
        crit = playbook.criterion(asked)
        got = read_answer(crit, text[:MAX_CHARS], foreign=_foreign_for(playbook, crit))
        if got.understood.reading in {"value", "dont_know"}:
            toks = strip_fillers(tokenize(text[:MAX_CHARS]))
            cue = (
                quote(text, toks[got.first : got.last + 1])
                if got.last >= got.first
                else text.strip()
            )
            found[asked] = Finding(asked, got.understood, cue or text.strip())
        else:
            doubtful = asked
    for _, said in _sentences(text):
        sentence = said
        if said.rstrip().endswith("?"):
            # "We're about forty, right?" checks a statement; other questions state nothing.
            checked = strip_check(said)
            if not checked:
                continue
            sentence = checked
        if len(sentence) > _MAX_SENTENCE:
            continue
        tokens = strip_fillers(tokenize(sentence))
        if not any(t.norm not in PUNCT for t in tokens):
            continue
        if any(t.norm in _CALL_TALK for t in tokens):
            continue
        for crit in playbook.criteria:
            if crit.id in found:
                continue
            finding = _statement(playbook, crit, tokens, sentence)
            if (
                finding is not None
                and crit.id == doubtful
                and finding.understood.confidence < _CLEAR
            ):
                finding = None
            if finding is not None:
                old = found.get(crit.id)
                if old is None or finding.understood.confidence > old.understood.confidence:
                    found[crit.id] = finding
    order = {c.id: i for i, c in enumerate(playbook.criteria)}
    return sorted(found.values(), key=lambda f: order.get(f.criterion, 0))


def _foreign_for(playbook: Playbook, crit: Criterion) -> frozenset[str]:
    """Words of the other number criteria's units: "3 sites" is not a team size."""
    own = unit_info(crit.unit, ask=crit.ask, signals=crit.signals).words
    out: set[str] = set()
    for other in playbook.criteria:
        if other.id == crit.id or other.kind != "number" or not other.unit:
            continue
        out |= unit_info(other.unit).words - own
    return frozenset(out)


def _statement(
    playbook: Playbook, crit: Criterion, tokens: list[Token], sentence: str
) -> Finding | None:
    if crit.kind == "number":
        return _number(playbook, crit, tokens, sentence)
    if crit.kind == "choice":
        return _choice(playbook, crit, tokens, sentence)
    if crit.kind == "yes_no":
        return _yes_no(crit, tokens, sentence)
    signals = _signal_hits(tokens, crit)
    # A wish is a reason ("we want to save money"): only the past, a hypothetical or someone
    # else's situation keeps a text criterion's signal from counting.
    if signals and not _not_about_now(tokens, signals[0][0], signals[0][1], timeline=True):
        said = sentence.strip()
        return Finding(crit.id, Understood("value", said, 0.5, "noted as said"), said)
    return None


def _number(
    playbook: Playbook, crit: Criterion, tokens: list[Token], sentence: str
) -> Finding | None:
    unit = unit_info(crit.unit, ask=crit.ask, signals=crit.signals)
    foreign = _foreign_for(playbook, crit)
    allow_m = not (unit.words & {"m", "m²", "m2", "meter", "metre", "sqm"})
    signals = _signal_hits(tokens, crit)
    quantities = read_quantities(tokens, allow_m=allow_m)
    bindings = [classify(tokens, q, unit, foreign) for q in quantities]
    candidates = [(q, b) for q, b in zip(quantities, bindings, strict=True) if b != "foreign"]
    # "two people in the office and 30 on the road": several counts, none of them the answer,
    # unless one is said as their total ("..., so 32 in all").
    total = pick_total([q for q, _ in candidates])
    if total is not None:
        candidates = [(q, b) for q, b in candidates if q is total]
    if len({(q.low, q.high) for q, _ in candidates}) > 1:
        return None
    if not candidates and unit.people:
        return _people(playbook, crit, tokens, sentence, signals)
    for q, bound in candidates:
        binding = bound
        if binding == "unit" and _whole_company(tokens, q, crit):
            binding = "neutral"  # "we're a charity of twelve staff" is not the data team
        near = [s for s in signals if _near(tokens, s, q.first, q.last)]
        paid = _paid_per_period(playbook, tokens, q, unit)
        if not (paid or _bound_enough(binding, bool(near), unit, playbook, crit)):
            continue
        end = q.last
        if binding == "unit":
            end = _unit_word_end(tokens, q.last, unit)
        span = (min([q.first] + [s[0] for s in near]), max([end] + [s[1] for s in near]))
        timeline = _asks_when(crit, unit)
        if _ago(tokens, q):
            # "we replaced the roof 5 years ago" gives the roof's age; any other "ago" is past.
            if not (_asks_age(crit) and any(b < q.first for _, b in near)):
                continue
            if _has(tokens, 0, len(tokens) - 1, _NOT_NOW_BUT_AGO) or _third_party(
                tokens[: q.first]
            ):
                continue
        elif _not_about_now(tokens, span[0], span[1], timeline=timeline):
            continue
        if _other_crowd(tokens, end):
            continue
        if not _first_person(tokens, q.first, {s[0] for s in signals}):
            continue
        said_in = duration_said(tokens, q) if is_duration(unit) else None
        if said_in is not None and said_in != unit.period:
            und = duration_reading(q, unit, said_in, hedged=False, confidence=0.85)
        else:
            und = quantity_reading(q, unit, hedged=False, confidence=0.85, period=q.period)
        return Finding(crit.id, und, quote(sentence, tokens[span[0] : span[1] + 1]))
    return None


def _sole_people(playbook: Playbook, crit: Criterion) -> bool:
    """The only criterion counting people: a head count can be about nothing else."""
    return not any(
        c.id != crit.id
        and c.kind == "number"
        and unit_info(c.unit, ask=c.ask, signals=c.signals).people
        for c in playbook.criteria
    )


def _alone_frame(tokens: list[Token], a: int, b: int) -> bool:
    """ "it's just me", "it's only me": the whole clause says the buyer is on their own."""
    a0, b0 = _clause_of(tokens, a)
    words = [t.norm for t in tokens[a0 : b0 + 1] if t.norm not in PUNCT]
    return words in (["it", "is", "just", "me"], ["it", "is", "only", "me"])


def _people(
    playbook: Playbook,
    crit: Criterion,
    tokens: list[Token],
    sentence: str,
    signals: list[tuple[int, int]],
) -> Finding | None:
    """ "it's just me", "me and two others": a head count in words, counted only when a signal
    of the criterion ("just me", "team") is part of it or next to it."""
    pc = people_count(tokens)
    if pc is None:
        return None
    value, a, b = pc
    near = [s for s in signals if s[0] <= b + 1 and s[1] >= a - 1]
    if not (near or (_sole_people(playbook, crit) and _alone_frame(tokens, a, b))):
        return None
    if _not_about_now(tokens, a, b):
        return None
    first, last = min([a] + [s[0] for s in near]), max([b] + [s[1] for s in near])
    label = "person" if value == 1 else "people"
    und = Understood("value", value, 0.8, f"{fmt_number(value)} {label}")
    return Finding(crit.id, und, quote(sentence, tokens[first : last + 1]))


_WHEN_ASKS = word_set("when soon start starting begin launch live")
_AGE_ASKS = word_set("old age aged")
_NOT_NOW_BUT_AGO: tuple[tuple[str, ...], ...] = tuple(
    p for p in _NOT_NOW if p not in {("years", "ago"), ("last", "year")}
) + phrase_table("if | unless | suppose | imagine")


def _asks_when(crit: Criterion, unit: UnitInfo) -> bool:
    """A criterion about a date to come ("When would you want to start?", in weeks from now):
    a plan ("we'd like to start in 8 weeks") is its answer, not a wish to discount."""
    timed = is_duration(unit) or any(w in PERIOD_WORDS for w in unit.words)
    asked = set(phrase_tokens(crit.ask)) | set(phrase_tokens(crit.unit or ""))
    return timed and bool(asked & _WHEN_ASKS)


def _asks_age(crit: Criterion) -> bool:
    """A criterion about how old something is ("How old is the roof?", "years old")."""
    asked = set(phrase_tokens(crit.ask)) | set(phrase_tokens(crit.unit or ""))
    return bool(asked & _AGE_ASKS)


def _ago(tokens: list[Token], q: Quantity) -> bool:
    """ "5 years ago": the time since an event, which is the age of what it made new."""
    nxt = [t.norm for t in tokens[q.last + 1 : q.last + 3]]
    return len(nxt) == 2 and nxt[0] in PERIOD_WORDS and nxt[1] == "ago"


_PAY_VERBS = word_set(
    """pay pays paying paid spend spends spending spent cost costs costing charge charged
    charges"""
)


def _paid_per_period(playbook: Playbook, tokens: list[Token], q: Quantity, unit: UnitInfo) -> bool:
    """ "We're paying like two hundred a month": money paid per the unit's own period.

    Counts only when no other money criterion of the playbook is per that period, so the
    period says which criterion the figure is about.
    """
    if not (unit.money and unit.period and q.period == unit.period) or unit.per_head:
        return False
    a, _ = _clause_of(tokens, q.first)
    if not any(t.norm in _PAY_VERBS for t in tokens[a : q.first]):
        return False
    same = [
        c
        for c in playbook.criteria
        if c.kind == "number"
        and unit_info(c.unit, ask=c.ask, signals=c.signals).money
        and unit_info(c.unit, ask=c.ask, signals=c.signals).period == unit.period
    ]
    return len(same) == 1


# Words that count everyone in an organisation, not the group a criterion asks about.
_COMPANY_WORDS = word_set(
    """staff staffers employee employees headcount fte ftes workforce payroll"""
)


def _whole_company(tokens: list[Token], q: Quantity, crit: Criterion) -> bool:
    """The count is of the whole organisation ("twelve staff") and the criterion's own words
    do not say it counts everyone."""
    nxt = tokens[q.last + 1].norm if q.last + 1 < len(tokens) else ""
    if nxt not in _COMPANY_WORDS:
        return False
    own = {w for s in (*crit.signals, crit.unit or "") for w in phrase_tokens(s)}
    return not own & _COMPANY_WORDS


def _unit_word_end(tokens: list[Token], last: int, unit: UnitInfo) -> int:
    for k in range(last + 1, min(len(tokens), last + 4)):
        if tokens[k].norm in unit.words or stem(tokens[k].norm) in unit.words:
            return k
    return last


def _other_crowd(tokens: list[Token], end: int) -> bool:
    """ "200 people on my email list", "5 people have asked": a crowd, not the buyer's team."""
    _, b = _clause_of(tokens, end)
    after = tokens[end + 1 : b + 1]
    if any(stem(t.norm) in _CROWDS for t in after):
        return True
    for t in after[:2]:
        w = t.norm
        if w in {"have", "has", "had"}:
            continue
        return w in _EVENT_VERBS or (w.endswith("ed") and w not in _STATE_WORDS)
    return False


def _first_person(tokens: list[Token], at: int, signal_starts: set[int]) -> bool:
    """The clause is about the buyer's side: "we", "I", "our team", "the budget", or no subject."""
    a, _ = _clause_of(tokens, at)
    k = a
    while k < at and tokens[k].norm in _LEAD_INS:
        k += 1
    if k >= at or any(t.norm in {"i", "we"} for t in tokens[a:k]):
        return True  # "I'd come in four days": "I" reads as a lead-in ("I mean") too
    # "our email is", "the big problem is": a subject naming the criterion's own topic
    if tokens[k].norm in {"the", "my", "our"} and any(
        k < s <= k + 2 and s < at for s in signal_starts
    ):
        return True
    if tokens[k].norm in {"the", "a", "an"} and k + 1 < at:
        k += 1
    if k in signal_starts:
        return True
    if (
        tokens[k - 1].norm in {"the", "our", "my"}
        and k + 1 < at
        and tokens[k + 1].norm in {"is", "has", "gets", "does"}
        and stem(tokens[k].norm) not in _THIRD_PARTY
        and stem(tokens[k].norm) not in _CROWDS
    ):
        return True  # "the roof has some shade": the buyer's own thing, named by "the"
    w = tokens[k].norm
    if w in {"my", "our"}:
        nxt = tokens[k + 1].norm if k + 1 < len(tokens) else ""
        # "our team has", "our nightly pipelines break": the buyer's own things
        return stem(nxt) in _OUR_OK or at - k <= 2
    return w in _SUBJECT_OK or stem(w) in _USAGE


def _near(tokens: list[Token], sig: tuple[int, int], first: int, last: int) -> bool:
    """A signal within a few words of the number, with no sentence break or "but" between."""
    gap = sig[0] - last if sig[0] > last else first - sig[1]
    if not 0 < gap <= _FIND_WINDOW:
        return False
    lo, hi = (last + 1, sig[0]) if sig[0] > last else (sig[1] + 1, first)
    return not any(t.norm in CLAUSE_BREAKS or t.norm == "but" for t in tokens[lo:hi])


def _bound_enough(
    binding: str, near_signal: bool, unit: UnitInfo, playbook: Playbook, crit: Criterion
) -> bool:
    if unit.money:
        # "$20k" alone could be a budget, a price or revenue: money needs the criterion's signal.
        return near_signal
    if binding == "unit":
        if near_signal:
            return True
        # Another criterion with the same unit makes the unit alone ambiguous.
        same = [
            c
            for c in playbook.criteria
            if c.kind == "number"
            and c.id != crit.id
            and unit_info(c.unit, ask=c.ask).words & unit.words
        ]
        return not same
    return near_signal and binding == "neutral"


def _descriptive(crit: Criterion) -> bool:
    """Options described in clauses ("pipelines break", "month end takes forever"), not names."""
    names = [n for ns in (crit.options or {}).values() for n in ns]
    return bool(names) and sum(len(n.split()) for n in names) / len(names) >= 2.5


def _inside_other(playbook: Playbook, crit: Criterion, tokens: list[Token], hit: Hit) -> bool:
    """The words are part of a longer name of another criterion's option: "google" in
    "google sheets" is a spreadsheet, not an email provider."""
    for other in playbook.criteria:
        if other.id == crit.id or other.kind != "choice":
            continue
        for h in find_hits(tokens, other.options or {}):
            inside = h.first <= hit.first and hit.last <= h.last
            if h.how == "exact" and inside and h.last - h.first > hit.last - hit.first:
                return True
    return False


def _by_id_only(crit: Criterion, tokens: list[Token], hit: Hit, sentence: str) -> bool:
    """The words matched only the option's id, not a word the playbook says buyers use.

    An id is the playbook's own name for an option and is often an everyday word ("inside",
    "field", "other"): in an answer to its question it names the option, but in passing ("run
    inside our own network") it is a guess, unless it is written as a name ("Google for email").
    """
    first = tokens[hit.first]
    if hit.first > 0 and sentence[first.start : first.start + 1].isupper():
        return False
    said = [stem(t.norm) for t in tokens[hit.first : hit.last + 1] if t.norm not in PUNCT]
    if said != [stem(w) for w in phrase_tokens(hit.option.replace("_", " "))]:
        return False
    synonyms = (crit.options or {}).get(hit.option, ())
    return all([stem(w) for w in phrase_tokens(s)] != said for s in synonyms)


def _choice(
    playbook: Playbook, crit: Criterion, tokens: list[Token], sentence: str
) -> Finding | None:
    options = crit.options or {}
    hits = [h for h in find_hits(tokens, options, sentence) if h.status == "current"]
    hits = [
        h
        for h in hits
        if not _inside_other(playbook, crit, tokens, h)
        and not _by_id_only(crit, tokens, h, sentence)
    ]
    if not hits:
        return _paraphrased(crit, tokens, sentence)
    signal_spans = _signal_hits(tokens, crit)
    has_signal = bool(signal_spans)
    descriptive = _descriptive(crit)
    usable = []
    for h in hits:
        # A partial name needs a signal of its own: "work" cannot vouch for "computer work".
        if h.strength < 1.0 and not any(b < h.first or a > h.last for a, b in signal_spans):
            continue
        usage = any(stem(tokens[k].norm) in _USAGE for k in range(max(0, h.first - 4), h.first))
        # A name of two content words or more ("pipelines break") marks the option by itself.
        telling = (
            h.how == "exact"
            and descriptive
            and sum(1 for t in tokens[h.first : h.last + 1] if t.norm not in STOPWORDS) >= 2
            and not denies_need(tokens)
        )
        named = _named_as(tokens, h, crit)
        if not (has_signal or usage or telling or named):
            continue
        if _not_about_now(tokens, h.first, h.last):
            continue
        if not named and not _first_person(tokens, h.first, {s[0] for s in signal_spans}):
            continue
        usable.append(h)
    names = list(dict.fromkeys(h.option for h in usable))
    if not names:
        return _paraphrased(crit, tokens, sentence)
    if len(names) > 1:
        preferred = list(dict.fromkeys(h.option for h in usable if h.preferred))
        if len(preferred) != 1:
            return None
        usable = [h for h in usable if h.option == preferred[0]]
    best = max(usable, key=lambda h: h.strength)
    said = quote(sentence, tokens[best.first : best.last + 1])
    und = Understood(
        "value", best.option, round(0.8 * best.strength, 3), f"{said} -> {best.option}"
    )
    return Finding(crit.id, und, said)


# "it's a bungalow", "what we need is staff augmentation": an option named as what the thing
# is, or as what is wanted.
_IDENTITY_LEADS: tuple[tuple[str, ...], ...] = phrase_table(
    """it is | it is a | it is an | it is just a | that is a | this is a | ours is a | the house
    is a | the place is a"""
)
_WISH_LEADS: tuple[tuple[str, ...], ...] = phrase_table(
    """what we need is | what we want is | what i need is | what i want is | what we are after
    is | what i am after is | what we would like is | what we are looking for is | what i am
    looking for is"""
)
_FRAME_LEADS = word_set("yeah yes yep so well oh and um uh okay ok honestly basically")
# Asks about the present ("What do you use today?") are not answered by a wish.
_PRESENT_ASK = word_set("today currently now use using run running")


def _named_as(tokens: list[Token], hit: Hit, crit: Criterion) -> bool:
    """The clause is only a frame and the option's exact name ending it."""
    if hit.how != "exact":
        return False
    a, b = _clause_of(tokens, hit.first)
    rest = [t for t in tokens[b + 1 :] if t.norm not in PUNCT]
    if b != hit.last or rest:
        return False  # the frame must be the whole sentence: "we're on, uh, it's a mix, I think"
    said = [stem(t.norm) for t in tokens[hit.first : hit.last + 1]]
    names = (crit.options or {}).get(hit.option, ())
    if not any([stem(w) for w in phrase_tokens(n)] == said for n in names):
        return False  # matched the option's id ("mixed"), not a name a buyer would say
    k = a
    while k < hit.first and tokens[k].norm in _FRAME_LEADS:
        k += 1
    if any(t.norm not in _FRAME_LEADS and t.norm not in PUNCT for t in tokens[:a]):
        return False  # something else was said first
    lead = tuple(t.norm for t in tokens[k : hit.first])
    if lead in _IDENTITY_LEADS:
        return True
    asks_now = any(w in _PRESENT_ASK for w in phrase_tokens(crit.ask))
    return lead in _WISH_LEADS and not asks_now


def _paraphrased(crit: Criterion, tokens: list[Token], sentence: str) -> Finding | None:
    """An option described in other words: "month end takes a week" for "takes forever"."""
    option = paraphrased_option(tokens, crit.options or {})
    if option is None or _not_about_now(tokens, len(tokens) - 1, len(tokens) - 1):
        return None
    said = sentence.strip()
    und = Understood("value", option, 0.75, f"{said} -> {option} (in other words)")
    return Finding(crit.id, und, said)


def _yes_no(crit: Criterion, tokens: list[Token], sentence: str) -> Finding | None:
    signals = _signal_hits(tokens, crit)
    if not signals:
        # A word of the same concept as a signal ("wifi" for the signal "internet") also marks it.
        wanted = concepts(tokenize(" ".join(crit.signals)))
        signals = [(i, i) for i in range(len(tokens)) if concepts(tokens[i : i + 1]) & wanted]
    if not signals:
        return None
    got = read_restatement(tokens, crit.ask, crit.signals)
    if got is None:
        return None
    first = min(got.first, signals[0][0])
    last = max(got.last, signals[0][1])
    if _not_about_now(tokens, first, last):
        return None
    a, _ = _clause_of(tokens, first)
    _, b = _clause_of(tokens, last)
    conf, explanation = round(min(got.confidence, 0.6), 3), got.explanation
    if _asks_requirement(crit.ask) and _states_requirement(tokens, _signal_hits(tokens, crit)):
        conf, explanation = _REQUIREMENT_CONFIDENCE, f"{explanation}, a stated requirement"
    und = Understood("value", got.value, conf, explanation)
    return Finding(crit.id, und, quote(sentence, tokens[a : b + 1]))


def _asks_requirement(ask: str) -> bool:
    """Whether a question asks what is required ("does it have to run on your own servers?").

    Only there does a stated requirement answer it: to "who owns the result?", "we need to
    get the CFO involved" says the owner is still missing.
    """
    words = tokenize(ask)
    return _has(words, 0, len(words) - 1, _REQUIRES)


def _states_requirement(tokens: list[Token], signals: list[tuple[int, int]]) -> bool:
    """A criterion's own signal required in one clause, with no negation.

    "Customer data has to stay on our own servers" answers "must it run on your own servers?"
    as clearly as a yes would; a related word alone, or "not necessarily on-prem", does not.
    The signal must be what is required, so it follows the requirement: in "the board says
    data stays on premises" the board is who requires, not what is required.
    """
    for first, _ in signals:
        a, b = _clause_of(tokens, first)
        if _has(tokens, a, first - 1, _REQUIRES) and not any(
            tokens[k].norm in NEGATORS for k in range(a, b + 1)
        ):
            return True
    return False
