"""Fit evidence from a call: what the buyer said, and seller summaries the buyer confirmed.

Only the buyer's words are evidence. A seller's claim ("I bet you've got fifty people") says
nothing about the buyer until the buyer confirms it; then it counts, with source "confirmed"
and both sides quoted. Questions and answers are paired: when the seller's turn asks about a
criterion (in any wording whose content overlaps the criterion's ask, rephrasings, signals or
options), the buyer turns that follow are read as answers to it, so a bare "about forty" counts.

Reading the words is left to :mod:`fitfirst.understand`; judging them to :mod:`fitfirst.fit`.
The one decision taken here is about self-corrections. The fit engine treats every piece it is
given as equally meant, and calls a criterion conflicting when pieces disagree about whether it
passes. A correction in the same breath ("twenty — well, twenty-five since March") is already
resolved by :func:`find_statements`; when a buyer corrects an earlier turn ("sorry, actually
it's fifty"), that buyer's earlier figure is dropped here. Disagreements between different
buyers, or a buyer changing a figure without a correction word, are all kept for the engine.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from fitfirst.fit.evidence import Evidence, NeedEvidence
from fitfirst.playbook.models import Criterion, Playbook
from fitfirst.review.labels_text import split_sentences
from fitfirst.review.types import RoledTurn
from fitfirst.understand import find_needs, find_statements
from fitfirst.understand.text import has_check_tag, strip_check
from fitfirst.understand.types import Understood
from fitfirst.understand.units import unit_info

# Words too common to say which criterion a question is about.
_STOPWORD_TEXT = """
a about all also am an and any are as at be been being but by can could did do does doing for
from get got had has have having how i i'd i'm if in into is it it's its just kind let me more
most my now of on one or our out over please quite really right roughly say so some sort tell
that that's the their them then there these they this those to today too up us was we we're were
what what's which who why will with would you you're your yours yourself currently
actually okay ok well like mean uh um know think much first next need needs something anything
thing things way want wanted should go going make use using lot bit time run running work
working yet set i'll absolutely again
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def _stem(word: str) -> str:
    """A light stemmer: enough to match "reps" with "rep" and "selling" with "sell"."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ing") and len(word) > 5:
        stem = word[:-3]
        # "running" -> "run", "shopping" -> "shop"
        return (
            stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls" else stem
        )
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


# Word families a seller uses interchangeably when putting a question in their own words
# ("how big is the sales team?" for "how many people sell for you?"). Kept generic: anything
# specific to one offer belongs in that playbook's signals and rephrasings.
_FAMILIES: dict[str, str] = {
    _stem(word): family
    for family, words in {
        "#size": "many big large size number count headcount",
        "#people": "people staff employee team rep seller salespeople member head user seat",
        "#sell": "sell sale sales selling sold quota",
        "#money": "budget spend cost price pay afford money invest fund budgeted pricing",
        "#time": "when timeline deadline date timing soon start",
        "#own": "owner homeowner rent renting renter landlord tenant mortgage deed",
        "#place": "where whereabouts located location area town city county zip address",
        "#age": "old age new year",
        "#face": "face facing direction orientation south north east west",
        "#host": "host hosted hosting server servers premise premises prem cloud saas",
        "#decide": "decide decision approve approval sign signoff sponsor sponsoring executive"
        " exec leadership boss ceo cfo cto coo vp director board",
        "#pain": "problem pain issue headache frustrating frustration struggle trouble hurt"
        " annoying nightmare challenge",
    }.items()
    for word in words.split()
}

# Idioms whose words mislead: "the final call" is a decision, not a phone call.
_IDIOM_WORDS = {
    "final call": "decision",
    "make the call": "decision",
    "makes the call": "decision",
    "final say": "decision",
    "call the shots": "decision",
    "calls the shots": "decision",
    "sign off": "signoff",
    "signs off": "signoff",
    "up and running": "live",
}
_IDIOMS = re.compile(
    r"\b(?:" + "|".join(re.escape(k) for k in _IDIOM_WORDS) + r")\b", re.IGNORECASE
)

# A buyer reply that confirms what the seller just summarised.
_CONFIRM = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|yup|right|correct|exactly|absolutely|definitely|sure|indeed|true"
    r"|mm-?hm+|uh-huh|that'?s (?:right|correct|it|about right|fair|true)|spot on|you got it"
    r"|pretty much|bang on)\b)",
    re.IGNORECASE,
)
# ...unless it takes the summary back straight away ("right, well, not quite").
_UNCONFIRM = re.compile(
    r"\b(?:not (?:quite|exactly|really)|no,|not sure|i don'?t know|i'?d have to check"
    r"|well,? actually|but (?:no|not|actually))\b",
    re.IGNORECASE,
)
# Questions that are not about the buyer: proposing a meeting, asking leave to ask, greetings.
_NOT_ABOUT_BUYER = re.compile(
    r"\b(?:can|may|could) i ask (?:a|some|you a)\b|\bmind if i ask\b|\bdo you mind\b"
    r"|\bis (?:now|this) (?:still )?a good time\b|\bis (?:this|that) (?:mr|mrs|ms)\b"
    r"|\bhow are you\b|\bsound (?:good|okay|ok|fair)\b|\bif (?:that|it) helps\b"
    r"|\bwould (?:it|that) help\b|\b(?:want|like) me to\b|\bi (?:can|could) (?:send|email|share)\b"
    r"|\b(?:how|what) about (?:we|i|next|on)\b|\bshall (?:we|i)\b|\bcan (?:we|i) (?:call|meet|book"
    r"|send|set)\b|\b(?:would|does|will|do) (?:that|this|it|\w+day|\w+ or \w+) work\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"^[$€£]?(?:\d[\d,.]*k?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)(?:-\w+)?)$",
    re.IGNORECASE,
)
# Words with which a speaker replaces what they just said.
_CORRECTION = re.compile(
    r"\b(?:actually|sorry|i mean|correction|scratch that|make that|i was wrong|i misspoke"
    r"|let me correct|i said \w+(?: \w+)?,? but)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Without a question mark, a sentence is a question only when it is built like one: "do you
# have...", "what is your...". "What I'd do instead is..." is not.
_QUESTION_START = re.compile(
    r"^\W*(?:and |so |now |okay,? |ok,? )?(?:(?:do|does|did|is|are|can|could|have|has|would"
    r"|will)\s+(?:you|your|the|there|it|they|we)\b|(?:what|how|which|when|where|who)\b"
    r"(?!\s+(?:i|we|i'd|i'll|we'll|we'd|i'm)\b))",
    re.IGNORECASE,
)
_MIN_MATCH = 0.5  # more than one answer option named alone, or one plain word of a question
_OPTION_WEIGHT = 0.45
_PHRASE_BONUS = 0.6
_RARE = 0.7  # idf of a word used by at most about a quarter of the criteria
_MARGIN = 1.2  # the best criterion must beat the next by this factor
_FAMILY_SHARE = 0.5
# A remark nobody asked for counts only when it is clear: "a trial with a few reps" is not
# a statement about the team's size, "forty people sell for us" is.
_MIN_VOLUNTEERED = 0.75
_SUMMARY_REACH = 2  # sentences before a "right?" that it checks
_UNIT_REACH = 3  # words from a number to its unit: "fifty euros a seat"
# Unit words too general to say which criterion a figure belongs to.
_NOT_UNITS = frozenset({"per", "eur", "usd", "dollar", "euro", "k", "thousand"})


@dataclass(frozen=True)
class _Piece:
    evidence: Evidence
    speaker: str
    corrects: bool  # said with a correction word ("actually, it's fifty now")


def call_evidence(
    playbook: Playbook, turns: Sequence[RoledTurn]
) -> tuple[list[Evidence], list[NeedEvidence]]:
    """Evidence and voiced needs from a call, in the order they were said.

    Buyer statements give evidence with source "buyer"; a seller summary that the buyer's next
    turn confirms gives evidence with source "confirmed". A seller's claim alone gives nothing.
    """
    vocab = _Vocabulary(playbook)
    pieces: list[_Piece] = []
    needs: list[NeedEvidence] = []
    asked: str | None = None
    previous_seller: RoledTurn | None = None
    for i, turn in enumerate(turns):
        if turn.role == "seller":
            # A short nudge ("Roughly." "Go on.") keeps the question that was put before it.
            if (
                any(_is_question(s) for s in split_sentences(turn.text))
                or len(turn.text.split()) > 4
            ):
                asked = vocab.asked_in(turn.text)
            previous_seller = turn
            continue
        pieces.extend(_buyer_statements(playbook, turn, asked))
        needs.extend(_needs(playbook, turn))
        if previous_seller is not None and _follows(turns, i, previous_seller):
            pieces.extend(_confirmed(playbook, vocab, previous_seller, turn))
    return [p.evidence for p in _drop_corrected(pieces)], needs


def _follows(turns: Sequence[RoledTurn], i: int, seller: RoledTurn) -> bool:
    """The buyer turn at i is the first reply to the seller turn (nothing said in between)."""
    return i > 0 and turns[i - 1] is seller


def _buyer_statements(playbook: Playbook, turn: RoledTurn, asked: str | None) -> list[_Piece]:
    pieces: list[_Piece] = []
    corrects = bool(_CORRECTION.search(turn.text))
    for finding in find_statements(playbook, turn.text, asked=asked):
        understood = finding.understood
        if finding.criterion != asked and understood.confidence < _MIN_VOLUNTEERED:
            continue
        if not _usable(understood):
            continue
        evidence = Evidence(
            criterion=finding.criterion,
            value=understood.value if understood.reading == "value" else None,
            quote=_quote(turn.text, finding.cue),
            source="buyer",
            confidence=understood.confidence,
            turn=turn.index,
            start=turn.start,
        )
        pieces.append(_Piece(evidence, turn.speaker, corrects))
    return pieces


def _confirmed(
    playbook: Playbook, vocab: _Vocabulary, seller: RoledTurn, reply: RoledTurn
) -> list[_Piece]:
    """What the seller summarised, when the buyer's reply confirms it."""
    if not _is_confirmation(reply.text):
        return []
    sentences = split_sentences(seller.text)
    checks = [
        i
        for i, s in enumerate(sentences)
        if strip_check(s) is not None and not _NOT_ABOUT_BUYER.search(s)
    ]
    if not checks:
        return []
    # The summary is the checking sentence and the two before it: a pitch earlier in the turn,
    # or a statement after the check, was not what the buyer said yes to.
    summary = sentences[max(0, checks[-1] - _SUMMARY_REACH) : checks[-1] + 1]
    pieces: list[_Piece] = []
    for sentence in summary:
        for criterion, understood, said in _summary_findings(playbook, vocab, sentence):
            pieces.append(
                _Piece(
                    Evidence(
                        criterion=criterion,
                        value=understood.value,
                        quote=f'Seller: "{said}" Buyer: "{reply.text.strip()}"',
                        source="confirmed",
                        confidence=understood.confidence,
                        turn=reply.index,
                        start=reply.start,
                    ),
                    reply.speaker,
                    corrects=False,
                )
            )
    return pieces


