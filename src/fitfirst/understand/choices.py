"""Which option a buyer named: by id or synonym, in any case or number, with light typo tolerance.

Mentions inside a denial ("we don't use Salesforce"), in the past ("we used to be on HubSpot")
or in a plan ("we're looking at Pipedrive") do not count as what the buyer uses now.
"""

from __future__ import annotations

import difflib
import functools
from dataclasses import dataclass

from fitfirst.understand.text import (
    CLAUSE_BREAKS,
    PUNCT,
    STOPWORDS,
    Token,
    compact,
    phrase_table,
    phrase_tokens,
    stem,
    word_list,
    word_set,
)

# Words too common across products to identify an option on their own ("google" in "google sheets").
_WEAK = (
    frozenset(
        stem(w)
        for w in word_list(
            """google microsoft ms apple amazon aws adobe ibm oracle system systems software
            tool tools app apps platform platforms solution solutions program programs suite
            online cloud crm database file files based custom own other something basic
            simple plain old new standard pro plus premium free enterprise version service
            services thing things product products one the our we it come comes coming
            came go goes going went take takes took work works day days time times"""
        )
    )
    | STOPWORDS
    | frozenset(stem(w) for w in STOPWORDS)  # "some" stems to "som": still a stopword
)

_DENY: tuple[tuple[str, ...], ...] = phrase_table(
    """not | no | never | without | neither | nor | instead of | rather than | other than | apart
    from | except | hate | hated"""
)
_PAST: tuple[tuple[str, ...], ...] = phrase_table(
    """used to | previously | formerly | got rid of | moved off | moved off of | moved away from
    | switched from | switched away from | migrated from | migrated off | came from | stopped
    | stopped using | dropped | ditched | replaced | gave up | quit | tried | back then | in
    the past | years ago | last year | old | we had"""
)
_FUTURE: tuple[tuple[str, ...], ...] = phrase_table(
    """looking at | looked at | thinking about | thinking of | considering | considered |
    evaluating | moving to |
    switching to | migrating to | going to | plan to | planning to | might | may | would like
    | want to | hope to | trial | trialing | trialling | demo"""
)
_PREFER: tuple[tuple[str, ...], ...] = phrase_table(
    """mostly | mainly | primarily | largely | chiefly | now | currently | today | these days |
    at the moment | right now | day to day | main | for the most part | everything | all |
    lives in | live in | runs on | run on | run everything | mostly in | majority | most of it
    | most of them | most of the | the bulk | the rest"""
)
_SCOPE_BREAKS = frozenset(
    {"but", "just", "only", "instead", "now", "and", "mostly", "mainly", "so", "then"}
)
_NOTHING: tuple[tuple[str, ...], ...] = phrase_table(
    """nothing | none | nada | zilch | do not have one | do not have any | do not have anything |
    do not use anything | do not use one | do not use any | not using anything | no system |
    no tool | no software | no crm | we do not | not really anything | not anything"""
)
_NONE_IDS = frozenset(
    {"none", "nothing", "no", "no_tool", "no_system", "no_crm", "nothing_yet", "none_yet"}
)


@dataclass(frozen=True)
class Hit:
    option: str
    first: int
    last: int  # inclusive
    strength: float  # 1.0 exact, lower for partial or fuzzy
    how: str  # "exact", "partial", "typo"
    status: str = "current"  # "current", "denied", "past", "future"
    preferred: bool = False


@dataclass(frozen=True)
class Choice:
    option: str
    confidence: float
    first: int
    last: int
    note: str


# Short forms of words in place names: "Ft. Collins", "St Paul", "Mt Vernon".
_PLACE_SHORT = {"fort": "ft", "saint": "st", "mount": "mt", "port": "pt", "county": "co"}


def _names(option_id: str, synonyms: tuple[str, ...]) -> list[list[str]]:
    out = [phrase_tokens(option_id.replace("_", " "))]
    out += [phrase_tokens(s) for s in synonyms]
    variants: list[list[str]] = []
    for n in out:
        if len(n) > 1 and any(w in _PLACE_SHORT for w in n):
            short = [_PLACE_SHORT.get(w, w) for w in n]
            dotted: list[str] = []
            for w, s in zip(n, short, strict=True):
                dotted += [s, "."] if w != s else [s]
            variants += [short, dotted]
    return [n for n in out + variants if n]


