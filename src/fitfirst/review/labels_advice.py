"""Why each pressure tactic pressures, and a collaborative way to say it instead.

The alternative is picked by what the sentence is about (price, scheduling, trial, a meeting...)
so the advice reads as a rewrite of *this* sentence, not a slogan.
"""

from __future__ import annotations

import re

EXPLANATIONS: dict[str, str] = {
    "assumptive_close": (
        "Speaks as if the buyer had already decided, so saying no means contradicting you."
    ),
    "alternative_close": (
        "Offers two ways of saying yes and leaves out 'no' or 'not yet', so the choice is forced."
    ),
    "puppy_dog_close": (
        "A no-obligation trial meant to create attachment, so the decision is made by habit, "
        "not by fit."
    ),
    "urgency_pressure": (
        "An artificial deadline or scarcity pushes a decision before the fit is known."
    ),
    "conditional_close": (
        "Trades a concession for a commitment now, which turns the question of fit into haggling."
    ),
    "leading_question": (
        "A question built to extract agreement: it tells the buyer the answer instead of "
        "learning theirs."
    ),
}

# (topic pattern, alternative); the first topic that matches the sentence wins, "" is the default.
_INSTEAD: dict[str, tuple[tuple[str, str], ...]] = {
    "assumptive_close": (
        (
            r"contract|paperwork|agreement|sign|docusign|invoice|order|po\b|purchase",
            "Before any paperwork: do you feel this fits what you need, or is something still "
            "open for you?",
        ),
        (
            r"onboard|install|set you up|up and running|live|deliver|ship|kickoff|start",
            "If you decide to go ahead, what would a good start look like for your team — and "
            "is there anything that still makes you unsure?",
        ),
        (
            r"address|email|name|who should",
            "Where are you in your decision? I'd rather not get ahead of you.",
        ),
        (
            "",
            "Where do you stand on this — does it look like a fit to you, or not yet?",
        ),
    ),
    "alternative_close": (
        (
            r"annual|monthly|plan|tier|package|basic|premium|pro|standard|enterprise|gold|silver",
            "Which plan, if any, matches how you'd actually use it? Not going ahead is a fine "
            "answer too.",
        ),
        (
            r"card|invoice|pay|finance|lease|cash|loan|deposit",
            "Before we talk payment: is this something you want to go ahead with at all?",
        ),
        (
            r"monday|tuesday|wednesday|thursday|friday|morning|afternoon|week|call|meeting|demo",
            "Would another conversation be useful to you, or would you rather think it over "
            "first? If it's useful, what time suits you?",
        ),
        (
            r"install|deliver|ship|start|onboard|kickoff",
            "Do you want to go ahead, or is it too early to say? If you do, when would suit you?",
        ),
        (
            "",
            "Does either of these fit what you need — or neither? 'Neither' is a useful answer.",
        ),
    ),
    "puppy_dog_close": (
        (
            r"team|staff|reps|crew|folks|people",
            "If a trial would help, let's agree up front what it must show your team and decide "
            "together at the end whether it fits.",
        ),
        (
            "",
            "Would a trial with clear success criteria help you decide? If it doesn't meet them, "
            "that's a useful answer, not a failure.",
        ),
    ),
    "urgency_pressure": (
        (
            r"price|pricing|rate|discount|offer|deal|promo|quote|saving",
            "Take the time you need; if the price changes, I'll tell you why and when, and "
            "we can look at it then.",
        ),
        (
            r"slot|spot|seat|left|stock|inventory|unit|availability|capacity",
            "Our capacity is limited, so if timing matters to you, let's check whether the fit "
            "is right first, then look at dates.",
        ),
        (
            "",
            "There's no deadline on our side; what timeline works for your own decision?",
        ),
    ),
    "conditional_close": (
        (
            r"off|discount|price|percent|%|free|waive|throw in|knock",
            "Setting price aside for a moment: does this fit what you need? If it does, let's "
            "talk about what a fair price looks like for you.",
        ),
        (
            "",
            "What would need to be true for this to be the right choice for you?",
        ),
    ),
    "leading_question": (
        (
            r"cost|costing|money|losing|lose|revenue|waste|wasting",
            "What does this problem cost you today, if anything?",
        ),
        (
            r"great|nice|amazing|awesome|better|easier|love|imagine",
            "How would things change for you if this problem were solved — would it matter much?",
        ),
        (
            r"agree|think|sense|right|true|fair",
            "How do you see it? I'd like to hear your view, even if it differs from mine.",
        ),
        (
            "",
            "What's your take on this?",
        ),
    ),
}
_COMPILED: dict[str, tuple[tuple[re.Pattern[str] | None, str], ...]] = {
    label: tuple((re.compile(rx) if rx else None, text) for rx, text in rows)
    for label, rows in _INSTEAD.items()
}


def advice(label: str, normalised: str) -> tuple[str | None, str | None]:
    """(explanation, instead) for a pressure label; (None, None) for any other label."""
    rows = _COMPILED.get(label)
    if rows is None:
        return None, None
    for pattern, text in rows:
        if pattern is None or pattern.search(normalised):
            return EXPLANATIONS[label], text
    return EXPLANATIONS[label], rows[-1][1]
