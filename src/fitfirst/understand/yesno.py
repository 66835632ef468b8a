"""Yes or no, as people say it: "yep", "we do", "not really", "hardly ever", or by restating.

Three readings, tried in order and cross-checked:

1. a yes/no word or phrase at the start ("yeah", "not at all", "I'd say so");
2. an echo of the question's verb ("we do", "they don't", "we need to");
3. a restatement that shares the question's words or concepts, with the polarity decided by
   negation ("they're always online" answers "... without an internet connection?" with no).

When the first and the third disagree ("yeah, they're always online"), the answer is unclear.
"""

from __future__ import annotations

import difflib
import functools
from dataclasses import dataclass

from fitfirst.understand.text import (
    CLAUSE_BREAKS,
    FILLERS,
    PUNCT,
    STOPWORDS,
    Token,
    phrase_table,
    phrase_tokens,
    stem,
    tokenize,
    word_list,
    word_set,
)

# (phrase, value, confidence, needs_boundary): needs_boundary means the phrase only answers when
# nothing but a pronoun, a comma or the end follows ("no" in "no signal" is not an answer).
_PHRASES: tuple[tuple[str, bool, float, bool], ...] = (
    ("yes", True, 0.95, False),
    ("yeah", True, 0.95, False),
    ("yea", True, 0.9, False),
    ("yep", True, 0.95, False),
    ("yup", True, 0.95, False),
    ("ya", True, 0.85, True),
    ("yah", True, 0.85, False),
    ("aye", True, 0.9, True),
    ("sure", True, 0.9, True),
    ("sure thing", True, 0.9, False),
    ("absolutely", True, 0.95, True),
    ("definitely", True, 0.95, True),
    ("certainly", True, 0.95, True),
    ("correct", True, 0.95, True),
    ("that is correct", True, 0.95, False),
    ("that is right", True, 0.95, False),
    ("right", True, 0.8, True),
    ("exactly", True, 0.9, True),
    ("indeed", True, 0.9, True),
    ("totally", True, 0.9, True),
    ("of course", True, 0.95, False),
    ("for sure", True, 0.95, False),
    ("you bet", True, 0.9, False),
    ("big time", True, 0.9, False),
    ("very much", True, 0.9, False),
    ("very much so", True, 0.95, False),
    ("uh huh", True, 0.85, False),
    ("mhm", True, 0.85, False),
    ("mm hmm", True, 0.85, False),
    ("affirmative", True, 0.9, False),
    ("obviously", True, 0.9, True),
    ("i would say so", True, 0.85, False),
    ("i would think so", True, 0.8, False),
    ("i think so", True, 0.8, False),
    ("i believe so", True, 0.8, False),
    ("i guess so", True, 0.75, False),
    ("i suppose so", True, 0.75, False),
    ("i would say yes", True, 0.85, False),
    ("pretty much", True, 0.8, False),
    ("mostly", True, 0.75, True),
    ("probably", True, 0.65, True),
    ("kind of", True, 0.6, True),
    ("sort of", True, 0.6, True),
    ("somewhat", True, 0.6, True),
    ("a bit", True, 0.6, True),
    ("a little", True, 0.6, True),
    ("all the time", True, 0.85, False),
    ("always", True, 0.85, True),
    ("constantly", True, 0.85, True),
    ("every day", True, 0.85, True),
    ("daily", True, 0.8, True),
    ("often", True, 0.8, True),
    ("usually", True, 0.8, True),
    ("frequently", True, 0.8, True),
    ("regularly", True, 0.8, True),
    ("a lot", True, 0.8, True),
    ("most of the time", True, 0.8, False),
    # "sometimes" is a yes: if the need comes up at all, it has to be met.
    ("sometimes", True, 0.6, False),
    ("occasionally", True, 0.6, False),
    ("now and then", True, 0.6, False),
    ("every now and then", True, 0.6, False),
    ("from time to time", True, 0.6, False),
    ("once in a while", True, 0.6, False),
    ("on occasion", True, 0.6, False),
    ("at times", True, 0.6, False),
    ("here and there", True, 0.55, False),
    # "yeah, no" is a no and "no, yeah" a yes in casual speech: the second word is the answer.
    ("yeah no", False, 0.7, False),
    ("yes no", False, 0.6, False),
    ("no yeah", True, 0.7, False),
    ("not that i am aware of", False, 0.75, False),
    ("not as far as i am aware", False, 0.75, False),
    ("not to my knowledge", False, 0.75, False),
    ("not yet", False, 0.7, False),
    ("not for now", False, 0.7, False),
    ("not right now", False, 0.7, False),
    ("not at the moment", False, 0.7, False),
    ("not currently", False, 0.7, False),
    ("no", False, 0.95, True),
    ("nope", False, 0.95, False),
    ("nah", False, 0.9, False),
    ("naw", False, 0.9, False),
    ("no way", False, 0.95, False),
    ("no thanks", False, 0.9, False),
    ("no need", False, 0.9, False),
    ("not really", False, 0.85, False),
    ("not at all", False, 0.95, False),
    ("not particularly", False, 0.8, False),
    ("not much", False, 0.75, False),
    ("not often", False, 0.7, False),
    ("not usually", False, 0.75, False),
    ("not necessarily", False, 0.65, False),
    ("not that i know of", False, 0.75, False),
    ("not as far as i know", False, 0.75, False),
    ("not anymore", False, 0.85, False),
    ("not any more", False, 0.85, False),
    ("no longer", False, 0.8, True),
    ("definitely not", False, 0.95, False),
    ("absolutely not", False, 0.95, False),
    ("certainly not", False, 0.95, False),
    ("of course not", False, 0.95, False),
    ("probably not", False, 0.65, False),
    ("i do not think so", False, 0.8, False),
    ("do not think so", False, 0.8, False),
    ("i would not say so", False, 0.8, False),
    ("i would say no", False, 0.85, False),
    ("i doubt it", False, 0.7, False),
    ("i guess not", False, 0.75, False),
    ("i suppose not", False, 0.75, False),
    ("not so much", False, 0.75, False),
    ("negative", False, 0.9, True),
    ("never", False, 0.9, True),
    ("never ever", False, 0.95, False),
    ("hardly ever", False, 0.65, False),
    ("almost never", False, 0.7, False),
    ("rarely", False, 0.65, True),
    ("seldom", False, 0.65, True),
    ("hardly", False, 0.6, True),
    ("barely", False, 0.6, True),
    ("nothing like that", False, 0.8, False),
    ("none", False, 0.7, True),
)
_TABLE: tuple[tuple[tuple[str, ...], bool, float, bool], ...] = tuple(
    sorted(((tuple(p.split()), v, c, b) for p, v, c, b in _PHRASES), key=lambda e: -len(e[0]))
)
_BOUNDARY_OK = word_set(
    """absolutely all and at but definitely he i indeed it man mate my never not our really she
    sir so thank thanks that the there they this totally way we you"""
)
_MIXED: tuple[tuple[str, ...], ...] = phrase_table(
    """yes and no | yes or no | no and yes | it depends | depends | maybe | possibly | i hope so
    | could be | might | hard to say"""
)
_CORRECTIONS: tuple[tuple[str, ...], ...] = phrase_table(
    """actually | i mean | sorry | no wait | wait | or rather | scratch that | on second thought
    | let me think | let me see | let us see | let me check | let me think about it | good
    question | come to think of it | now that i think about it | thinking about it"""
)
_LEADING_SKIP = FILLERS | {
    "god",
    "hell",
    "gosh",
    "lord",
    "geez",
    "boy",
    "well",
    "oh",
    "so",
    "honestly",
    "like",
    "hmm",
    "look",
    "ok",
    "okay",
    "and",
    "um",
}
_SUBJECTS = frozenset(
    {"we", "i", "they", "it", "that", "he", "she", "everyone", "everybody", "you"}
)
_SUBJECT_PAIRS = frozenset(
    {("our", "people"), ("our", "team"), ("my", "team"), ("our", "guys"), ("the", "team")}
)
_AUX = word_set(
    """am are can could did do does has have is must need needs require requires should use uses
    want was were will would"""
)
_ADVERBS = word_set(
    """absolutely actually all always both certainly definitely did do does generally kind mostly
    normally of often probably really sort still sure surely totally usually"""
)
_OBJECT_ENDINGS = frozenset(
    {"that", "it", "this", "so", "to", "them", "one", "too", "as", "well", "yes", "no"}
)

