"""Engine, session factory and migrations for the web app's database.

SQLite needs no set-up and is the default; PostgreSQL is used when ``FITFIRST_DATABASE_URL`` (or
an explicit URL) says ``postgresql+psycopg://...``. Migrations ship inside the package and are
applied with :func:`upgrade`, so an installed package can create or update its own schema.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from fitfirst.errors import StoreError

ENV_URL = "FITFIRST_DATABASE_URL"
_MIGRATIONS = Path(__file__).with_name("migrations")
_BUSY_TIMEOUT_MS = 10_000


def default_database_path() -> Path:
    """Where the SQLite file lives when nothing else is configured.

    The user's data directory (``$XDG_DATA_HOME/fitfirst`` or ``~/.local/share/fitfirst``), so
    ``fitfirst serve`` and ``fitfirst token create`` find the same file from any directory.
    """
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "fitfirst" / "fitfirst.sqlite3"


def database_url(url: str | None = None) -> str:
    """The URL in force: the argument, else ``FITFIRST_DATABASE_URL``, else the default file."""
    chosen = url or os.environ.get(ENV_URL)
    if chosen:
        return chosen
    path = default_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers go on while one writer commits; foreign keys make deletes cascade;
    # the busy timeout makes a second writer wait instead of failing at once.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str | None = None) -> Engine:
    """An engine for ``url`` (see :func:`database_url`), with SQLite tuned for a web server."""
    resolved = database_url(url)
    try:
        parsed = make_url(resolved)
    except ArgumentError as exc:
        raise StoreError(
            f"database URL {resolved!r} is not valid; use sqlite:///path/to/file.sqlite3 or "
            "postgresql+psycopg://user:password@host:5432/dbname"
        ) from exc
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:":
            Path(db).expanduser().parent.mkdir(parents=True, exist_ok=True)
        # As many pooled connections as the server has worker threads, so no request waits
        # for a connection while another holds one only to read.
        engine = create_engine(
            resolved,
            connect_args={"check_same_thread": False, "timeout": _BUSY_TIMEOUT_MS / 1000},
            pool_size=40,
            max_overflow=20,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_engine(resolved, pool_pre_ping=True, pool_size=20, max_overflow=20)
    raise StoreError(
        f"database {parsed.get_backend_name()!r} is not supported; use SQLite or PostgreSQL"
    )


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded objects usable after commit (pages render after saving)."""
    return sessionmaker(engine, expire_on_commit=False)


_write_locks: dict[str, threading.Lock] = {}
_write_locks_guard = threading.Lock()


def _write_lock(factory: sessionmaker[Session]) -> threading.Lock | None:
    # SQLite has one writer at a time. Left to itself, a waiting writer polls with growing
    # sleeps (its busy handler), which under load parks server threads for tens of ms at a
    # time; queueing writers of this process on a lock instead hands the database over at
    # once. Other processes (the CLI) are still covered by the busy timeout.
    bind = factory.kw.get("bind")
    if not isinstance(bind, Engine) or bind.dialect.name != "sqlite":
        return None
    key = bind.url.render_as_string(hide_password=False)
    with _write_locks_guard:
        return _write_locks.setdefault(key, threading.Lock())


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: committed when the block ends, rolled back on any error."""
    lock = _write_lock(factory)
    if lock is None:
        with factory() as db, db.begin():
            yield db
        return
    with lock, factory() as db, db.begin():
        yield db


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply the packaged Alembic migrations up to ``revision`` (idempotent)."""
    from alembic import command  # noqa: PLC0415  (alembic is only needed when migrating)
    from alembic.config import Config  # noqa: PLC0415

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        try:
            command.upgrade(config, revision)
        except Exception as exc:
            raise StoreError(
                f"could not migrate the database at {engine.url.render_as_string()}: {exc}"
            ) from exc


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at (None before the first migration)."""
    from alembic.runtime.migration import MigrationContext  # noqa: PLC0415

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
