"""Nothing lost: answers survive a hard kill, and concurrent writers never lose an update.

These run a real `fitfirst serve` process (SQLite file, and PostgreSQL when configured).
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from web_helpers import Server, ready_session, start_server, stop_server


def test_answers_survive_kill_9_and_restart(tmp_path: Path) -> None:
    """Answer, SIGKILL the server, start it again: every answer is still there."""
    url = f"sqlite:///{tmp_path / 'kill.sqlite3'}"
    server = start_server(url)
    try:
        headers, sid = ready_session(server)
        answers = [("business_kind", "shop"), ("loaves_per_day", "about forty")]
        for criterion, text in answers:
            response = httpx.post(
                f"{server.url}/api/sessions/{sid}/answers",
                json={"criterion": criterion, "text": text},
                headers=headers,
                timeout=10,
            )
            assert response.status_code == 200
        server.kill_hard()
        assert server.process.returncode == -9
    finally:
        stop_server(server)
    again = start_server(url)
    try:
        export = httpx.get(
            f"{again.url}/api/sessions/{sid}/export", headers=headers, timeout=10
        ).json()
    finally:
        stop_server(again)
    assert [(a["criterion"], a["text"]) for a in export["answers"]] == answers
    quotes = {c["id"]: c["quotes"] for c in export["session"]["fit_map"]}
    assert quotes["business_kind"] == ["shop"] and quotes["loaves_per_day"] == ["about forty"]


def test_two_tabs_at_one_version_one_wins_one_gets_409(server: Server) -> None:
    """Simultaneous answers against the same version: exactly one lands, the rest get 409."""
    headers, sid = ready_session(server)
    barrier = threading.Barrier(6)

    def send(text: str) -> int:
        with httpx.Client(timeout=30) as client:
            barrier.wait()
            response = client.post(
                f"{server.url}/api/sessions/{sid}/answers",
                json={"criterion": "loaves_per_day", "text": text, "version": 1},
                headers=headers,
            )
            return response.status_code

    texts = [f"{n * 10 + 10} loaves" for n in range(6)]
    with ThreadPoolExecutor(6) as pool:
        codes = list(pool.map(send, texts))
    assert sorted(codes) == [200] + [409] * 5
    export = httpx.get(f"{server.url}/api/sessions/{sid}/export", headers=headers).json()
    assert len(export["answers"]) == 1
    assert export["session"]["version"] == 2


def test_concurrent_answers_without_a_version_all_land(server: Server) -> None:
    """Simultaneous answers to different criteria, none stale by choice: none is lost."""
    headers, sid = ready_session(server)
    sends = [
        ("business_kind", "cafe"),
        ("loaves_per_day", "thirty"),
        ("delivery_before_seven", "yes"),
    ] * 3
    barrier = threading.Barrier(len(sends))

    def send(item: tuple[str, str]) -> int:
        with httpx.Client(timeout=30) as client:
            barrier.wait()
            return client.post(
                f"{server.url}/api/sessions/{sid}/answers",
                json={"criterion": item[0], "text": item[1]},
                headers=headers,
            ).status_code

    with ThreadPoolExecutor(len(sends)) as pool:
        codes = list(pool.map(send, sends))
    assert codes == [200] * len(sends)
    export = httpx.get(f"{server.url}/api/sessions/{sid}/export", headers=headers).json()
    assert len(export["answers"]) == len(sends)
    assert export["session"]["version"] == 1 + len(sends)
    assert all(c["answered"] for c in export["session"]["fit_map"])
