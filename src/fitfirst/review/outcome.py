"""How a call ended: a clear mutual decision (proceed / not a fit) or nothing decided.

A call proceeds only when the buyer agrees to a concrete next step; a seller who books the
next step on their own ("I'll send the order form, Tuesday or Wednesday?") has decided nothing.
A call ends as "not a fit" when the seller says so plainly (an honest disqualification) and the
buyer does not push back, or when the buyer says it is not for them and the seller accepts.
Whatever comes last among agreement, deferral and disqualification is what the call ended on,
so "let me check the date with my husband — but yes, let's do it" is a proceed and "sounds
great... I'll think about it" is not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from fitfirst.review.labels_text import split_sentences
from fitfirst.review.types import PRESSURE_LABELS, CallOutcome, RoledTurn, SentenceLabel

_Event = Literal["agree", "defer", "disqualify", "accept_no", "decline", "accept_decline"]


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(patterns), re.IGNORECASE)


# Buyer: yes to a next step.
_AGREE = _rx(
    r"\blet'?s (?:do|book|go|lock|set|schedule|get|put)\b",
    r"\block (?:that|it) in\b",
    r"\b(?:that|this|it|[a-z]+day(?: [a-z]+)?(?: at [a-z0-9:]+)?) (?:works|is (?:good|great|fine|"
    r"perfect))\b",
    r"^\W*(?:\w+ )?works(?: for me)?\W*$",
    r"\bsounds (?:good|great|perfect)\b",
    r"\b(?:is|'s) perfect\b",
    r"^\W*(?:agreed|deal|perfect|great|brilliant)\b",
    r"\bbook (?:it|that|us|me)\b",
    r"\bcount (?:me|us) in\b",
    r"\bwe want to do it\b",
    r"\bi'?(?:ll| will) (?:invite|bring|tell|book|block)\b",
    r"\b(?:can|could) we do\b",
    r"\bwhen can (?:someone|you|we)\b",
)
# The firmest ways of saying yes, preferred when quoting the decision.
_FIRM = _rx(
    r"\blet'?s\b", r"\bworks\b", r"\bis (?:good|perfect)\b", r"\block\b", r"\bbook\b", r"\bagreed\b"
)
# Buyer: not now, not decided.
_DEFER = _rx(
    r"\bthink (?:about it|it over)\b",
    r"\blet (?:me|us) (?:think|check|get back|talk|discuss|look)\b",
    r"\b(?:get|come) back to you\b",
    r"\bsend (?:me|us|it|over)\b",
    r"\bi'?ll let you know\b",
    r"\b(?:need|have) to (?:talk|check|discuss|ask|run it)\b",
    r"\btalk (?:to|with) (?:my|our|the)\b",
    r"\bcan'?t (?:commit|sign|decide)\b",
    r"\bdon'?t put (?:me|us) down\b",
    r"\b(?:have|take) a look internally\b",
    r"\bi'?d rather call you\b",
    r"\bnot (?:ready|sure) yet\b",
    r"\bi (?:really )?don'?t know yet\b",
    r"\bsleep on it\b",
)
# Seller: says plainly it is not a fit.
_DISQUALIFY = _rx(
    r"\b(?:we'?re|we are|it'?s|this is|that'?s) not (?:the right|a good|a) (?:fit|tool|choice|"
    r"option|people|partner|match)\b",
    r"\bnot the right fit\b",
    r"\bdon'?t think (?:we'?re|it'?s|this is) (?:the right|a good) (?:fit|match|choice)\b",
    r"\bi (?:can'?t|cannot|wouldn'?t|won'?t) recommend\b",
    r"\byou'?d (?:outgrow|be (?:much )?better served)\b",
    r"\bwe'?d be learning on your money\b",
    r"\bnot (?:for|right for) (?:you|this (?:house|project))\b",
    r"\bwe only (?:do|install|work|sell)\b",
)
# Buyer: accepts that it is not a fit.
_ACCEPT_NO = _rx(
    r"\bfair enough\b",
    r"\b(?:it'?s|that'?s) a no\b",
    r"\bnot (?:a fit|for (?:me|us))\b",
    r"\bi (?:half )?expected that\b",
    r"\bi (?:was afraid of|suspected) (?:that|we)\b",
    r"\bthank(?:s| you) for being (?:straight|honest|upfront)\b",
    r"\bthat'?s (?:honest|fine)\b",
    r"\bmakes sense\b",
    r"^\W*understood\b",
)
# Buyer: says it is not for them.
_DECLINE = _rx(
    r"\bnot (?:for (?:me|us)|a fit|interested)\b",
    r"\bwe'?ll pass\b",
    r"\bgoing (?:to go )?(?:with|elsewhere)\b",
    r"\bwe(?:'ve| have) decided (?:not|against)\b",
)
# Seller: accepts the buyer's no.
_ACCEPT_DECLINE = _rx(
    r"\bfair enough\b",
    r"\bunderstood\b",
    r"\bi (?:understand|respect that|appreciate you telling)\b",
    r"\bno problem\b",
    r"\bmakes sense\b",
)
# A next step worth agreeing to: something both sides will do, at a time.
_STEP = _rx(
    r"\b(?:meet|meeting|call|demo|trial|workshop|survey|visit|session|onboarding|kick-?off"
    r"|pilot|invite|walkthrough)\b",
)
_WHEN = _rx(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    r"\b(?:tomorrow|next week|this week|the week of)\b",
    r"\bat (?:\d{1,2}(?::\d\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|noon)\b",
    r"\bthe (?:\w+(?:st|nd|rd|th))\b",
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b",
)
_CONDITIONAL = _rx(r"^\W*(?:if|unless|when)\b", r"\bif you (?:need|want|ever)\b")
_TAIL_SHARE = 0.5
_TAIL_MIN = 8
_STEP_WINDOW = 3  # turns back from a buyer's yes to look for the step it agrees to


@dataclass(frozen=True)
class _Found:
    event: _Event
    turn: RoledTurn
    sentence: str
    order: int  # sentence position in the call, for "what came last"


def call_outcome(
    turns: Sequence[RoledTurn], labels: Sequence[Sequence[SentenceLabel]]
) -> CallOutcome:
    """Whether the call ended in an agreed next step, an honest no-fit, or nothing decided."""
    if not turns:
        return CallOutcome("undecided", explanation="The call has no turns.")
    start = max(0, len(turns) - max(_TAIL_MIN, round(len(turns) * _TAIL_SHARE)))
    found = _events(turns, labels, start)
    proposed = frozenset(
        t.index
        for t, sentences in zip(turns, labels, strict=False)
        if t.role == "seller" and any(lab.label == "mutual_next_step" for lab in sentences)
    )
    decided = _decisions(turns, found, proposed)
    pushed = _pushed(turns, labels, start)
    if decided:
        last = _deciding(decided)
        if last.event == "defer":
            return CallOutcome(
                "undecided",
                last.sentence,
                last.turn.index,
                f"The buyer left it open ({last.turn.speaker}: “{last.sentence}”)"
                + (
                    f", although the seller pressed for a close ({pushed})."
                    if pushed
                    else "; no next step was agreed."
                ),
            )
        if last.event == "agree":
            return CallOutcome(
                "proceed",
                last.sentence,
                last.turn.index,
                "The buyer agreed to a concrete next step "
                f"({last.turn.speaker}: “{last.sentence}”).",
            )
        return CallOutcome(
            "no_fit",
            last.sentence,
            last.turn.index,
            _no_fit_explanation(last, found),
        )
    return CallOutcome(
        "undecided",
        explanation="The call ended without an agreed next step or a clear no-fit"
        + (
            f"; the seller pressed for a close ({pushed}) but the buyer did not agree."
            if pushed
            else "."
        ),
    )


def _deciding(decided: list[_Found]) -> _Found:
    """The words that best show how the call ended, from the last run of one kind of event."""
    kind = _kind(decided[-1])
    run: list[_Found] = []
    for f in reversed(decided):
        if _kind(f) != kind:
            break
        run.insert(0, f)
    if kind == "no_fit":
        return next((f for f in reversed(run) if f.turn.role == "buyer"), run[-1])
    if kind == "proceed":
        return max(reversed(run), key=_agreement_strength)
    return run[-1]


def _kind(found: _Found) -> str:
    return {"agree": "proceed", "defer": "undecided"}.get(found.event, "no_fit")


def _agreement_strength(found: _Found) -> tuple[bool, bool, bool]:
    """A yes that names the step or its time shows the decision better than a bare "perfect"."""
    names_step = bool(_STEP.search(found.sentence) or _WHEN.search(found.sentence))
    firm = bool(_FIRM.search(found.sentence))
    return names_step, firm, len(found.sentence.split()) > 2


def _events(
    turns: Sequence[RoledTurn], labels: Sequence[Sequence[SentenceLabel]], start: int
) -> list[_Found]:
    found: list[_Found] = []
    order = 0
    for i in range(start, len(turns)):
        turn = turns[i]
        labelled = {lab.text.strip(): lab.label for lab in (labels[i] if i < len(labels) else ())}
        for sentence in split_sentences(turn.text):
            order += 1
            label = labelled.get(sentence.strip(), "none")
            for event in _sentence_events(turn, sentence, label):
                found.append(_Found(event, turn, sentence, order))
    return found


def _sentence_events(turn: RoledTurn, sentence: str, label: str) -> list[_Event]:
    events: list[_Event] = []
    if turn.role == "seller":
        conditional = bool(_CONDITIONAL.search(sentence))
        if not conditional and (label == "honest_disqualify" or _DISQUALIFY.search(sentence)):
            events.append("disqualify")
        if _ACCEPT_DECLINE.search(sentence):
            events.append("accept_decline")
        return events
    if _DEFER.search(sentence):
        events.append("defer")
    elif _AGREE.search(sentence):
        events.append("agree")
    if _ACCEPT_NO.search(sentence):
        events.append("accept_no")
    if _DECLINE.search(sentence):
        events.append("decline")
    return events


def _decisions(
    turns: Sequence[RoledTurn], found: list[_Found], proposed: frozenset[int]
) -> list[_Found]:
    """The events that decide the call, in order: a buyer's yes to a step, a deferral, a no."""
    decided: list[_Found] = []
    no_fit_at: int | None = None
    for k, f in enumerate(found):
        if f.event == "disqualify":
            objected = any(
                g.event in ("agree", "defer") and g.turn.role == "buyer" and not _about_referral(g)
                for g in found[k + 1 :]
                if g.turn.index <= f.turn.index + 2
            )
            if not objected:
                decided.append(_acceptance(found[k + 1 :], f.turn.index) or f)
                no_fit_at = f.turn.index
        elif f.event == "decline":
            accepted = next(
                (
                    g
                    for g in found[k + 1 :]
                    if g.event == "accept_decline" and g.turn.index <= f.turn.index + 2
                ),
                None,
            )
            if accepted is not None:
                decided.append(f)
                no_fit_at = f.turn.index
        elif f.event == "defer" or (
            f.event == "agree" and _has_step(turns, f.turn.index, f.sentence, no_fit_at, proposed)
        ):
            decided.append(f)
    return decided


