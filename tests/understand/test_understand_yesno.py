"""Yes/no answers: the words people use, echoes of the question, and restatements."""

from __future__ import annotations

import pytest

from fitfirst.playbook.models import Criterion
from fitfirst.understand import understand_answer

OFFLINE = Criterion(
    id="needs_offline",
    ask="Do your people need to work without an internet connection?",
    kind="yes_no",
    signals=("offline", "no signal", "internet"),
)
INTEGRATE = Criterion(
    id="needs_salesforce",
    ask="Do you need it to integrate with Salesforce?",
    kind="yes_no",
)
WEEKENDS = Criterion(id="weekend_work", ask="Does your crew work weekends?", kind="yes_no")
ON_PREM = Criterion(
    id="needs_on_premise",
    ask="Does the CRM have to run on your own servers rather than in the cloud?",
    kind="yes_no",
    signals=("on premise", "on-prem", "own servers"),
)
ABROAD = Criterion(
    id="abroad", ask="Are you planning to roll this out to other countries?", kind="yes_no"
)
HEALTH = Criterion(
    id="health_data",
    ask="Do you handle patient health data?",
    kind="yes_no",
    signals=("hipaa", "health records"),
)

YES: list[tuple[str, Criterion, str]] = [
    ("yes", OFFLINE, "yes"),
    ("yes-dot", OFFLINE, "Yes."),
    ("yes-we-do", OFFLINE, "yes we do"),
    ("yeah", OFFLINE, "yeah"),
    ("yep", OFFLINE, "yep"),
    ("yup-caps", OFFLINE, "YUP"),
    ("absolutely", OFFLINE, "absolutely"),
    ("we-do", OFFLINE, "we do"),
    ("definitely", OFFLINE, "definitely"),
    ("correct", OFFLINE, "correct"),
    ("id-say-so", OFFLINE, "I'd say so"),
    ("of-course", OFFLINE, "of course"),
    ("for-sure", OFFLINE, "for sure, yeah"),
    ("all-the-time", OFFLINE, "oh yeah, all the time"),
    ("pretty-much", OFFLINE, "uh, yeah, pretty much"),
    ("we-really-do", OFFLINE, "we really do"),
    ("yes-but", OFFLINE, "yes, but only on some sites"),
    ("thats-right", OFFLINE, "that's right"),
    ("mhm", OFFLINE, "mhm"),
    ("sometimes", OFFLINE, "sometimes"),
    ("occasionally", OFFLINE, "occasionally"),
    ("now-and-then", OFFLINE, "every now and then"),
    ("correction-to-yes", OFFLINE, "no, actually we do"),
    ("basements", OFFLINE, "we're often in basements with no signal"),
    ("no-signal-noun", OFFLINE, "no signal in half the buildings we go to"),
    ("coverage-terrible", OFFLINE, "the coverage out there is terrible"),
    ("work-offline", OFFLINE, "they work offline a lot"),
    ("integrate-everything", INTEGRATE, "we integrate everything with salesforce already"),
    ("weekends-crew", WEEKENDS, "most weekends, yeah"),
    ("saturdays-echo", WEEKENDS, "they do"),
    ("i-mean-yeah", OFFLINE, "I mean, yeah"),
    ("no-yeah", OFFLINE, "no yeah, totally"),
    ("oh-god-yes", OFFLINE, "oh god yes"),
    ("offline-most-of-day", OFFLINE, "they're offline most of the day"),
    ("eventually-yes", ABROAD, "eventually, yes"),
    ("hipaa-applies", HEALTH, "HIPAA applies to us"),
    ("on-prem-restated", ON_PREM, "we need it on-prem, it's policy"),
]
NO: list[tuple[str, Criterion, str]] = [
    ("no", OFFLINE, "no"),
    ("nope", OFFLINE, "nope"),
    ("nah", OFFLINE, "nah"),
    ("not-really", OFFLINE, "not really"),
    ("not-at-all", OFFLINE, "not at all"),
    ("no-way", OFFLINE, "no way"),
    ("never", OFFLINE, "never"),
    ("we-dont", OFFLINE, "we don't"),
    ("we-do-not", OFFLINE, "we do not"),
    ("hardly-ever", OFFLINE, "hardly ever"),
    ("rarely", OFFLINE, "rarely"),
    ("no-never", OFFLINE, "no, never"),
    ("definitely-not", OFFLINE, "definitely not"),
    ("absolutely-not", OFFLINE, "absolutely not"),
    ("dont-think-so", OFFLINE, "I don't think so"),
    ("not-that-i-know", OFFLINE, "not that I know of"),
    ("uh-no-not-really", OFFLINE, "uh, no, not really"),
    ("no-need", OFFLINE, "no need"),
    ("always-online", OFFLINE, "they're always online"),
    ("nah-connected", OFFLINE, "nah, we're always connected"),
    ("office-wifi", OFFLINE, "no, everybody's in the office with wifi"),
    ("correction-to-no", OFFLINE, "yes - sorry, no, we don't"),
    ("salesforce-isnt", INTEGRATE, "salesforce isn't something we use"),
    ("never-weekends", WEEKENDS, "we never work weekends"),
    ("yeah-no", OFFLINE, "yeah no, we're fine"),
    ("hell-no", OFFLINE, "hell no"),
    ("not-aware", OFFLINE, "Not that I'm aware of"),
    ("wifi-every-site", OFFLINE, "There's wifi on every site"),
    ("not-yet", ABROAD, "not yet"),
    ("not-for-now", ABROAD, "not for now"),
    ("not-covered-by", HEALTH, "we are not covered by HIPAA"),
    ("cloud-fine-rather-than", ON_PREM, "nope, cloud is fine with us"),
    ("cloud-already", ON_PREM, "we're fully in the cloud already"),
]


