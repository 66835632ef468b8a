"""Who sells on a call: the seller side's speakers, how that was decided, and how sure it is.

Evidence, strongest first: the ``seller`` override; a speaker who introduces themselves as from
the playbook's company or offer ("this is Dana from Acme", "I'm with Acme") or whose label names
it; then how each speaker talks (sellers thank people for their time, set the agenda, ask most
of the questions and talk about "our product", "our customers" and pricing). Colleagues join
the seller side when they introduce themselves the same way, when a seller introduces them
("my colleague Sam"), or when they too talk about the offer as theirs. Everyone else is the
buyer side.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from fitfirst.errors import UsageError
from fitfirst.playbook.models import Playbook
from fitfirst.review.types import RoledTurn
from fitfirst.transcripts.model import Transcript

# Words that say what kind of company a name is, not which one.
_COMPANY_SUFFIXES = frozenset(
    {"inc", "inc.", "ltd", "ltd.", "llc", "gmbh", "corp", "corp.", "co", "co.", "plc", "ag", "sa"}
    | {"company", "corporation", "limited", "group", "the"}
)

# (pattern, weight, what it shows in words); matched on each speaker's lowercased words.
_SELLER_CUES: tuple[tuple[re.Pattern[str], float, str], ...] = tuple(
    (re.compile(p), w, why)
    for p, w, why in (
        (
            r"\b(?:thanks|thank you)(?: so much)? for (?:taking|making|finding) (?:the )?time"
            r"|\bappreciate you (?:taking|making) (?:the )?time",
            2.0,
            "thanked the others for their time",
        ),
        (
            r"\bwhat i'?d (?:like|love) to do today\b|\bthe agenda\b"
            r"|\bplan for (?:today|the call)\b"
            r"|\bfor today'?s call\b|\bhere'?s what i (?:thought|suggest)\b"
            r"|\bin the (?:next|time we have)\b.{0,20}\bminutes\b",
            2.0,
            "set the agenda",
        ),
        (
            r"\bour (?:product|platform|solution|software|tool|app|service|offering)\b"
            r"|\bwe (?:offer|provide|sell|built|build)\b",
            1.5,
            "talked about the offer as theirs",
        ),
        (
            r"\bour (?:customers|clients)\b|\bcustomers like you\b|\bteams like yours\b",
            0.75,
            "talked about their customers",
        ),
        (
            r"\bpricing (?:starts|is)\b|\bour (?:pricing|plans|tiers)\b"
            r"|\bper (?:seat|user|month)\b",
            1.0,
            "talked about pricing",
        ),
        (
            r"\blet me show you\b|\bshare my screen\b|\b(?:a|the) (?:quick )?demo\b"
            r"|\bsend (?:you|over) (?:a|the) (?:proposal|quote|contract)\b|\b(?:free )?trial\b",
            1.0,
            "offered a demo, trial or proposal",
        ),
    )
)

# Buyers talk about the offer as someone else's and about what they use now.
_BUYER_CUES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p)
    for p in (
        r"\byour (?:product|platform|solution|software|tool|app|pricing|plans|offering)\b",
        r"\bhow much (?:does|would|is) (?:it|this|that)\b|\bwhat does (?:it|this) cost\b",
        r"\bwe(?:'re| are)? currently (?:use|using)\b|\bwe(?:'ve| have) been (?:using|looking)\b",
        r"\bwe(?:'re| are) (?:looking for|evaluating|looking at)\b",
        r"\bdo you (?:support|integrate|offer|have)\b"
        r"|\bdoes (?:it|your \w+) (?:support|work|integrate)",
    )
)

# All cues in one pattern, one named group each, so a speaker's words are scanned once.
_ALL_CUES = re.compile(
    "|".join(
        [f"(?P<s{n}>{p.pattern})" for n, (p, _, _) in enumerate(_SELLER_CUES)]
        + [f"(?P<b{n}>{p.pattern})" for n, p in enumerate(_BUYER_CUES)]
    )
)

# Talking style shows within a speaker's first words, and introductions in their first turns;
# looking no further keeps seller detection cheap on hour-long calls.
_SAMPLE_WORDS = 600
_INTRO_TURNS = 10
_COLLEAGUE = (
    r"\b(?:my colleague|my teammate|my coworker|my co-worker|joined by|i'?ve got|i have)\s+{name}\b"
    r"|\b{name}(?:,)? (?:from|on) (?:our|my) (?:team|side)\b"
    r"|\b{name}(?:,| is| who is)? our (?:\w+ )?(?:engineer|architect|specialist|consultant|lead)\b"
)
_BUYER_COLLEAGUE = r"\b{name}(?:,)? (?:from|on) (?:our|my) (?:\w+ )?team\b"


@dataclass(frozen=True)
class SellerDecision:
    """The seller side of a call: its speakers, the reason in words, and how sure (0-1)."""

    speakers: tuple[str, ...]
    method: str
    confidence: float
    # Everyone on the call, seller side first; kept so reports can list the buyer side too.
    all_speakers: tuple[str, ...] = field(default=())

    @property
    def buyers(self) -> tuple[str, ...]:
        return tuple(s for s in self.all_speakers if s not in self.speakers)

    def role(self, speaker: str) -> str:
        return "seller" if speaker in self.speakers else "buyer"


@dataclass
class _Profile:
    speaker: str
    first_turn: int
    text: str = ""
    turns: int = 0
    words: int = 0  # in the sample kept in ``text``
    questions: int = 0
    cues: dict[str, float] = field(default_factory=dict)
    buyer_cues: int = 0
    answered: dict[str, int] = field(
        default_factory=dict
    )  # whose questions they answered, how often
    intro: str | None = None  # the words in which they said they are from the seller's company
    other_org: str | None = None  # the words in which they said they are from somewhere else

    @property
    def style(self) -> float:
        return sum(self.cues.values()) - 1.0 * self.buyer_cues


def detect_seller(
    transcript: Transcript, *, playbook: Playbook | None = None, seller: str | None = None
) -> SellerDecision:
    """Decide who sells on ``transcript``; ``seller`` (names, comma-separated) overrides."""
    speakers = transcript.speakers
    if seller is not None:
        chosen = _resolve_override(seller, speakers, transcript.source)
        return SellerDecision(
            chosen, f"Set by hand: {', '.join(chosen)}.", 1.0, _ordered(speakers, chosen)
        )
    if not speakers:
        return SellerDecision((), "The call has no turns.", 0.0, ())
    if len(speakers) == 1:
        only = speakers[0]
        return SellerDecision(
            (only,), f"{only} is the only speaker, so taken as the seller.", 0.3, speakers
        )
    names = _company_names(playbook)
    profiles = _profiles(transcript, names)
    primary, method, confidence = _primary(profiles, names, playbook)
    side = _seller_side(profiles, primary, names)
    if len(side) > 1:
        method += f" On the seller side too: {', '.join(s for s in side if s != primary)}."
    return SellerDecision(side, method, confidence, _ordered(speakers, side))


def assign_roles(transcript: Transcript, decision: SellerDecision) -> list[RoledTurn]:
    """The transcript's turns with each speaker's side: the unit every later review step reads."""
    sellers = set(decision.speakers)
    return [
        RoledTurn(
            index=i,
            speaker=t.speaker,
            role="seller" if t.speaker in sellers else "buyer",
            text=t.text,
            start=t.start,
            end=t.end,
        )
        for i, t in enumerate(transcript.turns)
    ]


def _ordered(speakers: Sequence[str], sellers: Sequence[str]) -> tuple[str, ...]:
    return (*[s for s in speakers if s in sellers], *[s for s in speakers if s not in sellers])


def _resolve_override(value: str, speakers: Sequence[str], source: str) -> tuple[str, ...]:
    by_lower = {s.casefold(): s for s in speakers}
    wanted = [value] if value.strip().casefold() in by_lower else value.split(",")
    chosen: list[str] = []
    for raw in wanted:
        name = raw.strip()
        if not name:
            continue
        found = by_lower.get(name.casefold())
        if found is None:
            close = _close_speakers(name, speakers)
            hint = f" Did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
            listed = ", ".join(repr(s) for s in speakers) or "none"
            raise UsageError(
                f"No speaker {name!r} in {source}.{hint} The speakers are: {listed}. "
                "Give --seller one of them (several: separate with commas)."
            )
        if found not in chosen:
            chosen.append(found)
    if not chosen:
        raise UsageError("--seller is empty: give the name of the speaker who sells.")
    return tuple(chosen)


def _close_speakers(name: str, speakers: Sequence[str]) -> list[str]:
    """Speakers whose name, or one word of it, looks like ``name`` ("dna" -> "Dana Reyes")."""
    keys: dict[str, str] = {}
    for speaker in speakers:
        keys.setdefault(speaker.casefold(), speaker)
        for word in speaker.casefold().split():
            keys.setdefault(word, speaker)
    close = difflib.get_close_matches(name.casefold(), list(keys), n=6, cutoff=0.6)
    return list(dict.fromkeys(keys[c] for c in close))[:3]


def _core_words(name: str) -> tuple[str, ...]:
    words = re.findall(r"[\w&'.-]+", name.casefold())
    return tuple(w.strip(".") for w in words if w not in _COMPANY_SUFFIXES and w.strip("."))


def _company_names(playbook: Playbook | None) -> tuple[str, ...]:
    """Ways the seller's company or offer may be said: "Acme Inc." -> "acme inc.", "acme"."""
    if playbook is None:
        return ()
    found: list[str] = []
    for full in (playbook.offer.seller, playbook.offer.name):
        core = _core_words(full)
        for variant in (" ".join(core), core[0] if core else ""):
            if len(variant) >= 3 and variant not in found:
                found.append(variant)
    return tuple(found)


