"""`fitfirst check`: a discovery session in the terminal, or scripted from an answers file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from fitfirst.check import load_answers, load_saved_session, run_scripted, save_session
from fitfirst.cli.app import app
from fitfirst.cli.terminal import TerminalSession
from fitfirst.discovery import Discovery
from fitfirst.errors import UsageError
from fitfirst.playbook import load_playbook
from fitfirst.reports.session import render_scripted_text, scripted_to_dict


@app.command()
def check(
    playbook: Annotated[Path, typer.Argument(help="The playbook YAML file.")],
    answers: Annotated[
        Path | None,
        typer.Option(help="YAML file of answers by criterion id: run without asking anyone."),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the result as JSON (with --answers).")
    ] = False,
    resume: Annotated[
        Path | None, typer.Option(help="Continue a session saved earlier with `quit`.")
    ] = None,
    save: Annotated[
        Path | None,
        typer.Option(help="Where `quit` saves the session (default: next to the playbook)."),
    ] = None,
    threshold: Annotated[
        float,
        typer.Option(
            min=0.5,
            max=1.0,
            help="Stop asking once the likely verdict is this sure (1.0: certain).",
        ),
    ] = 0.95,
) -> None:
    """Find out, question by question, whether the offer fits the buyer."""
    pb = load_playbook(playbook)
    if answers is not None:
        if resume is not None:
            raise UsageError("--answers and --resume cannot be used together; pick one")
        scripted = run_scripted(pb, load_answers(answers, pb), threshold=threshold)
        if as_json:
            typer.echo(json.dumps(scripted_to_dict(scripted), indent=2, ensure_ascii=False))
        else:
            typer.echo(render_scripted_text(scripted))
        return
    if as_json:
        raise UsageError(
            "--json needs --answers FILE (an interactive session prints to the screen)"
        )
    session = (
        load_saved_session(resume, pb, threshold=threshold)
        if resume is not None
        else Discovery(pb, threshold=threshold)
    )
    save_path = save or resume or playbook.with_suffix(".session.json")
    TerminalSession(
        pb,
        session,
        save_path=save_path,
        on_save=save_session,
        resume_command=f"fitfirst check {playbook} --resume {save_path}",
    ).run()
