"""Web fixtures: an app on a temp SQLite file with a seller token, and real servers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_helpers import (
    Seller,
    Server,
    add_bakery,
    make_token,
    postgres_url_or_skip,
    start_server,
    stop_server,
)

from fitfirst.web.app import Settings, create_app


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'web.sqlite3'}"


@pytest.fixture
def seller(db_url: str) -> Iterator[Seller]:
    """A fresh app (examples seeded) with the bakery playbook and a seller token."""
    app = create_app(db_url, Settings(database_url=db_url, rate_burst=1000, rate_per_second=1000))
    with TestClient(app) as client:
        made = Seller(client, make_token(app.state.factory))
        add_bakery(made)
        yield made


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh database: a temp SQLite file, or a new database on the PostgreSQL test server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.sqlite3'}"
    else:
        yield from postgres_url_or_skip()


@pytest.fixture
def server(any_database_url: str) -> Iterator[Server]:
    running = start_server(any_database_url)
    yield running
    stop_server(running)
