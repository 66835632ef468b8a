"""Seller sentence labels: a pinned table of fresh sentences per label, splitting, advice."""

from __future__ import annotations

import pytest

from fitfirst.review.labels import label_sentence, label_turn, split_sentences
from fitfirst.review.labels_text import normalise
from fitfirst.review.types import LABELS, PRESSURE_LABELS

# Sentences written for these tests, not taken from corpus/labels. Registers vary on purpose:
# punctuated, ASR-style lowercase without punctuation, fillers and false starts.
LABELLED = [
    # assumptive_close
    pytest.param(
        "So once your accountants are up and running on it, month-end should be a breeze.",
        "assumptive_close",
        id="assumptive_close-1",
    ),
    pytest.param(
        "I'll get the lease agreement printed while you finish your coffee.",
        "assumptive_close",
        id="assumptive_close-2",
    ),
    pytest.param(
        "what name do you want on the registration", "assumptive_close", id="assumptive_close-3"
    ),
    pytest.param(
        "Our crew will be out on the 14th to start the install, they usually need a full day.",
        "assumptive_close",
        id="assumptive_close-4",
    ),
    pytest.param(
        "Let me just get you registered for the September course now.",
        "assumptive_close",
        id="assumptive_close-5",
    ),
    pytest.param(
        "When we onboard your agents, we'll start with the listings module.",
        "assumptive_close",
        id="assumptive_close-6",
    ),
    pytest.param(
        "I'm going to go ahead and reserve the van for you.",
        "assumptive_close",
        id="assumptive_close-7",
    ),
    pytest.param(
        "ok so uh ill get the quote turned into an order and you'll see it in your inbox",
        "assumptive_close",
        id="assumptive_close-8",
    ),
    pytest.param(
        "So your first shipment goes out on the 3rd, and I'll send tracking.",
        "assumptive_close",
        id="assumptive_close-9",
    ),
    pytest.param(
        "Once the new system's in, your techs are gonna love the mobile app.",
        "assumptive_close",
        id="assumptive_close-10",
    ),
    pytest.param(
        "Perfect, and what's the delivery address for the chairs?",
        "assumptive_close",
        id="assumptive_close-11",
    ),
    pytest.param(
        "I'll have accounting set up your account this afternoon.",
        "assumptive_close",
        id="assumptive_close-12",
    ),
    pytest.param(
        "the kickoff call with your implementation lead is next tuesday at ten",
        "assumptive_close",
        id="assumptive_close-13",
    ),
    # alternative_close
    pytest.param(
        "Do you want to go with three years or five on the warranty?",
        "alternative_close",
        id="alternative_close-1",
    ),
    pytest.param(
        "cash or finance for the new truck", "alternative_close", id="alternative_close-2"
    ),
    pytest.param(
        "Would you rather we start onboarding the sales team or the support team first?",
        "alternative_close",
        id="alternative_close-3",
    ),
    pytest.param(
        "Are you leaning towards the gold package or the silver?",
        "alternative_close",
        id="alternative_close-4",
    ),
    pytest.param(
        "Should I put you down for the March start or the May start?",
        "alternative_close",
        id="alternative_close-5",
    ),
    pytest.param(
        "Which suits you better for the install, this weekend or next?",
        "alternative_close",
        id="alternative_close-6",
    ),
    pytest.param(
        "Do you want the invoice monthly or quarterly?",
        "alternative_close",
        id="alternative_close-7",
    ),
    pytest.param(
        "so would you like the 5 seat or the 10 seat bundle",
        "alternative_close",
        id="alternative_close-8",
    ),
    pytest.param(
        "Morning or evening classes for you?", "alternative_close", id="alternative_close-9"
    ),
    pytest.param(
        "Do you want us to start with the kitchen or the bathroom?",
        "alternative_close",
        id="alternative_close-10",
    ),
    pytest.param(
        "Should we go ahead with the standard install or do you want the premium mounting?",
        "alternative_close",
        id="alternative_close-11",
    ),
    pytest.param(
        "Do you want to pay the full year upfront, or spread it over twelve months?",
        "alternative_close",
        id="alternative_close-12",
    ),
    # puppy_dog_close
    pytest.param(
        "Take the e-bike out for a week, and if you don't fall in love with it, just bring it "
        "back.",
        "puppy_dog_close",
        id="puppy_dog_close-1",
    ),
    pytest.param(
        "We'll set up your whole team with full access for a month, no card required.",
        "puppy_dog_close",
        id="puppy_dog_close-2",
    ),
    pytest.param(
        "Keep the hearing aids for thirty days, and if you're not happy, return them at no cost.",
        "puppy_dog_close",
        id="puppy_dog_close-3",
    ),
    pytest.param(
        "Let your engineers kick the tires on it for a couple of weeks, no obligation.",
        "puppy_dog_close",
        id="puppy_dog_close-4",
    ),
    pytest.param(
        "just have the espresso machine in the office for a fortnight, free of charge, see how "
        "people like it",
        "puppy_dog_close",
        id="puppy_dog_close-5",
    ),
    pytest.param(
        "Try it for fourteen days on us, most people never want to go back.",
        "puppy_dog_close",
        id="puppy_dog_close-6",
    ),
    pytest.param(
        "tell you what just take the demo home tonight and bring it back monday if it's not for "
        "you",
        "puppy_dog_close",
        id="puppy_dog_close-7",
    ),
    pytest.param(
        "There's a thirty-day money-back guarantee, so just try it and see.",
        "puppy_dog_close",
        id="puppy_dog_close-8",
    ),
    pytest.param(
        "We can leave the loaner with your team while you decide, no cost.",
        "puppy_dog_close",
        id="puppy_dog_close-9",
    ),
    pytest.param(
        "Use the premium features free for the next month and then decide if you want to keep "
        "them.",
        "puppy_dog_close",
        id="puppy_dog_close-10",
    ),
    pytest.param(
        "Put it on the shop floor for a week — your guys won't want it gone.",
        "puppy_dog_close",
        id="puppy_dog_close-11",
    ),
    # urgency_pressure
    pytest.param(
        "This deal is off the table after today.", "urgency_pressure", id="urgency_pressure-1"
    ),
    pytest.param(
        "We only have four units left at this price.", "urgency_pressure", id="urgency_pressure-2"
    ),
    pytest.param(
        "you really have to lock this in now before rates climb again",
        "urgency_pressure",
        id="urgency_pressure-3",
    ),
    pytest.param(
        "I can't promise the slot will still be there next week.",
        "urgency_pressure",
        id="urgency_pressure-4",
    ),
    pytest.param(
        "The introductory rate expires on Sunday.", "urgency_pressure", id="urgency_pressure-5"
    ),
    pytest.param(
        "Two other clinics have asked about this exact machine, so I'd move quickly.",
        "urgency_pressure",
        id="urgency_pressure-6",
    ),
    pytest.param(
        "i mean the rebate's gone after this month so you know",
        "urgency_pressure",
        id="urgency_pressure-7",
    ),
    pytest.param(
        "We're nearly sold out for the summer.", "urgency_pressure", id="urgency_pressure-8"
    ),
    pytest.param(
        "Honestly if you don't decide this week I can't guarantee we'll have an installer for "
        "you before winter.",
        "urgency_pressure",
        id="urgency_pressure-9",
    ),
    pytest.param(
        "My director only approved this price for deals that close this month.",
        "urgency_pressure",
        id="urgency_pressure-10",
    ),
    pytest.param(
        "There's a waiting list after these last two spots go.",
        "urgency_pressure",
        id="urgency_pressure-11",
    ),
    # conditional_close
    pytest.param(
        "If I get you the extra storage for free, will you sign the renewal today?",
        "conditional_close",
        id="conditional_close-1",
    ),
    pytest.param(
        "What if I knocked off the delivery fee — could we wrap this up now?",
        "conditional_close",
        id="conditional_close-2",
    ),
    pytest.param(
        "if we can get the monthly payment under four hundred are you ready to drive it off the "
        "lot today",
        "conditional_close",
        id="conditional_close-3",
    ),
    pytest.param(
        "If I can include onboarding at no charge, can you commit before the end of the quarter?",
        "conditional_close",
        id="conditional_close-4",
    ),
    pytest.param(
        "Let's say I match the other quote, do we have a deal?",
        "conditional_close",
        id="conditional_close-5",
    ),
    pytest.param(
        "If we waive the first month, would you be willing to sign now?",
        "conditional_close",
        id="conditional_close-6",
    ),
    pytest.param(
        "If I get my boss to sign off on the discount, can you get the PO to me by Friday?",
        "conditional_close",
        id="conditional_close-7",
    ),
    pytest.param(
        "okay if i can do eight percent off are we good to go today",
        "conditional_close",
        id="conditional_close-8",
    ),
    pytest.param(
        "I can add a second year of support at no cost if you sign this week.",
        "conditional_close",
        id="conditional_close-9",
    ),
    pytest.param(
        "If we cover the installation, will you commit to the three-year plan?",
        "conditional_close",
        id="conditional_close-10",
    ),
    pytest.param(
        "Assuming I can get you the early pricing, would you be ready to sign tomorrow?",
        "conditional_close",
        id="conditional_close-11",
    ),
    # leading_question
    pytest.param(
        "You'd want your best people focused on clients, not paperwork, right?",
        "leading_question",
        id="leading_question-1",
    ),
    pytest.param(
        "Isn't it a shame to keep losing good candidates to slow offers?",
        "leading_question",
        id="leading_question-2",
    ),
    pytest.param(
        "Don't you think it's time your website actually brought in leads?",
        "leading_question",
        id="leading_question-3",
    ),
    pytest.param(
        "wouldn't it be amazing to never worry about a dead battery again",
        "leading_question",
        id="leading_question-4",
    ),
    pytest.param(
        "I think we can agree that downtime is expensive, can't we?",
        "leading_question",
        id="leading_question-5",
    ),
    pytest.param(
        "Who doesn't want happier customers?", "leading_question", id="leading_question-6"
    ),
    pytest.param(
        "You're not happy paying for three tools that don't talk to each other, are you?",
        "leading_question",
        id="leading_question-7",
    ),
    pytest.param(
        "Any smart owner would want to protect the business, wouldn't they?",
        "leading_question",
        id="leading_question-8",
    ),
    pytest.param(
        "so that's a lot of money walking out the door right",
        "leading_question",
        id="leading_question-9",
    ),
    pytest.param(
        "Doesn't it make sense to fix this before the busy season hits?",
        "leading_question",
        id="leading_question-10",
    ),
    pytest.param(
        "I'm sure you'd like your evenings back, wouldn't you?",
        "leading_question",
        id="leading_question-11",
    ),
    # open_question
    pytest.param(
        "What does your team do when a shipment is late?", "open_question", id="open_question-1"
    ),
    pytest.param("How did you land on that budget number?", "open_question", id="open_question-2"),
    pytest.param(
        "tell me about the kinds of properties you've been looking at",
        "open_question",
        id="open_question-3",
    ),
    pytest.param(
        "What's the story behind switching agencies twice in a year?",
        "open_question",
        id="open_question-4",
    ),
    pytest.param(
        "Why does the approval take so long at the moment?", "open_question", id="open_question-5"
    ),
    pytest.param(
        "So, um, how are the nurses finding the current pumps?",
        "open_question",
        id="open_question-6",
    ),
    pytest.param(
        "Which parts of the day are busiest for your front desk?",
        "open_question",
        id="open_question-7",
    ),
    pytest.param(
        "so walk me through how a typical claim gets handled", "open_question", id="open_question-8"
    ),
    pytest.param(
        "Okay, and what happens if the driver doesn't show?", "open_question", id="open_question-9"
    ),
    pytest.param("What's your timeline looking like?", "open_question", id="open_question-10"),
    pytest.param(
        "how do you guys decide which jobs to take", "open_question", id="open_question-11"
    ),
    pytest.param(
        "Could you say more about what went wrong with the rollout?",
        "open_question",
        id="open_question-12",
    ),
    pytest.param(
        "What does your current plan not do that you wish it did?",
        "open_question",
        id="open_question-13",
    ),
    # closed_question
    pytest.param(
        "Do you have a preferred install date in mind?", "closed_question", id="closed_question-1"
    ),
    pytest.param(
        "Is your current contract month to month?", "closed_question", id="closed_question-2"
    ),
    pytest.param("Are there pets in the house?", "closed_question", id="closed_question-3"),
    pytest.param(
        "Has the board already approved the budget?", "closed_question", id="closed_question-5"
    ),
    pytest.param(
        "Can your drivers use their own phones?", "closed_question", id="closed_question-6"
    ),
    pytest.param(
        "Is it the reporting or the scheduling that causes more pain?",
        "closed_question",
        id="closed_question-7",
    ),
    pytest.param(
        "Is anyone else on your team involved in picking a vendor?",
        "closed_question",
        id="closed_question-8",
    ),
    pytest.param(
        "so you guys are on the older version still?", "closed_question", id="closed_question-9"
    ),
    pytest.param("Is the warehouse heated?", "closed_question", id="closed_question-10"),
    pytest.param(
        "do you have kids at home who'd be driving this car",
        "closed_question",
        id="closed_question-11",
    ),
    pytest.param(
        "Did your last recruiter work on contingency?", "closed_question", id="closed_question-12"
    ),
    pytest.param(
        "Are you comparing us against anyone else?", "closed_question", id="closed_question-13"
    ),
    # agenda_permission
    pytest.param(
        "Mind if I ask a few questions before I show you anything?",
        "agenda_permission",
        id="agenda_permission-1",
    ),
    pytest.param(
        "Here's what I'd suggest for the next twenty minutes: you tell me about the warehouse, "
        "I'll ask a few questions, and we see if there's a fit.",
        "agenda_permission",
        id="agenda_permission-2",
    ),
    pytest.param(
        "Is it okay if we spend most of the time on your side of things today?",
        "agenda_permission",
        id="agenda_permission-3",
    ),
    pytest.param(
        "The goal for this meeting is just to see if we can help — if not, no problem at all.",
        "agenda_permission",
        id="agenda_permission-4",
    ),
    pytest.param(
        "Before we get into pricing, could I ask about how your clinic runs?",
        "agenda_permission",
        id="agenda_permission-5",
    ),
    pytest.param(
        "How much time have you got today?", "agenda_permission", id="agenda_permission-6"
    ),
    pytest.param(
        "I was thinking we'd spend the first part on your goals and save the demo for the end, "
        "does that work?",
        "agenda_permission",
        id="agenda_permission-7",
    ),
    pytest.param(
        "Quick check before we start: are you okay if I ask some direct questions about budget?",
        "agenda_permission",
        id="agenda_permission-8",
    ),
    pytest.param(
        "The idea today is to see if there's a fit, and if there isn't, we both save time.",
        "agenda_permission",
        id="agenda_permission-9",
    ),
    pytest.param(
        "can i grab five minutes at the start to understand your setup",
        "agenda_permission",
        id="agenda_permission-10",
    ),
    pytest.param(
        "At the end of this call, you'll be able to decide whether we're worth a second "
        "conversation.",
        "agenda_permission",
        id="agenda_permission-11",
    ),
    pytest.param(
        "Is this still a good time? I know you said you had a thing at two.",
        "agenda_permission",
        id="agenda_permission-12",
    ),
    # invite_no
    pytest.param(
        "If it turns out we're not right for you, I'd really appreciate you telling me.",
        "invite_no",
        id="invite_no-1",
    ),
    pytest.param("It's totally okay to say this isn't for you.", "invite_no", id="invite_no-2"),
    pytest.param(
        "Feel free to tell me if any of this doesn't apply.", "invite_no", id="invite_no-3"
    ),
    pytest.param(
        "If you decide to pass, no problem at all, honestly.", "invite_no", id="invite_no-4"
    ),
    pytest.param("please be honest with me if the timing's off", "invite_no", id="invite_no-5"),
    pytest.param(
        "I'd rather you tell me no now than feel stuck later.", "invite_no", id="invite_no-6"
    ),
    pytest.param("if we're off the mark just tell me", "invite_no", id="invite_no-7"),
    pytest.param("I won't be offended if you go with someone else.", "invite_no", id="invite_no-8"),
    pytest.param("You can absolutely say no to this, I mean that.", "invite_no", id="invite_no-9"),
    pytest.param(
        "If a no is where you land, that's useful for me too.", "invite_no", id="invite_no-10"
    ),
    pytest.param(
        "Please don't feel you have to be polite — if it's not useful, say so.",
        "invite_no",
        id="invite_no-11",
    ),
    # summarize_confirm
    pytest.param(
        "So the short of it is you need coverage that starts before the lease is signed — is "
        "that right?",
        "summarize_confirm",
        id="summarize_confirm-1",
    ),
    pytest.param(
        "Let me recap what I heard so far.", "summarize_confirm", id="summarize_confirm-2"
    ),
    pytest.param(
        "it sounds like your biggest worry is the kids' safety on the highway",
        "summarize_confirm",
        id="summarize_confirm-3",
    ),
    pytest.param(
        "So you've tried two agencies and neither understood your niche, correct?",
        "summarize_confirm",
        id="summarize_confirm-4",
    ),
    pytest.param("Did I capture that properly?", "summarize_confirm", id="summarize_confirm-5"),
    pytest.param(
        "If I've understood you, the budget is fixed but the timing is flexible?",
        "summarize_confirm",
        id="summarize_confirm-6",
    ),
    pytest.param(
        "Okay so let me just see if I've got it: the problem is mostly the onboarding, not the "
        "pricing?",
        "summarize_confirm",
        id="summarize_confirm-7",
    ),
    pytest.param(
        "So three locations, about ninety staff, and nobody owns scheduling — have I got that?",
        "summarize_confirm",
        id="summarize_confirm-8",
    ),
    pytest.param(
        "what i'm hearing is speed matters more than price for you",
        "summarize_confirm",
        id="summarize_confirm-9",
    ),
    pytest.param(
        "Let me check I've understood the constraint: the board wants it live before the audit?",
        "summarize_confirm",
        id="summarize_confirm-10",
    ),
    pytest.param(
        "Is that a fair read of the situation?", "summarize_confirm", id="summarize_confirm-11"
    ),
    # mutual_next_step
    pytest.param(
        "What would you like to happen next?", "mutual_next_step", id="mutual_next_step-1"
    ),
    pytest.param(
        "Should we set up a time with your finance lead, or would you prefer to review this on "
        "your own first?",
        "mutual_next_step",
        id="mutual_next_step-2",
    ),
    pytest.param(
        "How do you want to take it from here?", "mutual_next_step", id="mutual_next_step-3"
    ),
    pytest.param(
        "Would it be helpful if I sent a short summary and you decide whether a second call is "
        "worth it?",
        "mutual_next_step",
        id="mutual_next_step-4",
    ),
    pytest.param(
        "where do you want to go from here if anywhere", "mutual_next_step", id="mutual_next_step-5"
    ),
    pytest.param(
        "Is it worth a second look together next week, or have you seen enough to decide?",
        "mutual_next_step",
        id="mutual_next_step-6",
    ),
    pytest.param(
        "So what do you think, is there anything here worth continuing with?",
        "mutual_next_step",
        id="mutual_next_step-7",
    ),
    pytest.param(
        "What makes sense as a next step from your side?",
        "mutual_next_step",
        id="mutual_next_step-8",
    ),
    pytest.param(
        "Want me to send over the security docs so your IT team can check them, or hold off for "
        "now?",
        "mutual_next_step",
        id="mutual_next_step-9",
    ),
    pytest.param(
        "Shall we pencil in a second call, or would you rather wait until you've spoken with "
        "your partner?",
        "mutual_next_step",
        id="mutual_next_step-10",
    ),
    pytest.param("How should we leave it?", "mutual_next_step", id="mutual_next_step-11"),
    # honest_disqualify
    pytest.param(
        "To be honest, for two users you don't need our enterprise plan, the free tier will do.",
        "honest_disqualify",
        id="honest_disqualify-1",
    ),
    pytest.param(
        "We're not the right agency for you — we only do B2B.",
        "honest_disqualify",
        id="honest_disqualify-2",
    ),
    pytest.param(
        "You'd be better off with a local installer for a job that small.",
        "honest_disqualify",
        id="honest_disqualify-3",
    ),
    pytest.param(
        "I wouldn't recommend this car for towing a boat that size.",
        "honest_disqualify",
        id="honest_disqualify-4",
    ),
    pytest.param(
        "our platform doesn't support your ERP so honestly it isn't a good fit",
        "honest_disqualify",
        id="honest_disqualify-5",
    ),
    pytest.param(
        "I'd point you to Harbor Freight Logistics, they specialize in refrigerated loads and we "
        "don't.",
        "honest_disqualify",
        id="honest_disqualify-6",
    ),
    pytest.param(
        "Honestly? You'd get more out of a part-time bookkeeper than our software at your stage.",
        "honest_disqualify",
        id="honest_disqualify-7",
    ),
    pytest.param(
        "We just don't do residential, you'll want someone like SunHome for your place.",
        "honest_disqualify",
        id="honest_disqualify-8",
    ),
    pytest.param(
        "For a one-off event, hiring us would be overkill.",
        "honest_disqualify",
        id="honest_disqualify-9",
    ),
    pytest.param(
        "It's not something we can help with, but I know a firm that can.",
        "honest_disqualify",
        id="honest_disqualify-10",
    ),
    pytest.param(
        "I'll be straight with you, this plan is too much for what you need.",
        "honest_disqualify",
        id="honest_disqualify-11",
    ),
    # none
    pytest.param(
        "The grant deadline is set by the state, not by us, so there's no rush from our side.",
        "none",
        id="none-1",
    ),
    pytest.param("We've been in business since 2009.", "none", id="none-2"),
    pytest.param("Let me share my screen.", "none", id="none-3"),
    pytest.param("That's interesting, I hadn't heard of that vendor.", "none", id="none-4"),
    pytest.param("The panels are made in Ohio.", "none", id="none-5"),
    pytest.param("um yeah so the reporting runs overnight", "none", id="none-7"),
    pytest.param("Sorry, you froze for a second there.", "none", id="none-8"),
    pytest.param("we have integrations with about sixty tools", "none", id="none-9"),
    pytest.param("The final price depends on how many sites you have.", "none", id="none-10"),
    pytest.param("Okay, I'm writing that down.", "none", id="none-11"),
    pytest.param("That's a common concern, a lot of people ask that.", "none", id="none-12"),
    pytest.param(
        "The program's application deadline is set by the ministry, and it's the 30th.",
        "none",
        id="none-13",
    ),
    pytest.param("yeah yeah no that's fair", "none", id="none-15"),
]


