"""Seller sentence labels: the structures behind the weakest moves, read in fresh wordings.

Every sentence here was written for this file (not taken from corpus/labels), in the registers
real calls use: punctuated, and ASR-style lowercase with the question mark dropped.
"""

from __future__ import annotations

import pytest

from fitfirst.review.labels import label_sentence
from fitfirst.review.types import PRESSURE_LABELS

STRUCTURES = [
    # honest_disqualify: a verdict without "not a fit", or pointing away from the seller.
    pytest.param(
        "We'd be a clumsy match for a two-person bakery, to be fair.",
        "honest_disqualify",
        id="disqualify-weak-match-word",
    ),
    pytest.param(
        "the fibre line you've got already does what you need for a home office",
        "honest_disqualify",
        id="disqualify-what-they-have-is-enough",
    ),
    pytest.param(
        "If it were my budget I'd skip the extended warranty on a car this reliable.",
        "honest_disqualify",
        id="disqualify-my-money",
    ),
    pytest.param(
        "An independent physio is who you want for that, not a chain gym like ours.",
        "honest_disqualify",
        id="disqualify-someone-else-is-who-you-want",
    ),
    pytest.param(
        "our enterprise tier would be wasted on a team of five",
        "honest_disqualify",
        id="disqualify-wasted-on",
    ),
    # assumptive_close: plain future statements about the buyer's account or delivery.
    pytest.param(
        "The fitter will be round Wednesday to measure the stairs.",
        "assumptive_close",
        id="assumptive-fitter-visit-as-given",
    ),
    pytest.param(
        "we'll have your domain moved across before the weekend",
        "assumptive_close",
        id="assumptive-we-will-have-your-thing-done",
    ),
    pytest.param(
        "Your sample kit goes out with Thursday's post.",
        "assumptive_close",
        id="assumptive-your-box-ships",
    ),
    pytest.param(
        "From the first of the month your invoicing runs through us.",
        "assumptive_close",
        id="assumptive-runs-through-us",
    ),
    # urgency said casually.
    pytest.param(
        "Rates go up on the fifteenth, just so you're aware.",
        "urgency_pressure",
        id="urgency-casual-price-rise",
    ),
    pytest.param(
        "this colour won't be around much longer so i wouldn't wait",
        "urgency_pressure",
        id="urgency-wont-be-around",
    ),
    pytest.param(
        "Honestly there's maybe three flats like this on the market right now.",
        "urgency_pressure",
        id="urgency-few-like-this",
    ),
    # alternative_close without a verb frame.
    pytest.param(
        "Weekly or fortnightly billing for the cleaning?",
        "alternative_close",
        id="alternative-verbless-question",
    ),
    pytest.param(
        "so are we going for the six-month course or the full year",
        "alternative_close",
        id="alternative-are-we-going-for",
    ),
    # invite_no phrasings.
    pytest.param(
        "Please don't feel you have to buy anything because we spent the morning on this.",
        "invite_no",
        id="invite-no-dont-feel-you-owe",
    ),
    pytest.param(
        "I'd far sooner you told me no now than strung this along.",
        "invite_no",
        id="invite-no-sooner-hear-no",
    ),
    # summarize_confirm openers.
    pytest.param(
        "So the biggest frustration is the reporting, not the data entry — fair?",
        "summarize_confirm",
        id="summary-main-problem-fair",
    ),
    pytest.param(
        "what you're describing is a staffing gap more than a tooling one",
        "summarize_confirm",
        id="summary-what-you-are-describing",
    ),
    # agenda_permission: time checks and what the call is for.
    pytest.param(
        "I've got us till half eleven, does that still work?",
        "agenda_permission",
        id="agenda-time-check",
    ),
    pytest.param(
        "Today is really about working out whether any of this is relevant to you.",
        "agenda_permission",
        id="agenda-today-is-about",
    ),
    # mutual_next_step with a way out.
    pytest.param(
        "Is another look worth it, or have you seen what you needed?",
        "mutual_next_step",
        id="next-step-or-seen-enough",
    ),
    # declarative questions without a question mark.
    pytest.param(
        "you're currently with one of the big four banks",
        "closed_question",
        id="closed-declarative-check",
    ),
    pytest.param(
        "so your tenancy ends in june",
        "closed_question",
        id="closed-so-date-check",
    ),
    pytest.param(
        "A bigger firm down the road would beat us on a job this size.",
        "honest_disqualify",
        id="disqualify-others-beat-us",
    ),
    pytest.param(
        "the subscription would cost you more than you'd ever save in staff hours",
        "honest_disqualify",
        id="disqualify-costs-more-than-it-saves",
    ),
    pytest.param(
        "Last week two other couples asked about this date.",
        "urgency_pressure",
        id="urgency-others-asked",
    ),
    pytest.param(
        "let me read that back to you, two depots and one planner doing it all by hand",
        "summarize_confirm",
        id="summary-read-it-back",
    ),
    # leading_question as an invitation to picture the benefit.
    pytest.param(
        "Picture your front desk with no phone queue on a Monday.",
        "leading_question",
        id="leading-picture",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), STRUCTURES)
def test_structure_of_a_move_is_read_in_new_words(sentence: str, expected: str) -> None:
    """Each fresh wording of a weak move gets its label."""
    assert label_sentence(sentence).label == expected


NOT_PRESSURE = [
    pytest.param(
        "Our installers turn up at eight on install days, so nobody has to wait in.",
        id="habitual-crew-arrival",
    ),
    pytest.param("The autumn promotion ended two weeks ago.", id="past-promotion"),
    pytest.param("Your current contract ends this year, doesn't it?", id="contract-end-fact"),
    pytest.param("A no thank you is a perfectly good way to end this call.", id="end-this-call"),
    pytest.param("We always take the old boiler away as part of the job.", id="habitual-removal"),
    pytest.param("Prices went up across the whole sector last spring.", id="past-price-rise"),
    pytest.param(
        "when new starters join they get a buddy for the first week", id="when-clause-fact"
    ),
    pytest.param(
        "If you decide to go ahead, we'll move your policy across the same day.",
        id="logistics-conditional-on-their-decision",
    ),
    pytest.param(
        "I'll get the surveyor booked in if you want to go ahead.",
        id="if-clause-without-a-concession-is-no-trade",
    ),
    pytest.param(
        "plug the booster in and see if the dead spots go away", id="dead-spots-are-not-scarcity"
    ),
]


@pytest.mark.parametrize("sentence", NOT_PRESSURE)
def test_look_alikes_of_the_new_structures_are_not_pressure(sentence: str) -> None:
    """Habits, past events and facts about the buyer's contract are not pressure tactics."""
    assert label_sentence(sentence).label not in PRESSURE_LABELS
