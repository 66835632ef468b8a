"""Linguistic rules for seller sentence labels.

Each rule captures the *structure* of a move rather than a stock phrase: an alternative close
is an "X or Y" choice whose both branches presuppose buying; a leading question is a claim of
value or pain with a tag that asks for agreement; an open question starts with a wh-word or a
"tell me / walk me through" request. The rules read the normalised sentence (see
``labels_text.normalise``) and return the first confident label, or ``None`` when they are silent.

The pattern tables live in ``labels_pressure`` (pressure tactics) and ``labels_moves``
(collaborative moves), over the word classes of ``labels_vocab``; this module holds the question
syntax, the decision order and the evidence the statistical layer needs before it may label.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

from fitfirst.review.labels_gate import GatedPattern, GateIndex, LazyHits
from fitfirst.review.labels_moves import MOVE_PATTERNS
from fitfirst.review.labels_pressure import PRESSURE_PATTERNS
from fitfirst.review.labels_text import strip_lead
from fitfirst.review.labels_vocab import BENEFIT, BUY_THINGS, DAYS, MEETING, TAG


@dataclass(frozen=True)
class RuleHit:
    """A rule's decision: the label, how sure the rule is, and the feature that fired."""

    label: str
    confidence: float
    cue: str


# Openers that announce a reflection of the buyer's words, whatever follows.
_REFLECT_START = re.compile(
    r"^(?:okay,? |ok,? |alright,? |right,? )?(?:so,? )?(?:what i'm hearing|what i heard|"
    r"it sounds like|sounds like|it seems like|seems like|if i understood|if i'm hearing|"
    r"if i heard|correct me if|let me make sure i|to recap|to summari[sz]e|in other words|"
    r"in a nutshell)\b"
)
_OFFER_IF_USEFUL = re.compile(
    r"\bif (?:it's|it is|that's|that'd be|it'd be|it would be|you think it's|you'd find it) "
    r"(?:useful|helpful|of use|worth it)\b[^?]*?\b(?:i can|i could|we can|i'll|happy to|"
    r"glad to)\b"
)

# Collaborative groups first: the order is that of the original single table.
_P: dict[str, GatedPattern] = {**MOVE_PATTERNS, **PRESSURE_PATTERNS}

_INDEX = GateIndex(_P)

