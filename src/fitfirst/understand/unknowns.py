"""Answers that are not answers: "I don't know" (an explicit unknown) and "skip" (no answer)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from fitfirst.understand.text import FILLERS, PUNCT, Token, phrase_table

# Phrases (after contractions are expanded: "don't" -> "do not") that say the buyer does not know.
_DONT_KNOW: tuple[tuple[str, ...], ...] = phrase_table(
    """do not know | did not know | does not know | not sure | unsure | not certain | uncertain |
    no idea | no clue | not a clue | have not a clue | no earthly idea | idk | i would have to
    check | have to check | need to check | i will check | let me check | check and get back |
    get back to you | find out and | have to find out | need to find out | have to ask | need
    to ask | ask me later | ask me again later | come back to that | come back to this | hard
    to say | difficult to say | tough to say | hard to tell | can not say | could not say |
    can not tell you | could not tell you | beats me | who knows | good question | not the
    right person | i forget | do not remember | can not remember | not off the top of my head
    | no way to know | haven't the faintest | have not the faintest | not known | unknown | to
    be determined | tbd"""
)

_SKIP_WHOLE: frozenset[tuple[str, ...]] = frozenset(
    tuple(p.split())
    for p in (
        "skip",
        "skip it",
        "skip this",
        "skip that",
        "skip this one",
        "skip that one",
        "skip please",
        "please skip",
        "pass",
        "i pass",
        "i will pass",
        "pass on that",
        "pass on this",
        "i will pass on that",
        "next",
        "next one",
        "next question",
        "next please",
        "move on",
        "let us move on",
        "rather not",
        "i would rather not",
        "no comment",
        "not telling",
        "not saying",
        "i am not saying",
        "confidential",
        "that is confidential",
        "none of your business",
        "n / a",
        "na",
        "decline",
        "i decline",
        "decline to answer",
    )
)
_SKIP_ANYWHERE: tuple[tuple[str, ...], ...] = phrase_table(
    """rather not say | rather not answer | rather not share | rather not tell | rather not get
    into | prefer not to say | prefer not to answer | prefer not to share | prefer not to
    disclose | can we skip | could we skip | let us skip | skip this question | skip that
    question | no comment | not at liberty | can not share | can not disclose | not allowed to
    say | not allowed to share | not comfortable sharing | not comfortable saying | keep that
    to myself | pass on that one | next question"""
)

# Phrases that also occur inside ordinary answers; they count only as the whole answer.
_WHOLE_ONLY = phrase_table("who knows | good question | unknown | tbd | beats me | not known")

Kind = Literal["dont_know", "skip"]

_LEAD_FILLERS = FILLERS | {
    "well",
    "oh",
    "so",
    "honestly",
    "hmm",
    "ah",
    "gosh",
    "sorry",
    "i",
    "mean",
}


@dataclass(frozen=True)
class NotAnswer:
    kind: Kind
    first: int
    last: int  # inclusive token index
    whole: bool  # the answer is nothing but this phrase (and fillers)


def _find(tokens: list[Token], phrase: tuple[str, ...]) -> int | None:
    n = len(phrase)
    for i in range(len(tokens) - n + 1):
        if all(tokens[i + k].norm == phrase[k] for k in range(n)):
            return i
    return None


def _rest_is_empty(tokens: list[Token], first: int, last: int) -> bool:
    extra = {
        "really",
        "honestly",
        "sorry",
        "to",
        "be",
        "exactly",
        "offhand",
        "yet",
        "right",
        "now",
        "i",
        "am",
        "it",
        "is",
        "that",
        "one",
        "though",
        "at",
        "the",
        "moment",
        "please",
        "thanks",
        "question",
        "well",
        "on",
        "this",
        "we",
        "just",
        "sure",
        "how",
        "many",
        "what",
        "which",
        "ok",
        "okay",
        "mate",
    }
    rest = tokens[:first] + tokens[last + 1 :]
    return all(t.norm in PUNCT or t.norm in _LEAD_FILLERS or t.norm in extra for t in rest)


def not_an_answer(tokens: list[Token]) -> NotAnswer | None:
    """A "don't know" or "skip" phrase in the answer, if any (the longest one found)."""
    words = tuple(t.norm for t in tokens if t.norm not in PUNCT and t.norm not in _LEAD_FILLERS)
    if words in _SKIP_WHOLE:
        return NotAnswer("skip", 0, max(len(tokens) - 1, 0), True)
    found: NotAnswer | None = None
    best = 0
    present = {t.norm for t in tokens}  # a phrase whose first word is absent cannot be found
    for kind, table in (("skip", _SKIP_ANYWHERE), ("dont_know", _DONT_KNOW)):
        for phrase in table:
            if phrase and phrase[0] not in present:
                continue
            i = _find(tokens, phrase)
            if i is not None and len(phrase) > best:
                last = i + len(phrase) - 1
                whole = _rest_is_empty(tokens, i, last)
                if phrase in _WHOLE_ONLY and not whole:
                    continue  # "a guy who knows Excel" is not a don't-know
                k: Kind = "skip" if kind == "skip" else "dont_know"
                found = NotAnswer(k, i, last, whole)
                best = len(phrase)
    return found
