"""Rule patterns for the collaborative moves: honest disqualification, summaries, inviting a
no, agenda and permission, and mutual next steps.

Each entry names a group of regex alternatives written for the structure of the move; the
decision order that reads them is in labels_rules.decide.
"""

from __future__ import annotations

from fitfirst.review.labels_gate import GatedPattern
from fitfirst.review.labels_vocab import rx

MOVE_PATTERNS: dict[str, GatedPattern] = {
    # --- honest disqualification -----------------------------------------------------------
    "disq_not_fit": rx(
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
    "summary": rx(
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
    "invite_no": rx(
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
    "agenda": rx(
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
    "next_step": rx(
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
