"""The one exception tree of fitfirst.

Every failure a user can cause is a :class:`FitfirstError` subclass whose message says
what is wrong, where, and what to do. The CLI prints it as one ``Error:`` line and exits
with :attr:`FitfirstError.exit_code`; the web app turns it into a 4xx answer.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, with its place and a hint to fix it."""

    message: str
    file: str = "<playbook>"
    line: int | None = None
    column: int | None = None
    path: str = ""  # dotted place inside the document, e.g. "criteria[0].accept"
    hint: str = ""

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: {self.message}"
        if self.path:
            text = f"{where}: {self.path}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


class FitfirstError(Exception):
    """Base of every error fitfirst raises on purpose."""

    exit_code = 1


class UsageError(FitfirstError):
    """A command or API call was given arguments that cannot work together."""

    exit_code = 2


class PlaybookError(FitfirstError):
    """A playbook could not be loaded; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        first = str(self.problems[0]) if self.problems else "invalid playbook"
        more = len(self.problems) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more > 0 else ""
        super().__init__(first + suffix)


class AnswerError(FitfirstError):
    """An answer names a criterion the playbook does not have, or cannot be used."""


class SessionError(FitfirstError):
    """A saved session or answers file cannot be read or resumed."""


class TranscriptError(FitfirstError):
    """A transcript file cannot be read at all (an odd one is read with warnings instead)."""


class StoreError(FitfirstError):
    """The database cannot do what was asked."""


class NotFoundError(StoreError):
    """A playbook, session, review or token does not exist (or is not yours to see)."""

    exit_code = 3


class ConflictError(StoreError):
    """Someone else changed the same thing first; reload and try again."""

    exit_code = 4