# Words that flip the polarity of what follows within a clause.
_NEGATORS = word_set(
    """bad barely dead dodgy drop dropping drops flaky hardly intermittent lack lacking lacks
    limited lose losing lost lousy missing neither never no none nor not nothing patchy poor
    rarely seldom spotty terrible unreliable weak without zero"""
)

# Words after a topic that deny it ("signal is patchy", "internet is not an option").
_POST_NEGATORS = word_set(
    """awful bad dead dodgy down existent flaky gone intermittent limited lousy missing never
    nonexistent not patchy poor sketchy spotty terrible unavailable unreliable useless weak"""
)

# Concept groups: words that speak of the same thing, with True for the thing and False for its
# absence ("offline" is connectivity denied). Small on purpose; literal word overlap does the rest.
_CONCEPTS: dict[str, tuple[str, bool]] = {}
for _group, _pos, _neg in (
    (
        "connectivity",
        "internet online connection connected connectivity signal wifi network coverage reception "
        "4g 5g lte broadband web wlan",
        "offline disconnected unplugged",
    ),
    ("cloud", "cloud hosted saas aws azure gcp", "prem premise premises selfhosted server servers"),
    # Antonym pairs: the word for one side is a "no" to a question about the other.
    (
        "ownership",
        "own owns owned owner owners bought deed freehold",
        "rent rents renting rented renter renters rental tenant tenants tenancy landlord landlady "
        "lease leasing leased",
    ),
    (
        "inhouse",
        "inhouse internal internally ourselves",
        "outsource outsourced outsourcing agency agencies contractor contractors freelancer "
        "freelancers external externally vendor",
    ),
    (
        "approver",
        "ceo cfo coo cto cio md gm founder founders boss owner director directors vp board sponsor "
        "sponsoring sponsors sponsored approver approve approves approval signoff budgetholder "
        "decisionmaker",
        "",
    ),
    (
        "paper",
        "paper paperwork printed printout clipboard handwritten",
        "paperless digital electronic",
    ),
    (
        "mobile",
        "mobile phone phones smartphone smartphones tablet tablets ipad iphone android app apps",
        "",
    ),
    (
        "field",
        "field road onsite outdoors van vans truck trucks travel traveling travelling",
        "desk desks",
    ),
    (
        "compliance",
        "hipaa gdpr soc compliance compliant regulated regulation regulations regulatory "
        "certification certified iso",
        "",
    ),
    ("language", "language languages multilingual translation translate bilingual", ""),
    (
        "afterhours",
        "night nights weekend weekends overnight evening evenings shift shifts",
        "weekday weekdays daytime",
    ),
    # Getting somewhere: by car (needing a parking space) or by any other means.
    (
        "driving",
        "car cars drive driving parking",
        "bike bikes bicycle cycle cycling train trains bus buses tube subway metro tram transit",
    ),
    (
        "integration",
        "integrate integration integrations api apis sync synchronize webhook webhooks",
        "",
    ),
    (
        "growth",
        "grow growing growth hiring expand expanding scaling",
        "shrink shrinking downsizing layoffs",
    ),
):
    for _w in _pos.split():
        _CONCEPTS[stem(_w)] = (_group, True)
    for _w in _neg.split():
        _CONCEPTS[stem(_w)] = (_group, False)