def _summary_findings(
    playbook: Playbook, vocab: _Vocabulary, sentence: str
) -> list[tuple[str, Understood, str]]:
    """What one sentence of a seller's summary states, as (criterion, reading, quote).

    The checking tag is dropped so the sentence reads as the statement it puts to the buyer.
    A figure with a criterion's unit ("forty people", "fifty a seat") is read against that
    criterion; the rest of the sentence is read for clear statements.
    """
    statement = _as_buyer(strip_check(sentence) or sentence)
    # A check without a tag ("It's half of a duplex?") is read only for clear readings.
    tagged = has_check_tag(sentence)
    found: dict[str, tuple[Understood, str]] = {}
    for criterion, snippet in vocab.figures(statement):
        for finding in find_statements(playbook, snippet, asked=criterion):
            if finding.criterion == criterion and finding.understood.reading == "value":
                found.setdefault(criterion, (finding.understood, sentence))
    about = None if found else vocab.about(sentence)
    if about is not None:
        # A check about one criterion with no figure in it: "The house is in Greeley, right?"
        for finding in find_statements(playbook, statement, asked=about):
            if (
                finding.criterion == about
                and finding.understood.reading == "value"
                and (tagged or finding.understood.confidence >= _MIN_VOLUNTEERED)
            ):
                found.setdefault(about, (finding.understood, sentence))
    for finding in find_statements(playbook, statement):
        understood = finding.understood
        if (
            finding.criterion not in found
            and understood.reading == "value"
            and understood.confidence >= _MIN_VOLUNTEERED
        ):
            found[finding.criterion] = (understood, _quote(sentence, finding.cue))
    return [(cid, understood, said) for cid, (understood, said) in found.items()]


