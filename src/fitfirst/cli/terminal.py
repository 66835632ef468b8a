"""The interactive terminal session behind `fitfirst check`: ask, understand, show the fit map."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from fitfirst.discovery import Discovery, Question
from fitfirst.fit import Verdict, describe_value
from fitfirst.playbook import Playbook
from fitfirst.reports.session import verdict_lines

_STATUS_STYLE = {"met": "green", "unmet": "red", "unknown": "dim", "conflicting": "yellow"}
_HELP = (
    "Type the buyer's answer in their words, or one of: "
    "why (why this question now), back (undo the last answer), skip, "
    "map (show the fit map), quit (save and stop), help."
)


class TerminalSession:
    """One buyer conversation in the terminal; every answer is saved before the next question."""

    def __init__(
        self,
        playbook: Playbook,
        session: Discovery,
        *,
        save_path: Path,
        on_save: Callable[[Path, Discovery], None],
        console: Console | None = None,
        read_line: Callable[[str], str] | None = None,
        resume_command: str = "fitfirst check PLAYBOOK --resume FILE",
    ) -> None:
        self.resume_command = resume_command
        self.playbook = playbook
        self.session = session
        self.save_path = save_path
        self.on_save = on_save
        self.console = console or Console(highlight=False)
        self._read_line = read_line or self.console.input

    def run(self) -> None:
        offer = self.playbook.offer
        self.console.print(
            Panel(
                f"{offer.summary}\n\n{_HELP}",
                title=f"Is {offer.name} a fit?",
                subtitle=offer.seller,
                expand=False,
            )
        )
        if not self._discover():
            return
        self._complete_picture()
        self.on_save(self.save_path, self.session)
        self._show_verdict(self.session.result())

    def _ask(self, question: Question) -> str | None:
        """Read one line; None when the user quit (or input ended): the session is saved."""
        try:
            line = self._read_line("[bold]> [/bold]").strip()
        except EOFError:
            line = "quit"
        if line.lower() in {"quit", "exit", "q"}:
            self.on_save(self.save_path, self.session)
            self.console.print(f"Saved. Continue later with: {self.resume_command}", markup=False)
            return None
        return line

    def _discover(self) -> bool:
        while (question := self.session.next_question()) is not None:
            self.console.print(f"\n[bold]{question.text}[/bold]")
            line = self._ask(question)
            if line is None:
                return False
            self._handle(question, line)
        self.console.print(f"\n[bold]That's clear now.[/bold] {self.session.result().summary}")
        return True

    def _handle(self, question: Question, line: str) -> None:
        command = line.lower()
        if command in {"why", "why?"}:
            self.console.print(f"[italic]{question.why}[/italic]")
        elif command == "back":
            if not self.session.undo():
                self.console.print("Nothing to undo yet.")
        elif command == "skip":
            self.session.skip(question.criterion)
        elif command == "map":
            self.show_map()
        elif command in {"help", "?"}:
            self.console.print(_HELP)
        elif not line:
            self.console.print("Type an answer, or `skip`.")
        else:
            self._take_answer(question.criterion, line)

    def _take_answer(self, criterion_id: str, line: str) -> None:
        taken = self.session.answer_all(criterion_id, line)
        evidence = taken.evidence
        if evidence is None:
            note = self.session.notes[-1].message if self.session.notes else ""
            self.console.print(f"[yellow]I didn't catch that.[/yellow] {note}")
        else:
            criterion = self.playbook.criterion(criterion_id)
            self.console.print(f"[dim]Noted: {describe_value(criterion, evidence.value)}[/dim]")
        # What the buyer said on the side is recorded too; show it so the seller can `back` it.
        for extra in taken.volunteered:
            other = self.playbook.criterion(extra.criterion)
            said = escape(f"{other.title}: {describe_value(other, extra.value)}")
            self.console.print(f"[dim]Also noted: {said}[/dim]")
        # Saved after every answer: a crash or a closed terminal loses nothing.
        self.on_save(self.save_path, self.session)

    def _complete_picture(self) -> None:
        remaining = self.session.remaining()
        if not remaining:
            return
        self.console.print(
            f"{len(remaining)} more question(s) would complete the picture. "
            "Press Enter to skip one, or type `done` to finish."
        )
        for question in remaining:
            self.console.print(f"\n[bold]{question.text}[/bold] [dim](optional)[/dim]")
            try:
                line = self._read_line("[bold]> [/bold]").strip()
            except EOFError:
                return
            if line.lower() in {"done", "quit", "q"}:
                return
            if line and line.lower() != "skip":
                self._take_answer(question.criterion, line)

    def show_map(self) -> None:
        table = Table(title="Fit map", show_lines=False)
        for column in ("criterion", "importance", "status", "value", "said"):
            table.add_column(column)
        state = self.session.result().criteria
        for criterion in self.playbook.criteria:
            entry = state[criterion.id]
            style = _STATUS_STYLE.get(entry.status, "")
            quotes = " / ".join(f"“{e.quote}”" for e in entry.evidence if e.quote)
            table.add_row(
                criterion.title,
                criterion.importance,
                f"[{style}]{entry.status}[/{style}]",
                describe_value(criterion, entry.value) if entry.value is not None else "",
                quotes,
            )
        self.console.print(table)

    def _show_verdict(self, verdict: Verdict) -> None:
        self.show_map()
        colour = {"fit": "green", "no_fit": "red"}.get(verdict.verdict, "yellow")
        body = "\n".join(verdict_lines(self.playbook, verdict))
        self.console.print(Panel(body, title=f"[{colour}]Verdict[/{colour}]", expand=False))