# Question words that say nothing about the topic.
_GENERIC = (
    frozenset(
        stem(w)
        for w in word_list(
            """need needs want work working use using have people team staff guy guys folk
            folks employee employees user users member members someone anyone anybody
            company business organisation organization currently today usually often ever
            also able plan planning time times day days everyone everybody whole entire full
            does do did would could should will can must require requires required"""
        )
    )
    | STOPWORDS
)


@dataclass(frozen=True)
class YesNo:
    value: bool
    confidence: float
    explanation: str
    first: int
    last: int


def _match_at(tokens: list[Token], i: int, phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return i + n <= len(tokens) and all(tokens[i + k].norm == phrase[k] for k in range(n))


def _contains(tokens: list[Token], phrase: tuple[str, ...]) -> bool:
    return any(_match_at(tokens, i, phrase) for i in range(len(tokens)))


def _segments(tokens: list[Token]) -> list[list[Token]]:
    """Split at self-corrections ("no, actually we do"); the last segment is what they meant."""
    segs: list[list[Token]] = [[]]
    i = 0
    while i < len(tokens):
        hit = next((p for p in _CORRECTIONS if _match_at(tokens, i, p)), None)
        if hit is not None:
            # at the start ("I mean, yeah") it is only a lead-in
            if any(t.norm not in PUNCT for t in segs[-1]):
                segs.append([])
            i += len(hit)
            continue
        segs[-1].append(tokens[i])
        i += 1
    return [s for s in segs if any(t.norm not in PUNCT for t in s)]


def _leading(tokens: list[Token]) -> tuple[bool, float, str, int, int] | None:
    i = 0
    while i < len(tokens) and (tokens[i].norm in _LEADING_SKIP or tokens[i].norm in PUNCT):
        i += 1
    for phrase, value, conf, boundary in _TABLE:
        if not _match_at(tokens, i, phrase):
            continue
        j = i + len(phrase)
        if boundary and j < len(tokens):
            nxt = tokens[j].norm
            if nxt not in PUNCT and nxt not in _BOUNDARY_OK and nxt not in FILLERS:
                continue
        return value, conf, " ".join(phrase), i, j - 1
    return None


def _echo(tokens: list[Token], question: list[Token]) -> tuple[bool, float, str, int, int] | None:
    """ "we do", "they don't", "we really need to", "it is": the question's verb, echoed."""
    i = 0
    while i < len(tokens) and (tokens[i].norm in _LEADING_SKIP or tokens[i].norm in PUNCT):
        i += 1
    start = i
    if i < len(tokens) and tokens[i].norm in _SUBJECTS:
        i += 1
    elif i + 1 < len(tokens) and (tokens[i].norm, tokens[i + 1].norm) in _SUBJECT_PAIRS:
        i += 2
    else:
        return None
    negated = False
    saw_aux = False
    q_words = {t.norm for t in question}
    while i < len(tokens):
        w = tokens[i].norm
        if w in {"not", "never"}:
            negated = True
        elif w in _AUX:
            if (
                w in {"need", "needs", "require", "requires", "want", "use", "uses"}
                and w not in q_words
            ) and stem(w) not in {stem(q) for q in q_words}:
                return None
            saw_aux = True
        elif w not in _ADVERBS:
            break
        i += 1
    if not saw_aux:
        return None
    # What follows the verb must be empty or a stand-in ("we do need that"), not new content that
    # the restatement reading should weigh.
    rest = [t for t in tokens[i:] if t.norm not in PUNCT]
    stand_in = not rest or rest[0].norm in _OBJECT_ENDINGS or rest[0].norm in FILLERS
    if not stand_in and (len(rest) > 1 or rest[0].norm not in {"need", "have"}):
        return None
    words = " ".join(t.norm for t in tokens[start:i])
    return (not negated), 0.85, words, start, i - 1


def _negates(tokens: list[Token], k: int) -> bool:
    """A negator, or the contrast of "rather than" / "instead of" ("own servers rather than the
    cloud" speaks of the cloud as the thing not wanted)."""
    w = tokens[k].norm
    if w in _NEGATORS or w in {"instead", "versus", "vs", "unlike"}:
        return True
    return w == "than" and k > 0 and tokens[k - 1].norm == "rather"


# Phrases that speak of one concept word: "own servers" is on-premise, not home ownership.
_PHRASE_WORDS: dict[tuple[str, ...], str] = {
    tuple(p.split()): w
    for p, w in (
        ("own servers", "servers"),
        ("own server", "servers"),
        ("our servers", "servers"),
        ("on premise", "premise"),
        ("on premises", "premise"),
        ("on prem", "premise"),
        ("on - prem", "premise"),
        ("on - premise", "premise"),
        ("on - premises", "premise"),
        ("self hosted", "selfhosted"),
        ("hosted by us", "selfhosted"),
        ("host it ourselves", "selfhosted"),
        ("host it ourself", "selfhosted"),
        ("hosted internally", "selfhosted"),
        ("hosted in house", "selfhosted"),
        ("hosted in - house", "selfhosted"),
        ("hosted on site", "selfhosted"),
        ("server room", "servers"),
        ("on its own", "standalone"),
        ("hosted on premise", "premise"),
        ("hosted on premises", "premise"),
        ("hosted on prem", "premise"),
        # A mail server or self-serve buying says nothing about where software runs.
        ("mail server", "mailserver"),
        ("email server", "mailserver"),
        ("exchange server", "mailserver"),
        ("self serve", "selfserve"),
        ("self - serve", "selfserve"),
        ("self service", "selfserve"),
        ("office hours", "daytime"),
        ("business hours", "daytime"),
        ("working hours", "daytime"),
        ("opening hours", "daytime"),
        ("normal hours", "daytime"),
        ("nine to five", "daytime"),
        ("9 to 5", "daytime"),
        ("public transport", "transit"),
        ("public transportation", "transit"),
        ("public transit", "transit"),
        ("self - hosted", "selfhosted"),
        ("data centre", "servers"),
        ("data center", "servers"),
        ("in house", "inhouse"),
        ("in - house", "inhouse"),
        ("our own people", "inhouse"),
        ("third party", "external"),
        ("third - party", "external"),
        ("sign off", "signoff"),
        ("signs off", "signoff"),
        ("signing off", "signoff"),
        ("budget holder", "budgetholder"),
        ("budget owner", "budgetholder"),
        ("decision maker", "decisionmaker"),
        ("managing director", "director"),
        ("holds the budget", "budgetholder"),
        ("holds the purse strings", "budgetholder"),
    )
}
_PHRASE_FIRST = frozenset(p[0] for p in _PHRASE_WORDS)


def _phrase_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """The concept word a phrase starting at ``i`` stands for, and the phrase's length."""
    if tokens[i].norm not in _PHRASE_FIRST:
        return None
    best: tuple[str, int] | None = None
    for phrase, word in _PHRASE_WORDS.items():
        if _match_at(tokens, i, phrase) and (best is None or len(phrase) > best[1]):
            best = (word, len(phrase))
    return best


# Concept words whose stem other words share: "serve" and "server" both stem to "serv".
_EXACT_FORMS: dict[str, frozenset[str]] = {stem("servers"): frozenset({"server", "servers"})}

# How far a negated verb or a negated list reaches: "we don't need anything on our own
# servers", "no health data or card numbers involved".
_SCOPE = 9
_NEGATED_VERB_AUX = word_set("do does did will would can could should must need")
_LIST_JOINERS = frozenset({"or", "nor", "and"})


def _scoped_negation(tokens: list[Token], a: int, b: int) -> bool:
    """A negator in ``tokens[a:b]`` whose scope reaches past the usual few words: a negated
    verb ("don't need", "won't use") or a "no"/"neither" heading a list joined by "or"."""
    for k in range(max(0, a), max(0, b)):
        w = tokens[k].norm
        if w in {"not", "never"} and k > 0 and tokens[k - 1].norm in _NEGATED_VERB_AUX:
            return True
        if w in {"no", "neither", "without"} and any(
            tokens[j].norm in _LIST_JOINERS for j in range(k + 1, min(len(tokens), k + _SCOPE))
        ):
            return True
    return False


# Short forms in names: "Ft. Collins" is Fort Collins, "Mt Vernon" Mount Vernon.
_SHORT_FORMS = {"ft": "fort", "st": "saint", "mt": "mount", "pt": "port"}


def _occurrences(tokens: list[Token]) -> list[tuple[str, bool, int]]:
    """(concept, polarity, index) for each topical word; polarity flipped by nearby negators."""
    out: list[tuple[str, bool, int]] = []
    clause_start = 0
    skip_to = 0
    for i, t in enumerate(tokens):
        if t.norm in CLAUSE_BREAKS or t.norm in {",", "but"}:
            clause_start = i + 1
            continue
        if i < skip_to or (not t.is_word and not t.is_number):
            continue
        phrase = _phrase_at(tokens, i)
        form = _SHORT_FORMS.get(t.norm, t.norm)
        s = stem(form)
        if phrase is not None:
            form = phrase[0]
            s = stem(form)
            skip_to = i + phrase[1]
        if s in _CONCEPTS and form in _EXACT_FORMS.get(s, (form,)):
            concept, positive = _CONCEPTS[s]
        elif s in _GENERIC or t.norm in _GENERIC or len(s) < 3 or t.norm in _NEGATORS:
            continue
        else:
            concept, positive = "w:" + s, True
        flips = sum(1 for k in range(max(clause_start, i - 4), i) if _negates(tokens, k))
        if not flips and _scoped_negation(tokens, max(clause_start, i - _SCOPE), i - 4):
            flips = 1
        # "the coverage out there is terrible", "salesforce isn't something we use"
        for k in range(i + 1, min(len(tokens), i + 6)):
            w = tokens[k].norm
            if w in CLAUSE_BREAKS or w in {",", "but", "and"}:
                break
            if w in _POST_NEGATORS:
                flips += 1
                break
        out.append((concept, positive == (flips % 2 == 0), i))
    return out


@dataclass(frozen=True)
class Topic:
    """What a yes/no question is about: its words, each concept's polarity, and which bare
    words are distinctive enough to decide on their own (names, and the playbook's signals)."""

    tokens: tuple[Token, ...]
    polarity: dict[str, bool]
    strong: frozenset[str]
    frame: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=256)
