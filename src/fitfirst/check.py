"""Discovery outside the core's pure world: scripted answers and saved sessions on disk.

:func:`run_scripted` drives a :class:`~fitfirst.discovery.Discovery` with answers known in advance
(a demo, a test, a form filled elsewhere); the file helpers validate and read those answers and
save or resume a session, so an interrupted conversation loses nothing.
"""

from __future__ import annotations

import difflib
import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from fitfirst.discovery import Discovery, Question
from fitfirst.errors import AnswerError, SessionError
from fitfirst.fit import Evidence, Verdict
from fitfirst.playbook import Playbook

SESSION_FILE_VERSION = 1


@dataclass(frozen=True)
class ScriptedStep:
    """One question put to the scripted buyer, with what was said and how it was understood."""

    question: Question
    answer: str | None  # None: the answers file had nothing for this question
    evidence: Evidence | None  # None: no answer, or the answer was not understood
    optional: bool = False  # asked after the verdict was clear, to complete the picture


@dataclass(frozen=True)
class ScriptedRun:
    playbook: Playbook
    steps: tuple[ScriptedStep, ...]
    result: Verdict
    notes: tuple[str, ...] = field(default=())


def _as_answer_text(value: object) -> str:
    # YAML turns a bare yes/no into a bool and 40 into an int; the buyer said words.
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def run_scripted(
    playbook: Playbook, answers: Mapping[str, str], *, threshold: float = 0.95
) -> ScriptedRun:
    """Run a discovery in which the buyer's answer to each question is looked up in ``answers``."""
    unknown = sorted(set(answers) - {c.id for c in playbook.criteria})
    if unknown:
        raise AnswerError(_unknown_ids_message(unknown, playbook, "the answers"))
    session = Discovery(playbook, threshold=threshold)
    steps: list[ScriptedStep] = []
    asked: set[str] = set()
    while (question := session.next_question()) is not None:
        if question.criterion in asked:
            break  # a scripted buyer has one answer per question; asking again would loop
        asked.add(question.criterion)
        text = answers.get(question.criterion)
        if text is None:
            session.skip(question.criterion)
            steps.append(ScriptedStep(question, None, None))
            continue
        evidence = session.answer(question.criterion, text)
        steps.append(ScriptedStep(question, text, evidence))
    for question in session.remaining():
        text = answers.get(question.criterion)
        if text is not None and question.criterion not in asked:
            asked.add(question.criterion)
            evidence = session.answer(question.criterion, text)
            steps.append(ScriptedStep(question, text, evidence, optional=True))
    notes = tuple(f"{n.criterion}: {n.message}" for n in session.notes)
    return ScriptedRun(playbook, tuple(steps), session.result(), notes)


def _unknown_ids_message(unknown: list[str], playbook: Playbook, where: str) -> str:
    ids = [c.id for c in playbook.criteria]
    parts = []
    for criterion_id in unknown:
        close = difflib.get_close_matches(criterion_id, ids, n=1)
        hint = f' (did you mean "{close[0]}"?)' if close else ""
        parts.append(f'"{criterion_id}"{hint}')
    return (
        f"{where} name criteria the playbook does not have: {', '.join(parts)}; "
        f"its criteria are {', '.join(ids)}"
    )


def load_answers(path: Path, playbook: Playbook) -> dict[str, str]:
    """Read an answers file: a YAML mapping of criterion id to what the buyer said."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SessionError(f"{path}: no such answers file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SessionError(f"{path}: cannot read the answers file ({exc})") from None
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark is not None else str(path)
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise SessionError(
            f"{where}: {problem}; write one line per criterion, like `team_size: about forty`"
        ) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SessionError(
            f"{path}: expected a mapping of criterion id to answer, like `team_size: about forty`"
        )
    answers: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(value, (dict, list)) or value is None:
            raise SessionError(
                f'{path}: the answer for "{key}" should be what the buyer said, as one line of text'
            )
        answers[str(key)] = _as_answer_text(value)
    unknown = sorted(set(answers) - {c.id for c in playbook.criteria})
    if unknown:
        raise SessionError(f"{path}: " + _unknown_ids_message(unknown, playbook, "the answers"))
    return answers


def save_session(path: Path, session: Discovery) -> None:
    """Write the session atomically, so a crash mid-write never leaves half a file."""
    payload: dict[str, Any] = {
        "fitfirst_session": SESSION_FILE_VERSION,
        "offer": session.playbook.offer.name,
        "session": session.to_dict(),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, indent=2, ensure_ascii=False)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_saved_session(path: Path, playbook: Playbook, *, threshold: float = 0.95) -> Discovery:
    """Read a session saved by :func:`save_session` and rebuild it through the core."""
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SessionError(f"{path}: no saved session here; check the path") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SessionError(f"{path}: not a saved fitfirst session ({exc})") from None
    if not isinstance(payload, dict) or payload.get("fitfirst_session") != SESSION_FILE_VERSION:
        raise SessionError(
            f"{path}: not a saved fitfirst session (expected a file written by `quit`)"
        )
    if payload.get("offer") != playbook.offer.name:
        raise SessionError(
            f"{path}: this session was for {payload.get('offer')!r}, "
            f"not {playbook.offer.name!r}; resume it with its own playbook"
        )
    return Discovery.from_dict(playbook, payload["session"], threshold=threshold)
