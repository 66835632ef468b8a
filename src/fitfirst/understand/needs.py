"""Needs a buyer voices, matched to a playbook's needs by shared content words.

A need matches a sentence when the sentence shares three topical words (after light stemming
and a small synonym table) with the need's statement or one of its examples, or two that cover
at least half of that phrase's words. Sentences that deny the need ("scheduling is not a
problem for us") and questions do not count.
"""

from __future__ import annotations

import functools
import re

from fitfirst.playbook.models import Need, Playbook
from fitfirst.understand.text import (
    PUNCT,
    STOPWORDS,
    Token,
    phrase_table,
    stem,
    tokenize,
    word_list,
)

_SENTENCE = re.compile(r"[^.!?;\n]+(?:[.!?;]+|$)")
_MAX_TEXT = 20000

# Words that say the same thing in a buyer's mouth; each group is read as its first word.
_GROUPS = (
    # spending time or money alike: "it eats my Friday afternoon", "I spend Friday on it"
    "money cost costs price pricing expensive cheap cheaper budget spend spending afford eat "
    "eats eating",
    "slow slower fast faster quick quickly speed delay delays wait waiting late hours forever",
    "lose losing lost miss missing missed drop dropped dropping forget forgetting forgotten slip "
    "slipping cracks",
    "track tracking follow monitor visibility overview",
    "customer customers client clients buyer buyers account accounts prospect prospects",
    "lead leads enquiry enquiries inquiry inquiries deal deals opportunity opportunities",
    "report reports reporting dashboard dashboards metrics stats statistics analytics insight "
    "insights",
    "manual manually hand retype retyping copy paste duplicate duplicated",
    "error errors mistake mistakes wrong typo typos incorrect inaccurate",
    "schedule scheduling calendar calendars booking bookings appointment appointments dispatch "
    "dispatching roster rota",
    "invoice invoices invoicing bill bills billing",
    "field technician technicians tech techs onsite site sites van vans truck trucks",
    "phone phones mobile app apps tablet tablets smartphone",
    "offline signal internet connection connectivity coverage wifi reception",
    "communicate communication email emails message messages chat",
    "compliance audit audits regulation regulations regulator inspection inspections certify",
    "grow growing growth scale scaling expand expanding",
    "paper paperwork form forms printout clipboard",
    "spreadsheet spreadsheets excel sheet sheets",
    "integrate integration integrations sync syncing connect api",
    "document documents docs file files",
    "pipeline pipelines forecast forecasts forecasting funnel",
    "month months quarter quarters",
    "climate environment environmental planet carbon emissions footprint green fossil "
    "sustainable sustainability",
    "electricity electric power energy",
)
_CANON: dict[str, str] = {}
for _line in _GROUPS:
    _ws = _line.split()
    for _w in _ws:
        _CANON.setdefault(stem(_w), stem(_ws[0]))

# Phrases that say one thing in several words, read as one concept word before matching:
# "never get a callback" and "follow-ups are forgotten" meet at "followup" and "lose".
_CONCEPT_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    sorted(
        (
            (tuple(phrase.split()), word)
            for word, phrases in {
                "followup": """follow up | follow - up | follow ups | follow - ups | follows up
                    | followed up | following up | call - back | call - backs | call back |
                    calls back | called back |
                    calling back | callback | callbacks | call people back | call folks back |
                    call them back | get back to | got back to | getting back to | chase up |
                    chasing up | chase | chasing""",
                "unknown": """no idea | no clue | do not know | does not know | did not know |
                    not sure | no visibility | can not tell | can not see | cannot see | no way
                    to know | in the dark | a guess | guess | guessing | guesswork | nobody can
                    see | no one can see | can not see | no view | no overview | blind""",
                "rise": """going up | goes up | gone up | went up | go up | keeps going up |
                    keep going up | rising | rise | rises | rose | increase | increased |
                    increases | increasing | raising | raise | raised | hike | hikes | climbing
                    | higher and higher | more expensive | doubled | through the roof""",
                "contribute": """do our part | do my part | do our bit | do my bit | do
                    something | do something good | make a difference | doing our part""",
            }.items()
            for phrase in phrases.split("|")
            if phrase.strip()
        ),
        key=lambda e: -len(e[0]),
    )
)
_CONCEPT_FIRST = frozenset(p[0] for p, _ in _CONCEPT_PHRASES)
# Only phrases that start with a word can start at it; longest first, as above.
_CONCEPT_BY_FIRST: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    first: tuple(e for e in _CONCEPT_PHRASES if e[0][0] == first) for first in _CONCEPT_FIRST
}
_CALL_VERBS = frozenset(
    {"call", "calls", "called", "calling", "ring", "rings", "rang", "ringing", "phone", "phoned"}
)
# Irregular forms the stemmer cannot reach.
_LEMMAS = {
    "went": "go",
    "gone": "go",
    "forgot": "forget",
    "forgotten": "forget",
    "lost": "lose",
    "paid": "pay",
    "bought": "buy",
    "ran": "run",
    "broke": "break",
    "broken": "break",
    "took": "take",
    "taken": "take",
    "knew": "know",
    "known": "know",
    "left": "leave",
    "sent": "send",
    "spent": "spend",
    "wrote": "write",
    "written": "write",
    "fell": "fall",
    "fallen": "fall",
}
# An action left undone reads as that action lost: "never get a callback", "no follow-up".
_UNDONE_NEGATORS = frozenset({"never", "no", "nobody", "not", "without", "nothing", "none"})
_ACTIONS = frozenset({"followup", "reply", "respond", "answer", "contact", "return"})