_WH = re.compile(
    r"^(?:what|what's|whats|how|how's|why|where|where's|when|when's|who|who's|whom|whose|which|"
    r"tell me|talk me through|walk me through|take me through|describe|help me understand|"
    r"explain|share with me|paint me a picture|give me a sense|give me an idea|give me a "
    r"picture|fill me in|say more|tell us|walk us through|talk to me about|i'm curious|i'm "
    r"wondering|i wonder|curious|can you (?:tell|walk|talk|take|describe|explain|"
    r"share (?:more|a bit|how|what|why|where|when|who)|help "
    r"me understand|paint|give me a sense|say more|expand|elaborate|unpack)|could you (?:tell|"
    r"walk|talk|take|describe|explain|share (?:more|a bit|how|what|why|where|when|who)|"
    r"help me understand|paint|give me a sense|say more"
    r"|expand|elaborate|unpack)|would you (?:tell|walk|talk|take|describe|explain|share|mind "
    r"(?:telling|walking|sharing|explaining|describing))|what about|how about your|in what "
    r"way|to what extent|what kind|what sort|how come)\b"
)
_WH_INNER = re.compile(
    r"\b(?:i'm curious|i'm wondering|curious|wondering|quick question|one question|question for "
    r"you|i'd love to (?:know|hear|understand)|i'd like to (?:know|hear|understand)|i want to "
    r"(?:know|understand|hear))\b,?\s*(?:about\s+)?(?:what|how|why|where|when|who|which)\b"
)
_AUX = re.compile(
    r"^(?:do|does|did|is|are|was|were|can|could|would|will|have|has|had|should|shall|may|might|"
    r"am|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|can't|couldn't|wouldn't|won't|"
    r"have(?! (?:the|a|an|this|these|those|it|them|one|some|a look)\b)|"
    r"haven't|hasn't|shouldn't|any chance|anything else|anyone else|any other|is there|are "
    r"there)\b"
)
# Declarative word order asks only with a question mark ("you've got forty reps?").
_AUX_WEAK = re.compile(
    r"^(?:you (?:have|got|use|using|guys|already|currently|still|ever|all)|you're|your "
    r"\w+ (?:is|are|has|uses)|got|ever|been|any|so you|and you)\b"
)
# "you're still with the same broker": a status check on the buyer's situation, asked by
# intonation; the future or a wish after it makes it a claim instead.
_DECL_CHECK = re.compile(
    r"^(?:so |and |okay so |right so )?(?:you(?:'re| are)|you(?:'ve| have)|you guys are|y'all "
    r"are|your (?:\w+ ){1,3}(?:is|are|has|have)) (?:all |both )?(?:still|currently|already)\b"
    r"(?![^?]*\b(?:will|going to|'ll|need|needs|want|wants|can|should|would|must)\b)"
    r"|^(?:so |and )?(?:you(?:'ve| have)|you(?:'re| are)|your (?:\w+ ){1,3}(?:is|are|has|"
    r"have))\b(?![^?]*\b(?:will|going to|'ll|need|needs|want|wants|can|should|would|must)\b)"
    r"[^?]{0,60}\b(?:already|still|by now)$"
)
# "so your contract with them runs out in april": checking a date the buyer lives with; the
# "so" marks it as a check, so this reads the sentence before its lead is stripped.
_SO_DATE_CHECK = re.compile(
    r"^so,? (?:the|your) (?:current |existing |old )?(?:\w+ ){1,3}(?:ends|runs out|expires|"
    r"renews|is up|finishes|comes up for renewal)\b(?![^?]*\b(?:will|going to|'ll|so you|sign|"
    r"lock|before)\b)"
)
# A wh-word opening a time or place clause ("when we install the panels, you'll...") states.
_WH_CLAUSE = re.compile(
    r"^(?:when|once|where|while|after|before|whenever|wherever)\b[^?]*?\b(?:you'll|you will|"
    r"you can|you're going to|they'll|we'll|it'll|it will|there's|that's|you get|you see|"
    r"you start|you have|your)\b[^?]*$"
)
# "What we do is...", "where we see the gains is...": a wh-clause as subject states, not asks.
_WH_CLEFT = re.compile(
    r"^(?:what|where|how|why|when|who)\b (?:we|i|they|you|our \w+|most \w+|a lot of \w+|"
    r"people|customers|clients)\b[^?]*? (?:is|was|are|were)\b[^?]*$"
)
# A wh-word straight before a subject ("when we started...", "where it gets tricky...") opens
# a clause; questions put an auxiliary there ("when did we...").
_WH_SUBORDINATE = re.compile(
    r"^(?:when|where|what|how|why|while|once)\b (?:we|i|they|he|she|it|our)\b"
)
# Without a question mark, "when clients move over they keep..." is a time clause: a question
# puts an auxiliary straight after "when" ("when do clients move over").
_WHEN_CLAUSE = re.compile(
    r"^(?:when|whenever|once|while)\b (?!(?:do|does|did|is|are|was|were|can|could|would|will|"
    r"should|shall|have|has|had|might|may|must|'s|you|your|y'all)\b)\w+"
)
_CALL_MECHANICS = re.compile(
    r"\b(?:can|could|do) you (?:hear|see) (?:me|my screen|the screen|this|that|it)\b|"
    r"\b(?:you still there|are you there|is that better|did i lose you|am i on mute|"
    r"you're on mute|you cut out|is my audio|can everyone hear|you were saying|go ahead,? you"
    r"|sorry,? go ahead)\b"
)
_ASKING = re.compile(
    r"\b(?:i'm curious whether|i'm curious if|i wonder if|i wonder whether|i'm wondering if|"
    r"i'm wondering whether|curious if|curious whether|just checking|quick check|let me ask|"
    r"can i ask if|may i ask if)\b"
)
_NEG_AUX = re.compile(r"^(?:don't|doesn't|isn't|aren't|wouldn't|won't|can't|shouldn't|haven't)\b")
_BUYER_ASKED_NEXT = re.compile(
    r"\b(?:yes|yeah|sure|sounds good|let's|lets|please|send|set (?:it|that|something) up|"
    r"follow[- ]up|another call|next call|schedule|book|set up a|we'd like|i'd like|we want|"
    r"happy to|go ahead|works for me|that works|we're in|let's do it|let's go|sign us up|"
    r"we'll take|we'll go|ready to|move forward|i'm in|count me in|deal|ok let's|okay let's|"
    r"when can|how soon|can you send|can we|could we)\b"
)
_BUYER_DECIDED = re.compile(
    r"\b(?:let's do it|let's go ahead|we're in|i'm in|sign us up|we'll take it|we'll go with|"
    r"send (?:me |us |over )?the (?:contract|paperwork|agreement|invoice|order form)|"
    r"we want to (?:buy|sign|go ahead|move forward|proceed)|ready to (?:sign|buy|go|move)|"
    r"we've decided|i've decided|we decided|go ahead|deal\b|count me in|you've got a deal|"
    r"let's move forward|let's get started|we'd like to (?:proceed|go ahead|start|sign|buy)|"
    r"book (?:it|us|me|that)|please (?:book|send|go ahead|schedule|set)|yes please|"
    r"(?:can|could) (?:we|you) (?:start|begin|book|send (?:the|me|us|over))|sounds good,? "
    r"(?:let's|book|send|go))"
)


