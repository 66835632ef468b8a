"""A live discovery session: answers in, the next question (and why) out, a verdict at any time.

The session composes the core: free-text answers go through :mod:`fitfirst.understand`, the
evidence is judged by :mod:`fitfirst.fit`, and :mod:`.policy` picks the next question. Buyers
often say more than was asked ("we're twelve, all on Google Workspace"): what the same words
say about other, still unanswered criteria is recorded too, as volunteered evidence.
"""

from __future__ import annotations

import difflib
import math
import random
from dataclasses import dataclass
from typing import Any

from fitfirst import understand
from fitfirst.discovery.policy import STRATEGIES, Pick, Policy, next_pick, why_text
from fitfirst.discovery.situation import situation
from fitfirst.errors import AnswerError, SessionError, UsageError
from fitfirst.fit.evidence import Evidence, NumberSpan, Source, Value
from fitfirst.fit.rules import describe_value
from fitfirst.fit.state import CriterionState, FitState, assess_criterion
from fitfirst.fit.verdict import Verdict, decide
from fitfirst.playbook.models import Criterion, Playbook

SCHEMA = "fitfirst.discovery/1"
Answer = str | int | float | bool | NumberSpan | None


# A fact said in passing must be surer than an answer to the question before it is recorded:
# misread in passing, it settles a question that is then never asked. At 0.65 the benchmark's
# accuracy matched asking only, while volunteered facts still saved questions (docs/discovery.md).
VOLUNTEERED_FLOOR = 0.65


@dataclass(frozen=True)
class Question:
    """A question to put to the buyer, and why it is worth asking now."""

    criterion: str
    text: str
    why: str
    kind: str
    importance: str
    options: tuple[str, ...] = ()
    optional: bool = False


@dataclass(frozen=True)
class Note:
    """An answer that was not understood: kept so the question can be asked in other words."""

    criterion: str
    text: str
    explanation: str = ""

    @property
    def message(self) -> str:
        """What went wrong and what to try, in one line."""
        return self.explanation or f'"{self.text}" was not understood; try other words.'


@dataclass(frozen=True)
class AnswerResult:
    """What one answer did: the evidence for the asked criterion, and what came on the side.

    ``evidence`` is what :meth:`Discovery.answer` returns (None when the words were not
    understood, or read as a skip). ``volunteered`` holds evidence the same words gave about
    other criteria that had no answer yet; it is recorded with the buyer's words as the quote.
    ``passed_over`` holds what the words said but was not recorded: about criteria answered
    before (that answer stands; a seller may want to ask about a difference), or read with less
    confidence than the session's ``volunteered_floor``.
    """

    evidence: Evidence | None
    volunteered: tuple[Evidence, ...] = ()
    passed_over: tuple[Evidence, ...] = ()
    note: Note | None = None


@dataclass(frozen=True)
class _Event:
    kind: str  # "answer" | "skip" | "note"
    criterion: str
    evidence: Evidence | None = None
    note: Note | None = None
    # Picked up on the side of the event before it: undone with it, never counted as an ask.
    volunteered: bool = False


