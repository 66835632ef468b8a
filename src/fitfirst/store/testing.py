"""Throwaway databases for tests: a fresh SQLite file or a fresh PostgreSQL database.

Tests read ``FITFIRST_TEST_POSTGRES_URL`` (e.g. ``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``):
each PostgreSQL test gets its own new database on that server, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import make_url

ENV_TEST_POSTGRES = "FITFIRST_TEST_POSTGRES_URL"


class PostgresUnavailable(Exception):  # noqa: N818  (a reason to skip, not an error of ours)
    """No PostgreSQL server for tests: the reason says which and how to get one."""


def postgres_admin_url() -> str:
    """The test server's URL, or PostgresUnavailable saying why there is none."""
    url = os.environ.get(ENV_TEST_POSTGRES, "").strip()
    if not url:
        raise PostgresUnavailable(
            f"{ENV_TEST_POSTGRES} is not set; set it to e.g. "
            "postgresql+psycopg://postgres@127.0.0.1:5432/postgres to run the PostgreSQL tests"
        )
    return url


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@contextmanager
def fresh_postgres_database() -> Iterator[str]:
    """A new, empty database on the test server; yields its SQLAlchemy URL, drops it after."""
    import psycopg  # noqa: PLC0415  (only the PostgreSQL tests need the driver)

    admin = postgres_admin_url()
    name = f"fitfirst_test_{uuid.uuid4().hex[:12]}"
    try:
        with psycopg.connect(_libpq(admin), autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as exc:
        raise PostgresUnavailable(
            f"cannot reach PostgreSQL at {make_url(admin).render_as_string()}: {exc}".strip()
        ) from exc
    try:
        yield make_url(admin).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(_libpq(admin), autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