# Content words too general to make a match on their own.
_WEAK = frozenset(
    stem(w)
    for w in word_list(
        """team people staff need needs want wants work works working better easy easier
        help helps thing things way ways make makes good great get able know see keep
        use using lot day days week weeks everything always new time times having
        problem problems issue issues trouble hard difficult pain real really whole
        entire constantly often every each back everyone everybody anyone anybody someone
        somebody"""
    )
)
# Words of time: they add to a match ("Friday afternoon") but never make one on their own
# ("we close forty deals a month" is not "no idea what will close this month").
_TIME = frozenset(
    _CANON.get(stem(w), stem(w))
    for w in word_list(
        """month months quarter quarters year years monday tuesday wednesday thursday friday
        saturday sunday morning mornings afternoon afternoons evening evenings night nights
        today yesterday tomorrow"""
    )
)
_DENIALS: tuple[tuple[str, ...], ...] = phrase_table(
    """do not need | does not need | no need | not a problem | no problem | not an issue | no
    issue | no issues | no problems | is fine | are fine | works fine | works well | work fine
    | work well | not worried | never had | under control | not a priority | do not care | not
    really a | not bothered | not a concern | no concern | not a big deal | handled | solved |
    sorted"""
)
_DENIALS_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(p for p in _DENIALS if p[0] == first) for first in {p[0] for p in _DENIALS}
}


# Words an option's name may lose in a paraphrase without becoming another thing:
# possessive, degree and duration words ("month end takes a week" for "takes forever"),
# and the general words and time words of needs.
_GENERIC_IN_NAMES = (
    frozenset(
        _CANON.get(stem(w), stem(w))
        for w in word_list("own just very quite pretty so too all forever ages long")
    )
    | _WEAK
    | _TIME
)


def _concept_words(tokens: list[Token]) -> list[str]:
    """Token words with concept phrases folded into one word each ("call back" -> followup)."""
    out: list[str] = []
    ws = [t.norm for t in tokens]
    i = 0
    while i < len(ws):
        if ws[i] in _CONCEPT_FIRST:
            hit = next(
                ((p, w) for p, w in _CONCEPT_BY_FIRST[ws[i]] if tuple(ws[i : i + len(p)]) == p),
                None,
            )
            if hit is not None:
                out.append("=" + hit[1])
                i += len(hit[0])
                continue
        if ws[i] in _CALL_VERBS and "back" in ws[i + 2 : i + 4]:
            # "ring customers back", "phone them all back"
            out.append("=followup")
            i = ws.index("back", i + 2) + 1
            continue
        out.append(_LEMMAS.get(ws[i], ws[i]))
        i += 1
    return out


def _content(tokens: list[Token]) -> set[str]:
    out: set[str] = set()
    words = _concept_words(tokens)
    for k, w in enumerate(words):
        if w.startswith("="):
            concept = w[1:]
            out.add(concept)
            if concept in _ACTIONS and any(v in _UNDONE_NEGATORS for v in words[max(0, k - 3) : k]):
                out.add(_CANON[stem("lose")])
            continue
        if w in PUNCT or w in STOPWORDS or not (w[:1].isalpha() or w[:1].isdigit()):
            continue
        s = stem(w)
        if len(s) < 3:
            continue
        out.add(_CANON.get(s, s))
    return out


