"""The web layer's only road into the core: parse playbooks, rebuild and run Discovery sessions.

Nothing here decides fit or picks questions: it calls :mod:`fitfirst.playbook` and
:mod:`fitfirst.discovery` and turns their answers into plain dicts for templates and JSON.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from threading import Lock
from typing import Any

from fitfirst.discovery import Discovery, Question
from fitfirst.errors import AnswerError, FitfirstError, SessionError
from fitfirst.fit import describe_value
from fitfirst.fit.evidence import Evidence
from fitfirst.fit.jsonable import value_to_json, verdict_to_dict
from fitfirst.playbook import Playbook, parse_playbook

_CACHE_SIZE = 256
_cache: OrderedDict[tuple[str, str], Playbook] = OrderedDict()
_cache_lock = Lock()
_parse_lock = Lock()  # one parse at a time: a cold start under load parses each version once


def load_source(source: str, label: str) -> Playbook:
    """Parse a stored playbook version; versions never change, so parses are cached."""
    key = (label, source)
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return hit
    with _parse_lock:
        with _cache_lock:
            hit = _cache.get(key)
        if hit is not None:
            return hit
        playbook = parse_playbook(source, source=label)
        with _cache_lock:
            _cache[key] = playbook
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    return playbook


def warm_up(playbooks: list[Playbook]) -> None:
    """Run one throwaway answer per playbook, so the first buyer does not pay for imports."""
    for playbook in playbooks:
        discovery = Discovery(playbook)
        for criterion in playbook.criteria:
            if criterion.kind != "text":
                discovery.answer(criterion.id, "I don't know")
                break
        discovery.result()


_intro_cache: dict[int, tuple[Playbook, dict[str, Any]]] = {}


def intro_view(playbook: Playbook) -> dict[str, Any]:
    """The view of a session with no answers yet: the same for every buyer, so kept per playbook.

    Callers must not change the returned dict.
    """
    hit = _intro_cache.get(id(playbook))
    if hit is not None and hit[0] is playbook:
        return hit[1]
    data = view(playbook, start(playbook))
    if len(_intro_cache) > _CACHE_SIZE:
        _intro_cache.clear()
    _intro_cache[id(playbook)] = (playbook, data)
    return data


def start(playbook: Playbook) -> Discovery:
    return Discovery(playbook)


def restore(playbook: Playbook, state: dict[str, Any]) -> Discovery:
    """Rebuild a session from its stored answers through the core."""
    try:
        return Discovery.from_dict(playbook, state)
    except FitfirstError:
        raise
    except (KeyError, TypeError, ValueError) as exc:
        raise SessionError(
            f"the stored session cannot be rebuilt ({exc}); export it and start a new one"
        ) from exc


def fact_dict(playbook: Playbook, evidence: Evidence) -> dict[str, Any]:
    """One reading of the buyer's words about a criterion, as pages and JSON show it."""
    criterion = playbook.criterion(evidence.criterion)
    return {
        "criterion": criterion.id,
        "title": criterion.title,
        "value": value_to_json(evidence.value),
        "value_text": describe_value(criterion, evidence.value),
        "confidence": round(evidence.confidence, 3),
        "quote": evidence.quote,
    }


@dataclass(frozen=True)
class Answered:
    """What one answer did: whether the core understood it, and what it read on the side.

    ``volunteered`` are the facts about other criteria the core recorded from the same words;
    ``passed_over`` are readings it did not record (less sure, or about a criterion answered
    before). Both are lists of :func:`fact_dict`.
    """

    criterion: str
    understood: bool
    volunteered: tuple[dict[str, Any], ...] = ()
    passed_over: tuple[dict[str, Any], ...] = ()

    def effects(self) -> dict[str, Any]:
        """The side readings as JSON: what the answer log and the API responses carry."""
        return {"volunteered": list(self.volunteered), "passed_over": list(self.passed_over)}


def answer(playbook: Playbook, discovery: Discovery, criterion: str, text: str) -> Answered:
    """Give the buyer's words (as said) to the session; the core refuses unknown criteria."""
    text = text.strip()
    if not text:
        raise AnswerError('the answer is empty; type what the buyer said, or "don\'t know"')
    result = discovery.answer_all(criterion, text, source="buyer")
    return Answered(
        criterion=criterion,
        understood=result.evidence is not None,
        volunteered=tuple(fact_dict(playbook, e) for e in result.volunteered),
        passed_over=tuple(fact_dict(playbook, e) for e in result.passed_over),
    )


def maybe_said(playbook: Playbook, discovery: Discovery, criteria: list[str]) -> list[str]:
    """Plain sentences about readings the core passed over, judged on the session as it is now.

    ``criteria`` come from a request (a redirect's query), so unknown ids are dropped.
    """
    answered = {e.criterion for e in discovery.evidence}
    out: list[str] = []
    for cid in dict.fromkeys(criteria):
        if not playbook.has_criterion(cid):
            continue
        title = playbook.criterion(cid).title
        if cid in answered:
            out.append(
                f"You may also have said something about {title}; the earlier answer stands "
                "(answer it again to change it)."
            )
        elif discovery.may_ask(cid):
            out.append(f"You may also have said something about {title}; it will be asked.")
        else:
            out.append(
                f"You may also have said something about {title}; it was not recorded, and "
                "the verdict does not need it."
            )
    return out


def question_dict(playbook: Playbook, question: Question | None) -> dict[str, Any] | None:
    if question is None:
        return None
    criterion = playbook.criterion(question.criterion)
    return {
        "criterion": question.criterion,
        "title": criterion.title,
        "text": question.text,
        "why": question.why,
        "kind": question.kind,
        "importance": question.importance,
        "options": list(question.options),
        "optional": question.optional,
    }


def view(playbook: Playbook, discovery: Discovery) -> dict[str, Any]:
    """Everything a page or API client shows about a session, computed by the core."""
    verdict = discovery.result()
    in_passing = discovery.volunteered_evidence  # compared by value: judged states are cached
    fit_map = []
    for criterion in playbook.criteria:
        state = verdict.criteria.get(criterion.id)
        evidence = state.evidence if state is not None else ()
        value = state.value if state is not None else None
        passing = [e.quote for e in evidence if e in in_passing]
        fit_map.append(
            {
                "id": criterion.id,
                "title": criterion.title,
                "ask": criterion.ask,
                "kind": criterion.kind,
                "importance": criterion.importance,
                "status": state.status if state is not None else "unknown",
                "value": value_to_json(value),
                "value_text": describe_value(criterion, value) if evidence else "",
                "quotes": [e.quote for e in evidence if e not in in_passing],
                "in_passing_quotes": passing,
                "in_passing": bool(passing),
                "answered": bool(evidence),
            }
        )
    outcome = verdict_to_dict(verdict)
    outcome["plan_names"] = [playbook.plan(p).name for p in verdict.plans]
    outcome["booking_url"] = playbook.outcomes.booking_url
    return {
        "offer": {
            "name": playbook.offer.name,
            "seller": playbook.offer.seller,
            "summary": playbook.offer.summary,
            "url": playbook.offer.url,
        },
        "next_question": question_dict(playbook, discovery.next_question()),
        "optional_questions": [question_dict(playbook, q) for q in discovery.remaining()],
        "fit_map": fit_map,
        "verdict": outcome,
        "notes": [
            {"criterion": n.criterion, "text": n.text, "explanation": n.explanation}
            for n in discovery.notes
        ],
        # What the last answer said on the side, rebuilt from the stored state on every view.
        "volunteered": [fact_dict(playbook, e) for e in discovery.last_volunteered],
    }
