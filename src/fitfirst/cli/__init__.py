"""Command-line interface: thin typer commands over the library.

Each command module registers itself on :data:`fitfirst.cli.app.app`. :func:`main` turns every
:class:`~fitfirst.errors.FitfirstError` into one ``Error:`` line and its exit code.
"""

from __future__ import annotations

import sys

from rich.console import Console

from fitfirst.cli import check, playbook, review, serve  # noqa: F401  (each registers commands)
from fitfirst.cli.app import app
from fitfirst.errors import FitfirstError

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the ``fitfirst`` console script."""
    try:
        app()
    except FitfirstError as exc:
        Console(stderr=True, highlight=False, soft_wrap=True).print(f"Error: {exc}", markup=False)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        Console(stderr=True).print("Interrupted.")
        sys.exit(130)
