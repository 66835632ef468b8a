"""The serve-side commands: db upgrade, token create/list/revoke."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from fitfirst.cli import app
from fitfirst.store import repo
from fitfirst.store.db import make_engine, session_factory

runner = CliRunner()


def test_db_upgrade_reports_the_revision(tmp_path: Path) -> None:
    """`fitfirst db upgrade` creates the schema and says which revision it is at."""
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    result = runner.invoke(app, ["db", "upgrade", "--database-url", url])
    assert result.exit_code == 0, result.output
    assert "revision 0002" in result.output


def test_token_create_prints_a_working_token_once(tmp_path: Path) -> None:
    """The printed token verifies against the database, where only its hash is kept."""
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    result = runner.invoke(app, ["token", "create", "laptop", "--database-url", url])
    assert result.exit_code == 0, result.output
    token = result.stdout.strip().splitlines()[0]
    assert token.startswith("ff_")
    with session_factory(make_engine(url))() as db:
        row = repo.verify_token(db, token)
        assert row is not None and row.name == "laptop"
        assert row.token_hash != token
    listed = runner.invoke(app, ["token", "list", "--database-url", url])
    assert "laptop" in listed.stdout and token not in listed.stdout


def test_token_revoke_of_an_unknown_name_fails(tmp_path: Path) -> None:
    """Revoking a name that has no token is an error that says how to list tokens."""
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    result = runner.invoke(app, ["token", "revoke", "nobody", "--database-url", url])
    assert result.exit_code == 3  # NotFoundError
    assert "fitfirst token list" in result.stderr
