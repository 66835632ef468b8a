"""Words as tokens: the small toolkit every reader in this package shares.

Spoken answers arrive with fillers, contractions, typographic punctuation and false starts.
Tokens keep their character span in the original text, so a finding can quote the words it
came from.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


def word_list(spec: str) -> list[str]:
    """Words written as one whitespace-separated string, in order."""
    return spec.split()


# One-to-one character replacements only, so spans in the cleaned text match the original.
_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2012": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2026": ".",
    }
)

_TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 1,200 / 30,000.50
    r"|\d+(?:\.\d+)?"  # 40 / 1.5
    r"|\.\d+"  # .5
    r"|[^\W\d_]+(?:'[^\W\d_]+)*"  # words and contractions (don't, we've)
    r"|[$€£¥~+%²³/&?!.,;:()\-]"
)

# Contractions expanded to the words they stand for; the pieces share the original span.
_CONTRACTIONS: dict[str, tuple[str, ...]] = {
    "don't": ("do", "not"),
    "doesn't": ("does", "not"),
    "didn't": ("did", "not"),
    "isn't": ("is", "not"),
    "aren't": ("are", "not"),
    "wasn't": ("was", "not"),
    "weren't": ("were", "not"),
    "haven't": ("have", "not"),
    "hasn't": ("has", "not"),
    "hadn't": ("had", "not"),
    "can't": ("can", "not"),
    "cannot": ("can", "not"),
    "couldn't": ("could", "not"),
    "won't": ("will", "not"),
    "wouldn't": ("would", "not"),
    "shouldn't": ("should", "not"),
    "mustn't": ("must", "not"),
    "needn't": ("need", "not"),
    "ain't": ("is", "not"),
    "dont": ("do", "not"),
    "doesnt": ("does", "not"),
    "didnt": ("did", "not"),
    "isnt": ("is", "not"),
    "arent": ("are", "not"),
    "havent": ("have", "not"),
    "cant": ("can", "not"),
    "wont": ("will", "not"),
    "i'm": ("i", "am"),
    "im": ("i", "am"),
    "i've": ("i", "have"),
    "i'd": ("i", "would"),
    "i'll": ("i", "will"),
    "we're": ("we", "are"),
    "we've": ("we", "have"),
    "we'd": ("we", "would"),
    "we'll": ("we", "will"),
    "they're": ("they", "are"),
    "they've": ("they", "have"),
    "they'd": ("they", "would"),
    "they'll": ("they", "will"),
    "you're": ("you", "are"),
    "you've": ("you", "have"),
    "it's": ("it", "is"),
    "that's": ("that", "is"),
    "there's": ("there", "is"),
    "what's": ("what", "is"),
    "he's": ("he", "is"),
    "she's": ("she", "is"),
    "let's": ("let", "us"),
    "y'all": ("you", "all"),
    "gonna": ("going", "to"),
    "wanna": ("want", "to"),
    "gotta": ("got", "to"),
    "kinda": ("kind", "of"),
    "sorta": ("sort", "of"),
    "dunno": ("do", "not", "know"),
}

PUNCT = frozenset('.,;:!?()-/&"')
CLAUSE_BREAKS = frozenset(".;:!?()")

# Words people use to hold the floor; they carry no answer.
FILLERS = frozenset({"um", "umm", "uh", "uhh", "uhm", "er", "erm", "hmm", "hm", "ah", "eh", "mm"})

NEGATORS = frozenset(
    {
        "not",
        "no",
        "never",
        "without",
        "none",
        "nobody",
        "nothing",
        "neither",
        "nor",
        "lack",
        "lacking",
    }
)

STOPWORDS = frozenset(
    word_list(
        """a an the and or but if so of to in on at by for with from as into onto over
        about than then that this these those there here it its it's is are was were be
        been being am do does did doing have has had having will would can could should
        shall may might must i me my mine we us our ours you your yours they them their
        theirs he him his she her hers what which who whom whose when where why how all
        any some each every both either just only very really quite also too even still
        yet again already ever much many more most lot lots kind sort thing things stuff
        like well yeah yes okay ok oh um uh er right now get got go going gets getting
        make makes made one ones way actually basically honestly pretty bit little least
        le let"""
    )
)


@dataclass(frozen=True)
class Token:
    """One word, number or mark; ``norm`` is its lower-case form, spans index the original."""

    norm: str
    start: int
    end: int

    @property
    def is_number(self) -> bool:
        return self.norm[:1].isdigit() or (self.norm[:1] == "." and len(self.norm) > 1)

    @property
    def is_word(self) -> bool:
        return self.norm[:1].isalpha()


def clean(text: str) -> str:
    """Typographic marks made plain, with the length kept so spans still fit the original."""
    return text.translate(_TRANSLATE)


# Texts longer than this (whole turns, pasted answers) are read once or twice: not cached.
_CACHED_CHARS = 600


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with contractions expanded (their pieces share the original span)."""
    # A review reads the same sentence for every criterion; tokens are immutable, so a cached
    # tuple is shared and each caller gets a list of its own.
    if len(text) > _CACHED_CHARS:
        return list(_tokenize.__wrapped__(text))
    return list(_tokenize(text))


@functools.lru_cache(maxsize=4096)
def _tokenize(text: str) -> tuple[Token, ...]:
    out: list[Token] = []
    for m in _TOKEN.finditer(clean(text)):
        word = m.group(0).lower()
        parts = _CONTRACTIONS.get(word)
        if parts is None and word.endswith("n't"):
            parts = (word[:-3], "not")
        if parts is None and "'" in word:
            head, _, tail = word.partition("'")
            if tail == "s":
                parts = (head,)  # possessive or "is": the head carries the meaning here
            elif tail in {"re", "ve", "ll", "d", "m"}:
                parts = (head,)
        for part in parts or (word,):
            out.append(Token(part, m.start(), m.end()))
    return tuple(out)