# The seller's "you" is the buyer's "we": "you're on Outlook" states "we're on Outlook".
_PERSPECTIVE = {
    "you're": "we're",
    "you’re": "we're",
    "you've": "we've",
    "you’ve": "we've",
    "you'd": "we'd",
    "you’d": "we'd",
    "your": "our",
    "yours": "ours",
    "yourself": "ourselves",
    "yourselves": "ourselves",
    "you": "we",
}
_YOU = re.compile(r"\b(?:you(?:['’](?:re|ve|d))?|your(?:s|self|selves)?)\b", re.IGNORECASE)


def _as_buyer(statement: str) -> str:
    """A seller's summary in the buyer's words, so it reads as the buyer's statement."""
    return _YOU.sub(lambda m: _PERSPECTIVE.get(m.group(0).lower(), m.group(0)), statement)


def _is_confirmation(text: str) -> bool:
    head = " ".join(text.split()[:8])
    return bool(_CONFIRM.search(text)) and not _UNCONFIRM.search(head)


def _usable(understood: Understood) -> bool:
    """A value, or an explicit "don't know"; unclear readings are left out."""
    if understood.reading == "value":
        return understood.value is not None
    return understood.reading == "dont_know"


def _needs(playbook: Playbook, turn: RoledTurn) -> list[NeedEvidence]:
    voiced: dict[str, str] = {}
    for sentence in split_sentences(turn.text):
        for need in find_needs(playbook, sentence):
            voiced.setdefault(need, sentence)
    # A need may only show across sentences ("Things slip. Follow-ups, mostly.").
    for need in find_needs(playbook, turn.text):
        voiced.setdefault(need, turn.text.strip())
    return [
        NeedEvidence(need=need, quote=quote, turn=turn.index, start=turn.start)
        for need, quote in voiced.items()
    ]


