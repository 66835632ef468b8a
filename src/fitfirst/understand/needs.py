"""Needs a buyer voices, matched to a playbook's needs by shared content words.

A need matches a sentence when the sentence shares three topical words (after light stemming
and a small synonym table) with the need's statement or one of its examples, or two that cover
at least half of that phrase's words. Sentences that deny the need ("scheduling is not a
problem for us") and questions do not count.
"""

from __future__ import annotations

import re

from fitfirst.playbook.models import Need, Playbook
from fitfirst.understand.text import (
    PUNCT,
    STOPWORDS,
    Token,
    phrase_table,
    stem,
    tokenize,
    word_list,
)

_SENTENCE = re.compile(r"[^.!?;\n]+(?:[.!?;]+|$)")
_MAX_TEXT = 20000

# Words that say the same thing in a buyer's mouth; each group is read as its first word.
_GROUPS = (
    "money cost costs price pricing expensive cheap cheaper budget spend spending afford",
    "slow slower fast faster quick quickly speed delay delays wait waiting late hours forever",
    "lose losing lost miss missing missed drop dropped dropping forget forgetting forgotten slip "
    "slipping cracks",
    "track tracking follow monitor visibility overview",
    "customer customers client clients buyer buyers account accounts prospect prospects",
    "lead leads enquiry enquiries inquiry inquiries deal deals opportunity opportunities",
    "report reports reporting dashboard dashboards metrics stats statistics analytics insight "
    "insights",
    "manual manually hand retype retyping copy paste duplicate duplicated",
    "error errors mistake mistakes wrong typo typos incorrect inaccurate",
    "schedule scheduling calendar calendars booking bookings appointment appointments dispatch "
    "dispatching roster rota",
    "invoice invoices invoicing bill bills billing",
    "field technician technicians tech techs onsite site sites van vans truck trucks",
    "phone phones mobile app apps tablet tablets smartphone",
    "offline signal internet connection connectivity coverage wifi reception",
    "communicate communication email emails message messages chat",
    "compliance audit audits regulation regulations regulator inspection inspections certify",
    "grow growing growth scale scaling expand expanding",
    "paper paperwork form forms printout clipboard",
    "spreadsheet spreadsheets excel sheet sheets",
    "integrate integration integrations sync syncing connect api",
    "document documents docs file files",
)
_CANON: dict[str, str] = {}
for _line in _GROUPS:
    _ws = _line.split()
    for _w in _ws:
        _CANON.setdefault(stem(_w), stem(_ws[0]))

# Content words too general to make a match on their own.
_WEAK = frozenset(
    stem(w)
    for w in word_list(
        """team people staff need needs want wants work works working better easy easier
        help helps thing things way ways make makes good great get able know see keep
        use using lot day days week weeks everything always new time times having
        problem problems issue issues trouble hard difficult pain real really whole
        entire constantly often every each back"""
    )
)
_DENIALS: tuple[tuple[str, ...], ...] = phrase_table(
    """do not need | does not need | no need | not a problem | no problem | not an issue | no
    issue | no issues | no problems | is fine | are fine | works fine | works well | work fine
    | work well | not worried | never had | under control | not a priority | do not care | not
    really a | not bothered | not a concern | no concern | not a big deal | handled | solved |
    sorted"""
)


def _content(tokens: list[Token]) -> set[str]:
    out: set[str] = set()
    for t in tokens:
        if t.norm in PUNCT or t.norm in STOPWORDS or not (t.is_word or t.is_number):
            continue
        s = stem(t.norm)
        if len(s) < 3:
            continue
        out.add(_CANON.get(s, s))
    return out


def _phrases(need: Need) -> list[set[str]]:
    return [c for c in (_content(tokenize(p)) for p in (need.statement, *need.examples)) if c]


def _denied(tokens: list[Token]) -> bool:
    ws = [t.norm for t in tokens]
    return any(ws[i : i + len(p)] == list(p) for p in _DENIALS for i in range(len(ws) - len(p) + 1))


def _matches(sentence: set[str], phrase: set[str]) -> bool:
    shared = sentence & phrase
    strong = shared - _WEAK
    if len(strong) >= 3:
        return True
    if len(strong) < 2:
        return False
    return len(shared) / len(phrase) >= 0.5


def find_needs(playbook: Playbook, text: str) -> list[str]:
    """Ids of the playbook's needs that ``text`` (a buyer's words) voices, in playbook order."""
    if not isinstance(text, str) or not text.strip() or not playbook.needs:
        return []
    phrases = {n.id: _phrases(n) for n in playbook.needs}
    hit: set[str] = set()
    for m in _SENTENCE.finditer(text[:_MAX_TEXT]):
        sentence = m.group(0)
        if sentence.rstrip().endswith("?"):
            continue
        tokens = tokenize(sentence)
        if _denied(tokens):
            continue
        content = _content(tokens)
        for need_id, ps in phrases.items():
            if need_id not in hit and any(_matches(content, p) for p in ps):
                hit.add(need_id)
    return [n.id for n in playbook.needs if n.id in hit]
