"""Command: review (a coaching report on sales-call transcripts)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from fitfirst.cli.app import app
from fitfirst.errors import FitfirstError, UsageError
from fitfirst.reports import format_for, output_paths, render

if TYPE_CHECKING:
    from fitfirst.playbook.models import Playbook


@app.command("review")
def review_command(
    calls: Annotated[
        list[Path],
        typer.Argument(
            help="Call transcripts (WebVTT, SRT, plain text, JSON from speech-to-text tools).",
            show_default=False,
            metavar="CALL",
        ),
    ],
    playbook: Annotated[
        Path | None,
        typer.Option(
            "--playbook",
            "-p",
            help="Playbook YAML: judge fit and say what to ask next.",
            metavar="FILE",
        ),
    ] = None,
    seller: Annotated[
        str | None,
        typer.Option(
            "--seller",
            help="Speaker(s) who sell, comma-separated; default: found from the call.",
            metavar="NAME",
        ),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="text, md, html or json; default: from -o's suffix, else text.",
            metavar="FORMAT",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="File to write (one call) or directory (many calls).",
            metavar="PATH",
        ),
    ] = None,
) -> None:
    """Review sales calls: who sold, pressure moments, metrics, fit and what to ask next time."""
    from fitfirst.review.pipeline import review_file  # noqa: PLC0415 (keeps `--help` fast)

    book = _load(playbook)
    many = len(calls) > 1 or (output is not None and output.is_dir())
    fmt = format_for(None if many or output is None else str(output), fmt)
    if not many:
        report = render(review_file(calls[0], playbook=book, seller=seller), fmt)
        if output is None:
            typer.echo(report, nl=False)
        else:
            _write(output, report)
            typer.echo(f"Wrote {output}", err=True)
        return
    if output is None:
        if fmt in ("html", "json"):
            raise UsageError(f"Give -o DIRECTORY to write one {fmt} report per call.")
        _print_all(calls, book, seller, fmt)
        return
    if output.exists() and not output.is_dir():
        raise UsageError(f"{output} is a file: with several calls, -o must be a directory.")
    failed: list[tuple[Path, str]] = []
    targets = output_paths([str(c) for c in calls], str(output), fmt)
    err = Console(stderr=True, highlight=False)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=False,
    ) as progress:
        task = progress.add_task("Reviewing", total=len(calls))
        for call, target in zip(calls, targets, strict=True):
            progress.update(task, description=f"Reviewing {call.name}")
            try:
                _write(Path(target), render(review_file(call, playbook=book, seller=seller), fmt))
            except Exception as exc:  # one bad file must not stop a batch: listed at the end
                failed.append((call, _message(exc)))
            progress.advance(task)
    written = len(calls) - len(failed)
    err.print(f"Wrote {written} report{'s' * (written != 1)} to {output}", markup=False)
    _fail_if_any(failed, len(calls), err)


def _load(path: Path | None) -> Playbook | None:
    if path is None:
        return None
    from fitfirst.playbook import load_playbook  # noqa: PLC0415

    return load_playbook(path)


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"Cannot write {path}: {exc.strerror or exc}. Check the -o path.") from exc


def _print_all(calls: list[Path], book: Playbook | None, seller: str | None, fmt: str) -> None:
    from fitfirst.review.pipeline import review_file  # noqa: PLC0415

    failed: list[tuple[Path, str]] = []
    for n, call in enumerate(calls):
        try:
            report = render(review_file(call, playbook=book, seller=seller), fmt)
        except Exception as exc:  # one bad file must not stop a batch: listed at the end
            failed.append((call, _message(exc)))
            continue
        if n:
            typer.echo("\n" + "─" * 72 + "\n")
        typer.echo(report, nl=False)
    _fail_if_any(failed, len(calls), Console(stderr=True, highlight=False))


def _message(exc: Exception) -> str:
    if isinstance(exc, FitfirstError):
        return str(exc)
    return f"unexpected {type(exc).__name__}: {exc} (a bug in fitfirst; please report it)"


def _fail_if_any(failed: list[tuple[Path, str]], total: int, err: Console) -> None:
    if not failed:
        return
    err.print(f"{len(failed)} of {total} calls could not be reviewed:", markup=False)
    for call, message in failed:
        err.print(f"  {call}: {message}", markup=False, soft_wrap=True)
    raise typer.Exit(1)
