"""Commands: validate (check playbook files) and schema (print the playbook JSON Schema)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from fitfirst.cli.app import app
from fitfirst.playbook import check_playbook_file, playbook_schema


@app.command()
def validate(
    files: Annotated[
        list[Path], typer.Argument(help="Playbook YAML files to check.", show_default=False)
    ],
) -> None:
    """Check playbook files and print every problem as file:line:col: path: message (hint)."""
    total = 0
    failed = 0
    for file in files:
        problems = check_playbook_file(file)
        if problems:
            failed += 1
            total += len(problems)
            for problem in problems:
                typer.echo(str(problem))
        else:
            typer.echo(f"{file}: ok")
    if failed:
        noun = "problem" if total == 1 else "problems"
        typer.echo(f"{total} {noun} in {failed} of {len(files)} file{'s' * (len(files) > 1)}")
        raise typer.Exit(1)
    typer.echo(f"{len(files)} file{'s' * (len(files) > 1)} ok")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the playbook format (for editors)."""
    typer.echo(json.dumps(playbook_schema(), indent=2))