class Discovery:
    """One conversation with one buyer over one playbook.

    ``threshold`` is how likely the likeliest outcome must be before the session stops asking
    (1.0 asks until the verdict is certain). ``policy`` picks questions: "fitfirst" (default),
    or one of the baselines "exact", "ec2", "entropy", "checklist", "random" (for benchmarks),
    or a callable taking a :class:`~fitfirst.discovery.situation.Situation`.
    ``volunteered=False`` reads a free-text answer for the asked criterion only (the words are
    not searched for other criteria; evidence volunteered before is kept);
    ``volunteered_floor`` is the least confidence a volunteered reading needs to be recorded.
    """

    def __init__(
        self,
        playbook: Playbook,
        threshold: float = 0.95,
        *,
        policy: Policy = "fitfirst",
        seed: int | None = None,
        volunteered: bool = True,
        volunteered_floor: float = VOLUNTEERED_FLOOR,
    ) -> None:
        if not 0.5 <= threshold <= 1.0:
            raise UsageError(
                f"threshold {threshold} is out of range; use a probability between 0.5 and 1.0 "
                "(1.0 asks until the verdict is certain)"
            )
        if not 0.0 <= volunteered_floor <= 1.0:
            raise UsageError(
                f"volunteered_floor {volunteered_floor} is out of range; use a confidence "
                "between 0 (record every volunteered reading) and 1"
            )
        if isinstance(policy, str) and policy not in STRATEGIES:
            raise UsageError(
                f'unknown policy "{policy}"; use one of: {", ".join(STRATEGIES)}, or a callable'
            )
        self.playbook = playbook
        self.threshold = threshold
        self.policy = policy
        self.reads_volunteered = volunteered
        self.volunteered_floor = volunteered_floor
        self._rng = random.Random(seed)
        self._events: list[_Event] = []
        self._state: FitState | None = None
        self._pick: tuple[Pick | None] | None = None
        self._judged: dict[tuple[str, tuple[Evidence, ...]], CriterionState] = {}

    # -- answers --------------------------------------------------------------------------

    def _criterion(self, criterion_id: str) -> Criterion:
        if self.playbook.has_criterion(criterion_id):
            return self.playbook.criterion(criterion_id)
        ids = [c.id for c in self.playbook.criteria]
        close = difflib.get_close_matches(criterion_id, ids, n=1)
        hint = f'; did you mean "{close[0]}"?' if close else f"; the criteria are: {', '.join(ids)}"
        raise AnswerError(f'the playbook has no criterion "{criterion_id}"{hint}')

    def _changed(self) -> None:
        self._state = None
        self._pick = None

    def answer(
        self,
        criterion_id: str,
        text_or_value: Answer,
        *,
        source: Source = "buyer",
        confidence: float = 1.0,
    ) -> Evidence | None:
        """Record an answer to any criterion, at any time; returns the evidence understood.

        Free text goes through :func:`fitfirst.understand.understand_answer`; a typed value
        (number, NumberSpan, bool, option id, None for "don't know") is taken as is. An answer
        that is not understood returns None and is kept in :attr:`notes`. A second answer to the
        same criterion replaces the first (a correction). What free text says about other,
        unanswered criteria is recorded too (see :meth:`answer_all` and
        :attr:`last_volunteered`), even when the asked criterion was not understood.
        """
        return self.answer_all(
            criterion_id, text_or_value, source=source, confidence=confidence
        ).evidence

    def answer_all(
        self,
        criterion_id: str,
        text_or_value: Answer,
        *,
        source: Source = "buyer",
        confidence: float = 1.0,
    ) -> AnswerResult:
        """Like :meth:`answer`, but returns everything the answer did, volunteered facts included.

        Free text is also read through :func:`fitfirst.understand.find_statements` (with the
        asked criterion as ``asked``); each finding about another criterion that has no evidence
        yet becomes evidence with the buyer's words as its quote. :meth:`undo` takes the whole
        answer back, volunteered evidence included.
        """
        criterion = self._criterion(criterion_id)
        # Criteria with evidence in force before these words: a volunteered reading never
        # replaces them (an explicit answer stands; a later explicit answer replaces it).
        answered = {e.criterion for e in self.evidence}
        typed = _typed(criterion, text_or_value)
        is_words = isinstance(text_or_value, str) and (typed is None or criterion.kind == "text")
        note: Note | None = None
        evidence: Evidence | None = None
        if typed is not None:
            value, quote = typed
            evidence = self._add(Evidence(criterion.id, value, quote, source, confidence))
        else:
            text = str(text_or_value).strip()  # only free text reaches here (see _typed)
            understood = understand.understand_answer(criterion, text)
            if understood.reading == "skip":
                self.skip(criterion.id)
            elif understood.reading == "unclear":
                note = Note(criterion.id, text, understood.explanation)
                self._events.append(_Event("note", criterion.id, note=note))
                self._changed()
            else:
                value = understood.value if understood.reading == "value" else None
                conf = min(confidence, understood.confidence)
                evidence = self._add(Evidence(criterion.id, value, text, source, conf))
        if not (is_words and self.reads_volunteered):
            return AnswerResult(evidence, note=note)
        taken, passed = self._volunteer(
            criterion.id, str(text_or_value).strip(), answered, source, confidence
        )
        return AnswerResult(evidence, taken, passed, note)

    def _volunteer(
        self,
        asked: str,
        text: str,
        answered: set[str],
        source: Source,
        confidence: float,
    ) -> tuple[tuple[Evidence, ...], tuple[Evidence, ...]]:
        """Record what ``text`` says about criteria other than ``asked``; (taken, passed over)."""
        taken: list[Evidence] = []
        passed: list[Evidence] = []
        for finding in understand.find_statements(self.playbook, text, asked=asked):
            if finding.criterion == asked or finding.understood.reading != "value":
                continue
            conf = min(confidence, finding.understood.confidence)
            evidence = Evidence(finding.criterion, finding.understood.value, text, source, conf)
            if finding.criterion in answered or conf < self.volunteered_floor:
                passed.append(evidence)
                continue
            self._events.append(_Event("answer", evidence.criterion, evidence, volunteered=True))
            taken.append(evidence)
        if taken:
            self._changed()
        return tuple(taken), tuple(passed)

    def _add(self, evidence: Evidence) -> Evidence:
        self._events.append(_Event("answer", evidence.criterion, evidence=evidence))
        self._changed()
        return evidence

    def skip(self, criterion_id: str) -> None:
        """Leave a criterion out: the policy will not ask it (an answer later still counts)."""
        criterion = self._criterion(criterion_id)
        self._events.append(_Event("skip", criterion.id))
        self._changed()

    def undo(self) -> bool:
        """Take back the last answer, skip or note, with all it volunteered; False when there
        is nothing to undo."""
        if not self._events:
            return False
        while self._events and self._events[-1].volunteered:
            self._events.pop()
        if self._events:
            self._events.pop()
        self._changed()
        return True

    # -- what is known ----------------------------------------------------------------------

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        """The evidence in force: a later answer replaces an earlier one on the same criterion,
        except that repeated "don't know"s add up (so a twice-unsure criterion is left alone)."""
        by_id: dict[str, list[Evidence]] = {}
        order: list[str] = []
        for event in self._events:
            if event.kind != "answer" or event.evidence is None:
                continue
            e = event.evidence
            pieces = by_id.setdefault(e.criterion, [])
            if e.value is None and all(p.value is None for p in pieces):
                pieces.append(e)
            else:
                pieces[:] = [e]
            if e.criterion in order:
                order.remove(e.criterion)
            order.append(e.criterion)
        return tuple(e for cid in order for e in by_id[cid])

    @property
    def last_volunteered(self) -> tuple[Evidence, ...]:
        """Evidence the last answer gave about other criteria, on the side (after an undo: the
        answer now last). Kept through :meth:`to_dict`, so a restored session shows it too."""
        out: list[Evidence] = []
        for event in reversed(self._events):
            if not event.volunteered:
                break
            if event.evidence is not None:
                out.append(event.evidence)
        return tuple(reversed(out))

    @property
    def volunteered_evidence(self) -> tuple[Evidence, ...]:
        """The evidence in force that was volunteered rather than asked for, in its order."""
        from_side = {
            id(e.evidence) for e in self._events if e.volunteered and e.evidence is not None
        }
        return tuple(e for e in self.evidence if id(e) in from_side)

    @property
    def skipped(self) -> frozenset[str]:
        """Criteria skipped and not answered since (volunteered evidence leaves a skip be)."""
        out: set[str] = set()
        for event in self._events:
            if event.kind == "skip":
                out.add(event.criterion)
            elif event.kind == "answer" and not event.volunteered:
                out.discard(event.criterion)
        return frozenset(out)

    @property
    def unsure_asks(self) -> dict[str, int]:
        """Per criterion, answers in a row without a firm value ("don't know", a range)."""
        counts: dict[str, int] = {}
        for event in self._events:
            # Volunteered evidence was never asked for, so it is not an unsure ask.
            if event.kind == "answer" and event.evidence is not None and not event.volunteered:
                value = event.evidence.value
                unsure = value is None or isinstance(value, NumberSpan)
                counts[event.criterion] = counts.get(event.criterion, 0) + 1 if unsure else 0
        return counts

    @property
    def notes(self) -> tuple[Note, ...]:
        """Answers that were not understood, oldest first."""
        return tuple(e.note for e in self._events if e.note is not None)

    @property
    def state(self) -> FitState:
        """The fit state of the evidence in force (each criterion judged once per evidence)."""
        if self._state is None:
            by_id: dict[str, list[Evidence]] = {}
            for e in self.evidence:
                by_id.setdefault(e.criterion, []).append(e)
            criteria: dict[str, CriterionState] = {}
            for c in self.playbook.criteria:
                key = (c.id, tuple(by_id.get(c.id, ())))
                judged = self._judged.get(key)
                if judged is None:
                    judged = assess_criterion(self.playbook, c, key[1])
                    self._judged[key] = judged
                criteria[c.id] = judged
            self._state = FitState(criteria)
        return self._state

    def result(self) -> Verdict:
        """The verdict now, with its probability, reasons and quotes."""
        return decide(self.playbook, self.state, self.threshold)

    # -- questions ------------------------------------------------------------------------

    def _next(self) -> Pick | None:
        if self._pick is None:
            pick = next_pick(
                self.playbook,
                self.state,
                self.threshold,
                skipped=self.skipped,
                asks=self.unsure_asks,
                policy=self.policy,
                rng=self._rng,
            )
            self._pick = (pick,)
        return self._pick[0]

    @property
    def is_clear(self) -> bool:
        """True once there is nothing more worth asking among the must criteria."""
        return self._next() is None

    def next_question(self) -> Question | None:
        """The question that leads to a clear verdict soonest; None once the verdict is clear."""
        pick = self._next()
        if pick is None:
            return None
        return self._question(self.playbook.criterion(pick.criterion), pick.why, optional=False)

    def _question(self, criterion: Criterion, why: str, *, optional: bool) -> Question:
        misses = sum(1 for n in self.notes if n.criterion == criterion.id)
        text = criterion.ask
        if misses and criterion.rephrase:
            text = criterion.rephrase[(misses - 1) % len(criterion.rephrase)]
        options: tuple[str, ...] = ()
        if criterion.kind == "choice":
            options = tuple(criterion.options or {})
        elif criterion.kind == "yes_no":
            options = ("yes", "no")
        return Question(
            criterion.id, text, why, criterion.kind, criterion.importance, options, optional
        )

    def may_ask(self, criterion_id: str) -> bool:
        """Whether the session may still put this criterion's question: as one that can change
        the verdict now, or among the optional questions once it is clear."""
        if not self.is_clear:
            sit = situation(
                self.playbook, self.state, self.threshold, self.skipped, self.unsure_asks
            )
            if any(c.criterion == criterion_id for c in sit.relevant()):
                return True
        return any(q.criterion == criterion_id for q in self.remaining())

    def remaining(self) -> list[Question]:
        """Optional questions left: once clear, the musts that would make it certain, then the
        should, nice and text criteria not yet answered or skipped."""
        out: list[Question] = []
        state, skipped = self.state, self.skipped
        if self.is_clear:
            sit = situation(self.playbook, state, 1.0, skipped)
            sure = self.result().class_probability
            for cand in sit.relevant():
                why = f"Would make the verdict certain (it is {sure:.0%} sure now)."
                out.append(
                    self._question(self.playbook.criterion(cand.criterion), why, optional=True)
                )
        rank = {"should": 0, "nice": 1}
        extra = sorted(
            (c for c in self.playbook.criteria if c.importance != "must" or c.kind == "text"),
            key=lambda c: 2 if c.kind == "text" else rank.get(c.importance, 0),
        )
        for c in extra:
            if state.criteria[c.id].asked or c.id in skipped:
                continue
            out.append(self._question(c, _optional_why(c), optional=True))
        return out

    def why(self, criterion_id: str) -> str:
        """Why a criterion is (or is not) worth asking now, in plain words."""
        criterion = self._criterion(criterion_id)
        matters = f" It matters because: {criterion.why}" if criterion.why else ""
        pick = self._next()
        if pick is not None and pick.criterion == criterion.id:
            return pick.why + matters
        cs = self.state.criteria[criterion.id]
        if cs.value is not None and cs.status != "conflicting":
            said = describe_value(criterion, cs.value)
            if any(e.criterion == criterion.id for e in self.volunteered_evidence):
                return f"Already answered in passing: {said}.{matters}"
            return f"Already answered: {said}.{matters}"
        if criterion.importance != "must" or criterion.kind == "text":
            return _optional_why(criterion) + matters
        sit = situation(self.playbook, self.state, self.threshold, self.skipped, self.unsure_asks)
        for cand in sit.relevant():
            if cand.criterion == criterion.id:
                return why_text(sit, cand) + " Another question comes first." + matters
        if criterion.id in self.skipped:
            return "Skipped: it will not be asked unless you answer it." + matters
        return "Its answer cannot change the verdict now." + matters

    # -- saving -----------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The session as JSON-able data (schema versioned), for --resume and the web store."""
        events: list[dict[str, Any]] = []
        for event in self._events:
            if event.kind == "answer" and event.evidence is not None:
                e = event.evidence
                saved: dict[str, Any] = {
                    "type": "answer",
                    "criterion": e.criterion,
                    "value": _encode(e.value),
                    "quote": e.quote,
                    "source": e.source,
                    "confidence": e.confidence,
                    "turn": e.turn,
                    "start": e.start,
                }
                if event.volunteered:
                    # Only volunteered answers carry the key: earlier sessions read the same,
                    # and a reader that ignores it still gets the evidence right.
                    saved["volunteered"] = True
                events.append(saved)
            elif event.kind == "note" and event.note is not None:
                n = event.note
                events.append(
                    {
                        "type": "note",
                        "criterion": n.criterion,
                        "text": n.text,
                        "explanation": n.explanation,
                    }
                )
            else:
                events.append({"type": "skip", "criterion": event.criterion})
        return {"schema": SCHEMA, "threshold": self.threshold, "events": events}

    @classmethod
    def from_dict(
        cls, playbook: Playbook, data: dict[str, Any], threshold: float | None = None
    ) -> Discovery:
        """Rebuild a session saved by :meth:`to_dict` (raises SessionError when it cannot)."""
        if not isinstance(data, dict) or data.get("schema") != SCHEMA:
            found = data.get("schema") if isinstance(data, dict) else type(data).__name__
            raise SessionError(
                f"saved session has schema {found!r}, expected {SCHEMA!r}; "
                "start a new session or save it again with this version"
            )
        saved = data.get("threshold", 0.95)
        if threshold is None and (isinstance(saved, bool) or not isinstance(saved, int | float)):
            raise SessionError(
                f"saved session has an unreadable threshold {saved!r}; save it again"
            )
        session = cls(playbook, threshold if threshold is not None else float(saved))
        for i, raw in enumerate(data.get("events", [])):
            try:
                session._replay(raw)
            except (KeyError, TypeError, ValueError, AnswerError) as exc:
                raise SessionError(
                    f"saved session event {i} cannot be read ({exc}); "
                    "check that it was saved with the same playbook"
                ) from None
        return session

    def _replay(self, raw: dict[str, Any]) -> None:
        kind = raw["type"]
        criterion = self._criterion(str(raw["criterion"])).id
        if kind == "answer":
            source = raw.get("source", "buyer")
            if source not in ("buyer", "confirmed"):
                raise ValueError(f"unknown source {source!r}")
            evidence = Evidence(
                criterion,
                _decode(raw.get("value")),
                str(raw.get("quote", "")),
                source,
                float(raw.get("confidence", 1.0)),
                raw.get("turn"),
                raw.get("start"),
            )
            volunteered = raw.get("volunteered", False)
            if not isinstance(volunteered, bool):
                raise ValueError(f"unreadable volunteered flag {volunteered!r}")
            self._events.append(_Event("answer", criterion, evidence, volunteered=volunteered))
        elif kind == "note":
            note = Note(criterion, str(raw.get("text", "")), str(raw.get("explanation", "")))
            self._events.append(_Event("note", criterion, note=note))
        elif kind == "skip":
            self._events.append(_Event("skip", criterion))
        else:
            raise ValueError(f"unknown event type {kind!r}")
        self._changed()