@pytest.mark.parametrize(("sentence", "expected"), LABELLED)
def test_label_sentence_pins_label(sentence: str, expected: str) -> None:
    """Each pinned sentence gets its label."""
    assert label_sentence(sentence).label == expected


def test_table_covers_every_label_at_least_five_times() -> None:
    """The pinned table exercises the whole vocabulary."""
    counts = {label: 0 for label in LABELS}
    for param in LABELLED:
        counts[param.values[1]] += 1
    assert min(counts.values()) >= 5, counts


WITH_CONTEXT = [
    pytest.param(
        "Is Tuesday or Thursday better for the call with your ops lead?",
        None,
        "alternative_close",
        id="meeting-choice-unasked-is-a-close",
    ),
    pytest.param(
        "Is Tuesday or Thursday better for the call with your ops lead?",
        "Yes, please set up a call with our ops lead.",
        "closed_question",
        id="meeting-choice-buyer-asked-is-a-question",
    ),
    pytest.param(
        "I'll send the contract over tonight.",
        None,
        "assumptive_close",
        id="contract-unasked-is-assumptive",
    ),
    pytest.param(
        "I'll send the contract over tonight.",
        "We've decided, let's go ahead — send the contract.",
        "none",
        id="contract-after-buyer-yes-is-plain-logistics",
    ),
    pytest.param(
        "Sure, I'll send the order form over now.",
        "We're ready, send us the order form.",
        "none",
        id="order-form-on-request",
    ),
]