def _quote(text: str, cue: str) -> str:
    """The sentence of ``text`` that holds ``cue``; the whole text when it cannot be found."""
    sentences = split_sentences(text)
    wanted = cue.strip().lower()
    if wanted:
        for sentence in sentences:
            if wanted in sentence.lower():
                return sentence
        for sentence in sentences:
            if wanted[:20] in sentence.lower():
                return sentence
    return text.strip()


def _drop_corrected(pieces: Iterable[_Piece]) -> list[_Piece]:
    """Drop a buyer's earlier figure when the same buyer later corrects it.

    Within one turn :func:`find_statements` already keeps only the corrected figure; across
    turns, "sorry, actually it's fifty" replaces what that buyer said before. Two buyers who
    disagree are not correcting each other, and are all kept.
    """
    kept: list[_Piece] = []
    for piece in pieces:
        if piece.corrects:
            e = piece.evidence
            kept = [
                k
                for k in kept
                if not (
                    k.evidence.criterion == e.criterion
                    and k.speaker == piece.speaker
                    and k.evidence.source == "buyer"
                    and k.evidence.turn != e.turn
                    and k.evidence.value != e.value
                )
            ]
        kept.append(piece)
    return kept


class _Vocabulary:
    """The content words of each criterion's question, for spotting it in a seller's words.

    Each word of a criterion weighs by where it comes from: the ask most, then signals,
    rephrasings and label, then the answer options (sellers name options in closed questions,
    "Google or Microsoft?", but options share words with other criteria by chance). A word
    shared by several criteria says less about which one is meant. A seller's word that only
    shares a family with a criterion's word ("big" for "many") counts half. A question that
    opens like one criterion's ask or rephrasing ("do you own ...") leans to that criterion.
    """

    def __init__(self, playbook: Playbook) -> None:
        self._words: dict[str, dict[str, float]] = {}
        # Phrases of several words ("in person", "google sheets") name a criterion more surely
        # than their words apart.
        self._phrases: dict[str, tuple[str, ...]] = {
            c.id: tuple(
                p.lower()
                for p in (*c.signals, *(w for ws in (c.options or {}).values() for w in ws))
                if " " in p.strip()
            )
            for c in playbook.criteria
        }
        # The words of each answer option: a closed question names two ("phone or visits?").
        self._choices = {c.id: _option_words(c) for c in playbook.criteria}
        # Each option name on its own ("duplex", "google sheets"), for checks that name one.
        self._option_names: dict[str, tuple[frozenset[str], ...]] = {
            c.id: tuple(
                frozenset(_terms(name))
                for option, names in (c.options or {}).items()
                for name in (option.replace("_", " "), *names)
                if _terms(name)
            )
            for c in playbook.criteria
        }
        for c in playbook.criteria:
            weights: dict[str, float] = {}
            for text, weight in _sources(c):
                for stem in _terms(text):
                    for term in (stem, _FAMILIES.get(stem)):
                        if term is not None:
                            weights[term] = max(weights.get(term, 0.0), weight)
            self._words[c.id] = weights
        # Words that name what a number criterion counts: its unit and one-word signals.
        self._units: dict[str, frozenset[str]] = {
            c.id: frozenset(_terms(" ".join([c.unit or "", *c.signals]))) - _NOT_UNITS
            for c in playbook.criteria
            if c.kind == "number"
        }
        self._money = {
            c.id: unit_info(c.unit, ask=c.ask, signals=c.signals).money
            for c in playbook.criteria
            if c.kind == "number"
        }
        # How each criterion's questions open ("do you own", "how old is"): a seller who
        # opens a question the same way is most likely asking it. Openings shared by two
        # criteria say nothing.
        openings = {
            c.id: {_opening(q) for q in (c.ask, *c.rephrase) if _opening(q)}
            for c in playbook.criteria
        }
        shared = Counter(o for os in openings.values() for o in os)
        self._openings = {
            cid: frozenset(o for o in os if shared[o] == 1) for cid, os in openings.items()
        }
        spread = Counter(term for weights in self._words.values() for term in weights)
        n = max(len(self._words), 1)
        self._idf = {t: math.log(1 + n / k) / math.log(1 + n) for t, k in spread.items()}

    def asked_in(self, text: str) -> str | None:
        """The criterion the seller's last question in ``text`` is about, if any."""
        questions = [
            s for s in split_sentences(text) if _is_question(s) and not _NOT_ABOUT_BUYER.search(s)
        ]
        for question in reversed(questions):
            # A figure with a unit says most clearly what is being checked: "forty people, right?"
            figures = {criterion for criterion, _ in self.figures(question)}
            found = figures.pop() if len(figures) == 1 else self.about(question)
            if found is not None:
                return found
        return None

    def figures(self, sentence: str) -> list[tuple[str, str]]:
        """Figures said with a number criterion's unit, as (criterion, the words of the figure):
        "about forty people" for a criterion counted in people."""
        words = sentence.split()
        found: list[tuple[str, str]] = []
        for i, word in enumerate(words):
            if not _NUMBER.match(word.strip(",.;:?!").lower()):
                continue
            if i + 1 < len(words) and _NUMBER.match(words[i + 1].strip(",.;:?!").lower()):
                continue  # the figure goes on ("a hundred and twenty"): read it from its end
            start = _figure_start(words, i)
            after = range(i + 1, min(i + 1 + _UNIT_REACH, len(words)))
            before = range(start - 1, max(start - 1 - _UNIT_REACH, -1), -1)  # "a team of three"
            for j in (*after, *before):
                stem = _stem(words[j].strip(",.;:?!").lower())
                owners = [cid for cid, units in self._units.items() if stem in units]
                if len(owners) > 1:
                    # "seller" in a team size and in "EUR per seller": money says which one.
                    money = _money_figure(words, start, i)
                    owners = [cid for cid in owners if self._money[cid] == money]
                if len(owners) == 1:
                    first = min(j, max(0, start - 2))
                    found.append((owners[0], " ".join(words[first : max(i, j) + 1])))
                    break
        return found

    def scores(self, sentence: str) -> dict[str, float]:
        said = set(_terms(_IDIOMS.sub(lambda m: _IDIOM_WORDS[m.group(0).lower()], sentence)))
        lowered = sentence.lower()
        opening = _opening(sentence)
        scores: dict[str, float] = {}
        for cid, weights in self._words.items():
            score = 0.0
            for stem in said:
                family = _FAMILIES.get(stem)
                if stem in weights:
                    score += weights[stem] * self._idf[stem]
                elif family is not None and family in weights:
                    score += _FAMILY_SHARE * weights[family] * self._idf[family]
            # A closed question names two options; only words rare in the playbook count, so
            # "house" or "data" name no option.
            rare = {w for w in said if self._idf.get(w, 0.0) >= _RARE}
            if sum(1 for words in self._choices[cid] if words & rare) >= 2:
                score += _PHRASE_BONUS
            score += _PHRASE_BONUS * sum(
                1
                for p in self._phrases[cid]
                # the substring test is cheap and needed for a match; the pattern checks edges
                if p in lowered and re.search(rf"\b{re.escape(p)}\b", lowered)
            )
            if score > 0 and opening and opening in self._openings[cid]:
                score += _PHRASE_BONUS
            scores[cid] = score
        return scores

    def _names_option(self, cid: str, sentence: str) -> bool:
        said = set(_terms(sentence))
        return any(
            words <= said and all(self._idf.get(w, 0.0) >= _RARE for w in words)
            for words in self._option_names.get(cid, ())
        )

    def about(self, sentence: str) -> str | None:
        """The one criterion ``sentence`` is clearly about, or None when none or several are."""
        scores = self.scores(sentence)
        ranked = sorted(scores.values(), reverse=True)
        best = max(scores, key=lambda cid: scores[cid], default=None)
        if best is not None and 0 < ranked[0] < _MIN_MATCH and (len(ranked) < 2 or not ranked[1]):
            # A check that names one option and nothing else: "It's half of a duplex?"
            return best if self._names_option(best, sentence) else None
        if best is None or ranked[0] < _MIN_MATCH:
            return None
        if len(ranked) > 1 and ranked[0] < _MARGIN * ranked[1]:
            return None  # two criteria fit the question about as well: read it as neither
        return best


