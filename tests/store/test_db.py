"""Database set-up: the default location, the URL override and SQLite's settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from fitfirst.errors import StoreError
from fitfirst.store.db import database_url, make_engine


def test_default_is_a_sqlite_file_in_the_data_directory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """With nothing configured the database is $XDG_DATA_HOME/fitfirst/fitfirst.sqlite3."""
    monkeypatch.delenv("FITFIRST_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert database_url() == f"sqlite:///{tmp_path / 'fitfirst' / 'fitfirst.sqlite3'}"


def test_environment_variable_overrides_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """FITFIRST_DATABASE_URL wins over the default; an explicit URL wins over both."""
    monkeypatch.setenv("FITFIRST_DATABASE_URL", "postgresql+psycopg://u@h/db")
    assert database_url() == "postgresql+psycopg://u@h/db"
    assert database_url("sqlite:///x.sqlite3") == "sqlite:///x.sqlite3"


def test_sqlite_runs_in_wal_mode_with_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    """Every SQLite connection gets WAL, foreign keys on and a busy timeout."""
    engine = make_engine(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


@pytest.mark.parametrize(
    "url",
    ["mysql://u@h/db", "not a url at all"],
    ids=["unsupported-backend", "garbage"],
)
def test_unusable_urls_say_what_to_use(url: str) -> None:
    """Only SQLite and PostgreSQL URLs are accepted, with a message naming both."""
    with pytest.raises(StoreError, match=r"(?i)sqlite"):
        make_engine(url)