@pytest.mark.parametrize(("sentence", "previous", "expected"), WITH_CONTEXT)
def test_previous_buyer_words_change_the_label(
    sentence: str, previous: str | None, expected: str
) -> None:
    """What the buyer just said decides whether logistics talk presumes a decision."""
    assert label_sentence(sentence, previous=previous).label == expected


HONEST_DEADLINES = [
    pytest.param(
        "The grant program closes on March 31st, that's a government date, not ours.",
        id="government-date",
    ),
    pytest.param(
        "Enrollment for the fall term closes on the 1st; the university sets that, not us.",
        id="university-date",
    ),
    pytest.param(
        "The tax credit drops next year by law, so no need to decide before you're ready.",
        id="law-with-no-push",
    ),
]


@pytest.mark.parametrize("sentence", HONEST_DEADLINES)
def test_an_honest_external_deadline_is_not_urgency(sentence: str) -> None:
    """A real date set by someone else, said without a push, is not a pressure tactic."""
    assert label_sentence(sentence).label != "urgency_pressure"


PLAIN_STATEMENTS = [
    pytest.param("If the truck is late, the driver texts you automatically.", id="if-clause-fact"),
    pytest.param(
        "If the weather turns, the crew reschedules for the next dry day.", id="if-clause-plan"
    ),
    pytest.param("When we began, we only served restaurants.", id="when-clause-history"),
    pytest.param("What most clients do is start with one site.", id="wh-cleft"),
    pytest.param("How we price depends on the number of sites.", id="wh-subject-clause"),
    pytest.param("Oh sorry, go ahead, you were saying?", id="call-mechanics"),
    pytest.param("Once you decide, let me know and we can talk logistics.", id="once-you-decide"),
]