def _optional_why(criterion: Criterion) -> str:
    if criterion.kind == "text":
        return "Tells you more about the buyer; it never decides fit. Skip it if time is short."
    if criterion.importance == "should":
        return (
            "A should-have: it adds to the score but never decides fit. Skip it if time is short."
        )
    if criterion.importance == "nice":
        return "A nice-to-have: it adds a little to the score. Skip it if time is short."
    return "It cannot change the verdict now; ask it only to be thorough."


def _typed(criterion: Criterion, answer: Answer) -> tuple[Value | None, str] | None:
    """A typed answer as (value, quote); None when it is free text to be understood."""
    if answer is None:
        return None, "(don't know)"
    if isinstance(answer, str):
        if criterion.kind == "text":
            return answer.strip(), answer.strip()
        if criterion.kind == "choice" and answer in (criterion.options or {}):
            return answer, describe_value(criterion, answer)
        return None
    if isinstance(answer, bool):
        if criterion.kind != "yes_no":
            raise AnswerError(
                f'"{criterion.id}" is a {criterion.kind} criterion; a yes/no does not answer it'
            )
        return answer, describe_value(criterion, answer)
    if isinstance(answer, NumberSpan | int | float):
        if criterion.kind != "number":
            raise AnswerError(
                f'"{criterion.id}" is a {criterion.kind} criterion; a number does not answer it'
            )
        value: Value = answer if isinstance(answer, NumberSpan) else float(answer)
        return value, describe_value(criterion, value)
    raise AnswerError(f'cannot use {type(answer).__name__} as an answer to "{criterion.id}"')


def _encode(value: Value | None) -> Any:
    if isinstance(value, NumberSpan):
        return {
            "low": None if math.isinf(value.low) else value.low,
            "high": None if math.isinf(value.high) else value.high,
        }
    return value


def _decode(raw: Any) -> Value | None:
    if isinstance(raw, dict):
        low, high = raw.get("low"), raw.get("high")
        return NumberSpan(
            -math.inf if low is None else float(low), math.inf if high is None else float(high)
        )
    if raw is None or isinstance(raw, bool | str):
        return raw
    if isinstance(raw, int | float):
        return float(raw)
    raise ValueError(f"unreadable value {raw!r}")