def words(tokens: list[Token]) -> list[str]:
    return [t.norm for t in tokens]


def clauses(tokens: list[Token]) -> list[list[Token]]:
    """Split on sentence marks, commas and "but": negation and hedges rarely reach across."""
    out: list[list[Token]] = [[]]
    for tok in tokens:
        if tok.norm in CLAUSE_BREAKS or tok.norm in {",", "but", "just", "only", "though"}:
            if out[-1]:
                out.append([])
            if tok.norm in {"just", "only"}:
                out[-1].append(tok)
            continue
        out[-1].append(tok)
    return [c for c in out if c]


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stripper: enough to meet "sheets"/"sheet" and "tracking"/"track"."""
    w = word.lower()
    if len(w) <= 3 or not w.isalpha():
        return w
    for suffix, repl, min_left in (
        ("ies", "y", 3),
        ("sses", "ss", 2),
        ("ingly", "", 4),
        ("edly", "", 4),
        ("ing", "", 3),
        ("ions", "", 4),
        ("ion", "", 4),
        ("ments", "", 4),
        ("ment", "", 4),
        ("ers", "", 3),
        ("er", "", 4),
        ("ed", "", 3),
        ("ly", "", 4),
        ("es", "", 3),
        ("s", "", 3),
    ):
        if w.endswith(suffix) and len(w) - len(suffix) >= min_left:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                continue
            if suffix == "es" and not w.endswith(("ches", "shes", "xes", "sses", "zes")):
                return w[:-1]
            w = w[: len(w) - len(suffix)] + repl
            break
    # doubled consonant left by -ing/-ed ("planning" -> "plann" -> "plan")
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


@functools.lru_cache(maxsize=65536)
def compact(text: str) -> str:
    """Letters and digits only, lower case: "Hub-Spot" and "hubspot" meet here."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


def phrase_tokens(phrase: str) -> list[str]:
    """Normalised word forms of a playbook phrase (a signal, synonym or unit)."""
    return list(_phrase_tokens(phrase))


@functools.lru_cache(maxsize=16384)
def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    # Playbook phrases are read again for every sentence of a call: worth keeping.
    return tuple(t.norm for t in _tokenize(phrase) if t.norm not in PUNCT)


def find_phrase(tokens: list[Token], phrase: list[str], *, stemmed: bool = True) -> int | None:
    """Index where ``phrase`` (normalised words) starts in ``tokens``, or None."""
    if not phrase:
        return None
    want = [stem(w) for w in phrase] if stemmed else phrase
    have = [stem(t.norm) for t in tokens] if stemmed else [t.norm for t in tokens]
    n = len(want)
    for i in range(len(have) - n + 1):
        if have[i : i + n] == want:
            return i
    return None


def strip_fillers(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.norm not in FILLERS]


def is_question(text: str) -> bool:
    return clean(text).rstrip().endswith("?")


def quote(text: str, tokens: list[Token]) -> str:
    """The original words from the first to the last of ``tokens``."""
    if not tokens:
        return ""
    return text[tokens[0].start : tokens[-1].end]


def phrase_table(spec: str) -> tuple[tuple[str, ...], ...]:
    """Phrases written as "not sure | no idea | ...", each split into its words, order kept."""
    return tuple(tuple(p.split()) for p in spec.split("|") if p.strip())


def word_set(spec: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string."""
    return frozenset(spec.split())


# The tag with which someone checks a statement rather than asks something new ("..., right?").
_CHECK_TAG = re.compile(
    r"[,\s\u2014\u2013-]*\b(?:is that (?:right|correct|fair)|have i got that(?: right)?"
    r"|did i get that(?: right)?|does that sound right|am i right|right|correct|fair|yeah|no"
    r"|is it|are you|do you|did you|have you|isn'?t it|aren'?t you|don'?t you|didn'?t you"
    r"|haven'?t you|wasn'?t it|yes)\W*\?\s*$",
    re.IGNORECASE,
)
# A question built as a question ("do you have...", "what is..."), not a statement with a "?".
_ASKING_START = re.compile(
    r"^\W*(?:and |so |now |okay,? |ok,? |but |also )?(?:(?:do|does|did|is|are|was|were|can"
    r"|could|have|has|had|would|will|should|shall|may|might|must|am)\b|(?:what|how|which|when"
    r"|where|who|whom|whose|why)\b)",
    re.IGNORECASE,
)


# Offers and proposals end with "?" too: "I can send you the list, if that helps?"
_OFFER = re.compile(r"^\W*(?:i|we|let|let's|shall)\b|\bif (?:that|it|you)\b", re.IGNORECASE)


def has_check_tag(sentence: str) -> bool:
    """Whether ``sentence`` ends with a checking tag ("..., right?", "is that fair?")."""
    return _CHECK_TAG.search(clean(sentence).strip()) is not None


def strip_check(sentence: str) -> str | None:
    """The statement a check puts to the listener, or None when ``sentence`` is no check.

    "You're on Outlook, right?" and "It's a duplex, from the photos?" check a statement;
    "Do you use Outlook?" asks. The tag is dropped, so the statement can be read as one.
    """
    s = clean(sentence).strip()
    if not s.endswith("?"):
        return None
    tagged = _CHECK_TAG.search(s)
    if tagged is not None:
        return s[: tagged.start()].strip(" ,") + "." if tagged.start() > 0 else ""
    if _ASKING_START.match(s) or _OFFER.search(s):
        return None
    body = s.rstrip("?").strip()
    if len(body.split()) < 3:
        return None  # "Really?", "Forty?": an echo, not a statement
    return body + "."