# Option words that are also everyday words: they name an option only in a tool-like context.
_TIME_WORDS = word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december"""
)
_TIME_AFTER = word_set(
    """morning mornings afternoon afternoons evening evenings night nights meeting meetings
    standup standups call calls lunch noon week next last"""
)
_TIME_BEFORE = word_set(
    """every each last next this by until till since before after from through past early
    late mid coming"""
)
# Names that are ordinary words too: "a flat roof", "the numbers", "Monday mornings".
_EVERYDAY_NOUNS = word_set("""flat unit units trailer memory box square word pages""")
_PRODUCT_WORDS = word_set("""numbers notion teams slack basecamp asana jira monday""")
_EVERYDAY = _EVERYDAY_NOUNS | _PRODUCT_WORDS | _TIME_WORDS
# What may come before a name at the start of an answer ("um, well, Notion mostly").
_ANSWER_START = word_set(
    """well so yeah yes oh honestly just mostly mainly probably i think guess"""
)
# Words after a name that show it is not describing them: "a flat above the shop".
_NOT_DESCRIBED = word_set(
    """mostly mainly now really though too and above below beside behind near opposite across
    along around past upstairs downstairs nearby these today mainly anyway though basically"""
)
_TOOL_LEADS = word_set(
    """use uses using used in into on with via through onto track tracks tracking keep keeps
    manage manages run runs live lives moved switched migrated"""
)
_BE_OR_SUBJECT = word_set("""are am is we i they all everything be been were still mostly""")
_NOT_IN_USE: tuple[tuple[str, ...], ...] = phrase_table(
    """nobody uses | nobody really uses | no one uses | no one really uses | noone uses | nobody
    touches | no one touches | nobody opens | nobody logs into | nobody logs in | we do not use |
    we do not really use | we never use | we never really use | we barely use | we hardly use |
    never used | barely used | hardly used | not used | not really used | never gets used |
    gathering dust | collecting dust | sits there | just sits | nobody updates | no one updates |
    nobody bothers | we stopped using | we gave up on"""
)


def _match_at(tokens: list[Token], i: int, phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return (
        i >= 0 and i + n <= len(tokens) and all(tokens[i + k].norm == phrase[k] for k in range(n))
    )


def _status(tokens: list[Token], first: int, last: int, others: set[int]) -> tuple[str, bool]:
    """Whether a mention is denied, past, planned or current, and whether it is marked as main.

    The look back stops at another option's mention: in "switched from Excel to HubSpot" the
    "switched from" belongs to Excel only.
    """
    status = "current"
    k = first - 1
    steps = 0
    while k >= 0 and steps < 6:
        w = tokens[k].norm
        if w in CLAUSE_BREAKS or w == "," or (w in _SCOPE_BREAKS and steps > 0) or k in others:
            break
        for table, name in ((_DENY, "denied"), (_PAST, "past"), (_FUTURE, "future")):
            # a phrase ending at k must end with its word: the cheap test first
            if any(_match_at(tokens, k - len(p) + 1, p) for p in table if p[-1] == w):
                status = name
                break
        if status != "current":
            break
        k -= 1
        steps += 1
    lo = first
    while lo > 0 and first - lo < 4 and not _breaks(tokens[lo - 1].norm):
        lo -= 1
    hi = last + 1
    while hi < len(tokens) and hi - last < 4 and not _breaks(tokens[hi].norm):
        hi += 1
    preferred = any(
        _match_at(tokens, j, p) and j + len(p) <= hi
        for j in range(lo, hi)
        for p in _PREFER
        if p[0] == tokens[j].norm
    )
    return status, preferred


def _breaks(word: str) -> bool:
    return word in CLAUSE_BREAKS or word in {",", "but", "and", "while", "though", "although"}


_ASK_VERBS = frozenset({"ask", "asking", "asked"})
_TALK_VERBS = frozenset({"check", "checking", "talk", "talking", "speak", "speaking", "run"})


def _consulted(tokens: list[Token], hit: Hit) -> bool:
    """Someone to be asked, not the option: "I'd need to ask finance", "check with the board"."""
    k = hit.first - 1
    while k >= 0 and tokens[k].norm in {"the", "our", "my", "their"}:
        k -= 1
    if k < 0:
        return False
    if tokens[k].norm in _ASK_VERBS:
        return True
    return (
        tokens[k].norm in {"with", "to", "by", "past"}
        and k > 0
        and tokens[k - 1].norm in _TALK_VERBS
    )


def _everyday_use(tokens: list[Token], hit: Hit, text: str | None) -> bool:
    """A one-word name used as an everyday word: "Monday mornings", "a flat extension roof"."""
    if hit.first != hit.last:
        return False
    i = hit.first
    word = tokens[i].norm
    singular = word[:-1] if word.endswith("s") and word[:-1] in _TIME_WORDS else word
    if singular not in _EVERYDAY:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    prev = tokens[i - 1].norm if i > 0 else ""
    is_time = singular in _TIME_WORDS
    if is_time and (word != singular or prev in _TIME_BEFORE):
        return True  # "on Mondays", "every Monday": a day, never a product
    if (
        nxt is not None
        and nxt.is_word
        and nxt.norm not in STOPWORDS
        and nxt.norm not in _NOT_DESCRIBED
    ):
        return True  # "flat roof", "Monday mornings": the word describes the next one
    if singular in _EVERYDAY_NOUNS and not is_time:
        return False
    # A product-like word needs a tool-like context: written as a name mid-sentence, the answer
    # itself, or after a usage word ("we use Notion", "it all lives in Monday").
    if text is not None and not is_time and i > 0 and prev not in {".", "!", "?"}:
        said = text[tokens[i].start : tokens[i].end]
        if said[:1].isupper():
            return False
    if all(t.norm in PUNCT or t.norm in _ANSWER_START for t in tokens[:i]):
        return False
    for k in range(max(0, i - 3), i):
        w = tokens[k].norm
        if w in _TOOL_LEADS:
            if w == "on" and is_time:
                before = tokens[k - 1].norm if k > 0 else ""
                if before not in _BE_OR_SUBJECT:
                    continue  # "call me on Monday"
            return False
    return True


def _not_in_use(tokens: list[Token], last: int) -> bool:
    """A denial after the name: "we have HubSpot but nobody uses it"."""
    end = last + 1
    while end < len(tokens) and end - last <= 10:
        w = tokens[end].norm
        if w in {".", "!", "?", ";", "so"}:
            break
        end += 1
    return any(
        _match_at(tokens, j, p) and j + len(p) <= end
        for j in range(last + 1, end)
        for p in _NOT_IN_USE
        if p[0] == tokens[j].norm
    )


@functools.lru_cache(maxsize=1024)
def _option_index(
    options: tuple[tuple[str, tuple[str, ...]], ...],
) -> tuple[tuple[str, tuple[str, ...], str, tuple[str, ...]], ...]:
    """Per name of every option: its stems, its letters run together, and the stems that name
    the option alone (a partial match). Built once per option list, not once per sentence."""
    names = {oid: _names(oid, syns) for oid, syns in options}
    owners: dict[str, set[str]] = {}
    for oid, ns in names.items():
        for n in ns:
            for w in n:
                owners.setdefault(stem(w), set()).add(oid)
    out: list[tuple[str, tuple[str, ...], str, tuple[str, ...]]] = []
    for oid, ns in names.items():
        for n in ns:
            want = tuple(stem(w) for w in n)
            partial = tuple(
                w
                for w in want
                if len(want) > 1
                and not (w in _WEAK or len(w) < 3 or len(owners.get(w, set())) != 1)
            )
            out.append((oid, want, compact(" ".join(n)), partial))
    return tuple(out)


@functools.lru_cache(maxsize=1024)
def _option_lookup(
    options: tuple[tuple[str, tuple[str, ...]], ...],
) -> tuple[dict[str, tuple[int, ...]], dict[tuple[str, int], tuple[int, ...]]]:
    """The names (by place in :func:`_option_index`) a stem, or a gram of a given first letter
    and length, could match: a sentence then tries only the names its words could match."""
    by_stem: dict[str, list[int]] = {}
    by_shape: dict[tuple[str, int], list[int]] = {}
    for k, (_, want, target, partial) in enumerate(_option_index(options)):
        for w in (want[0], *partial):
            by_stem.setdefault(w, []).append(k)
        if len(target) >= 4:
            size = len(target)
            for gram_size in range(size - 2, size + 3) if size >= 5 else (size,):
                by_shape.setdefault((target[:1], gram_size), []).append(k)
    return (
        {w: tuple(ks) for w, ks in by_stem.items()},
        {shape: tuple(ks) for shape, ks in by_shape.items()},
    )


@functools.lru_cache(maxsize=16384)
def _similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


_Gram = tuple[int, int, str]


@functools.lru_cache(maxsize=2048)
def _sentence_index(
    norms: tuple[str, ...],
) -> tuple[tuple[str, ...], dict[str, list[int]], dict[tuple[str, int], list[_Gram]]]:
    """A sentence's stems, where each stem occurs, and its grams by first letter and length.

    A gram is up to three adjacent tokens run together, for names spelled apart ("hub spot",
    "g-suite"). Every choice criterion reads the same sentence, so this is worked out once;
    the result is shared, so callers only read it.
    """
    stems = tuple(stem(w) for w in norms)
    at: dict[str, list[int]] = {}
    for i, s in enumerate(stems):
        at.setdefault(s, []).append(i)
    by_shape: dict[tuple[str, int], list[_Gram]] = {}
    for i in range(len(norms)):
        joined = ""
        for j in range(i, min(i + 3, len(norms))):
            if norms[j] in PUNCT and norms[j] != "-":
                break
            joined += compact(norms[j])
            by_shape.setdefault((joined[:1], len(joined)), []).append((i, j, joined))
    return stems, at, by_shape


def find_hits(
    tokens: list[Token], options: dict[str, tuple[str, ...]], text: str | None = None
) -> list[Hit]:
    """Every mention of an option in ``tokens``, best match per place, in order of appearance.

    ``text`` (the words the tokens came from) lets a capitalised name count as a name.
    """
    stem_run, at, by_shape = _sentence_index(tuple(t.norm for t in tokens))
    key = tuple((oid, tuple(syns)) for oid, syns in options.items())
    index = _option_index(key)
    names_by_stem, names_by_shape = _option_lookup(key)
    found: dict[tuple[int, int], Hit] = {}

    def add(hit: Hit) -> None:
        key = (hit.first, hit.last)
        old = found.get(key)
        if old is None or hit.strength > old.strength:
            found[key] = hit

    # Each name only looks where it could match. Names are taken in order and, within one
    # name, equal places get equal hits, so the hits kept are those of a full scan.
    maybe = {k for s in at for k in names_by_stem.get(s, ())}
    maybe.update(k for shape in by_shape for k in names_by_shape.get(shape, ()))
    for oid, want, target, partial in (index[k] for k in sorted(maybe)):
        m = len(want)
        for i in at.get(want[0], ()):
            if stem_run[i : i + m] == want:
                add(Hit(oid, i, i + m - 1, 1.0, "exact"))
        # spelled together or apart ("hub spot", "g-suite"): a gram with the name's first
        # letter, of its length or (for a typo) within two letters of it
        if len(target) >= 4:
            size = len(target)
            for gram_size in range(size - 2, size + 3) if size >= 5 else (size,):
                for i, j, joined in by_shape.get((target[:1], gram_size), ()):
                    if joined == target and (j > i or m > 1):
                        add(Hit(oid, i, j, 1.0, "exact"))
                    elif (
                        len(target) >= 5
                        and abs(len(joined) - len(target)) <= 2
                        and joined[:1] == target[:1]
                        and tokens[i].norm not in STOPWORDS
                        and _similarity(joined, target) >= 0.85
                    ):
                        add(Hit(oid, i, j, 0.7, "typo"))
        for w in partial:
            for i in at.get(w, ()):
                add(Hit(oid, i, i, 0.75, "partial"))
    # Stronger matches first, then longer: a typo reading never hides an exact name inside it.
    hits = sorted(found.values(), key=lambda h: (-h.strength, -(h.last - h.first), h.first))
    kept: list[Hit] = []
    for h in hits:
        if any(k.first <= h.last and h.first <= k.last for k in kept):
            continue
        kept.append(h)
    kept = [h for h in kept if not _everyday_use(tokens, h, text) and not _consulted(tokens, h)]
    kept.sort(key=lambda h: h.first)
    out: list[Hit] = []
    for h in kept:
        others = {i for k in kept if k is not h for i in range(k.first, k.last + 1)}
        status, preferred = _status(tokens, h.first, h.last, others)
        if status == "current" and _not_in_use(tokens, h.last):
            status = "denied"
        out.append(Hit(h.option, h.first, h.last, h.strength, h.how, status, preferred))
    return out


def none_option(options: dict[str, tuple[str, ...]]) -> str | None:
    for oid, syns in options.items():
        if oid.lower() in _NONE_IDS or oid.lower().startswith(("no_", "none")):
            return oid
        if any(s.strip().lower() in {"none", "nothing", "no tool", "no system"} for s in syns):
            return oid
    return None


def says_nothing(tokens: list[Token]) -> tuple[int, int] | None:
    for i in range(len(tokens)):
        for p in _NOTHING:
            if _match_at(tokens, i, p):
                return i, i + len(p) - 1
    return None


def read_choice(
    tokens: list[Token], options: dict[str, tuple[str, ...]], text: str | None = None
) -> Choice | None:
    """The option the buyer uses now, or None when no option (or no clear one) was named."""
    hits = find_hits(tokens, options, text)
    current = [h for h in hits if h.status == "current"]
    if not current:
        nothing = says_nothing(tokens)
        none_id = none_option(options)
        if nothing is not None and none_id is not None and not hits:
            return Choice(none_id, 0.8, nothing[0], nothing[1], "nothing")
        return None
    by_option = list(dict.fromkeys(h.option for h in current))
    if len(by_option) == 1:
        best = max((h for h in current), key=lambda h: h.strength)
        conf = 0.95 * best.strength
        if len(hits) > len(current):
            conf *= 0.95  # another option was named and set aside
        return Choice(best.option, conf, best.first, best.last, best.how)
    preferred = [h for h in current if h.preferred]
    pref_options = list(dict.fromkeys(h.option for h in preferred))
    if len(pref_options) == 1:
        best = max((h for h in preferred), key=lambda h: h.strength)
        return Choice(best.option, 0.8 * best.strength, best.first, best.last, "mostly")
    first = current[0]
    return Choice(first.option, 0.6 * first.strength, first.first, first.last, "first named")