@pytest.mark.parametrize("sentence", PLAIN_STATEMENTS)
def test_plain_statements_that_look_like_moves_are_none(sentence: str) -> None:
    """An if-clause, a wh-clause or call mechanics alone do not make a move or a question."""
    assert label_sentence(sentence).label == "none"


PRESSURE_EXAMPLES = [
    pytest.param(s, lb, id=lb)
    for s, lb in [
        ("I'll email the DocuSign over once we hang up.", "assumptive_close"),
        ("Would you like the monthly or the annual plan?", "alternative_close"),
        ("Keep the tablet for two weeks, no strings attached.", "puppy_dog_close"),
        ("This discount is only good until Friday.", "urgency_pressure"),
        ("If I take fifteen percent off, will you sign today?", "conditional_close"),
        ("Wouldn't it be great to stop losing leads?", "leading_question"),
    ]
]


@pytest.mark.parametrize(("sentence", "label"), PRESSURE_EXAMPLES)
def test_pressure_labels_carry_explanation_and_instead(sentence: str, label: str) -> None:
    """Every pressure tactic found says why it pressures and offers a collaborative rewrite."""
    result = label_sentence(sentence)
    assert result.label == label
    assert result.explanation
    assert result.instead
    assert result.instead != result.explanation


def test_every_pressure_label_has_its_own_explanation() -> None:
    """No pressure label falls back to another's explanation."""
    explanations = {label_sentence(s).explanation for s, _ in PRESSURE_EXAMPLES_RAW}
    assert len(explanations) == len(PRESSURE_LABELS)