def _phrases(need: Need) -> list[set[str]]:
    return [c for c in _phrase_contents((need.statement, *need.examples)) if c]


@functools.lru_cache(maxsize=1024)
def _phrase_contents(phrases: tuple[str, ...]) -> tuple[set[str], ...]:
    # A playbook's phrases are read against every sentence of a call: read them once. The sets
    # are shared between calls, so callers only read them.
    return tuple(_content(tokenize(p)) for p in phrases)


@functools.lru_cache(maxsize=2048)
def _sentence_content(tokens: tuple[Token, ...]) -> set[str]:
    # One sentence is read for every choice criterion and again as part of its turn. The set
    # is shared, so callers only read it.
    return _content(list(tokens))


def _denied(tokens: list[Token]) -> bool:
    ws = [t.norm for t in tokens]
    return any(
        tuple(ws[i : i + len(p)]) == p
        for i, w in enumerate(ws)
        if w in _DENIALS_BY_FIRST
        for p in _DENIALS_BY_FIRST[w]
    )


def _matches(sentence: set[str], phrase: set[str]) -> bool:
    shared = sentence & phrase
    strong = shared - _WEAK
    core = strong - _TIME
    if len(strong) >= 3 and core:
        return True
    if len(core) < 2:
        return False
    return len(shared) / len(phrase) >= 0.5


def denies_need(tokens: list[Token]) -> bool:
    """Whether the words deny a problem: "not a problem", "works fine", "under control"."""
    return _denied(tokens)


def _names_option(sentence: set[str], phrase: set[str]) -> bool:
    """Whether the sentence paraphrases an option's name with nothing distinctive left out.

    An option name is short and each content word narrows it: "our own servers" lacks the
    "mail" of "our own mail server", which is what makes it an email option at all. Only
    generic words ("own", "really", time words) may be missing.
    """
    return _matches(sentence, phrase) and not (phrase - sentence - _GENERIC_IN_NAMES)


def paraphrased_option(tokens: list[Token], options: dict[str, tuple[str, ...]]) -> str | None:
    """The one option whose descriptive names (two words or more) ``tokens`` paraphrase.

    "Month end takes a week" paraphrases "month end takes forever", as a need's example would
    be. None when no option, or more than one, is paraphrased, or the words deny it.
    """
    table = _option_phrases(tuple((option, tuple(names)) for option, names in options.items()))
    if not table or _denied(tokens):
        return None  # no option has a descriptive name, or the words deny it
    content = _sentence_content(tuple(tokens))
    hits: list[str] = []
    for option, phrases in table:
        if any(_names_option(content, p) for p in phrases):
            hits.append(option)
    return hits[0] if len(hits) == 1 else None


@functools.lru_cache(maxsize=1024)
def _option_phrases(
    options: tuple[tuple[str, tuple[str, ...]], ...],
) -> tuple[tuple[str, tuple[set[str], ...]], ...]:
    """The content words of each option's descriptive names; options without any are left out
    (they can never be paraphrased). The sets are shared, so callers only read them."""
    out: list[tuple[str, tuple[set[str], ...]]] = []
    for option, names in options:
        phrases = tuple(
            c
            for c in _phrase_contents(tuple(n for n in names if len(n.split()) >= 3))
            if len(c) >= 2
        )
        if phrases:
            out.append((option, phrases))
    return tuple(out)


def find_needs(playbook: Playbook, text: str) -> list[str]:
    """Ids of the playbook's needs that ``text`` (a buyer's words) voices, in playbook order."""
    if not isinstance(text, str) or not text.strip() or not playbook.needs:
        return []
    phrases = {n.id: _phrases(n) for n in playbook.needs}
    hit: set[str] = set()
    for m in _SENTENCE.finditer(text[:_MAX_TEXT]):
        sentence = m.group(0)
        if sentence.rstrip().endswith("?"):
            continue
        tokens = tokenize(sentence)
        if _denied(tokens):
            continue
        content = _sentence_content(tuple(tokens))
        for need_id, ps in phrases.items():
            if need_id not in hit and any(_matches(content, p) for p in ps):
                hit.add(need_id)
    return [n.id for n in playbook.needs if n.id in hit]