def topic(question: str, signals: tuple[str, ...] = ()) -> Topic:
    q_tokens = tokenize(question)
    polarity: dict[str, bool] = {}
    strong: set[str] = set()
    for concept, pol, idx in _occurrences(q_tokens):
        polarity.setdefault(concept, pol)
        t = q_tokens[idx]
        if (
            concept.startswith("w:")
            and idx > 0
            and any(ch.isupper() for ch in question[t.start : t.end])
        ):
            strong.add(concept)  # "Salesforce", "HIPAA": a name is distinctive
    from_signals: dict[str, set[bool]] = {}
    asked = set(polarity)
    frame: set[str] = set()
    for sig in signals:
        occ = _occurrences(tokenize(sig))
        words = phrase_tokens(sig)
        if (
            len(occ) == 1
            and occ[0][0].startswith("w:")
            and {"we", "i", "they"} & set(words)
            and sum(w not in STOPWORDS for w in words) == 1
        ):
            # "we live in": a frame around the answer, not a word of its topic
            frame.add(occ[0][0])
        for concept, pol, _ in occ:
            from_signals.setdefault(concept, set()).add(pol)
            if concept.startswith("w:") and len(phrase_tokens(sig)) == 1:
                strong.add(concept)  # a one-word signal ("hipaa"), not a word of a phrase
    for concept, pols in from_signals.items():
        if concept not in polarity and len(pols) == 1:
            polarity[concept] = next(iter(pols))
    return Topic(tuple(q_tokens), polarity, frozenset(strong), frozenset(frame - asked))


