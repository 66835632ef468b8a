"""Linguistic rules for seller sentence labels.

Each rule captures the *structure* of a move rather than a stock phrase: an alternative close
is an "X or Y" choice whose both branches presuppose buying; a leading question is a claim of
value or pain with a tag that asks for agreement; an open question starts with a wh-word or a
"tell me / walk me through" request. The rules read the normalised sentence (see
``labels_text.normalise``) and return the first confident label, or ``None`` when they are silent.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

from fitfirst.review.labels_gate import GatedPattern, GateIndex, LazyHits
from fitfirst.review.labels_text import strip_lead


@dataclass(frozen=True)
class RuleHit:
    """A rule's decision: the label, how sure the rule is, and the feature that fired."""

    label: str
    confidence: float
    cue: str


def _rx(*parts: str) -> GatedPattern:
    return GatedPattern(parts)


_NUM = (
    r"(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|"
    r"fifteen|twenty|thirty|forty|forty-five|sixty|ninety|a hundred|hundred|\d+|a couple of|"
    r"a couple|a few|the next|a full|another)"
)
_UNIT = r"(?:days?|weeks?|months?|weekends?|nights?|fortnight|trial|quarter|term|semester)"
# Concessions a seller can trade, with their inflections ("knocked", "threw", "waiving").
_CONCEDE = (
    r"(?:get|got|getting|throw|threw|thrown|knock|take|took|drop|waiv|includ|add|match|beat|"
    r"give|gave|bring|brought|mak|made|find|found|sweeten|shav|cut|extend|offer|swing|swung|"
    r"bundl|lower|upgrad|cover|pay|paid|absorb|comp|toss|mov|hold|held|lock|slash|reduc|"
    r"discount|price|squeez|sort|fix|do|did|talk|convinc|push|eat|wave)\w*"
)
# Things that only exist once the buyer has bought.
_POST = (
    r"(?:order|orders|shipment|first shipment|delivery|install|installation|kickoff|kick-off|"
    r"onboarding|account|first invoice|invoice|contract|paperwork|implementation|go-live|"
    r"rollout|welcome (?:pack|kit|email|call)|policy|lease|registration|enrollment|enrolment|"
    r"plates|keys|login|logins|credentials|training|purchase order|po|agreement|order form|"
    r"docusign|deposit|subscription|licen[cs]es|seats|first payment|setup|set-up|migration|"
    r"start date|move-in|handover|warranty card|title|binder)"
)
# Concessions proper, for the "i'll ... if you ..." order, where the generic verbs of _CONCEDE
# ("get", "move", "sort") would turn plain conditional logistics into a trade.
_CONCEDE_STRONG = (
    r"(?:throw|threw|knock|take \w+ off|take (?:\w+ )?(?:percent|%) off|waiv|includ|match|beat|"
    r"sweeten|shav|discount|lower|upgrad|absorb|comp|toss|slash|reduc|squeez|eat|wave|cover "
    r"(?:the|your) (?:\w+ )?(?:fee|cost|charge)|give you|get you (?:a|an|the|\d)|drop the "
    r"(?:price|fee|rate|charge))\w*"
)
_YOU = r"(?:you|your team|your folks|your people|your staff|y'all|you guys|you all)"
_WE = r"(?:i|we)"
_TIME = (
    r"(?:today|tonight|now|right now|this week|by friday|before friday|on the call|this call|"
    r"before (?:we hang up|the end of (?:the )?(?:day|week|month|quarter))|end of (?:the )?"
    r"(?:day|week|month|quarter)|this month|this quarter|on the spot|here and now)"
)
_COMMIT = (
    r"(?:sign|commit|go ahead|move forward|buy|purchase|take it|do it|do the deal|close|"
    r"get started|start|sign up|be ready|pull the trigger|put pen to paper|"
    r"give me (?:a|the) (?:yes|green light|go)|say yes|lock (?:it|this) in|approve|"
    r"green[- ]light|place (?:the|an|your) order|order|switch|"
    r"come on board|onboard|get this done|make (?:a|the) decision|decide|book|proceed|go with us|"
    r"be in|shake (?:on it|hands)|seal|renew|upgrade|enroll|apply|put (?:a|the) deposit|"
    r"wrap (?:this|it|things) up|drive (?:it|her|this|one) (?:off|home)|get (?:it|this) done)"
)
# Words whose presence in both branches of a choice presupposes buying.
_BUY_THINGS = (
    r"(?:plan|tier|package|bundle|contract|term|annual|monthly|quarterly|yearly|year|month|card|"
    r"credit|invoice|wire|ach|check|cash|finance|financing|lease|leasing|loan|payment|pay|"
    r"paying|install|installation|delivery|deliver|ship|shipping|pick ?up|onboarding|onboard|"
    r"kickoff|kick-off|go-live|start|start date|rollout|roll out|seats|licenses|licences|"
    r"units|color|colour|model|trim|version|edition|option|upgrade|basic|standard|premium|pro|"
    r"enterprise|starter|growth|gold|silver|platinum|bronze|deposit|down payment|policy|"
    r"coverage|deductible|signing|sign|paperwork|docusign|contract|po|purchase order|setup|"
    r"set up|implementation|first order|shipment|panels|system|batteries|battery|white|black|"
    r"red|blue|silver|grey|gray|cohort|intake|semester|term|enrol|enroll|retainer|"
    r"engagement|sprint|phase|seat|lease|buy|purchase|send over|send the|mail|email the|"
    r"bill|billing|procurement|pallet|order|warehouse|two-year|three-year|one-year|"
    r"\w+-month|\w+-year|bank transfer|direct debit|outright|warranty|years|miles|"
    r"mileage|term length|truck|car|van|bike|suv|sedan|house|unit|units|machine)"
)
_DAYS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|"
    r"tomorrow|next week|this week|the \d+(?:st|nd|rd|th)?|\d+(?:am|pm|:\d\d)|\d+ (?:am|pm)|"
    r"first|fifteenth|end of the month|beginning of the month|weekend|weekday|noon|early|late)"
)
_MEETING = (
    r"(?:call|meeting|meet|chat|demo|session|sync|catch[- ]up|follow[- ]up|talk|conversation|"
    r"walkthrough|workshop|presentation|review|visit|site visit|coffee|zoom|teams)"
)
_BENEFIT = (
    r"(?:great|nice|amazing|awesome|wonderful|fantastic|incredible|better|easier|smarter|"
    r"simpler|faster|cheaper|huge|big|obvious|clear|true|fair|important|crucial|critical|"
    r"valuable|worth|matter|matters|costing|cost|costs|losing|lose|lost|waste|wasting|wasted|"
    r"money|revenue|profit|pain|painful|frustrating|annoying|hurt|hurting|risk|risky|"
    r"dangerous|save|saving|savings|grow|growth|win|winning|deserve|afford|want|love|like|"
    r"need|needs|makes sense|make sense|no-brainer|no brainer|good idea|smart|time|sense|"
    r"happy|relief|peace of mind|protect|safe|safer|left on the table|behind|competitors|"
    r"competition|expensive|problem|issue|struggle|struggling|stressed|stressful|headache|"
    r"thrilled|delighted|pleased|impressed|excited|relieved|glad|proud|game[- ]changer|"
    r"protect|tired|sick of|fed up)"
)
_TAG = (
    r"(?:,\s*(?:is|are|do|does|did|would|will|can|could|should|have|has|was|were|wo|"
    r"is not|are not)(?:n't)? (?:you|they|it|we|he|she|there|i|that|this)\s*\??$|"
    r"(?:,?\s*(?:right|isn't it|aren't they|aren't you|don't you|doesn't it|wouldn't you|"
    r"wouldn't it|won't it|won't you|didn't it|don't they|isn't that right|isn't that so|"
    r"can't you|shouldn't you|shouldn't it|agreed|yeah|no|true|wouldn't you say|"
    r"don't you think|you know what i mean|am i right|am i wrong|you agree|fair|makes sense)"
    r"\s*\??$))"
)

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

