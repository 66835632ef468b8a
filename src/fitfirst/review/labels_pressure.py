"""Rule patterns for the pressure tactics: conditional, urgency, puppy dog, assumptive,
alternative closes and leading questions (with the honest-deadline and way-out exceptions).

Each entry names a group of regex alternatives written for the structure of the move; the
decision order that reads them is in labels_rules.decide.
"""

from __future__ import annotations

from fitfirst.review.labels_gate import GatedPattern
from fitfirst.review.labels_vocab import (
    COMMIT,
    CONCEDE,
    CONCEDE_STRONG,
    NUM,
    POST,
    TIME,
    UNIT,
    rx,
)

PRESSURE_PATTERNS: dict[str, GatedPattern] = {
    "cond_if_i": rx(
        r"\bif (?:i|we) (?:can |could |were able to |manage to |managed to )?"
        + CONCEDE
        + r"\b[^?]*?\b(?:would|will|could|can|are|is|do|does|shall|'d|'ll)\b[^?]*?\b(?:you|"
        r"we|your|it|that)\b[^?]*?(?:\b" + COMMIT + r"\b|\b" + TIME + r"\b)",
        r"\b(?:would|will|could|can|are) (?:you|your \w+) (?:be )?(?:willing to |ready to |"
        r"able to |prepared to |good to |happy to |in a position to |okay to )?"
        + COMMIT
        + r"\b[^?]*?\bif (?:i|we) (?:can|could|get|throw|knock|take|drop|waive|include|add|"
        r"match|give|make|find|cut|extend|offer|do|swing|lower|cover|pay)\b",
        r"\b(?:(?:i|we) (?:can|could|will|would|am able to)|i'll|we'll|i'd|we'd) (?:also )?"
        + CONCEDE_STRONG
        + r"\b[^?]*?\bif (?:you|your \w+) (?:can |could |are able to |will )?(?:\b"
        + COMMIT
        + r"\b)[^?]*?(?:\b"
        + TIME
        + r"\b|\bby \w+|\bbefore\b)",
        r"\b(?:(?:i|we) (?:can|could|will|would)|i'll|we'll|i'd|we'd) (?:also )?"
        + CONCEDE_STRONG
        + r"\b[^?]*?\bif "
        r"(?:you|we|your \w+) (?:can |could )?(?:get (?:this|it|the \w+) (?:signed|done|over the "
        r"line)|" + COMMIT + r")\b",
        r"\bif you (?:can |could |will )?(?:"
        + COMMIT
        + r")\b[^?]*?\b(?:"
        + TIME
        + r"|by \w+|before \w+)\b[^?]*?\b(?:i'll|we'll|i will|we will|i can|we can|i could|"
        r"we could) (?:also )?" + CONCEDE + r"\b",
        r"\b(?:what if|suppose|say|let's say|imagine|assuming|provided) (?:that )?(?:i|we) "
        r"(?:can |could |were to |managed "
        r"to )?" + CONCEDE + r"\b[^?]*?\b(?:would|will|could|can|do we|are we|are you|is that|"
        r"deal)\b",
        r"\b(?:if|say|suppose|let's say|what if|imagine) (?:i|we) (?:can |could |were to )?"
        + CONCEDE
        + r"\b[^?]*?(?:,|\bthen\b)\s*(?:would|will|could|can|are|do|shall)"
        r" (?:you|we|your \w+)\b[^?]*?(?:\b" + COMMIT + r"\b|" + TIME + r"|\bin\??$|"
        r"\bgive (?:us|me) (?:the|your) (?:business|exclusive|order|contract|deal|go-ahead|"
        r"signature)|\bpaperwork\b|\bdeal\b)",
        r"\bif (?:i|we) [^?]*?(?:do we have a deal|have we got a deal|we have a deal|is it a deal|"
        r"deal\?$|are we good|can we shake|are you in|you in\?$|can we close|can we sign|"
        r"can we wrap|can you sign|will you sign|would you sign)",
        r"\b(?:sign|commit|decide|agree|say yes)\b[^?]*?"
        + TIME
        + r"[^?]*?\band (?:i|we)('ll| will| can| could)?"
        r" (?:throw in|knock|take|give|include|waive|add|drop|get you)",
    ),
    # --- urgency / scarcity ------------------------------------------------------------------
    "urg_deadline": rx(
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
        r"i) (?:won't|will not|can't|cannot)|we're not|we aren't|we are not|i'm not) "
        r"(?:be able to )?"
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
        r"premium|(?:this|that|these|those) \w+)s?(?:'s)? (?:\w+ ){0,3}(?:won't|will not|isn't "
        r"going to|is not going to|not "
        r"going to) (?:be around|stick around|hang around|be here long|be available long)\b",
        # A price held "only if" the buyer commits by a date: the date is the seller's lever.
        r"\b(?:honou?r|hold|keep|lock|guarantee|offer) (?:the|this|that|your)? ?(?:old |current |"
        r"same |quoted )?(?:\w+ )?(?:price|rate|premium|quote|discount|terms|deal)\b[^?]*?\bonly"
        r" if\b[^?]*?\b(?:by|before|today|tonight|this week|end of)\b",
    ),
    "urg_scarcity": rx(
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
    "urg_honest": rx(
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
    "puppy": rx(
        r"\b(?:take|try|keep|use|run|test[- ]drive|drive|have|borrow|leave|install|put|wear|"
        r"set up|fit|load|stick|pop|plug|"
        r"play with|live with|sit with|hang on to|hold on to|give|access|let your \w+ (?:use|"
        r"try|play with|live with|kick the tires on|have))\b[^?]*?\b(?:for|over) "
        + NUM
        + r" ?(?:\w+ )?"
        + UNIT
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
        r"[\w ]+? for " + NUM + r" ?" + UNIT + r"\b",
        r"\b(?:free|at no (?:charge|cost)|no charge|on us|on the house|complimentary|for "
        r"nothing) (?:for|through|over) " + NUM + r" ?(?:\w+ )?" + UNIT + r"\b",
        r"\bfor " + NUM + r" ?(?:\w+ )?" + UNIT + r",? (?:completely |totally |entirely )?"
        r"(?:free|at no (?:charge|cost)|no charge|on us|on the house|free of charge|"
        r"complimentary|no strings|no commitment|no obligation)\b",
        r"\b(?:borrow|keep|have|use|access|take|try)\b[^?]*?\b(?:through|until|till|for|over)"
        r"\b[^?]*?\bno (?:strings|strings attached|obligation|commitment|catch)\b",
        r"\b(?:return|send back|give back|hand back) (?:whatever|what|anything|the ones|the "
        r"rest|any)\b",
        r"\b(?:i bet|i'm sure|i guarantee|trust me)\b[^?]*?\b(?:hooked|won't want|love it|"
        r"never go back|can't live without)\b",
        r"\b(?:take|try|keep|use|have|borrow|ride|drive|wear|run)\b[^?]*?\b(?:for|over) "
        + NUM
        + r" ?(?:\w+ )?"
        + UNIT
        + r"\b[^?]*?\b(?:(?:pop|post|send|bring|give|hand|ship|"
        r"mail|drop|return) (?:it|them) back|(?:you'll|you will) (?:feel|see|notice|love|"
        r"wonder))\b",
    ),
    # --- assumptive --------------------------------------------------------------------------
    "assume": rx(
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
        r"[^?]*?\b(?:your|the) (?:\w+ )?" + POST + r"\b",
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
    "alt_choice": rx(
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
    "alt_out": rx(
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
    "alt_frame": rx(
        r"\b(?:are we|shall we|should we|we're) (?:doing|going with|going for|getting|taking|go "
        r"with|go for)\b[^?]*?\bor\b",
        r"\b(?:is it|will it|it's) (?:going to|gonna) be the \w+[^?]*?\bor the\b",
    ),
    # --- leading -----------------------------------------------------------------------------
    "lead_phrase": rx(
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
}