def _near_name(concept: str, said: str, about: Topic) -> str | None:
    """A strong name of the question said with a slip: "Lovland" for the signal "loveland"."""
    word = said
    if not concept.startswith("w:") or len(word) < 5 or not word.isalpha():
        return None
    for strong in about.strong:
        name = strong[2:]
        if (
            len(name) >= 5
            and name[0] == word[0]
            and abs(len(name) - len(word)) <= 2
            and difflib.SequenceMatcher(None, word, name).ratio() >= 0.85
        ):
            return strong
    return None


def _restatement(tokens: list[Token], about: Topic) -> tuple[bool, float, str, int, int] | None:
    verdicts: list[tuple[bool, int, str, str]] = []
    for said, pol, idx in _occurrences(tokens):
        concept = said
        if concept not in about.polarity:
            concept = _near_name(said, tokens[idx].norm, about) or said
        if concept in about.polarity and concept not in about.frame:
            verdicts.append((pol == about.polarity[concept], idx, tokens[idx].norm, concept))
    if not verdicts:
        return None
    values = {v for v, _, _, _ in verdicts}
    if len(values) != 1:
        # "only marketing data, nothing medical": a plain shared word ("data") against a name
        # or concept ("medical"); the distinctive words decide when they agree.
        verdicts = [v for v in verdicts if not v[3].startswith("w:") or v[3] in about.strong]
        values = {v for v, _, _, _ in verdicts}
        if len(values) != 1:
            return None
    found = {c for _, _, _, c in verdicts}
    # One plain shared word ("data") is too weak; a concept, a name or two words will do.
    if not any(not c.startswith("w:") or c in about.strong for c in found) and len(found) < 2:
        return None
    value = values.pop()
    conf = 0.6 if len(found) == 1 else 0.65
    first = min(i for _, i, _, _ in verdicts)
    last = max(i for _, i, _, _ in verdicts)
    what = ", ".join(dict.fromkeys(w for _, _, w, _ in verdicts))
    return value, conf, f'read from "{what}" against the question', first, last