_P = {
    # --- honest disqualification -----------------------------------------------------------
    "disq_not_fit": _rx(
        r"\b(?:we're|we are|we aren't|this is|this isn't|it's|it is|that's|we|this|i|i'm|i am|"
        r"it|they|that|our \w+|this \w+)\b"
        r"[^?]*?(?:\bnot|n't|\bnever|\bno)\b[^?]*?\b(?:the right|a good|a great|the best|a real|"
        r"a natural|the ideal|an ideal|a|the)\s+(?:fit|match|choice|option|solution|tool|"
        r"product|partner|vendor|provider|platform|firm|agency|company|dealer|carrier|"
        r"school|program|team)\b(?! for you\?)",
        r"\b(?:wouldn't|would not|can't|cannot|won't|will not|don't|do not) "
        r"(?:honestly )?(?:recommend|suggest|advise) (?:us|our|we|buying|going with us|this|it|"
        r"that you)",
        r"\b(?:serve|suit|fit|help) (?:you|your \w+) (?:much |a lot |far )?better\b",
        r"\b(?:you'd|you would|you'll|you will|you might|you may|you'd probably|they'd) "
        r"(?:probably |honestly |really |likely |actually )?be (?:better|much better|far better)"
        r" (?:served|off|suited)",
        r"\b(?:i'd|i would|i'll|i will|let me|i can|i could|i'd honestly|i'd rather|happy to) "
        r"(?:honestly |happily |gladly |just )?(?:point|refer|send|introduce|connect|"
        r"steer|direct) you (?:to|toward|towards|over to|elsewhere|in the direction)"
        r"(?! (?:your|our|my|the team|the person|the people)\b)",
        r"\b(?:look at|check out|go with|talk to|try|consider|call) \w+(?: \w+)? instead\b",
        r"\b(?:i'd|i would|i'd honestly|honestly|you might|you may|you should|you'd|i'd really)"
        r" (?:suggest|recommend|look|go|try|consider|want to|be better|steer)\b[^?]*?\binstead"
        r"\b(?! of)",
        r"\bnot (?:the|a good|the right) answer (?:here|for you)\b",
        r"\b(?:this|it|that|buying|switching|us|we|our \w+)\b (?:\w+ )?(?:wouldn't|won't|doesn't|"
        r"does not|would not) (?:really )?(?:make sense|pay off|be worth it|add up|pencil out)\b"
        r"(?! to me)",
        r"\bnot the (?:right|best) (?:person|people|team|ones) to help\b",
        r"\b(?:could|would|can|will) do (?:this|it|that|the job) (?:for|at) (?:a fraction|half|a "
        r"third) of (?:our|the|what we)\b",
        r"\bpay(?:ing)? for [^?]*?\b(?:never|not|don't|won't|wouldn't|barely|rarely) (?:use|need|"
        r"touch|want)\b",
        r"\b(?:you should|you could|i'd|you'd be fine to|just|you can) (?:probably |honestly |"
        r"really |just )?(?:stick|stay) with (?:your|what you)\b",
        r"\b(?:surprised|doubt) (?:if|that) (?:we|we're|we'd|our \w+) (?:were|are|would be|be|is)"
        r" (?:the )?(?:best|right|a good)\b",
        r"(?:\bnot|n't) (?:the right|a good) time (?:for you )?to (?:buy|sign|switch|invest|start|"
        r"change|spend|commit)\b",
        r"\b(?:isn't|is not|aren't|are not|wasn't) (?:really )?(?:built|designed|made|meant|set up)"
        r" for (?:the way|how|what|teams like|companies like|clinics like|people like|your)\b",
        r"\bthere are (?:cheaper|simpler|smaller|better|free) (?:\w+ )?(?:tools|options|products|"
        r"providers|vendors|ways|alternatives)\b",
        r"\byou (?:really |honestly |probably )?(?:don't|do not) need (?:a|an) (?:new|different|"
        r"second|bigger|whole new|fancier|more expensive) \w+",
        r"\b(?:your current|what you have|your existing)(?: \w+)? (?:just |only |really )?needs? "
        r"(?:configuring|tweaking|a tune-up|fixing|updating|setting up properly|some setup)\b",
        r"\b(?:isn't|is not|not) what we're (?:good at|built for|best at|set up for|made for)\b",
        r"\b(?:rather not|don't want to|wouldn't|won't) take your money\b",
        r"\b(?:i'd|you could|you can|you should|just) (?:skip|pass on) (?:us|this|our)\b",
        r"\b(?:not going to|won't|doesn't|isn't going to|wouldn't|will not|does not) (?:really )?"
        r"work (?:for|out for) you\b",
        r"\b(?:recommend|suggest|try|look at|go with|consider|point you to) (?:a different|another|"
        r"someone else|somebody else|a cheaper|a smaller|a bigger|a local|other) (?:\w+ )?"
        r"(?:provider|vendor|company|agency|option|supplier|firm|carrier|dealer|school|program|"
        r"tool|product|installer|broker|platform|solution|partner)s?\b",
        r"\b(?:i don't think|i do not think|i'm not sure|i doubt) (?:we're|we are|this is|it's|"
        r"it is|our \w+ is|we'd be|we would be) (?:really )?(?:what you need|what you're looking"
        r" for|the (?:right|best)|a (?:good|great|fit)|right for you|worth it)",
        r"(?:doesn't|does not|wouldn't|would not|won't|will not) (?:really )?(?:make sense|pay "
        r"off|be worth it|add up|pencil out) (?:for you|in your case|at your size)\b",
        r"\byou(?:'d| would|'ll| will)? get (?:more|better value|more value) (?:out of|from) "
        r"[^?]*?\bthan (?:us|our|from us|with us|this)\b",
        r"\b(?:you'll|you will|you'd|you would) (?:want|need) (?:someone|somebody|a \w+) "
        r"(?:like|else|who (?:does|specializes|focuses))\b",
        r"\bwe (?:just |really |actually |honestly |simply )(?:don't|do not|can't|cannot|"
        r"won't) (?:do|offer|cover|support|handle|serve|service|deliver|insure|ship|work with)"
        r"\b",
        r"\byou (?:really |honestly |probably )?(?:don't|do not|won't|wouldn't) need (?:our|the|"
        r"this|that) (?:\w+ )?(?:plan|tier|package|version|upgrade|product|module|add-on|"
        r"premium|pro|enterprise|service|policy|coverage|system|model|option|bundle|suite)\b",
        r"\b(?:the )?(?:free|basic|cheaper|cheapest|entry|starter|smaller|standard) (?:\w+ )?"
        r"(?:tier|plan|version|model|option|package) (?:will|would|should) (?:do|be enough|"
        r"cover|serve)\b",
        r"^(?:honestly,? |look,? |frankly,? |truthfully,? )?(?:i'd |you should |just )?(?:keep|"
        r"stay with|stick with|hold on to) (?:your|the) (?:current|existing|old|present)"
        r"\b[^?]*?(?:,|;|\.|$|\bswitching\b|\bbecause\b)",
        r"\bcost (?:you )?more than (?:it|they|that|this) (?:saves?|gives?|returns?)\b",
        r"\b(?:i|we) could (?:sell|sign|put) you\b[^?]*?\bbut\b",
        r"\byou(?:'d| would| will|'ll)? (?:be )?pay(?:ing)? for (?:a lot|things|features|stuff|"
        r"capacity|more) (?:that )?you(?:'d| would)? (?:never|not|don't|won't|wouldn't) "
        r"(?:use|need)\b",
        r"\b(?:we're|we are|we aren't|it's|it is|this is|this isn't)\b[^?]*?\bnot (?:built|set up|"
        r"designed|made|meant|priced|the right size|a good idea|worth it)\b",
        r"\b(?:we don't|we do not|we can't|we cannot)\b[^?]*?\b(?:do|offer|"
        r"cover|support|handle|serve|help with|service|deliver|insure|ship)\b[^?]*?"
        r"(?:,|\.|$|so|which|and that)",
        r"\b(?:overkill|more than you need|too much for|too big for|too small for|"
        r"over-engineered for|outgrow|won't pay off|wouldn't pay off|not worth (?:it|the money))"
        r"\b",
        r"\b(?:save your money|keep your money|wouldn't buy|i wouldn't sign|"
        r"i don't think you need us|you don't need us|you don't need this|you don't need what)"
        r"\b",
        r"\b(?:not (?:the right|a good) fit|isn't (?:the right|a good) fit|"
        r"wouldn't be (?:a|the right|a good) fit|won't be (?:a|the right|a good) fit|"
        r"not a fit)\b(?![^?]*\?$)",
        # A plain verdict with a weak-fit word: "we're a poor match for anyone shipping...".
        r"\b(?:a|an) (?:poor|bad|weak|terrible|awkward|odd|lousy|clumsy|uneasy|strange|rough|"
        r"mismatched|expensive|costly) (?:fit|match|choice)\b",
        r"\b(?:wasted|overkill) on (?:you|your|a|an|someone|anyone|people|teams?|households?|"
        r"practices?|companies|businesses|firms?|families)\b",
        # Pointing at a cheaper way than buying from us: "... cheaper than a membership with us".
        r"\b(?:cheaper|better value|simpler|easier|a better deal|less hassle|less money)\b[^?]*?"
        r"\bthan (?:us|going with us|buying from us|working with us|signing (?:up )?with us|"
        r"(?:a|an|the) (?:\w+ ){0,2}(?:with|from|through) us)\b",
        # What the buyer already has is enough: "the account you already have covers everything".
        r"\b(?:you already (?:have|own|use|pay for)|you've got|you have now|your (?:current|"
        r"existing|present) \w+(?: \w+)?)\b[^?]*?\b(?:covers?|handles?|does|will do|would do|"
        r"can do|should do) (?:everything|all|what|that|it|the job)\b",
        r"\b(?:you already (?:have|own|use|pay for)|your (?:current|existing|present) \w+"
        r"(?: \w+)?) (?:is|are|will be|should be|would be) (?:\w+ )?(?:enough|plenty|fine|all "
        r"you need)\b",
        r"\b(?:i'd|i would|i'd probably|you might want to|i'd honestly) (?:honestly |probably |"
        r"really |just )?(?:hold off|not bother)\b(?! (?:a|for a) (?:sec|second|moment|minute))",
        r"\b(?:keep|hang on to|hold on to|stick with|stay with|stay on) (?:the|your) (?:current |"
        r"old |existing |present )?\w+ (?:another|a (?:few|couple) more|for now|for another|a "
        r"bit longer|for a while)\b",
        # Someone else suits them better ("the studio on fifth would suit you a lot more"); the
        # subject must be one noun, so "our premium plan would suit you better" stays a pitch.
        r"\b(?:they|someone else|somebody else|(?:the|a|an) (?:other |local |smaller |bigger |"
        r"cheaper |specialist )?\w+(?: (?:on|at|in|down|across|near|over) [\w ]+?)?) (?:would|"
        r"will|might|could) (?:probably |honestly |really )?(?:suit|serve) (?:you|your \w+) "
        r"(?:\w+ ){0,2}(?:better|more)\b",
        # Advice as if it were the seller's own money: "if it were my money i wouldn't switch".
        r"\bif (?:it were|it was|this were|that were) my (?:money|business|company|call|"
        r"decision|budget)\b[^?]*?\b(?:wouldn't|would not|not|keep|stay|stick|wait|hold off|"
        r"skip|save)\b",
        r"\bif i (?:were|was) (?:you|in your (?:shoes|position|spot|place))\b[^?]*?\b(?:wouldn't|"
        r"would not|not|keep|stay|stick|wait|hold off|skip|save)\b",
        # More value from something that is not ours: "you'd get more out of a freelancer than".
        r"\byou(?:'d| would|'ll| will)? (?:honestly |probably |really |actually )?get (?:more|"
        r"better value|more value) (?:out of|from) (?!(?:our|us|this|we)\b)(?:a|an|the|your|"
        r"some) [^?]*?\bthan\b",
        r"\b(?:already|just) (?:does|covers|gives you|handles) (?:everything |all |exactly )?"
        r"(?:what|everything) you (?:need|want|described|asked)\b",
        r"\b(?:the cheapest|the simplest|the smallest|the cheapest \w+) (?:one |plan |option |"
        r"tier |package )?that (?:does|covers|gives you|handles)\b",
        r"\bwe (?:just |really |honestly |simply )?(?:aren't|are not|'re not) (?:really )?"
        r"(?:set up|built|equipped|licensed|big enough|small enough|the people|the ones|the "
        r"right people)\b",
        r"\b(?:a|an|another) (?:\w+ ){0,2}(?:broker|firm|agency|provider|specialist|dealer|"
        r"clinic|studio|company|shop|bank|lender|school|gym|consultant|carrier|installer|"
        r"freelancer|recruiter) (?:is|are|would be) (?:who|what|the (?:people|ones?|person)) "
        r"you (?:want|need)\b",
        # The buyer would pay more than they gain: "more on our fees than you'd ever save".
        r"\bmore\b[^?]*?\bthan (?:you'd|you would|you'll|you will|it would|it'd|you)? ?(?:ever )?"
        r"(?:save|get back|recoup|recover|make back)\b",
        r"\b(?:i wouldn't|i would not|i'd never|i'd not) (?:put|recommend|sell|steer|advise|move|"
        r"switch) (?:a|an|you|your|anyone|someone)\b",
        r"\b(?:cheaper|smaller|basic|simpler|free|older|entry|standard|lower) (?:\w+ ){0,2}(?:does|"
        r"covers|handles|gives you|will do) (?:everything|all|exactly what|what)\b",
        r"\b(?:will|would|'d|'ll|might|may) find (?:us|it|this|our \w+|the \w+) (?:\w+ )?(?:clunky|"
        r"overkill|complicated|heavy|awkward|fiddly|excessive|too \w+)\b",
        r"\byou could (?:honestly |probably |really )?(?:just )?(?:use|get by with|manage with|"
        r"stick with|do this with|do it with) (?:the |a |your )?(?:free|existing|current|"
        r"built-in|basic|cheaper)\b",
        r"\b(?:there's no point|there's not much point|no real point|it's not worth|it isn't "
        r"worth|it wouldn't be worth) (?:in )?(?:moving|switching|changing|buying|upgrading|"
        r"paying|signing|coming)\b",
        r"\b(?:will|would|'ll|'d|could|can|might) (?:probably |honestly |easily )?(?:beat|outdo|"
        r"do better than|be cheaper than|do a better job than) us\b",
    ),
    # --- conditional close -------------------------------------------------------------------
    "cond_if_i": _rx(
        r"\bif (?:i|we) (?:can |could |were able to |manage to |managed to )?"
        + _CONCEDE
        + r"\b[^?]*?\b(?:would|will|could|can|are|is|do|does|shall|'d|'ll)\b[^?]*?\b(?:you|"
        r"we|your|it|that)\b[^?]*?(?:\b" + _COMMIT + r"\b|\b" + _TIME + r"\b)",
        r"\b(?:would|will|could|can|are) (?:you|your \w+) (?:be )?(?:willing to |ready to |"
        r"able to |prepared to |good to |happy to |in a position to |okay to )?"
        + _COMMIT
        + r"\b[^?]*?\bif (?:i|we) (?:can|could|get|throw|knock|take|drop|waive|include|add|"
        r"match|give|make|find|cut|extend|offer|do|swing|lower|cover|pay)\b",
        r"\b(?:(?:i|we) (?:can|could|will|would|am able to)|i'll|we'll|i'd|we'd) (?:also )?"
        + _CONCEDE_STRONG
        + r"\b[^?]*?\bif (?:you|your \w+) (?:can |could |are able to |will )?(?:\b"
        + _COMMIT
        + r"\b)[^?]*?(?:\b"
        + _TIME
        + r"\b|\bby \w+|\bbefore\b)",
        r"\b(?:(?:i|we) (?:can|could|will|would)|i'll|we'll|i'd|we'd) (?:also )?"
        + _CONCEDE_STRONG
        + r"\b[^?]*?\bif "
        r"(?:you|we|your \w+) (?:can |could )?(?:get (?:this|it|the \w+) (?:signed|done|over the "
        r"line)|" + _COMMIT + r")\b",
        r"\bif you (?:can |could |will )?(?:"
        + _COMMIT
        + r")\b[^?]*?\b(?:"
        + _TIME
        + r"|by \w+|before \w+)\b[^?]*?\b(?:i'll|we'll|i will|we will|i can|we can|i could|"
        r"we could) (?:also )?" + _CONCEDE + r"\b",
        r"\b(?:what if|suppose|say|let's say|imagine|assuming|provided) (?:that )?(?:i|we) "
        r"(?:can |could |were to |managed "
        r"to )?" + _CONCEDE + r"\b[^?]*?\b(?:would|will|could|can|do we|are we|are you|is that|"
        r"deal)\b",
        r"\b(?:if|say|suppose|let's say|what if|imagine) (?:i|we) (?:can |could |were to )?"
        + _CONCEDE
        + r"\b[^?]*?(?:,|\bthen\b)\s*(?:would|will|could|can|are|do|shall)"
        r" (?:you|we|your \w+)\b[^?]*?(?:\b" + _COMMIT + r"\b|" + _TIME + r"|\bin\??$|"
        r"\bgive (?:us|me) (?:the|your) (?:business|exclusive|order|contract|deal|go-ahead|"
        r"signature)|\bpaperwork\b|\bdeal\b)",
        r"\bif (?:i|we) [^?]*?(?:do we have a deal|have we got a deal|we have a deal|is it a deal|"
        r"deal\?$|are we good|can we shake|are you in|you in\?$|can we close|can we sign|"
        r"can we wrap|can you sign|will you sign|would you sign)",
        r"\b(?:sign|commit|decide|agree|say yes)\b[^?]*?"
        + _TIME
        + r"[^?]*?\band (?:i|we)('ll| will| can| could)?"
        r" (?:throw in|knock|take|give|include|waive|add|drop|get you)",
    ),
    # --- urgency / scarcity ------------------------------------------------------------------
    "urg_deadline": _rx(
        r"\b(?:only|just) (?:good|valid|available|on the table|open|running|live|here|around|"
        r"guaranteed|holding|lasts|runs|stands|works|there) (?:until|through|for|till|by|"
        r"thru|today|tonight|this)\b",
        r"(?<!dead )(?<!blind )(?<!weak )(?<!hot )"
        r"\b(?:price|pricing|rate|rates|offer|discount|promo|promotion|deal|special|incentive|"
        r"bonus|rebate|quote|savings|sale|window|slot|spots?|availability|inventory|stock|"
        r"credit)(?:s|'s)? (?:\w+ ){0,4}(?:expires?|ends?|go(?:es)? away|go(?:es)? up|"
        r"disappears?|gone|"
        r"runs? out|is gone|are gone|vanish(?:es)?|increases?|won't last|won't be there|"
        r"won't be available|closes?|dies|lapses?|is off the table|comes off)\b",
        # Third person only ("it ends friday"; "end this call" is not a deadline), and not the
        # end of something the buyer already has ("your lease ends this year" is a fact).
        r"(?<!lease )(?<!contract )(?<!policy )(?<!term )(?<!plan )(?<!agreement )"
        r"(?<!subscription )(?<!season )(?<!year )(?<!school )(?<!warranty )"
        r"\b(?:expires|ends|goes up|increases|goes away) (?:at|on|by|after|this|next|"
        r"tomorrow|tonight|friday|monday|midnight|end of|the end|in \w+ (?:days|hours))\b",
        r"\b(?:today|tonight|this week|now) only\b",
        r"\b(?:until|till|by|before) (?:midnight|close of business|end of (?:day|business|"
        r"the (?:day|week|month|quarter))|the end of (?:the )?(?:day|week|month|quarter)|eod|"
        r"cob|friday|tonight|tomorrow)\b[^?]*?\b(?:price|pricing|rate|offer|discount|deal|hold|"
        r"lock|guarantee|keep|honou?r|extend)",
        r"\b(?:need|have|got) to (?:decide|sign|commit|move|act|lock|book|get this done|"
        r"get the paperwork|put a deposit|reserve)\b[^?]*?\b(?:today|tonight|now|fast|quickly|"
        r"soon|asap|by friday|this week|before|right away)\b",
        r"\bneed (?:a|an|your) (?:answer|decision|yes|commitment|signature|deposit) "
        r"(?:today|tonight|now|by|before|this)\b",
        r"\b(?:can't|cannot|won't be able to|not able to|can't promise to|no way i can) "
        r"(?:hold|guarantee|keep|promise|honou?r|extend|save) (?:this|that|the|these|those|it|"
        r"your)?\s*(?:price|pricing|rate|offer|discount|deal|slot|spot|unit|car|system|seat|"
        r"place|quote|inventory|it|them)?\b[^?]*?\b(?:past|after|beyond|forever|long|for|"
        r"until|much longer|tomorrow|monday|next week|if you wait)",
        r"\bbefore (?:it's|they're|it is|they are) (?:gone|taken|sold|snapped up)\b",
        r"\b(?:won't|will not|wouldn't|isn't going to|is not going to) last\b",
        r"\b(?:now[- ]or[- ]never|once[- ]in[- ]a[- ]lifetime|one[- ]time (?:offer|deal|price)|"
        r"won't see (?:this|a price|pricing|an offer|a deal) (?:like this )?again|"
        r"never (?:see|get) (?:this|a price like this|pricing like this) again)\b",
        r"\b(?:the|this is the|it's the|this is our) (?:last|final) (?:week|month|day|days|"
        r"weekend|few days|hours?)\b[^?]*?\b(?:offer|offering|to get|to sign|to lock|to grab|"
        r"to claim|at this|we're doing|we can|price|pricing|discount|deal)",
        r"\b(?:raising|increasing|hiking|putting up|bumping up|jacking up) (?:the |their |our "
        r"|its )?(?:prices?|rates?|fees?|premiums?|pricing)\b[^?]*?\b(?:next|soon|on the|in "
        r"(?:january|february|march|april|may|june|july|august|september|october|november|"
        r"december)|after|before|this|tomorrow|monday|friday)",
        r"\b(?:selling|going|moving|flying|running) (?:out )?(?:of \w+ )?(?:fast|quick|quickly)\b",
        r"\b(?:running|selling) out\b[^?]*?\b(?:fast|quickly|soon|now|already)\b",
        r"\b(?:someone|somebody|another (?:buyer|customer|client|family|company)|other (?:buyers|"
        r"people|customers|folks|schools|families|couples|companies|clients|firms|buyers|teams|"
        r"practices|parents|businesses)) (?:else )?(?:is|are|was|were|has|have)? ?(?:looking at|"
        r"asked about (?:this|it|that)|enquired about|called about|been asking about|viewed|"
        r"interested|asking about|eyeing|circling|ready to|about to|putting in)",
        r"\b(?:act|move|decide) (?:fast|now|quickly|today)\b",
        r"\bdon't (?:wait|miss (?:out|this|it))\b|\bmiss out\b",
        r"\bif you wait\b[^?]*?\b(?:lose|gone|go up|miss|cost|pay more|won't|higher)",
        r"\b(?:lock|locking) (?:in|it in|this in|that in)\b[^?]*?\b(?:today|now|before|tonight|"
        r"while)\b",
        r"\b(?:last|final) (?:chance|call|day|one|few|unit|units|spot|spots|slot|slots|seat|"
        r"seats|couple|opportunity)\b",
        r"\b(?:last|final|remaining) (?:two|three|four|five|few|couple of|\d+) (?:\w+ )?(?:spots|"
        r"slots|seats|units|places|rooms|dates|openings|cars|homes|systems)\b",
        r"\bwaiting list\b|\bwait[- ]?list\b",
        r"\b(?:first|next) (?:\d+|two|three|four|five|six|ten|twenty|fifty|few|handful of) "
        r"(?:clients|customers|buyers|people|sign-?ups|companies|families|businesses|callers)\b",
        r"\b(?:close to|near|nearly at|almost at|at) (?:capacity|full capacity)\b",
        r"\b(?:i'd|you'd want to|you should|you'll want to|better|i would) (?:decide|move|act|sign|"
        r"book|jump|commit) (?:soon|quickly|fast|now|today)\b",
        r"\bafter (?:this|next|the|today|tomorrow|friday|monday|the end of)\b[^?]*?\b(?:(?:we|you|"
        r"i) (?:won't|will not|can't|cannot)|we're not|we aren't|we are not|i'm not) (?:be able to )?"
        r"(?:offer|get|have|honou?r|hold|give|include|keep|do|discount|offering|giving|"
        r"including|doing|discounting|holding|waiving)\b",
        r"\b(?:can't|cannot|couldn't) (?:say|promise|guarantee|tell you) (?:it'll|it will|they'll|"
        r"they will|it's going to|they're going to|there'll|there will) (?:still )?be (?:here|"
        r"there|"
        r"available|around|left|in stock)\b",
        r"\b(?:inventory|stock|supply|availability)(?:'s| is) (?:really |very |super |pretty )?"
        r"(?:tight|low|limited|short|thin|scarce|drying up)\b",
        r"\b(?:booked (?:solid|up|out)|fully booked)\b|\bnow or (?:never|you wait|wait|later|"
        r"next)\b",
        r"\b(?:the )?(?:lowest|best|cheapest) (?:this )?(?:price|rate|deal) (?:will )?(?:ever|"
        r"you'll"
        r" ever|we'll ever)\b",
        r"\b(?:be|are|is|'ll be|will be) (?:all )?(?:gone|sold|snapped up|taken) (?:by|before|"
        r"soon|in|within|this|tomorrow|next)\b",
        r"\b(?:promotion|promo|offer|sale|deal|discount|special|pricing|rebate|incentive)s? "
        r"(?:\w+ ){0,2}(?:wraps up|winds down|finishes|is over|will be over|closes out)\b",
        r"\btoday(?:'s| is) (?:really |definitely )?the day\b",
        r"\b(?:a lot of|lots of|high|huge|crazy|strong) (?:interest|demand)\b[^?]*?\b(?:today|"
        r"tonight|now|soon|quick|quickly|fast|before)\b",
        r"\b(?:get|put) (?:an|your|in an|in your) offer in (?:today|tonight|now|soon|quickly|"
        r"before|asap)\b",
        r"\bif you (?:don't|do not|wait to) (?:grab|take|book|lock|secure|get|reserve|claim) "
        r"(?:this|it|that|the|your) ?(?:\w+ )?(?:now|today|tonight|this week)\b",
        r"\bthe next (?:opening|available (?:slot|date|spot)|slot|opportunity|chance) (?:isn't|"
        r"is not|won't be|is)\b",
        r"\bsnap(?:ped|s)? (?:it|this|that|them|this one|that one|these|those) up\b",
        # The last of something, then a wall: "one more install crew free in march and then...".
        r"\b(?:one|a) (?:more|last|final) (?:\w+ ){0,2}(?:slot|spot|crew|date|opening|seat|place|"
        r"room|unit|delivery|install|team)\b[^?]*?\b(?:and then|after that|then we're|then it's|"
        r"before we're|before it's)\b",
        r"\b(?:wouldn't|would not|don't|do not) (?:sit on|wait on|sleep on|hang around on|leave) "
        r"(?:it|this|that) (?:too |very |for )?long\b",
        r"\b(?:raising|increasing|hiking|putting up|bumping(?: up)?|jacking up|pushing up) (?:the "
        r"|their |our |its )?(?:\w+ )?(?:prices?|rates?|fees?|premiums?|pricing)\b[^?]*?\b(?:next|"
        r"soon|in a|in \w+ weeks|after|before|this|tomorrow|again)\b",
        r"\b(?:price|pricing|rate|offer|deal|discount|promo|spec|model|stock|unit|car|slot|spot|"
        r"premium|(?:this|that|these|those) \w+)s?(?:'s)? (?:\w+ ){0,3}(?:won't|will not|isn't going to|is not going to|not "
        r"going to) (?:be around|stick around|hang around|be here long|be available long)\b",
        # A price held "only if" the buyer commits by a date: the date is the seller's lever.
        r"\b(?:honou?r|hold|keep|lock|guarantee|offer) (?:the|this|that|your)? ?(?:old |current |"
        r"same |quoted )?(?:\w+ )?(?:price|rate|premium|quote|discount|terms|deal)\b[^?]*?\bonly"
        r" if\b[^?]*?\b(?:by|before|today|tonight|this week|end of)\b",
    ),
    "urg_scarcity": _rx(
        r"\b(?:only|just) (?:\w+ ){0,2}(?:a (?:few|handful|couple)|one|two|three|four|five|"
        r"\d+|a single) (?:\w+ ){0,3}(?:left|remaining|available|open|in stock|on the lot|"
        r"at this price|at that price)\b",
        r"\b(?:only|just) (?:have|got|taking|opening|onboarding|doing|accepting) (?:\w+ ){0,2}"
        r"(?:a (?:few|handful|couple)|one|two|three|four|five|\d+|a single)\b",
        r"\b(?:almost|nearly|basically|practically) (?:gone|sold out|full|booked|fully booked)\b",
        r"\b(?:limited|scarce) (?:spots|slots|seats|availability|supply|stock|inventory|time|"
        r"number|places)\b",
        r"\b(?:filling|booking) up (?:fast|quick|quickly)\b",
        r"\bwhile (?:supplies|stocks?|inventory|spots?|they) (?:last|are available)\b",
        r"\b(?:maybe|only|just|barely|probably) (?:one|two|three|four|five|a few|a handful|a "
        r"couple|\d+) (?:\w+ ){0,3}like (?:this|these|that|it|them)\b[^?]*?\b(?:left|in the|"
        r"around|on the market|available|right now)\b",
    ),
    "urg_honest": _rx(
        r"\b(?:that's|it's|its|this is|that is) (?:a |the )?(?:government|state|federal|"
        r"regulator's|regulatory|legal|irs|tax|manufacturer's|supplier's|their|the state's|"
        r"public|official|program's|grant's|utility's|city's|county's|school's|university's|"
        r"enrollment|insurer's|carrier's|a hard external|an external|statutory)"
        r" ?(?:'s )?(?:date|deadline|rule|cutoff|cut-off|change|schedule|decision)\b",
        r"\bnot (?:ours|our deadline|our date|something we (?:set|control|made up|decide))\b",
        r"\b(?:we don't|we do not|i don't|i do not) (?:set|control|decide|make up|choose) "
        r"(?:that|the|this|it)\b",
        r"\b(?:outside|out of|beyond) (?:our|my) (?:control|hands)\b",
        r"\bno (?:pressure|rush|hurry) (?:from (?:us|me|our side)|at all|on our (?:side|end))",
        r"\b(?:i|we) (?:won't|will not|don't) (?:pressure|rush|push) you\b",
        r"\b(?:doesn't|does not|won't|will not) (?:change|expire|go away|move)\b[^?]*?\b(?:take "
        r"your time|no rush|whenever)",
        r"\btake (?:all )?(?:the )?(?:your )?time (?:you need)?\b",
        r"\bno need to (?:decide|rush|hurry|commit|sign|choose|act)\b",
    ),
    # --- puppy dog ---------------------------------------------------------------------------
    "puppy": _rx(
        r"\b(?:take|try|keep|use|run|test[- ]drive|drive|have|borrow|leave|install|put|wear|"
        r"set up|fit|load|stick|pop|plug|"
        r"play with|live with|sit with|hang on to|hold on to|give|access|let your \w+ (?:use|"
        r"try|play with|live with|kick the tires on|have))\b[^?]*?\b(?:for|over) "
        + _NUM
        + r" ?(?:\w+ )?"
        + _UNIT
        + r"\b[^?]*?(?:free|no (?:charge|cost|obligation|strings|commitment|"
        r"risk|pressure|card|credit card|payment)|on (?:us|the house|me)|send it back|"
        r"bring it back|return it|"
        r"give it back|hand it back|if you don't|won't want to|see how|never want|"
        r"(?:want|need) (?:it|them) (?:gone|out|removed|taken out)|"
        r"can't live without|get used to|fall in love|keep it|love it|hooked)",
        r"\bno (?:credit )?card (?:required|needed|necessary|up front|upfront)\b",
        r"\b(?:money[- ]back|satisfaction|no[- ]questions[- ]asked)(?: guarantee)?\b[^?]*?\b"
        r"(?:try|see|test|use|keep|take)\b",
        r"\b(?:loaner|demo unit|demo model|trial unit|sample unit|test unit|demo kit)\b[^?]*?"
        r"\b(?:no cost|free|while you decide|no charge|keep|no strings|no obligation|on us)\b",
        r"\bwon't want (?:it|them) (?:gone|back|taken|to leave|out)\b",
        r"\b(?:free|on us|no charge|on the house|at no cost)\b[^?]*?\b(?:no need to commit|"
        r"without (?:committing|commitment|any commitment|obligation|any obligation)|"
        r"commitment[- ]free|decide later)\b",
        r"\bfor free (?:this|next|for the|for a|for one) (?:month|week|quarter|weekend|term)\b",
        r"\bif you (?:don't|do not) (?:love|like|want|use|need|enjoy) (?:it|them)\b[^?]*?\b"
        r"(?:we'll|i'll|we will|i will|we can|just|we) (?:come )?(?:take|pick|haul|grab|"
        r"collect|refund|send)\b",
        r"\b(?:we'll|i'll|we will|we can|we'd) (?:happily |gladly |just )?(?:come )?(?:take|"
        r"pick|haul) (?:it|them) (?:back|away|up)\b",
        r"\bno (?:strings|strings attached|obligation|commitment|risk|catch)\b[^?]*?\b(?:try|"
        r"take|keep|use|trial|test|play|drive|install|leave|weeks?|days?|month)\b",
        r"\b(?:try|take|keep|use|trial|test|play with|drive|install|leave)\b[^?]*?\bno "
        r"(?:strings|strings attached|obligation|commitment|risk|catch)\b",
        r"\b(?:you can|just|simply|and you can|you could) (?:always )?(?:send|give|bring|hand|"
        r"ship|mail|return) (?:it|them|the \w+) back\b",
        r"\b(?:if you (?:don't|do not) (?:love|like|want|use|need) (?:it|them)|if it doesn't "
        r"(?:work out|stick|click)),? (?:we'll|i'll|we will|i will|we can|i can|just)"
        r" (?:come |swing by and )?(?:take|pick|haul|grab|collect|pull|rip|remove|uninstall|"
        r"turn|switch|shut|refund|send)",
        r"\b(?:take|bring|drive) (?:it|the \w+|one|this one) home\b",
        r"\b(?:once|after) (?:your|you|the) (?:\w+ )?(?:team |folks |kids |family |reps |staff )?"
        r"(?:get|gets|are|is|has|have) (?:used to|hooked on|attached to|comfortable with|"
        r"spoiled by) (?:it|them|the)",
        r"\b(?:free|risk[- ]free|no[- ]cost|zero[- ]cost|complimentary) (?:trial|loaner|sample|"
        r"pilot|demo unit|test drive|week|month|weekend)\b[^?]*?(?:see how|just|love|keep|"
        r"decide later|no (?:strings|obligation|commitment)|won't want|hooked|get used)",
        r"\b(?:let|have) (?:your|the) (?:team|kids|family|staff|reps|crew|nurses|doctors|"
        r"drivers|techs|students|wife|husband|partner|folks|people) (?:\w+ )?(?:play with|try|"
        r"use|live with|test|drive|kick the tires on|get their hands on) (?:it|them|the \w+)\b"
        r"[^?]*?(?:see|love|weeks?|days?|weekend|month|free|decide|back|strings|"
        r"obligation|won't want)",
        r"\b(?:won't|never|wouldn't) want to (?:give|send|hand) (?:it|them) back\b",
        r"\b(?:put|leave|park|drop|set|install) (?:it|one|them|the \w+) (?:on|in|at) (?:the|your) "
        r"[\w ]+? for " + _NUM + r" ?" + _UNIT + r"\b",
        r"\b(?:free|at no (?:charge|cost)|no charge|on us|on the house|complimentary|for "
        r"nothing) (?:for|through|over) " + _NUM + r" ?(?:\w+ )?" + _UNIT + r"\b",
        r"\bfor " + _NUM + r" ?(?:\w+ )?" + _UNIT + r",? (?:completely |totally |entirely )?"
        r"(?:free|at no (?:charge|cost)|no charge|on us|on the house|free of charge|"
        r"complimentary|no strings|no commitment|no obligation)\b",
        r"\b(?:borrow|keep|have|use|access|take|try)\b[^?]*?\b(?:through|until|till|for|over)"
        r"\b[^?]*?\bno (?:strings|strings attached|obligation|commitment|catch)\b",
        r"\b(?:return|send back|give back|hand back) (?:whatever|what|anything|the ones|the "
        r"rest|any)\b",
        r"\b(?:i bet|i'm sure|i guarantee|trust me)\b[^?]*?\b(?:hooked|won't want|love it|"
        r"never go back|can't live without)\b",
        r"\b(?:take|try|keep|use|have|borrow|ride|drive|wear|run)\b[^?]*?\b(?:for|over) "
        + _NUM
        + r" ?(?:\w+ )?"
        + _UNIT
        + r"\b[^?]*?\b(?:(?:pop|post|send|bring|give|hand|ship|"
        r"mail|drop|return) (?:it|them) back|(?:you'll|you will) (?:feel|see|notice|love|"
        r"wonder))\b",
    ),
    # --- assumptive --------------------------------------------------------------------------
    "assume": _rx(
        r"\b(?:when|once|after|as soon as) (?:we|i) (?:get|have) (?:you|your \w+|y'all|you guys) "
        r"(?:onboarded|on board|onboard|set up|signed|started|live|installed|up and running|"
        r"going|switched|moved over|enrolled|in|registered|covered|insured|approved|"
        r"financed|booked|delivered|rolled out|migrated)\b",
        r"\b(?:when|once|after|as soon as) (?:you're|you are|you become|you're a|your team is|"
        r"your \w+ (?:is|are)) (?:a )?(?:onboarded|on board|onboard|a customer|a client|"
        r"a member|customers|clients|signed|live|set up|up and running|using (?:us|it|our)|"
        r"enrolled|covered|insured|installed|switched over|moved in|in the new|driving)\b",
        r"\b(?:when|once|after|as soon as) (?:we|i|our (?:team|crew|installers?|techs?|"
        r"technicians?|engineers?)) (?:onboard|install|deliver|ship|set up|start|kick off|"
        r"roll out|roll (?:this|it) out|migrate|switch|enroll|insure|cover|finance|register|"
        r"activate|provision|configure|put in|fit|wire up|hook up|bring) (?:to )?(?:you|your|the|"
        r"it|this|them)\b",
        r"\b(?:when|once|after|as soon as) (?:your|the) (?:new |first )?\w+(?: \w+)? "
        r"(?:arrives?|ships?|go up|goes up|go in|goes in|get installed|gets? (?:delivered|"
        r"installed|set up)|(?:is|are) (?:delivered|"
        r"installed|live|set up|in place)|goes? live|lands?|comes? in)\b[^?]*?\b(?:our|we'll|"
        r"i'll|we will|you'll|you will|your)\b",
        r"\b(?:i'll|i will|we'll|we will|let me|i'm going to|i'm gonna|we're going to|i can go "
        r"ahead and|i'll go ahead and|i'm just going to|i'll just|let me just|let me go ahead "
        r"and) (?:just )?(?:send|get|draw|write|have|shoot|email|put|draft|prepare|print|"
        r"type|generate|start|open|pull|run|set|book|process|submit|place|enter|file|lock|"
        r"reserve|order|ship|schedule|pencil|bind|issue) (?:you |over |up |out |together |"
        r"in |down |through )?(?:the |a |your |our |over the |over a |up the |out the |"
        r"up a |in the |the )?(?:\w+ )?(?:contract|paperwork|agreement|order|invoice|"
        r"docusign|purchase order|po|sow|statement of work|signature|contracts|forms|"
        r"application|policy|deposit|onboarding|account|financing|credit app|lease|"
        r"registration|welcome (?:pack|kit|email)|kickoff|install|installation|delivery|"
        r"order form|quote to sign|license|licenses|seats|enrollment|binder)\b",
        r"\b(?:i'll|i will|we'll|we will|let me|i'm going to|i'm just going to|i'll just|let me "
        r"just|let's|i'll go ahead and|let me go ahead and|i can go ahead and) (?:get|put|pencil|"
        r"sign|book|lock|mark|set|write|register|enroll|slot|schedule) (?:you|your \w+|y'all)"
        r" (?:down|in|up|started|set up|registered|enrolled|booked|signed up|sorted|approved|"
        r"on the (?:calendar|schedule|books|list)|for (?:the|a|"
        r"\w+ (?:seats|licenses|units|panels)))\b",
        r"\b(?:welcome (?:aboard|to the family|to the team)|congrats on (?:your|the) new)\b",
        r"\b(?:our|the) (?:crew|install(?:ation)? team|installers?|fitters?|surveyors?|techs?|"
        r"technicians?|engineers?|drivers?|movers?|delivery team|onboarding team|team) (?:will|"
        r"'ll|is going to|are going to|can) (?:be (?:out|there|on site|over|round|around)|come "
        r"(?:out|over|by|round)|arrive|show up|start|deliver|install|drop)\b[^?]*?\b(?:on "
        r"(?:the )?\d|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|to "
        r"(?:measure|survey|fit|start|begin|do|install|"
        r"deliver|set up)|tomorrow|next week)",
        r"\b(?:i'll|we'll|i will|we will|i'm going to|we're going to|let me|i can) (?:have|get) "
        r"(?:\w+ ){1,3}(?:set up|open|create|draw up|send|process|prepare|start|book|ship)\b"
        r"[^?]*?\b(?:your|the) (?:\w+ )?" + _POST + r"\b",
        r"\b(?:i'll|we'll|i will|we will|i'm going to|we're going to|let me) (?:just )?(?:get|"
        r"turn|convert|make|move|push) (?:the|your|this) (?:\w+ )?(?:quote|proposal|estimate|"
        r"cart|reservation|draft) (?:turned |converted |made )?(?:into|to|over to|through to) "
        r"(?:an? |the )?(?:order|contract|invoice|agreement|purchase)\b",
        r"\byour (?:first |new )?(?:shipment|delivery|install|installation|kickoff|kick-off|"
        r"onboarding|order|first invoice|invoice|policy|account|training|go-live|start date|"
        r"move-in|handover|plates|keys|login|logins|welcome \w+) (?:\w+ )?(?:goes out|ships|"
        r"arrives|starts|begins|is (?:next|on|booked|scheduled|set|ready|confirmed)|will "
        r"(?:be|go|arrive|start|ship|land|come|get|show)|lands)\b",
        r"^(?:the |your )(?:kickoff|kick-off|install|installation|onboarding|delivery|"
        r"implementation|training|handover|go-live)(?: call| meeting| session| date)?(?: with "
        r"(?:your|the) [\w ]+?)? (?:is|will be|'s) (?:next|on|at|tomorrow|this|scheduled|booked"
        r"|set)\b",
        r"\b(?:what's|what is|what) (?:the |your )?(?:best )?(?:delivery|shipping|billing|"
        r"installation|install|invoice|invoicing|mailing) (?:address|email|contact|name|"
        r"details|date|window)\b",
        r"\b(?:when|once|after|as soon as) (?:the |your )?(?:new )?\w+(?:'s| is| are) (?:in|"
        r"up|live|running|installed|set up|in place|delivered|signed)\b[^?]*?\b(?:you'll|you "
        r"will|your \w+ (?:will|are going to|'ll)|they'll|we'll|you're going to|going to|i'll|"
        r"i will)\b",
        r"\b(?:we'll|i'll|we will|i will|we're going to) (?:ship|deliver|send|install|drop off|"
        r"bring) (?:the|your) (?:\w+ )?(?:kit|order|units?|panels|system|device|devices|hardware|"
        r"equipment|car|chairs|pallets|licen[cs]es|seats|shipment|machine|starter kit)\b[^?]*?\b"
        r"(?:tomorrow|today|on|next|this|by|monday|tuesday|wednesday|thursday|friday)\b",
        r"\bi'm (?:putting|booking|signing|pencil\w*|getting|adding|registering|enrolling|"
        r"slotting) (?:you|your \w+) (?:in|down|up|on|for)\b",
        r"\bwho\b[^?]*?\b(?:will be signing|will sign|should sign|is signing|is going to sign)"
        r" (?:the|your|our) (?:agreement|contract|paperwork|order|po|lease|policy)\b",
        r"\b(?:i've|i have|we've|we have) (?:gone ahead and |already |just )?(?:added|put|signed|"
        r"booked|registered|enrolled|pencil+ed|slotted|reserved|ordered|set) (?:you|your \w+) "
        r"(?:to|for|on|in|down|up|into)\b",
        r"\b(?:i've|we've|i have|we have) (?:already |gone ahead and |just )?(?:blocked|booked|"
        r"reserved|scheduled|set aside|held|pencil\w*|ordered|started|blocked out)\b[^?]*?\b(?:for"
        r" you|for your|your)\b",
        r"\b(?:hold|reserve|set aside|earmark|put aside) (?:your|the) (?:\w+ )?(?:pallets?|order|"
        r"units?|seats?|car|spot|slot|stock|room|booking|delivery|install|licen[cs]es|panels)\b",
        r"\b(?:once|when|after|as soon as) (?:the|your) (?:deposit|payment|contract|paperwork|"
        r"check|cheque|funds|order|po|purchase order|financing|loan|application|agreement|"
        r"signature|wire|transfer) (?:clears|is signed|comes through|goes through|is approved|"
        r"lands|is in|arrives|gets signed|gets approved|is done)\b",
        r"\b(?:what time|which day|what day|when) (?:should|do you want|would you like|can) "
        r"(?:the|our) (?:movers|installers?|crew|team|technicians?|techs?|drivers?|delivery|"
        r"engineers?|fitters?|painters?)\b",
        r"\b(?:after|once|when|as soon as) (?:we|you|you guys|y'all) (?:sign|signed|close|"
        r"finali[sz]e|get the paperwork|get (?:it|this|that) signed|get started|go live)\b",
        r"\b(?:when|once|after|as soon as) (?:your \w+|you|you guys|they) (?:start|starts|begin|"
        r"begins|get|gets) (?:using|on|working with|driving|living in) (?:it|this|us|the|our)\b",
        r"\b(?:go ahead and|just going to|'ll just|let me just) (?:reserve|book|order|process|"
        r"place|ship|register|enroll|start|set up|lock|sign|open|draw up|hold|activate|"
        r"provision|put (?:you|your|it|the order))\b",
        r"\bwhere (?:should|do|shall|can|would) (?:we|i) (?:ship|deliver|send|install|drop)\b",
        r"\b(?:who|what name|what address|what email|which email|which address|what's the best "
        r"(?:email|address|name)|what is the best (?:email|address|name)) (?:\w+ ){0,3}(?:for|on|"
        r"should (?:i|we)|do (?:i|we)|to) (?:\w+ ){0,2}(?:the )?(?:contract|invoice|paperwork|"
        r"agreement|order|delivery|billing|policy|lease|title|registration|account|po|"
        r"docusign|purchase order)\b",
        r"\bwho (?:should|do|shall) (?:i|we) (?:make|address|put|send|list) (?:the )?(?:contract|"
        r"invoice|paperwork|agreement|order|policy|title|registration|po)\b",
        r"\bhow many (?:seats|licenses|licences|units|users|panels|cases|pallets|trucks|policies|"
        r"spots|boxes|cars|kits) (?:should|do|shall|can) (?:i|we) (?:put you down for|"
        r"put down|start you (?:with|on|off)|order|book|reserve|set you up with|"
        r"write up|include)\b",
        r"\b(?:your|the) (?:new )?(?:account manager|installer|install team|onboarding "
        r"(?:specialist|manager|team)|success manager|driver|delivery|first shipment|"
        r"first invoice|first payment|kickoff|welcome (?:kit|pack|email)|login|credentials)"
        r" (?:will|is going to|'ll) (?:reach out|call|be|arrive|come|show up|get in touch|"
        r"land|go out|start|contact|email)\b",
        r"\b(?:we'll|we will|i'll|i will) (?:have|get) (?:you|your \w+) (?:up and running|"
        r"live|set up|onboarded|installed|sorted|covered|in the car|driving|moved in|enrolled)"
        r"\b",
        r"\b(?:all|just) (?:i|we) need (?:is|now is|from you is) (?:your|a|the) (?:signature|"
        r"card|credit card|deposit|po|purchase order|initials|license|id|details|sign-off|"
        r"autograph|john hancock|bank details)\b",
        r"\bjust (?:sign|initial|autograph) (?:here|there|at the bottom|on the line|this)\b",
        r"\b(?:i'll|i will|i|we'll|we) (?:just )?need (?:your|a|the) (?:signature|card|credit card|"
        r"deposit|initials|license|id|john hancock|sign-off|autograph|bank details|po)\b",
        r"\bwhen (?:would|do|should|shall|can) (?:you|we) (?:like|want|need) (?:us|me) to (?:start|"
        r"begin|deliver|install|ship|kick off|onboard|come|get started|set up)\b",
        r"\b(?:so|now),? (?:when|once) (?:we|you) (?:start|get going|go live|kick off|begin|"
        r"move forward|sign)\b",
        r"\bwhich (?:day|date|week) (?:do you want|would you like|should we) (?:the|your|us to|"
        r"to)? ?(?:install|delivery|deliver|start|onboarding|kickoff|go-live|ship)",
        r"\b(?:what|which) (?:color|colour|trim|finish) (?:do|would|are) you (?:want|like|"
        r"going|thinking)\b",
        # The seller's people acting on the buyer's things as if the sale were done: "we'll
        # have your number ported over", "the crew shows up at eight".
        r"\b(?:we'll|i'll|we will|i will|they'll|they will) (?:have|get) your (?:\w+ ){1,2}"
        r"(?:ported|moved|transferred|switched|migrated|set up|installed|activated|connected|"
        r"delivered|fitted|shipped|registered|insured|covered|enrolled|upgraded|replaced|"
        r"recycled|removed|collected|swapped|wiped|cleared|disposed of|"
        r"hooked up|wired|mounted)\b",
        r"\b(?:the|our|your) (?:crew|install(?:ation)? team|installers?|fitters?|techs?|"
        r"technicians?|engineers?|movers?|delivery team|surveyor|courier) (?:shows? up|arrives?|"
        r"turns? up|comes? (?:out|over|by|round)|gets? there)\b(?![^?]*\b(?:days|every|always|"
        r"usually|typically|normally|whenever|each)\b)[^?]*?\b(?:at \w+|on \w+|tomorrow|"
        r"next week|this week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|"
        r"afternoon|to (?:measure|install|fit|start|set up|deliver))\b",
        r"\b(?:will|'ll|and|then) (?:take|haul|cart|clear|pull|pick up|remove) (?:away )?(?:the|"
        r"your) old (?:ones?|\w+)(?: away| out| off)?\b",
        r"\b(?:they'll|we'll|they will|we will|i'll) (?:have|get) (?:the|your) old (?:\w+ )?"
        r"(?:out|away|off|removed|gone)\b",
        r"^(?:so |and )?your (?:\w+ ){1,2}(?:goes out|ships|arrives|lands|will arrive|will "
        r"ship|will go out|gets delivered|is delivered)\b[^?]*?\b(?:tomorrow|today|tonight|"
        r"monday|tuesday|wednesday|thursday|friday|saturday|next week|this week|with|within|"
        r"by)\b",
        r"\b(?:the|our|your) (?:crew|installers?|fitters?|techs?|technicians?|engineers?|"
        r"drivers?|movers?|surveyor|courier|account manager) (?:will|'ll|is going to) (?:ring|"
        r"call|phone|text|email|contact|message) you\b[^?]*?\b(?:before|on|when|tomorrow|"
        r"monday|tuesday|wednesday|thursday|friday|next week|to (?:confirm|book|arrange))\b",
        # The buyer's work already running through the seller: "your payroll runs through us".
        r"\byour (?:\w+ ){1,2}(?:runs?|goes|will (?:run|go)|is handled|gets handled|comes) "
        r"(?:through|via|with|from) us\b",
        r"\b(?:start|starts|begin|begins|will start|'ll start) (?:coming|arriving|landing|"
        r"showing up|going out|flowing)\b[^?]*?\byour\b[^?]*?\b(?:from|on|by) (?:monday|"
        r"tuesday|wednesday|thursday|friday|tomorrow|next week|the \d+)",
        r"\b(?:the|your) new (?:\w+ ){0,2}(?:go in|goes in|go up|goes up|get fitted|gets fitted|"
        r"arrive|arrives|get installed|gets installed|go live|goes live)\b[^?]*?\b(?:monday|"
        r"tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|the \d+)",
        r"\b(?:will|'ll|and|then) (?:strip|rip|tear) (?:the|your) old (?:\w+ )?(?:\w+ )?out\b",
        r"\b(?:we'll|i'll|we will|i will) (?:move|transfer|switch|port|migrate|bring|carry) your "
        r"(?:\w+ ){0,2}(?:across|over|in)\b",
        r"\b(?:i'll|we'll|i will|we will) (?:set|get) (?:them|him|her|you|everyone|the team|your "
        r"\w+) (?:up|going|started|live|on)\b[^?]*?\b(?:tonight|today|tomorrow|this afternoon|"
        r"monday|tuesday|wednesday|thursday|friday|right away|straight away)\b",
    ),
    # --- alternative close -------------------------------------------------------------------
    "alt_choice": _rx(
        r"\b(?:would|do|will|should|shall|could|can|are) (?:you|we|i|your \w+) (?:rather|"
        r"prefer|want|like|go with|take|choose|pick|start with|do|doing|going with|book|put|"
        r"schedule|set|sign|ship|send|deliver|bill|invoice|install|register|enroll|start|"
        r"want me to|like me to|want us to|like us to)\b[^?]*?\b(?:or|versus|vs)\b",
        r"^(?:so |and |okay |then )?(?:want|prefer|you want|you prefer|you'd like|you'd prefer|"
        r"like) [^?]*?\bor\b",
        r"^(?:so |and |okay |then )?(?:is it|is that|are we|are you|will it be|would it be|was it|"
        r"is it going to be) [^?]*?\bor\b",
        r"\bor\b[^?]*?\b(?:which|what) (?:\w+ )?(?:do|would|should|shall|will|is|works|suits)"
        r" (?:you|we|i|it|better|best|for you)\b",
        r"\b(?:which|what) (?:\w+ ){0,2}(?:one|option|plan|tier|package|model|color|colour|day|"
        r"date|time|"
        r"works|suits|fits|is better|would be better|sounds better|would you|do you|"
        r"should (?:we|i)|makes more sense)\b[^?]*?\b(?:or|versus|vs)\b",
        r"\b(?:is|are|does|would|will) (?:\w+ ){1,4}(?:better|easier|best|good|work|suit|work "
        r"better|suit you better|be easier)\b[^?]*?\b(?:or)\b",
        r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|"
        r"annual|monthly|card|invoice|lease|finance|cash|standard|premium|basic|pro|gold|"
        r"silver|\d+)\b[^?]*?\bor\b[^?]*?(?:better|work|works|prefer|suit|suits|good|for you|"
        r"\?$)",
    ),
    "alt_out": _rx(
        r"\bor (?:have you seen enough|are you (?:done|set|good|all set)|is (?:that|this) "
        r"enough|do you have enough|has this been enough)\b",
        r"\bor (?:(?:would|do|did) you (?:rather|prefer|want|like|need)(?: to)? |you'd "
        r"(?:rather|prefer)(?: to)? |should we |you want to |would it be better to )?"
        r"(?:not|neither|none|hold off|wait|think|pause|leave it|skip|pass|no|nothing|read|"
        r"sit with|"
        r"review|digest|discuss|check|talk it over|run it by|look (?:at|over|through)|some time|"
        r"keep (?:it|this) (?:between|to)|not yet|later|"
        r"more time|time to think|a few days|a bit|a little time|"
        r"take (?:some|a) (?:time|beat|few)|sit on|sleep on|see|stop|park|call it|"
        r"is (?:it|this) not|isn't it|not at all|something else|something different|"
        r"none of (?:them|these|those)|neither one|do you need (?:more )?time)\b",
        r"\bif (?:at all|any|anything|you want (?:one|to|it)|that's useful|it's useful|"
        r"you'd like one|it helps|helpful|you still want|we decide|you decide)\b",
        r"\b(?:or|whether) (?:we |you )?(?:even )?(?:should|need|want) (?:to )?(?:at all|"
        r"bother)\b",
        r"\bor (?:is|are) (?:it|this|that|there) (?:\w+ ){0,3}(?:not|too early|premature)\b",
        r"\bor (?:have you|do you feel you've|did you) (?:seen|heard|got|had) enough\b",
        r"\bor (?:shall|should) we (?:leave|stop|park|call|pause|hold|wait|skip|drop)\b",
        r"\bor (?:is|are) (?:it|this|that) (?:\w+ )?(?:too soon|getting ahead|jumping ahead|"
        r"overkill|too much|a stretch)\b",
    ),
    # Choice frames that presuppose the purchase whatever is chosen: "are we doing silver or
    # gold", "is it going to be the hatchback or the estate".
    "alt_frame": _rx(
        r"\b(?:are we|shall we|should we|we're) (?:doing|going with|going for|getting|taking|go "
        r"with|go for)\b[^?]*?\bor\b",
        r"\b(?:is it|will it|it's) (?:going to|gonna) be the \w+[^?]*?\bor the\b",
    ),
    # --- leading -----------------------------------------------------------------------------
    "lead_phrase": _rx(
        r"\b(?:you'd|you would|you'll|you will|i'm sure you'd|i'm sure you|surely you|you can) "
        r"(?:surely |certainly |probably |definitely )?(?:agree|admit|acknowledge|see)\b[^?]*?"
        r"(?:that|how|,|\?|$)",
        r"\b(?:wouldn't|don't|won't|can't|couldn't) you (?:agree|say|admit|think|want|like|"
        r"love|rather|prefer|see|feel|imagine)\b",
        r"\b(?:wouldn't|won't|doesn't|isn't|shouldn't|wasn't|aren't|didn't|haven't) "
        r"(?:it|that|this|everyone|everybody|anyone|your \w+|they|there) (?:be|feel|sound|"
        r"seem|make|just|really|kind of|already|honestly|all)? ?(?:\w+ ){0,2}(?:great|happier|"
        r"safer|calmer|richer|healthier|quicker|more \w+|less \w+|nice|amazing|"
        r"awesome|wonderful|better|easier|smarter|good|huge|fantastic|incredible|a relief|"
        r"thrilled|delighted|pleased|impressed|excited|relieved|glad|proud|a "
        r"game changer|a no-brainer|sense|obvious|time|true|worth|a shame|a waste|"
        r"frustrating|painful|costing|money|want|love|deserve|the point|the goal|what you)",
        r"\b(?:who|what (?:business|company|team|owner|parent|manager|family|person|rep|"
        r"doctor|clinic|school|driver))(?: out there)? (?:wouldn't|doesn't|doesn't want|"
        r"would not|does not|wouldn't want|wouldn't love|would say no)\b",
        r"\b(?:can|could) you (?:imagine|picture|see yourself|see how much)\b",
        r"\bwho (?:wants|likes|enjoys|needs|would want|would like|'d want) (?:to )?[^?]*?,? "
        r"(?:right|really|honestly|seriously)\s*\??$",
        r"\b(?:you (?:do|would|'d)|i'm sure you|surely you|obviously you|of course you|"
        r"everyone|every \w+|any \w+ (?:owner|manager|leader|parent)) (?:want|wants|would "
        r"want|'d want|need|needs|would like|'d like|care|cares) (?:[^?]*?) (?:right|don't "
        r"you|wouldn't you|isn't it|correct|yes|no)\s*\??$",
        r"\b(?:isn't|wouldn't|doesn't|don't) (?:it|that|this|you) (?:\w+ )?(?:true|fair to say|"
        r"safe to say|obvious|clear) that\b",
        r"\bit's (?:fair|safe) to say\b[^?]*?\b(?:want|need|cost|losing|better|pain|"
        r"frustrat|money|waste|hurt|problem|matter|importan)",
        r"\b(?:so|and) (?:obviously|clearly|naturally|of course),? (?:you|your|that|it)\b"
        r"[^?]*?\?$",
        r"\b(?:don't|do) you (?:think|feel|agree) (?:that )?(?:it's|it is|this|that|you|your|"
        r"it would|now|it'd)\b[^?]*?\b(?:time|great|better|worth|sense|right|deserve|need|"
        r"should|smart|easier|good|owe)\b",
        r"\bthat's (?:what|exactly what) you (?:want|need|are looking for|'re looking for),? "
        r"(?:isn't it|right|don't you think|no)\b",
        r"\bmakes (?:total |perfect |complete )?sense,? (?:doesn't it|right|no|yeah)\s*\??$",
        r"\b(?:we can|we'd|we would|we both|we all|everyone|anyone|i think we can|i think we'd"
        r"|i'm sure we can) (?:all |both )?(?:agree|see|admit)\b",
        r"\b(?:you wouldn't|you don't|you won't) want (?:to|your|that|them|anyone|a|the)\b"
        r"[^?]*?(?:would you|do you|right|\?$)",
        r"\b(?:how much|how many) (?:\w+ ){0,3}(?:is|are|has|have) (?:that|this|it|"
        r"those|these) (?:\w+ ){0,2}(?:costing|cost|losing|wasting|lost)\b[^?]*?(?:already|"
        r"right|guess|imagine|must)",
        r"^(?:(?:so|and|now|just),? )?imagine (?:what|how|if|never|not|having|being|no more|"
        r"your|the|a|walking|waking|coming|opening)\b",
        r"^(?:(?:so|and|now|just),? )?(?:picture|envision|visuali[sz]e) (?:what|how|if|never|not|"
        r"having|being|no more|your|the|a)\b",
        r"^(?:nobody|no one|no-one|no \w+) (?:\w+ ){0,2}(?:enjoys|likes|wants|loves|needs|misses)\b"
        r"[^?]*?,? (?:do they|does anyone|right|really)\s*\??$",
    ),
    # --- summarize / confirm -----------------------------------------------------------------
    "summary": _rx(
        r"\bwhat i(?:'m| am|'ve)? (?:hearing|heard|hear|understand|understood|got|gathered|"
        r"took away|taking away|getting|picked up|noted|wrote down|seeing|learned|understanding|"
        r"gathering|picking up|noting|sensing)\b",
        r"\bif i(?:'m| am|'ve| have)? ?(?:hearing|understanding|reading|following|followed|read|"
        r"caught|understood|got|"
        r"heard) (?:you|this|that|it|everything|all that)\b",
        r"\b(?:let me|lemme|allow me to|i want to|i'd like to|i just want to|just want to|"
        r"can i|let's|i'll|i'm going to|i wanna|let me just) (?:quickly |briefly |just )?"
        r"(?!double[- ]check (?:the|our|my|with|on|a |if the|whether the))"
        r"(?:make sure|check (?:that|if|whether|i|my|what)|play|read|recap|summari[sz]e|sum (?:up|"
        r"that up|it up)|see if|"
        r"repeat|reflect|confirm|double[- ]check|mirror|run back|run through what|reiterate|"
        r"(?:say|read|play|feed|give) (?:it|that|this) back|"
        r"paraphrase|restate)\b",
        r"\bto (?:recap|summari[sz]e|sum up|sum it up|play (?:it|that) back|make sure i|check "
        r"i|check that i|confirm i|confirm what|be sure i|double[- ]check)\b",
        r"\b(?:did|have|do) i (?:get|got|capture|captured|understand|understood|miss|missed|"
        r"hear|heard|summari[sz]e|summari[sz]ed|read|characterize|describe|described|state|"
        r"have|leave out|left out|leave|left|catch|caught|forget|forgotten)\b[^?]*?\b(?:right|"
        r"correctly|"
        r"anything|something|accurately|fairly|it|that|all|everything|straight)\b",
        r"\bis (?:that|this|it|all that|that all|everything) (?:\w+ )?(?:right|accurate|fair|"
        r"a fair (?:summary|description|picture|read|assessment|way to put it)|correct|"
        r"roughly right|about right|close|the gist|where you are|what you meant|how you "
        r"see it|a good summary|spot on)\b",
        r"\b(?:sounds|it sounds|seems|it seems|looks|it looks) like (?:you|your|the main|the "
        r"biggest|the real|what you|there's|there are|you're|you've|the team|for you)\b",
        r"^(?:so |okay |and )?(?:it )?(?:sounds|seems|looks) like\b[^?]*?\b(?:you|your|you're|"
        r"you've|for you)\b",
        r"\bcorrect me if\b",
        r"\b(?:you said|you mentioned|you told me)\b[^?]*?(?:\bright|\bcorrect|\bstill\b|is "
        r"that|\byeah)\s*\??$",
        r"^(?:so |okay |and )?(?:it )?(?:sounds|seems) like (?:the|there's|there is|your|you|"
        r"what)\b",
        r"\bam i (?:right|understanding|reading|hearing|close|on track|missing|getting|off)\b",
        r"\bso,? (?:basically|in short|in a nutshell|long story short|net net|in other words|"
        r"bottom line|the short version|the gist|the headline)\b",
        r"\b(?:did|have) i (?:miss|leave out|forget) (?:anything|something)\b",
        r"\bin (?:other|your) words\b",
        r"\b(?:so|okay,? so) (?:you(?:'re| are)|you've|you have|your|the (?:main|big|real)|you "
        r"(?:need|want|have|use|said|mentioned|run|get|spend|lose|do|don't|can't)) "
        r"[^?]*?,? (?:right|correct|yeah|yes|is that right|did i get that|have i got that|"
        r"is that it|is that fair)\s*\??$",
        r"\bif i had to sum\b|\bthe way i see (?:your|what you)\b|\bso far i(?:'ve| have) got\b",
        r"^(?:okay,? |ok,? |right,? |alright,? )?so,? (?:the|your) (?:main|biggest|real|big|core|"
        r"key|top|only|number one) (?:\w+ )?(?:headache|problem|issue|pain|concern|priority|"
        r"worry|need|goal|gap|blocker|frustration|challenge|sticking point)\b",
        r"\bwhat (?:you're|you are|you've been|you were) (?:telling|saying|describing|getting at)"
        r"\b",
        r"\b(?:just )?so (?:i'm|i am) (?:clear|sure|straight|on the same page)\b(?! on (?:the )?"
        r"tim| about (?:the )?tim)",
        r"^(?:so,? )?(?:from|going by) what you(?:'ve| have)? (?:said|told me|described|"
        r"mentioned)\b,? (?:the|your|you|it)\b",
        r"^(?:so,? )?(?:it )?(?:seems|sounds|looks) (?:like )?what (?:\w+ ){0,2}(?:matters|"
        r"counts|you|your)\b",
    ),
    # --- invite no ---------------------------------------------------------------------------
    "invite_no": _rx(
        r"\bif\b[^?]*?(?:\bnot\b|n't\b|\bwrong\b|\boff\b|\bno\b|\bpass\b|\brather\b|"
        r"\bstick with\b|\bstay with\b)[^?]*?(?:\btell me\b|\blet me know\b|\bsay so\b|"
        r"\bjust say\b|\bshout\b|\bflag it\b|\b(?:that's|it's|that is|it is|that'd be) "
        r"(?:totally |completely |perfectly |absolutely |also |still )?(?:ok|okay|fine|alright|"
        r"valid|a fine|a fair|a good|a valid|a completely valid|a perfectly|good|great|useful|"
        r"helpful|valuable|fair)|"
        r"\bno problem\b|\bwe'll stop\b|\bwalk away\b|\bsay no\b|\btelling me\b|\byou tell "
        r"me\b|\bhear (?:it|that|so)\b|\bto know\b|\btell us\b|\bsay it\b)",
        r"\byou can (?:absolutely |always |totally |of course |definitely |still )?(?:say no|"
        r"walk away|pass|decline|tell me no|turn (?:this|it|us) down)\b",
        r"\b(?:okay|ok|fine|alright|all right|safe|welcome) to (?:say|tell me|tell us|decide|"
        r"conclude) (?:no|this|that|it|you're|you are|if|we're|we are|so|not)\b",
        r"\btell me (?:\w+ )?if (?:this|it|we|that|you)\b[^?]*?(?:\bnot\b|n't\b|\bno\b|"
        r"\bwrong\b|\boff\b)",
        r"\b(?:stop|interrupt|cut off|cut) me (?:off )?(?:if|when|whenever|anytime|any time|at "
        r"any)\b",
        r"\bif (?:this|it|that|we|our \w+|the \w+|what we do|this product|this plan|this "
        r"car|the timing|the price)(?:'s|'re| is| are| was| isn't| aren't)? ?(?:not|n't|no "
        r"longer|never)? ?(?:\w+ )?(?:a|the|right|going to|working|fit|for you|worth|"
        r"priority|good|making sense|land|feel|doesn't|don't|isn't)\b[^?]*?(?:just |please |"
        r"feel free to |totally fine to |okay to |happy for you to |fine to |you can |go "
        r"ahead and |do )?(?:tell|let|say|shout|flag|stop|say so|speak up|call it|pull the "
        r"plug|let me know|be straight|be honest|walk|pass)\b",
        r"\b(?:it's|it is|that's|that is|that'd be|that would be|a no is|no is|saying no "
        r"is|a no would be)(?: also| still)? (?:totally |perfectly |completely |absolutely |"
        r"really |a |an )?(?:ok|okay|fine|alright|all right|good|great|valid|acceptable|"
        r"helpful|useful|welcome|a fine|a good|a great|a perfectly good|an acceptable|"
        r"a valid|fair)\b[^?]*?\b(?:no|pass|walk|decline|not interested|answer|outcome|"
        r"result|not right|not for you|say so|tell me|doesn't fit|isn't a fit|not a fit|"
        r"don't go ahead|do nothing|stay put|stay with|keep|stick with)",
        r"\b(?:don't|do not|never) (?:buy|sign|say yes|agree)\b[^?]*?\b(?:to be nice|to be polite|"
        r"out of politeness|because you feel|for my sake|to make me happy)\b",
        r"\bfeel free to (?:say no|pass|tell me|push back|walk|stop|end|decline|disagree|"
        r"cut me off|hang up|say|challenge|poke holes)\b",
        r"\b(?:no hard feelings|won't (?:hurt|offend) (?:me|my feelings)|you won't hurt|"
        r"i won't be (?:offended|upset|hurt)|i can take it|i promise i won't|no offense taken"
        r"|i (?:won't|will not) chase|i won't keep calling|i won't follow up)\b",
        r"\b(?:please|just|do|you can|you're welcome to|happy for you to|i want you to|"
        r"i'd love for you to|i'd rather you) (?:be (?:honest|blunt|straight|direct|candid)|"
        r"push back|tell me (?:if|straight|honestly|no|it's a no)|say (?:no|so|if)|let me know "
        r"if (?:this|it|that|we|you're not|you aren't|the)|call it|cut me off|stop me|"
        r"walk away)\b",
        r"\b(?:i'd|i would) (?:much |far |a lot )?(?:rather|sooner) (?:hear|get|have|know|"
        r"you say|you tell me|you told me|you gave me|you "
        r"said)\b[^?]*?\b(?:no|not|now|early|honest|truth)\b",
        r"\b(?:a |an )?(?:honest|clear|quick|straight|early) no\b",
        r"\b(?:prefer|rather have|rather hear|rather get|take) (?:a|an) (?:honest |clear |quick |"
        r"straight )?no\b",
        r"\bno is (?:a|an|totally|perfectly|completely)\b",
        r"\b(?:you're|you are) (?:not|under no|in no way) (?:obligated|committed|on the hook|"
        r"bound|under any obligation)\b",
        r"\b(?:if|whenever) you (?:decide|feel|think|want|need|'d rather|would rather) "
        r"(?:to )?(?:pass|walk|stop|end|say no|bail|pull out|drop)\b",
        r"\bif at any (?:point|time|stage)\b[^?]*?\b(?:not|isn't|doesn't|stop|tell|say|let me"
        r" know|end|walk)\b",
        r"\bif (?:the answer is|it's a|it is a|your answer is) no\b",
        r"\bno pressure\b(?![^?]*\b(?:but|though)\b)",
        r"\b(?:don't|do not|never) feel (?:like )?(?:you )?(?:owe|have to|need to|obligated|"
        r"obliged|bad|pressured|guilty|rushed)\b",
        r"\b(?:a|an|your) (?:\w+ )?no (?:thanks |thank you )?(?:is|would be) (?:\w+ )?(?:\w+ )?"
        r"(?:fine|okay|ok|good|great|valid|welcome|acceptable|fair|useful|helpful)\b",
        r"\btell me (?:\w+ )?if (?:this|it|we|that|you)\b[^?]*?\b(?:waste|pointless|not worth|"
        r"off track|not useful|irrelevant|a stretch)\b",
    ),
    # --- agenda / permission -----------------------------------------------------------------
    "agenda": _rx(
        r"\b(?:is|would) (?:this|now|it|today) (?:still )?(?:a good time|an okay time|a bad time|"
        r"convenient|still okay|still ok)\b",
        r"\b(?:the|our|my|today's) (?:plan|agenda|goal|aim|idea|hope|purpose|objective|point)s?"
        r" (?:for |of )?(?:today|this call|the call|this meeting|the meeting|this session|our"
        r" time|the visit|this visit|here) (?:is|was|would be)\b",
        r"\b(?:today|for this call|in this call|on this call|for today|this time),? (?:i'd|i "
        r"would|we'll|i want|i'm hoping|my hope is|i hope|i thought) (?:like |love )?(?:to |we "
        r"could |we'd )?(?:learn|understand|hear|start|cover|focus|see|figure|find out|get)"
        r"\b",
        r"^(?:is it |would it be )?(?:okay|ok|alright|all right|cool)(?: with you)? if (?:i|we)\b",
        r"\bus (?:down )?for (?:about |roughly |around )?(?:\d+|thirty|twenty|forty|fifteen|sixty|"
        r"forty-five|half an|an) (?:minutes|hour|mins)\b",
        r"\b(?:conscious|mindful|respectful) of (?:your|the|our) time\b|\b(?:wrap|finish) (?:up )?"
        r"by (?:quarter|half|\d|the top|ten|eleven|twelve|noon|one|two|three|four|five)\b",
        r"\bthe (?:goal|aim|idea|point|purpose|plan) (?:here |today |of this call |of today )?is "
        r"(?:just |simply |really |only )?to (?:see|figure|find|understand|learn|decide|check|work"
        r" out|get a sense)\b",
        r"\bon the same page\b",
        r"\b(?:first|start|then|short|minutes|questions|your side|my part|hear from you|brief)\b"
        r"[^?]*?(?:(?:is that|would that be|does that sound|sound|that) (?:alright|okay|ok|fine|"
        r"all right|good|reasonable|fair)|does that work(?: for you)?|if that's (?:okay|ok|"
        r"alright|all right|fine))\s*\??$",
        r"\b(?:we|i)(?:'ve| have)? (?:booked|got|have|scheduled|set aside|blocked) (?:about |"
        r"around )?(?:\d+|thirty|twenty|forty|fifteen|sixty|forty-five|half an|an) (?:minutes|"
        r"hour|mins)\b|\bkeep an eye on the (?:clock|time)\b",
        r"\bstart with (?:your|my|our) questions\b|\b(?:shall|should) i (?:start|go first|kick "
        r"off)\b|\bwho (?:wants to|should) (?:start|go first)\b",
        r"\b(?:rough |the |my |our |quick |so )?(?:plan|agenda|idea) (?:for (?:today|this call|"
        r"the call) )?is\b[^?]*?\b(?:minutes|first|then|start|end|questions|half)\b",
        r"\b(?:may|can|could) i (?:share|give you|walk you through|run you through) (?:a|an|the|my)"
        r" (?:quick |short |brief |rough )?(?:outline|overview|agenda|plan|structure)\b",
        r"\bhard stop\b|\buse (?:the|our|this) (?:hour|time|call|session|meeting|next \w+ "
        r"minutes)\b",
        r"\b(?:here's|here is|so here's) (?:what|how) (?:i|we)(?:'d| would)? ?(?:thought|"
        r"was thinking|were "
        r"thinking|propose|suggest|had in mind|'d suggest|'d propose|'d like to|planned|plan)",
        r"\b(?:i|we) (?:thought|was thinking|were thinking|'d suggest|'d propose|'d like to|"
        r"would like to|want to|wanted to|suggest|propose|plan to|planned to|figured) "
        r"(?:that )?(?:we|i) (?:could |would |might |'d |should |can )?(?:start|begin|cover|"
        r"spend|use|take|go through|talk about|look at|walk through|kick off|do|have|"
        r"open|first|focus|split)\b[^?]*?\b(?:minutes|time|call|today|first|then|end|"
        r"finish|wrap|agenda|cover|half|rest|after that|last)\b",
        r"\b(?:is it|would it be|would that be|is that|will it be|is everyone|are you|would "
        r"you be) (?:ok|okay|alright|all right|fine|cool|good|comfortable)(?: with you)? "
        r"(?:if i|if we|with|for me to|to|that i|that we)\b",
        r"\b(?:(?:do|would) you )?mind if (?:i|we)\b",
        r"\b(?:may|can|could) i (?:ask|start|take|record|share|grab|get|have|suggest|propose|"
        r"run|walk|kick|jump|begin|quickly|first|set|lay|borrow|go over|share my screen)\b"
        r"[^?]*?(?:few|couple|some|questions|first|agenda|minutes|notes|start|screen|"
        r"record|plan|structure|before)",
        r"\bbefore (?:we|i) (?:dive|jump|get|start|go|kick|begin|dig)\b",
        r"\b(?:the|our|my|today's) (?:plan|agenda|goal|aim|idea|hope|purpose|objective)s? "
        r"(?:for|of) (?:today|this call|the call|the next|our time|this meeting|the meeting|"
        r"this session|the session|the hour|the visit|this visit)\b",
        r"\b(?:at|by) the end of (?:the|this|our|today's) (?:call|meeting|session|hour|chat|visit|"
        r"conversation)\b[^?]*?\b(?:decide|know|agree|talk|next steps?|whether|fit|either way)\b",
        r"\b(?:at|by) the end(?: of (?:the|this|our|today's) (?:call|meeting|session|hour|"
        r"chat|visit|conversation))?,? (?:we|you|we'll|you'll|we can|you can|either|both|"
        r"i'd|i'll|we should|we'd)\b[^?]*?(?:decide|know|agree|see|figure|tell|sense|"
        r"whether|if|fit|next|worth|outcome|either way)",
        r"\b(?:does|would) (?:that|this) (?:agenda|plan|sound like a good use|work as a|"
        r"structure|order|flow|approach|sound okay|sound good|sound alright|work for you|"
        r"sound fair|sound reasonable|seem reasonable|seem fair|work)\b[^?]*?(?:time|for you|"
        r"okay|good|fair|alright|reasonable|\?|$)",
        r"\b(?:how much time (?:do|have) (?:we|you)|we (?:have|'ve got|got) (?:about |around |"
        r"roughly )?(?:\d+|thirty|twenty|forty|fifteen|sixty|forty-five|half an|an) "
        r"(?:minutes|hour|mins)|do you still have (?:\d+|the|a hard|thirty|twenty|until)|"
        r"are we still good (?:for|on) time|is (?:\d+|thirty|twenty|forty|fifteen|half an) "
        r"(?:minutes|hour|mins) still)",
        r"\b(?:anything|something)(?: else| specific| in particular)? (?:you'd|you would|you) "
        r"(?:want|like|need) to "
        r"(?:add|cover|put on|make sure we)\b",
        r"\bwhat (?:would|do|did) you (?:want|hope|like|need) to (?:get out of|leave with|"
        r"walk away with|accomplish|achieve|take away from|cover)\b[^?]*?(?:call|today|"
        r"meeting|session|time|hour|conversation|this|visit)",
        r"\b(?:either (?:outcome|answer|way) is|both (?:outcomes|answers) are) (?:totally |"
        r"perfectly |completely )?(?:fine|okay|ok|good|great|valid|useful|a good)\b",
        r"\b(?:i'd|i would|i'll|let me) (?:love|like) to (?:start|begin|kick off) (?:by|with)\b",
        r"\b(?:first|to start|to begin|let's start|we'll start|i'll start),? (?:i'd|i would|i'll"
        r"|let me|i want to|we'll|we can|let's)? ?(?:\w+ )?(?:ask|learn|understand|hear|"
        r"share|show|walk|go over|cover|talk)\b[^?]*?(?:then|after that|and then|and at "
        r"the end|last|finally)\b",
        r"\b(?:have|got|booked) (?:us|you|me) (?:down )?(?:until|till|for|through|to) (?:about |"
        r"around )?(?:half past|quarter|the top of|\d|noon|ten|eleven|twelve|one|two|three|four|"
        r"five|six)\b",
        r"\b(?:minutes|hour|half past|quarter (?:past|to)|until|till|o'clock)\b[^?]*?\b(?:does|"
        r"is) (?:that|this) still (?:suit|work|okay|ok|good|fine|alright)\b",
        r"\bwhat (?:i'm|i am|i was|we're) (?:hoping|aiming|looking) (?:for|to do|to get)? ?"
        r"(?:from |out of |with )?(?:today|this call|the call|our time|this meeting|this hour)\b",
        r"\b(?:today|this call|this meeting)(?:'s| is) (?:really |just |simply |only )?(?:about|"
        r"for) (?:figuring|seeing|finding|understanding|learning|working out|checking)\b",
    ),
    # --- mutual next step --------------------------------------------------------------------
    "next_step": _rx(
        r"\bnext steps?\b[^?]*?(?:\?|$|if any|if at all|would you|do you|makes sense|should|"
        r"want|like|think|suggest|sensible|right|reasonable)",
        r"\b(?:where|how|what) [^?]*?\bfrom here\b|\bshall we\b",
        r"\b(?:should|could|would|will|do we|does|might) (?:\w+ )?(?:happen|come) next\b",
        r"\bwhere (?:do|should|would) (?:we|you|you want to|you'd like to) (?:go|take it|take this|"
        r"land|leave it|head)(?: from here)?\b",
        r"\bhow (?:do|would|should) (?:you|we) (?:want|like|'d like|prefer)? ?(?:to )?"
        r"(?:proceed|move forward|go from here|leave (?:it|things|this)|take it from here|"
        r"handle (?:it|this|next|the next)|continue|play it|follow up|pick this up|"
        r"leave it for now)\b",
        r"\b(?:does|would|will) it (?:make sense|help|be useful|be helpful|be worth|be worth "
        r"it|be easier|be good) (?:to|for us to|for me to|for you to|if)\b",
        r"\b(?:shall|should) we (?:find|pick|set|book|schedule|get|grab|plan|meet|talk|"
        r"reconnect|regroup|look|go through|take|put)\b",
        r"\b(?:or|or would|or do) (?:you'd|you would|would you|do you|you) (?:(?:rather|prefer|"
        r"want|like)(?: to)?)? ?(?:think|wait|hold|sit on|sleep on|take (?:some|a|more)|pause|"
        r"mull|digest|leave|chew|discuss|talk it over|run it by|check with|not|circle back|"
        r"reach out|get back|come back)\b",
        r"\bshould (?:we|i) (?:set up|schedule|book|plan|put|loop|bring|reconvene|pick (?:this|"
        r"it) up|talk|meet|get|send|follow up|touch base|reconnect|find|circle back|hold|"
        r"include|invite|do a|try|run|leave it)\b",
        r"\b(?:shall|should|can|could) we (?:agree|decide|figure out|work out|talk about|"
        r"look at) (?:on |what|how|together|the|whether|if)\b",
        r"\bwhat (?:would|do|should|'d) (?:you|we) (?:like|want|suggest|propose|think|need) "
        r"(?:to )?(?:happen|do|see)? ?(?:next|as a next step|from here|after "
        r"this|after today|now|moving forward|going forward)\b",
        r"\bwhat(?:'s| is| would be| makes sense as) (?:a|the) (?:sensible|good|right|logical|"
        r"reasonable|natural|useful|realistic|helpful|best|smart) (?:next )?(?:step|move|"
        r"thing to do|way forward)\b",
        r"\b(?:want|would you like|do you want|would it help|shall i|should i|can i|could i) "
        r"(?:me )?(?:to )?(?:set up|schedule|book|send|put together|share|draft|write up|"
        r"pull together|introduce|loop in|connect)\b[^?]*?(?:or|if|would|does|so you|for "
        r"you|your|\?$)",
        r"\b(?:happy|glad|i can|i could|i'm happy|i'd be happy) (?:to )?(?:set up|send|share|"
        r"put together|write up|draft|pull together|introduce|loop in|connect|follow up|"
        r"schedule|book)\b[^?]*?(?:if|would that|does that|should|useful|helpful|help|want|"
        r"like)",
        r"\b(?:let's|lets) (?:agree|decide|figure out|work out|plan|pick|find|set|put|get|"
        r"book|schedule|talk|meet|reconnect|regroup)\b[^?]*?(?:together|next|follow|time|"
        r"date|call|meeting|step|back|again|plan|whether|if)\b",
        r"\bhow about (?:we|i|a|another|a follow)\b",
        r"\b(?:best|good|right|easiest) way (?:for us )?to (?:leave|wrap|end|continue|proceed|move "
        r"forward|follow up)\b",
        r"\b(?:second|another|follow[- ]up|next) (?:meeting|call|session|conversation|demo|visit)"
        r"\b[^?]*?(?:\?$|\b(?:want|like|useful|helpful|worth|make sense|should we|shall we)\b)",
        r"\b(?:hold off|wait|pause) (?:until|till|while) (?:you've|you have|you|your \w+ (?:has|"
        r"have))\b",
        r"\bworth (?:continuing|pursuing|exploring|a follow|another|taking (?:further|forward)|"
        r"looking at (?:further|more|together)|a second|keeping (?:the|this) conversation|"
        r"talking again|meeting again)\b",
        r"\b(?:is it|would it be|is that|would that be) worth (?:a|another|it|having|setting|"
        r"meeting|talking|a second|the time|your time|looking|getting|bringing|doing)\b",
        r"\b(?:is there|would there be) (?:a|any) (?:next step|reason to (?:meet|talk|continue|"
        r"keep)|point in (?:continuing|meeting|talking|a follow))\b",
        r"\bwould (?:a|another|the) (?:follow[- ]up|second|next|deeper|technical|short|quick)"
        r" (?:call|meeting|session|demo|conversation|chat|visit|look|review)\b",
        r"\b(?:if any|if at all|if you want one|if that'?s helpful|if it helps|if useful)\b"
        r"[^?]*?\?$|\b(?:if any|if at all)\s*\??$",
        r"\b(?:need|want) (?:from (?:me|us) )?to (?:make a decision|decide|make (?:your|the|a) "
        r"call)\b",
        r"\bwho else (?:should|would|needs to|ought to) (?:be|we|i|join|see|weigh|have|be "
        r"involved|be in)\b",
        r"\bwhat (?:would|does|do) (?:you|your \w+) need (?:from (?:me|us) )?(?:to (?:see|know|"
        r"feel|hear|have) )?[^?]*?"
        r"(?:decide|decision|confident|comfortable|move|next|either way)",
        r"\bwhat (?:does|would) (?:a|the|your) (?:good|successful|sensible|realistic) "
        r"(?:next step|outcome|pilot|trial|follow-up)\b",
    ),
}

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
_TAG_RX = re.compile(_TAG)
_BENEFIT_RX = re.compile(r"\b" + _BENEFIT + r"\b")
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
_BUY_RX = re.compile(r"\b" + _BUY_THINGS + r"\b")
_DAY_RX = re.compile(r"\b" + _DAYS + r"\b")
_MEET_RX = re.compile(r"\b" + _MEETING + r"\b")


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