@pytest.mark.parametrize(("crit", "text"), [c[1:] for c in YES], ids=[c[0] for c in YES])
def test_yes_phrasings(crit: Criterion, text: str) -> None:
    """Each phrasing reads as yes."""
    got = understand_answer(crit, text)
    assert (got.reading, got.value) == ("value", True), got


@pytest.mark.parametrize(("crit", "text"), [c[1:] for c in NO], ids=[c[0] for c in NO])
def test_no_phrasings(crit: Criterion, text: str) -> None:
    """Each phrasing reads as no."""
    got = understand_answer(crit, text)
    assert (got.reading, got.value) == ("value", False), got


UNCLEAR: list[tuple[str, str]] = [
    ("yes-but-online", "yeah, they're always online"),
    ("depends", "it depends"),
    ("yes-and-no", "yes and no"),
    ("maybe", "maybe"),
    ("fruit", "banana"),
    ("off-topic", "the weather is great today"),
    ("a-number", "we have forty people"),
    ("right-now", "right now we're fine"),
    ("would-be-nice", "that would be nice"),
    ("one-plain-shared-word", "we need people who can work"),
]


@pytest.mark.parametrize("text", [c[1] for c in UNCLEAR], ids=[c[0] for c in UNCLEAR])
def test_unclear_yes_no(text: str) -> None:
    """Mixed, hedged or unrelated answers are unclear rather than a guess."""
    got = understand_answer(OFFLINE, text)
    assert got.reading == "unclear", got
    assert "yes" in got.explanation and "no" in got.explanation


@pytest.mark.parametrize(
    ("weak", "strong"),
    [
        ("sometimes", "yes"),
        ("hardly ever", "no"),
        ("they're always online", "no"),
        ("kind of", "yes"),
    ],
    ids=["sometimes", "hardly-ever", "restated", "kind-of"],
)
def test_soft_answers_are_less_sure(weak: str, strong: str) -> None:
    """Frequencies, restatements and hedges carry less confidence than a plain yes or no."""
    a, b = understand_answer(OFFLINE, weak), understand_answer(OFFLINE, strong)
    assert a.value == b.value
    assert a.confidence < b.confidence


@pytest.mark.parametrize(
    ("text", "words"),
    [("no", "no"), ("not really", "no (not really)"), ("yep", "yes (yep)")],
    ids=["no", "not-really", "yep"],
)
def test_yes_no_explanation(text: str, words: str) -> None:
    """The explanation names the reading and the words that gave it."""
    assert understand_answer(OFFLINE, text).explanation == words


def test_one_plain_shared_word_does_not_decide() -> None:
    """A single ordinary word shared with the question ("data") is not a restatement."""
    assert understand_answer(HEALTH, "only anonymised data").reading == "unclear"