def _acceptance(after: list[_Found], turn: int) -> _Found | None:
    """The buyer's words accepting a disqualification, when they follow soon after it."""
    accepting = [g for g in after if g.event == "accept_no" and turn < g.turn.index <= turn + 4]
    if not accepting:
        return None
    first = [g for g in accepting if g.turn is accepting[0].turn]
    return max(first, key=lambda g: len(g.sentence))


def _about_referral(found: _Found) -> bool:
    """A buyer's "yes please" to a pointer elsewhere is not a yes to buying."""
    return bool(
        re.search(r"\b(?:link|list|names?|number|intro|that'?d be)\b", found.sentence, re.I)
    )


def _has_step(
    turns: Sequence[RoledTurn],
    index: int,
    sentence: str,
    no_fit_at: int | None,
    proposed: frozenset[int],
) -> bool:
    """A concrete next step is on the table: a seller's proposal labelled as a mutual next step,
    or a step or time named in the buyer's yes or in the turns just before it."""
    window = [t for t in turns if index - _STEP_WINDOW <= t.index < index]
    if no_fit_at is not None:
        # After a disqualification, only a step put forward since then can be agreed to.
        window = [t for t in window if t.index > no_fit_at]
    if any(t.index in proposed for t in window):
        return True
    texts = [sentence, *(t.text for t in window)]
    return any(_STEP.search(x) or _WHEN.search(x) for x in texts)


def _pushed(
    turns: Sequence[RoledTurn], labels: Sequence[Sequence[SentenceLabel]], start: int
) -> str:
    tactics: list[str] = []
    for i in range(start, min(len(turns), len(labels))):
        if turns[i].role != "seller":
            continue
        for lab in labels[i]:
            name = lab.label.replace("_", " ")
            if lab.label in PRESSURE_LABELS and name not in tactics:
                tactics.append(name)
    return ", ".join(tactics)


def _no_fit_explanation(last: _Found, found: list[_Found]) -> str:
    if last.event == "decline":
        return (
            f"The buyer said it is not for them ({last.turn.speaker}: “{last.sentence}”) "
            "and the seller accepted it."
        )
    said = next(
        (f for f in reversed(found) if f.event == "disqualify" and f.order <= last.order), last
    )
    text = f"The seller said plainly it is not a fit ({said.turn.speaker}: “{said.sentence}”)"
    if last is not said:
        text += f" and the buyer accepted it ({last.turn.speaker}: “{last.sentence}”)"
    return text + "."