_MONEY_MARKS = re.compile(
    r"^(?:[$€£]|\d[\d,.]*k$|(?:euros?|eur|dollars?|usd|bucks|pounds?|gbp|quid|grand|k)$)",
    re.IGNORECASE,
)


def _money_figure(words: list[str], start: int, end: int) -> bool:
    """Whether the figure from ``start`` to ``end`` is said as money ("€50", "fifty euros")."""
    span = [w.strip(",.;:?!").lower() for w in words[max(0, start) : end + 3]]
    return any(_MONEY_MARKS.match(w) or w[:1] in "$€£" for w in span if w)


_LEAD_WORDS = frozenset({"and", "so", "now", "okay", "ok", "then", "right", "also", "but"})


def _opening(sentence: str) -> str:
    """The first three words of a question, lead-ins dropped: "do you own"."""
    words = _WORD.findall(sentence.lower().replace("’", "'"))
    while words and words[0] in _LEAD_WORDS:
        words = words[1:]
    if len(words) < 4 or words[0] not in _ASKING or words[2] in _FUNCTION_WORDS:
        return ""  # "is there a", "what kind of" open too many questions to tell them apart
    return " ".join(words[:3])


_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "any",
        "some",
        "it",
        "its",
        "you",
        "your",
        "of",
        "there",
        "to",
        "that",
        "this",
        "these",
        "those",
        "we",
        "our",
        "i",
    ]
)