# An "if ..., " clause is hypothetical: "if it's not a fit, that's fine" disqualifies nothing.
_IF_CLAUSE = re.compile(r"\b(?:if|unless|whether|in case)\b[^,.;?]*[,.;]")


def is_question(normalised: str) -> bool:
    """Whether the sentence asks something, with or without a question mark (ASR drops them)."""
    return question_kind(normalised) is not None


def question_kind(normalised: str) -> str | None:
    """'open' / 'closed' for a question by its syntax, None for a statement."""
    core = strip_lead(normalised)
    asked = normalised.endswith("?")
    if _CALL_MECHANICS.search(core):
        return None
    statement = (
        _WH_CLAUSE.match(core)
        or _WH_CLEFT.match(core)
        or _WH_SUBORDINATE.match(core)
        or (not asked and _WHEN_CLAUSE.match(core))
    )
    if (_WH.match(core) and (asked or not statement)) or _WH_INNER.search(core):
        return "open"
    if (
        _AUX.match(core)
        or _ASKING.search(core)
        or (asked and _AUX_WEAK.match(core))
        or _DECL_CHECK.match(core)
        or _SO_DATE_CHECK.match(normalised)
    ):
        return "closed"
    if asked:
        # A wh-word after a short lead-in ("and for the rollout, who signs off?").
        tail = core.rsplit(",", 1)[-1].strip()
        if _WH.match(tail):
            return "open"
        return "closed"
    return None


def apply_rules(normalised: str, previous: str | None = None) -> RuleHit | None:
    """The first confident rule label for a normalised seller sentence, or None when unsure."""
    return decide(normalised, pattern_hits(normalised), previous)


def pattern_hits(normalised: str) -> frozenset[str]:
    """Names of the rule patterns that match the normalised sentence."""
    return lazy_hits(normalised).all()


def lazy_hits(normalised: str) -> LazyHits:
    """The same hits, each pattern evaluated only when a rule or the model asks for it."""
    hits = _INDEX.lazy(normalised)
    if _lead_tag(normalised):
        hits.extra.add("lead_tag")
    return hits


# A tag question ends the sentence: look for it in the tail only, then for a value claim before.
_TAG_RX = re.compile(TAG)
_BENEFIT_RX = re.compile(r"\b" + BENEFIT + r"\b")
_TAIL = 48


def _lead_tag(t: str) -> bool:
    tag = _TAG_RX.search(t, max(0, len(t) - _TAIL))
    return tag is not None and _BENEFIT_RX.search(t, 0, tag.start()) is not None