def _intro_pattern(names: Sequence[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    return re.compile(
        r"\b(?:i'?m|i am|this is|my name is|it'?s|i work|we'?re|we are"
        r"|calling|reaching out|joining)"
        r"\b(?:[^.?!]{0,40}?\b(?P<before>\w+))?\s+(?:from|with|at|for|on|here at|over at|part of)"
        rf"\s+(?:the\s+)?(?:{alternatives})\b|\b(?:here|we) at (?:{alternatives}),? we\b",
        re.IGNORECASE,
    )


# Words before "with/at/from <company>" that make it about the company, not from it
# ("we're looking at Acme", "I talked with Acme last year").
_NOT_FROM = frozenset(
    {"looking", "look", "looked", "talking", "talked", "spoke", "speaking", "heard", "working"}
    | {"met", "meeting", "demo", "call", "compared", "comparing", "trial", "using", "evaluating"}
)


# A self-introduction naming some organisation: "I'm Lee from Northwind", "I'm with Northwind".
_ANY_INTRO = re.compile(
    r"\b(?:i'?m|i am|this is|my name is|it'?s)\s+(?:[A-Z][\w'-]+\s+){0,2}"
    r"(?:from|with|over at|at)\s+(?P<org>[A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+){0,2})"
)


def _profiles(transcript: Transcript, names: Sequence[str]) -> dict[str, _Profile]:
    intro = _intro_pattern(names) if names else None
    profiles: dict[str, _Profile] = {}
    texts: dict[str, list[str]] = {}
    asked_by: str | None = None  # who asked the question the current turn may answer
    for i, turn in enumerate(transcript.turns):
        profile = profiles.get(turn.speaker)
        if profile is None:
            profile = profiles[turn.speaker] = _Profile(turn.speaker, i)
            texts[turn.speaker] = []
        profile.turns += 1
        questions = turn.text.count("?")
        profile.questions += questions
        if asked_by is not None and asked_by != turn.speaker:
            profile.answered[asked_by] = profile.answered.get(asked_by, 0) + 1
        asked_by = turn.speaker if questions else None
        if profile.words < _SAMPLE_WORDS:
            texts[turn.speaker].append(turn.text)
            profile.words += len(turn.text.split())
        if profile.turns <= _INTRO_TURNS:
            _look_for_intro(profile, turn.text, intro, names)
    for speaker, profile in profiles.items():
        profile.text = " ".join(texts[speaker]).casefold().replace("’", "'")
        counts: dict[str, int] = {}
        for match in _ALL_CUES.finditer(profile.text):
            group = match.lastgroup or ""
            counts[group] = counts.get(group, 0) + 1
        for n, (_, weight, why) in enumerate(_SELLER_CUES):
            if counts.get(f"s{n}"):
                profile.cues[why] = weight * min(counts[f"s{n}"], 3)
        profile.buyer_cues = sum(min(counts.get(f"b{n}", 0), 3) for n in range(len(_BUYER_CUES)))
        label = speaker.casefold()
        if profile.intro is None and any(re.search(rf"\b{re.escape(n)}\b", label) for n in names):
            profile.intro = f"the speaker label {speaker!r} names {names[0].title()}"
    return profiles


def _look_for_intro(
    profile: _Profile, text: str, intro: re.Pattern[str] | None, names: Sequence[str]
) -> None:
    if intro is not None and profile.intro is None:
        for match in intro.finditer(text):
            if (match.group("before") or "").casefold() not in _NOT_FROM:
                profile.intro = _sentence_around(text, match.start(), match.end())
                return
        own = _own_name_intro(profile.speaker, names).search(text)
        if own:
            profile.intro = _sentence_around(text, own.start(), own.end())
            return
    if profile.other_org is None:
        other = _ANY_INTRO.search(text)
        if other and not any(n in other.group("org").casefold() for n in names):
            profile.other_org = _sentence_around(text, other.start(), other.end())


@lru_cache(maxsize=256)
def _own_name_intro(speaker: str, names: Sequence[str]) -> re.Pattern[str]:
    """The speaker's own first name next to the company: "Dana from Acme", "Dana with Acme"."""
    first = re.escape((speaker.split() or [speaker])[0])
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    return re.compile(
        rf"\b{first},?\s+(?:from|with|at|here at|over at)\s+(?:the\s+)?(?:{alternatives})\b",
        re.IGNORECASE,
    )


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(c, 0, start) for c in ".?!") + 1
    rights = [i for i in (text.find(c, end) for c in ".?!") if i != -1]
    right = min(rights) + 1 if rights else len(text)
    return text[left:right].strip()


def _primary(
    profiles: dict[str, _Profile], names: Sequence[str], playbook: Playbook | None
) -> tuple[str, str, float]:
    """The main seller, the reason in words, and the confidence."""
    introduced = [p for p in profiles.values() if p.intro is not None]
    if introduced:
        first = min(introduced, key=lambda p: p.first_turn)
        company = playbook.offer.seller if playbook is not None else names[0]
        if first.intro is not None and first.intro.startswith("the speaker label"):
            return first.speaker, f"Seller from {first.intro}.", 0.9
        return (
            first.speaker,
            f"{first.speaker} introduced themselves as from {company}: “{first.intro}”",
            0.95,
        )
    total_questions = sum(p.questions for p in profiles.values()) or 1
    scores: dict[str, float] = {}
    for p in profiles.values():
        share = p.questions / total_questions
        scores[p.speaker] = (
            p.style
            + 4.0 * share
            + (0.5 if p.first_turn == 0 else 0.0)
            - (1.5 if p.other_org is not None else 0.0)
        )
    ranked = sorted(scores, key=lambda s: (-scores[s], profiles[s].first_turn))
    best, runner_up = ranked[0], ranked[1]
    margin = scores[best] - scores[runner_up]
    confidence = round(min(0.9, 0.5 + 0.08 * margin), 2)
    p = profiles[best]
    reasons = [why for why, _ in sorted(p.cues.items(), key=lambda kv: -kv[1])]
    reasons.append(f"asked {p.questions} of the call's {total_questions} questions")
    if p.first_turn == 0:
        reasons.append("opened the call")
    method = f"{best} talked like the seller: {', '.join(reasons)}."
    if playbook is not None:
        method = f"No one introduced themselves as from {playbook.offer.seller}; {method}"
    return best, method, confidence


def _seller_side(
    profiles: dict[str, _Profile], primary: str, names: Sequence[str]
) -> tuple[str, ...]:
    del names  # the introductions were already matched against the names in _profiles
    side = [primary]
    seller_text = profiles[primary].text
    buyer_text = " ".join(p.text for s, p in profiles.items() if s != primary)
    primary_style = max(profiles[primary].style, 1.0)
    for speaker, p in sorted(profiles.items(), key=lambda kv: kv[1].first_turn):
        if speaker == primary:
            continue
        first = re.escape((speaker.split() or [speaker])[0].casefold())
        if p.intro is not None or re.search(_COLLEAGUE.format(name=first), seller_text):
            side.append(speaker)
            continue
        if p.other_org is not None or re.search(_BUYER_COLLEAGUE.format(name=first), buyer_text):
            continue
        # Buyers say "we sell" and "our product" about their own business too; what sets a
        # colleague apart is that they do not answer the seller's questions.
        owns_offer = "talked about the offer as theirs" in p.cues
        answers = p.answered.get(primary, 0)
        if (
            owns_offer
            and p.buyer_cues == 0
            and p.style >= 0.5 * primary_style
            and answers <= max(1, p.turns // 5)
        ):
            side.append(speaker)
    return tuple(side)