def read_yes_no(tokens: list[Token], question: str, signals: tuple[str, ...] = ()) -> YesNo | None:
    """The yes/no in ``tokens`` for ``question``, or None when it cannot be told."""
    about = topic(question, signals)
    segs = _segments(tokens)
    for seg in reversed(segs):
        got = _read_segment(seg, about)
        if got is not None:
            if len(segs) > 1:
                got = YesNo(
                    got.value,
                    got.confidence * 0.9,
                    got.explanation + " (after a correction)",
                    got.first,
                    got.last,
                )
            return got
    return None


# Lead words that hedge the words after them rather than answer on their own.
_HEDGE_LEADS = frozenset(
    {"probably", "mostly", "usually", "kind of", "sort of", "somewhat", "often", "pretty much"}
)


def _read_segment(seg: list[Token], about: Topic) -> YesNo | None:
    if any(_contains(seg, p) for p in _MIXED[:3]):
        return None
    lead = _leading(seg)
    echo = _echo(seg, list(about.tokens)) if lead is None else None
    # The restatement is read from what follows the yes/no word, so "no" in "no, they're
    # always online" is not counted twice.
    rest = seg[lead[4] + 1 :] if lead is not None else seg
    said = _restatement(rest, about)
    if (
        lead is not None
        and said is not None
        and lead[2] in _HEDGE_LEADS
        and lead[4] + 1 < len(seg)
        and seg[lead[4] + 1].norm not in PUNCT
    ):
        lead = None  # "probably the train": a hedge on what follows, not a yes of its own
    first = lead or echo
    if first is not None:
        value, conf, words, a, b = first
        if said is not None and said[0] != value:
            return None
        if said is not None:
            conf = min(0.95, conf + 0.05)
        label = "yes" if value else "no"
        phrase = words if words in {"yes", "no"} else f"{label} ({words})"
        return YesNo(value, conf, phrase, a, b)
    if any(_contains(seg, p) for p in _MIXED):
        return None
    if said is not None:
        value, conf, words, a, b = said
        return YesNo(value, conf, f"{'yes' if value else 'no'} ({words})", a, b)
    # A yes/no word later on: "honestly I'd say no", "for us it's a yes".
    for i, t in enumerate(seg):
        if t.norm in {"yes", "yeah", "yep", "no", "nope"} and i > 0:
            prev = seg[i - 1].norm
            nxt = seg[i + 1].norm if i + 1 < len(seg) else "."
            if (
                prev in {"say", "a", "is", "probably", "mostly", "definitely", "so"}
                and nxt in PUNCT
            ):
                value = t.norm in {"yes", "yeah", "yep"}
                return YesNo(value, 0.75, f"{'yes' if value else 'no'} ({t.norm})", i, i)
            if prev == "," and nxt in PUNCT:
                # "eventually, yes": a yes or no standing alone at the end of a clause
                value = t.norm in {"yes", "yeah", "yep"}
                return YesNo(value, 0.7, f"{'yes' if value else 'no'} ({t.norm})", i, i)
    return None


def read_restatement(
    tokens: list[Token], question: str, signals: tuple[str, ...] = ()
) -> YesNo | None:
    """Yes/no from a statement that restates the question's topic, with nothing else to go on."""
    got = _restatement(tokens, topic(question, signals))
    if got is None:
        return None
    value, conf, words, a, b = got
    return YesNo(value, conf, f"{'yes' if value else 'no'} ({words})", a, b)


def concepts(tokens: list[Token]) -> set[str]:
    """The concept groups (not bare words) that ``tokens`` speak of."""
    return {_CONCEPTS[stem(t.norm)][0] for t in tokens if stem(t.norm) in _CONCEPTS}