def decide(t: str, hits: Container[str], previous: str | None = None) -> RuleHit | None:
    """The rule decision given the sentence and its pattern hits (see ``pattern_hits``)."""
    prev = previous or ""
    kind = question_kind(t)
    q = kind is not None
    decided = bool(prev) and _BUYER_DECIDED.search(prev) is not None
    asked_next = bool(prev) and _BUYER_ASKED_NEXT.search(prev) is not None

    def _has(name: str, text: str = t) -> bool:
        return name in hits if text is t else _P[name].search(text)

    if _has("cond_if_i", t):
        return RuleHit("conditional_close", 0.9, "cond_if_i")
    if _REFLECT_START.match(t):
        return RuleHit("summarize_confirm", 0.85, "reflect_start")
    if not q and _has("disq_not_fit", _IF_CLAUSE.sub(" ", t)):
        return RuleHit("honest_disqualify", 0.85, "disq_not_fit")
    honest_deadline = _has("urg_honest", t)
    if _has("urg_deadline", t) or _has("urg_scarcity", t):
        if honest_deadline:  # a real date someone else set, said without a push
            return RuleHit("none", 0.75, "honest_deadline")
        return RuleHit("urgency_pressure", 0.85, "urgency")
    if _has("puppy", t):
        return RuleHit("puppy_dog_close", 0.85, "puppy")
    if _has("assume", t) and not _IF_THEY_DECIDE.search(t):
        if decided:  # the buyer said yes: talking logistics now is just doing what they asked
            return RuleHit("none", 0.8, "after_decision")
        return RuleHit("assumptive_close", 0.8, "assume")
    if _has("summary", t):
        return RuleHit("summarize_confirm", 0.85, "summary")
    if _OFFER_IF_USEFUL.search(t):
        return RuleHit("mutual_next_step", 0.75, "offer_if_useful")
    if _has("invite_no", t) and not _has("agenda", t):
        return RuleHit("invite_no", 0.85, "invite_no")
    if _has("agenda", t):
        return RuleHit("agenda_permission", 0.85, "agenda")
    sincere_choice = False
    if q and _has("alt_frame", t) and not _has("alt_out", t):
        return RuleHit("alternative_close", 0.8, "alt_frame")
    if q and _has("alt_choice", t) and not _has("alt_out", t):
        hit = _alternative_close(t, asked_next)
        if hit is not None:
            return hit
        sincere_choice = True
    if (not q or kind == "closed") and _alt_fragment(t):
        return RuleHit("alternative_close", 0.6, "alt_fragment")
    if _has("next_step", t) or (q and _has("alt_out", t)):
        return RuleHit("mutual_next_step", 0.8, "next_step")
    if _has("lead_phrase", t) or ("lead_tag" in hits and not _factual_tag(t)):
        return RuleHit("leading_question", 0.8, "leading")
    if _SO_CONFIRM.search(t):
        return RuleHit("summarize_confirm", 0.65, "so_confirm")
    if q and _NEG_AUX.match(strip_lead(t)) and _BENEFIT_RX.search(t):
        return RuleHit("leading_question", 0.6, "neg_aux")
    if sincere_choice:
        # An either/or about facts ("the app or the website?") is a sincere closed question.
        return RuleHit("closed_question", 0.75, "alt_sincere")
    if kind == "open":
        return RuleHit("open_question", 0.8, "wh")
    if kind == "closed":
        return RuleHit("closed_question", 0.75, "aux")
    return None


# Logistics made conditional on the buyer's own decision ("if you go ahead, we'll move your
# cover across") describe what would happen; they do not presume the yes.
_IF_THEY_DECIDE = re.compile(
    r"\b(?:if|should|once|when|whenever) you(?:'ve| have)? (?:do )?(?:decide|decided|go ahead|"
    r"choose|chosen|want to go ahead|want to proceed|are ready|'re ready|pick us|go with us)\b"
)


# "So <what you told me>, right?": a reflection checked with the buyer.
_SO_CONFIRM = re.compile(
    r"^(?:okay,? |alright,? |right,? )?so,? [^?]{12,}?,? (?:right|correct|yeah|yes|fair|is "
    r"that right|did i get that|have i got that|is that it|is that fair)\s*\??$"
)