_ASKING = frozenset(
    [
        "do",
        "does",
        "did",
        "is",
        "are",
        "was",
        "were",
        "can",
        "could",
        "have",
        "has",
        "would",
        "will",
        "what",
        "how",
        "which",
        "when",
        "where",
        "who",
        "why",
    ]
)


def _figure_start(words: list[str], i: int) -> int:
    """Where the spoken figure ending at word i starts ("a hundred and twenty" -> "a")."""
    while i > 0:
        before = words[i - 1].strip(",.;:?!").lower()
        if not (_NUMBER.match(before) or before in ("and", "a")):
            break
        i -= 1
    return i


def _option_words(criterion: Criterion) -> tuple[frozenset[str], ...]:
    return tuple(
        frozenset(_terms(" ".join([option.replace("_", " "), *words])))
        for option, words in (criterion.options or {}).items()
    )


def _sources(criterion: Criterion) -> list[tuple[str, float]]:
    sources = [(criterion.ask, 1.25), (" ".join(criterion.signals), 0.9)]
    sources += [
        (text, 0.8) for text in (*criterion.rephrase, criterion.title, criterion.unit or "")
    ]
    for option, words in (criterion.options or {}).items():
        sources += [(text, _OPTION_WEIGHT) for text in (option.replace("_", " "), *words)]
    return sources


def _terms(text: str) -> list[str]:
    words = (w.removesuffix("'s") for w in _WORD.findall(text.lower().replace("’", "'")))
    return [_stem(w) for w in words if w not in _STOPWORDS and not w.isdigit()]


def _is_question(sentence: str) -> bool:
    return sentence.rstrip().endswith("?") or bool(_QUESTION_START.match(sentence))
