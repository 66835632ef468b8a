"""Read a playbook file or text into a :class:`Playbook`, or say everything that is wrong.

``check_playbook`` lists the problems, ``parse_playbook`` and ``load_playbook`` raise
:class:`~fitfirst.errors.PlaybookError` with that same list. This is the only place in the core
that touches the file system.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from fitfirst.errors import PlaybookError, Problem
from fitfirst.playbook.checks import check_document
from fitfirst.playbook.located import Located, read_yaml
from fitfirst.playbook.models import Playbook

DEFAULT_SOURCE = "<playbook>"


def check_playbook(text: str | bytes, source: str = DEFAULT_SOURCE) -> list[Problem]:
    """Every problem of a playbook given as text (or raw bytes); [] when it is fine."""
    return _read(text, source)[1]


def parse_playbook(text: str | bytes, source: str = DEFAULT_SOURCE) -> Playbook:
    """The playbook in ``text``; raises PlaybookError listing every problem."""
    playbook, problems = _read(text, source)
    if playbook is None:
        raise PlaybookError(problems)
    return playbook


def load_playbook(path: str | os.PathLike[str]) -> Playbook:
    """The playbook in the file at ``path``; raises PlaybookError listing every problem."""
    data, problems = _read_file(path)
    if data is None:
        raise PlaybookError(problems)
    return parse_playbook(data, str(path))


def check_playbook_file(path: str | os.PathLike[str]) -> list[Problem]:
    """Every problem of the playbook file at ``path``, a missing or unreadable file included."""
    data, problems = _read_file(path)
    if data is None:
        return problems
    return check_playbook(data, str(path))


def _read_file(path: str | os.PathLike[str]) -> tuple[bytes | None, list[Problem]]:
    source = str(path)
    file = Path(path)
    hint = "check the path, or start from an example in examples/playbooks/"
    if file.is_dir():
        return None, [
            Problem(
                "this is a directory, not a playbook file",
                file=source,
                hint="name a .yaml file inside it",
            )
        ]
    try:
        return file.read_bytes(), []
    except FileNotFoundError:
        return None, [Problem("no such file", file=source, hint=hint)]
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return None, [
            Problem(
                f"the file cannot be read: {reason}",
                file=source,
                hint="check the file's permissions",
            )
        ]


def _read(text: str | bytes, source: str) -> tuple[Playbook | None, list[Problem]]:
    if isinstance(text, bytes):
        decoded = _decode(text, source)
        if isinstance(decoded, Problem):
            return None, [decoded]
        text = decoded
    doc, problems = read_yaml(text, source)
    if doc is None:
        return None, problems
    problems += check_document(doc)
    if problems:
        problems.sort(key=lambda p: (p.line or 0, p.column or 0))
        return None, problems
    try:
        return Playbook.model_validate(_drop_nulls(doc.value)), []
    except ValidationError as exc:
        # The checker should have caught everything; this keeps any gap a located Problem.
        return None, _from_validation(exc, doc)


def _drop_nulls(root: Any) -> Any:
    """Treat an optional key left empty (``outcomes:`` with nothing after it) as absent.

    Only the models' own mappings are cleaned: inside ``options`` an empty word list is an
    option with no synonyms and must stay.
    """

    def clean(mapping: Any) -> Any:
        if not isinstance(mapping, dict):
            return mapping
        return {k: v for k, v in mapping.items() if v is not None}

    if not isinstance(root, dict):
        return root
    cleaned = clean(root)
    for key in ("offer", "outcomes"):
        if key in cleaned:
            cleaned[key] = clean(cleaned[key])
    for key in ("criteria", "plans", "needs"):
        if isinstance(cleaned.get(key), list):
            cleaned[key] = [clean(item) for item in cleaned[key]]
    return cleaned


def _decode(data: bytes, source: str) -> str | Problem:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return Problem(
            f"the file is not UTF-8 text (byte 0x{data[exc.start]:02x} cannot be read)",
            file=source,
            line=line,
            column=column,
            hint="save the file as UTF-8 in your editor",
        )


def _from_validation(exc: ValidationError, doc: Located) -> list[Problem]:
    problems: list[Problem] = []
    for error in exc.errors():
        path: tuple[str | int, ...] = ()
        for part in error["loc"]:
            candidate = (*path, part)
            if candidate not in doc.values and candidate not in doc.keys:
                break  # the rest names pydantic's union branches, not places in the file
            path = candidate
        message = str(error["msg"]).removeprefix("Value error, ")
        problems.append(doc.problem(path, message, "see docs/playbook.md for this field"))
    return problems