_ENOUGH_TAIL = re.compile(
    r"\bor (?:is|would|will|does|do) (?:\w+ ){1,2}(?:be )?(?:enough|do|suffice|plenty|fine)\s*\??$"
)
_BUY_RX = re.compile(r"\b" + BUY_THINGS + r"\b")
_DAY_RX = re.compile(r"\b" + DAYS + r"\b")
_MEET_RX = re.compile(r"\b" + MEETING + r"\b")


def _alternative_close(t: str, buyer_asked_next: bool) -> RuleHit | None:
    """An either/or that presupposes buying is a close; a sincere either/or is a closed question."""
    if _ENOUGH_TAIL.search(t):
        # "weekly, or is monthly enough?" asks how much they need, not which way to pay.
        return None
    buying = _BUY_RX.search(t) is not None
    day = _DAY_RX.search(t) is not None
    meeting = _MEET_RX.search(t) is not None
    if buying:
        return RuleHit("alternative_close", 0.85, "alt_buy")
    if day and meeting:
        if buyer_asked_next:
            return RuleHit("closed_question", 0.7, "alt_meeting_asked")
        return RuleHit("alternative_close", 0.6, "alt_meeting")
    if day:
        return RuleHit("alternative_close", 0.55, "alt_day")
    return None


_STATEMENT_START = re.compile(r"^(?:i|we|you|they|it|that|this|he|she|there|our|my|the)\b")


def _alt_fragment(t: str) -> bool:
    """A verbless "cash or finance for the truck" put to the buyer is a choice between yeses."""
    core = strip_lead(t).rstrip(".!?")
    if (
        " or " not in core
        or len(core.split()) > 9
        or _STATEMENT_START.match(core)
        or _AUX.match(core)
        or _WH.match(core)
    ):
        return False
    left, _, right = core.partition(" or ")
    left_buy = bool(_BUY_RX.search(left) or _DAY_RX.search(left))
    right_buy = bool(_BUY_RX.search(right) or _DAY_RX.search(right))
    return (left_buy and (right_buy or len(right.split()) <= 2)) or (
        right_buy and len(left.split()) <= 2
    )


_FACTUAL_TAG = re.compile(
    r"^(?:so |and |okay )?(?:you(?:'re| are)|you've|you have|your|you use|you guys|the|it's|"
    r"that's|we said|we agreed|you said|you mentioned)\b[^?]*?(?:\d|plan|using|on|at|in|with|"
    r"from|called|named|based)\b[^?]*?,? (?:right|correct|yeah|yes)\s*\??$"
)


def _factual_tag(t: str) -> bool:
    """A tag on a fact check ("you're on the pro plan, right?") asks, it does not lead."""
    return _FACTUAL_TAG.search(t) is not None and not re.search(
        r"\b(?:great|better|costing|losing|waste|money|frustrat|pain|want|love|deserve|smart|"
        r"easier|worth|imagine|need to)\b",
        t,
    )


