"""Helpers of the web tests: the bakery playbook, a seller client, real servers in subprocesses."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from fitfirst.store import repo
from fitfirst.store.db import make_engine, session_factory, transaction
from fitfirst.store.testing import PostgresUnavailable, fresh_postgres_database

DATA = Path(__file__).parent / "data"
BAKERY = (DATA / "bakery.yaml").read_text(encoding="utf-8")


@dataclass
class Seller:
    """A test client with the seller's token header at hand."""

    client: TestClient
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def make_token(app_factory: object) -> str:
    with transaction(app_factory) as db:  # type: ignore[arg-type]
        raw, _ = repo.create_token(db, "tests")
    return raw


def add_bakery(seller: Seller, slug: str = "bakery") -> None:
    response = seller.client.post(
        "/api/playbooks", json={"source": BAKERY, "slug": slug}, headers=seller.headers
    )
    assert response.status_code == 201, response.text


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    """A real `fitfirst serve` process on a free loopback port."""

    url: str
    database_url: str
    process: subprocess.Popen[bytes]

    def kill_hard(self) -> None:
        self.process.kill()  # SIGKILL: no shutdown handlers, no flushing
        self.process.wait(timeout=10)


def start_server(database_url: str, port: int | None = None) -> Server:
    port = port or free_port()
    env = {
        **os.environ,
        "FITFIRST_DATABASE_URL": database_url,
        "FITFIRST_RATE_BURST": "100000",
        "FITFIRST_RATE_PER_SECOND": "100000",
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from fitfirst.cli import main; main()",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            err = process.stderr.read().decode() if process.stderr else ""
            raise RuntimeError(f"fitfirst serve exited early: {err}")
        try:
            if httpx.get(url + "/", timeout=1).status_code == 200:
                return Server(url, database_url, process)
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("fitfirst serve did not answer within 60 s")


def stop_server(server: Server) -> None:
    if server.process.poll() is None:
        server.process.terminate()
        try:
            server.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait(timeout=10)


def postgres_url_or_skip() -> Iterator[str]:
    try:
        with fresh_postgres_database() as url:
            yield url
    except PostgresUnavailable as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL tests must run in CI: {exc}")
        pytest.skip(f"PostgreSQL tests skipped: {exc}")


def server_token(database_url: str) -> str:
    engine = make_engine(database_url)
    try:
        return make_token(session_factory(engine))
    finally:
        engine.dispose()


def ready_session(server: Server) -> tuple[dict[str, str], str]:
    """Token headers and a new live session on the bakery playbook of a running server."""
    headers = {"Authorization": f"Bearer {server_token(server.database_url)}"}
    response = httpx.post(
        server.url + "/api/playbooks",
        json={"source": BAKERY, "slug": "bakery"},
        headers=headers,
        timeout=10,
    )
    assert response.status_code == 201, response.text
    response = httpx.post(
        server.url + "/api/sessions", json={"playbook": "bakery"}, headers=headers, timeout=10
    )
    assert response.status_code == 201, response.text
    return headers, str(response.json()["id"])
