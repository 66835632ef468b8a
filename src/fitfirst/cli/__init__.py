"""Command-line interface: thin typer commands over the library.

Each command module registers itself on :data:`fitfirst.cli.app.app`, whose command group turns
every :class:`~fitfirst.errors.FitfirstError` into one ``Error:`` line and its exit code.
"""

from __future__ import annotations

import sys

from fitfirst.cli import check, playbook, review, serve  # noqa: F401  (each registers commands)
from fitfirst.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the ``fitfirst`` console script."""
    try:
        app()
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        sys.exit(130)