PRESSURE_EXAMPLES_RAW = [tuple(p.values) for p in PRESSURE_EXAMPLES]


def test_instead_is_picked_by_content() -> None:
    """The rewrite fits what the sentence is about: a plan choice differs from a meeting choice."""
    plans = label_sentence("Would you prefer the annual or the monthly plan?")
    meeting = label_sentence("Should we meet Tuesday or Thursday for the demo?")
    assert plans.label == meeting.label == "alternative_close"
    assert plans.instead != meeting.instead


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("How many trucks do you run?", id="open"),
        pytest.param("Do you run more than ten trucks?", id="closed"),
        pytest.param("The trucks are serviced monthly.", id="none"),
    ],
)
def test_collaborative_and_neutral_labels_carry_no_advice(sentence: str) -> None:
    """Only pressure tactics get an explanation and an alternative."""
    result = label_sentence(sentence)
    assert result.explanation is None
    assert result.instead is None


SPLITS = [
    pytest.param("Do you ship? We do.", ["Do you ship?", "We do."], id="question-then-statement"),
    pytest.param(
        "It costs $1.5k a month. That's 3.5 times less!",
        ["It costs $1.5k a month.", "That's 3.5 times less!"],
        id="money-and-decimals",
    ),
    pytest.param(
        "We help clinics, e.g. small practices. Mr. Patel runs one.",
        ["We help clinics, e.g. small practices.", "Mr. Patel runs one."],
        id="abbreviations",
    ),
    pytest.param(
        "So I was thinking — would Tuesday work?",
        ["So I was thinking", "would Tuesday work?"],
        id="em-dash",
    ),
    pytest.param(
        "we could - well we might try it",
        ["we could", "well we might try it"],
        id="spaced-hyphen",
    ),
    pytest.param(
        "Let me think… okay, here's the plan.",
        ["Let me think…", "okay, here's the plan."],
        id="ellipsis",
    ),
    pytest.param(
        "That's costing you money — right?",
        ["That's costing you money, right?"],
        id="tag-stays-with-its-sentence",
    ),
    pytest.param(
        "Um. Well — what made you call us?",
        ["Um. Well what made you call us?"],
        id="filler-fragments-join-the-next-sentence",
    ),
    pytest.param("a follow-up call", ["a follow-up call"], id="hyphenated-word"),
    pytest.param("", [], id="empty"),
    pytest.param("  ...  ", [], id="punctuation-only"),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_split_sentences(text: str, expected: list[str]) -> None:
    """Spoken text splits at sentence ends and dashes, not inside numbers or abbreviations."""
    assert split_sentences(text) == expected


NORMALISED = [
    pytest.param("Um, uh, wouldnt it be nice?", "wouldn't it be nice?", id="fillers-apostrophes"),
    pytest.param("We- we could do it", "we could do it", id="cut-word"),
    pytest.param("I think I think so", "i think so", id="repeated-pair"),
    pytest.param(
        "if I, if I can get you a discount", "if i can get you a discount", id="false-start"
    ),
    pytest.param("gonna wanna", "going to want to", id="slang"),
]


@pytest.mark.parametrize(("text", "expected"), NORMALISED)
def test_normalise(text: str, expected: str) -> None:
    """Normalisation removes what speech adds without changing what is said."""
    assert normalise(text) == expected


def test_label_turn_labels_each_sentence() -> None:
    """A turn is split and every sentence gets a label of its own."""
    labels = label_turn(
        "So what I'm hearing is the quoting is slow. Did I get that right? "
        "And this price is only good until Friday."
    )
    assert [lb.label for lb in labels] == [
        "summarize_confirm",
        "summarize_confirm",
        "urgency_pressure",
    ]


def test_label_turn_passes_buyer_context_to_every_sentence() -> None:
    """The buyer's words shape each sentence of the seller's reply, not only the first."""
    labels = label_turn(
        "Great. I'll send the contract over tonight.",
        previous="Let's do it, send us the contract.",
    )
    assert [lb.label for lb in labels] == ["none", "none"]


def test_empty_sentence_is_none() -> None:
    """Nothing said, nothing labelled as a move."""
    assert label_sentence("  ").label == "none"


def test_confidence_is_a_probability() -> None:
    """Confidence stays within 0..1 for every kind of decision."""
    for param in LABELLED:
        assert 0.0 <= label_sentence(param.values[0]).confidence <= 1.0
