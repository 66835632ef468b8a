"""Word classes shared by the seller-sentence rule patterns (labels_pressure, labels_moves).

Each is a regular-expression alternation without anchors, meant to be spliced into a pattern:
concessions a seller can trade, things that exist only after a sale, commitment verbs, words
that presuppose buying, days and meeting words, value or pain words and agreement tags.
"""

from __future__ import annotations

from fitfirst.review.labels_gate import GatedPattern


def rx(*parts: str) -> GatedPattern:
    """One rule pattern: alternatives, each run only when its gate words occur."""
    return GatedPattern(parts)


NUM = (
    r"(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|"
    r"fifteen|twenty|thirty|forty|forty-five|sixty|ninety|a hundred|hundred|\d+|a couple of|"
    r"a couple|a few|the next|a full|another)"
)
UNIT = r"(?:days?|weeks?|months?|weekends?|nights?|fortnight|trial|quarter|term|semester)"
# Concessions a seller can trade, with their inflections ("knocked", "threw", "waiving").
CONCEDE = (
    r"(?:get|got|getting|throw|threw|thrown|knock|take|took|drop|waiv|includ|add|match|beat|"
    r"give|gave|bring|brought|mak|made|find|found|sweeten|shav|cut|extend|offer|swing|swung|"
    r"bundl|lower|upgrad|cover|pay|paid|absorb|comp|toss|mov|hold|held|lock|slash|reduc|"
    r"discount|price|squeez|sort|fix|do|did|talk|convinc|push|eat|wave)\w*"
)
# Things that only exist once the buyer has bought.
POST = (
    r"(?:order|orders|shipment|first shipment|delivery|install|installation|kickoff|kick-off|"
    r"onboarding|account|first invoice|invoice|contract|paperwork|implementation|go-live|"
    r"rollout|welcome (?:pack|kit|email|call)|policy|lease|registration|enrollment|enrolment|"
    r"plates|keys|login|logins|credentials|training|purchase order|po|agreement|order form|"
    r"docusign|deposit|subscription|licen[cs]es|seats|first payment|setup|set-up|migration|"
    r"start date|move-in|handover|warranty card|title|binder)"
)
# Concessions proper, for the "i'll ... if you ..." order, where the generic verbs of CONCEDE
# ("get", "move", "sort") would turn plain conditional logistics into a trade.
CONCEDE_STRONG = (
    r"(?:throw|threw|knock|take \w+ off|take (?:\w+ )?(?:percent|%) off|waiv|includ|match|beat|"
    r"sweeten|shav|discount|lower|upgrad|absorb|comp|toss|slash|reduc|squeez|eat|wave|cover "
    r"(?:the|your) (?:\w+ )?(?:fee|cost|charge)|give you|get you (?:a|an|the|\d)|drop the "
    r"(?:price|fee|rate|charge))\w*"
)
TIME = (
    r"(?:today|tonight|now|right now|this week|by friday|before friday|on the call|this call|"
    r"before (?:we hang up|the end of (?:the )?(?:day|week|month|quarter))|end of (?:the )?"
    r"(?:day|week|month|quarter)|this month|this quarter|on the spot|here and now)"
)
COMMIT = (
    r"(?:sign|commit|go ahead|move forward|buy|purchase|take it|do it|do the deal|close|"
    r"get started|start|sign up|be ready|pull the trigger|put pen to paper|"
    r"give me (?:a|the) (?:yes|green light|go)|say yes|lock (?:it|this) in|approve|"
    r"green[- ]light|place (?:the|an|your) order|order|switch|"
    r"come on board|onboard|get this done|make (?:a|the) decision|decide|book|proceed|go with us|"
    r"be in|shake (?:on it|hands)|seal|renew|upgrade|enroll|apply|put (?:a|the) deposit|"
    r"wrap (?:this|it|things) up|drive (?:it|her|this|one) (?:off|home)|get (?:it|this) done)"
)
# Words whose presence in both branches of a choice presupposes buying.
BUY_THINGS = (
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
DAYS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|"
    r"tomorrow|next week|this week|the \d+(?:st|nd|rd|th)?|\d+(?:am|pm|:\d\d)|\d+ (?:am|pm)|"
    r"first|fifteenth|end of the month|beginning of the month|weekend|weekday|noon|early|late)"
)
MEETING = (
    r"(?:call|meeting|meet|chat|demo|session|sync|catch[- ]up|follow[- ]up|talk|conversation|"
    r"walkthrough|workshop|presentation|review|visit|site visit|coffee|zoom|teams)"
)
BENEFIT = (
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
TAG = (
    r"(?:,\s*(?:is|are|do|does|did|would|will|can|could|should|have|has|was|were|wo|"
    r"is not|are not)(?:n't)? (?:you|they|it|we|he|she|there|i|that|this)\s*\??$|"
    r"(?:,?\s*(?:right|isn't it|aren't they|aren't you|don't you|doesn't it|wouldn't you|"
    r"wouldn't it|won't it|won't you|didn't it|don't they|isn't that right|isn't that so|"
    r"can't you|shouldn't you|shouldn't it|agreed|yeah|no|true|wouldn't you say|"
    r"don't you think|you know what i mean|am i right|am i wrong|you agree|fair|makes sense)"
    r"\s*\??$))"
)
