"""The typer application every command registers on."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="fitfirst",
    help="Fit-first selling: find out together whether what is sold fits what the buyer needs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