# The least a sentence must say before the statistical layer may give it a label: a naive
# Bayes posterior of 0.99 on "if it rains, the install moves" is word-count noise, not a close.
_EVIDENCE: dict[str, re.Pattern[str]] = {
    label: re.compile(rx)
    for label, rx in {
        # ... and it is about the buyer or what the seller does for them: "when new starters join
        # they get a buddy" describes a routine, whoever it is for.
        "assumptive_close": r"(?=.*\b(?:you|your|you'll|you're|y'all|i|i'll|we|we'll|us|let me)\b)"
        r"(?=.*\b(?:i'll|we'll|they'll|will|going to|gonna|let me|i've|"
        r"we've|shall i|should|your new|your first|once|as soon as|when|what|which|who|where|"
        r"need your|i'm|is|are|gets|kicks in|tonight|tomorrow|midnight|monday|tuesday|"
        r"wednesday|thursday|friday|next week)\b).*\b(?:your new|your first|welcome|sign|"
        r"signed|signature|paperwork|order|"
        r"invoice|deliver|delivery|install|installer|onboard|onboarding|set up|login|keys|"
        r"account|coverage|policy|kicks in|protected|covered|plates|registration|roster|card|"
        r"cards|kickoff|crew|ship|shipment|welcome|contract|first|schedule|booked|deposit|"
        r"logo|login|logins|logs in|live|go-live|up and running|protected|off to the races)\b",
        "alternative_close": r"\bor\b",
        "puppy_dog_close": r"\b(?:try|trial|free|borrow|return|strings|obligation|commitment|"
        r"no cost|no charge|on us|take (?:it|them|one) home|keep (?:it|them)|send (?:it|them) "
        r"back|see how|used to|hooked|cancel|loaner|demo|test[- ]drive|no invoice|no bill|"
        r"no contract|go back|used it|(?:days|weeks|a month) with|a go)\b",
        "urgency_pressure": r"\b(?:today|tonight|now|soon|fast|quick|quickly|left|only|last|final|"
        r"expire|expires|expiring|ends?|ending|gone|before|until|till|deadline|limited|waiting|"
        r"hurry|miss|won't last|goes up|go up|going up|rising|increase|lock|capacity|first|jump|"
        r"moment|while)\b",
        # A trade needs both halves: an "if" and something given away ("if you want to go
        # ahead, I'll get the installer booked" offers nothing in exchange).
        "conditional_close": r"(?=.*\b(?:if|suppose|assuming|say|provided)\b).*\b(?:deal|"
        r"discount|price|off|free|throw|thrown|threw|waive|waiving|percent|match|matched|knock|"
        r"include|including|extra|bonus|upgrade|cheaper|lower|rate|fee|fees|cost|charge|"
        r"month|months|sweeten|cover|gift|complimentary|on us|on the house|deliver|expedite|"
        r"rush|priority|faster|sooner|\d+(?:st|nd|rd|th)?)\b|%|\$",
        "leading_question": r"\?|\b(?:right|isn't|aren't|don't|doesn't|wouldn't|won't|can't|"
        r"agree|imagine|surely|obviously|who)\b",
        "agenda_permission": r"\b(?:time|minutes|hour|today|call|agenda|plan|goal|aim|cover|start|"
        r"first|before|ask|questions|okay|ok|alright|mind|end|outline|page|relevant|wrap)\b",
        "invite_no": r"\b(?:no|not|honest|honestly|fine|okay|pass|walk|stop|say|tell|feelings|"
        r"pressure|obligat\w*|offend\w*|personally|rather)\b|n't\b",
        "summarize_confirm": r"\b(?:so|sounds|seems|hear|heard|hearing|understand|understood|"
        r"understanding|recap|summar\w+|sum|words|saying|said|mentioned|told|correct|right|fair|"
        r"did i|have i|am i|make sure|nutshell|basically|short|play (?:it|that) back)\b",
        "mutual_next_step": r"\b(?:next|step|follow|again|here|proceed|forward|decide|decision|or|"
        r"think|touch|reconnect|meet|meeting|call|talk|send|set|schedule|book|loop|bring|happen|"
        r"continue|together|hold|wait|quote|proposal|pilot|point)\b",
        "honest_disqualify": r"\b(?:not|never|better|instead|elsewhere|recommend|suggest|overkill|"
        r"too|outgrow|someone|somebody|other|skip|cheaper|wrong|hate|barely|waste|rather|stick|"
        r"surprised|minimum|only|no|fraction)\b|n't\b",
    }.items()
}


def has_evidence(label: str, normalised: str) -> bool:
    """Whether the sentence holds the minimal words a ``label`` needs (True for other labels)."""
    if label == "assumptive_close" and _IF_THEY_DECIDE.search(normalised):
        return False
    rx = _EVIDENCE.get(label)
    return rx is None or rx.search(normalised) is not None


def rule_features(normalised: str, hits: frozenset[str] | None = None) -> list[str]:
    """Names of the rule patterns that fire, as extra tokens for the statistical model."""
    if hits is None:
        hits = pattern_hits(normalised)
    feats = [f"@{name}" for name in sorted(hits)]
    kind = question_kind(normalised)
    if kind:
        feats.append(f"@q_{kind}")
    if normalised.endswith("?"):
        feats.append("@qmark")
    return feats
