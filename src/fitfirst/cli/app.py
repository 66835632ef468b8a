"""The typer application every command registers on, and how errors reach the user."""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperGroup

from fitfirst.errors import FitfirstError


class _Commands(TyperGroup):
    """Turns every FitfirstError into one `Error:` line and its exit code, for every command."""

    # `Any`: typer vendors its own click, whose Context type is private.
    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except FitfirstError as exc:
            typer.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)


app = typer.Typer(
    name="fitfirst",
    cls=_Commands,
    help="Fit-first selling: find out together whether what is sold fits what the buyer needs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
