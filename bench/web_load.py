"""Load bench of the web app: N concurrent simulated buyers run self-serve fit checks.

Starts its own `fitfirst serve` on 127.0.0.1 with a temporary SQLite file (loopback traffic
only), drives it with asyncio + httpx through the public JSON API, stops it, then checks in
the database that every answer the server acknowledged is stored. Bounded in buyers, checks
and time; it stops by itself.

    .venv/bin/python bench/web_load.py --buyers 50 --checks 4

All simulated buyers share one address, so the server's per-address rate limit is raised for
the run (FITFIRST_RATE_BURST / FITFIRST_RATE_PER_SECOND); everything else is as shipped.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, select

from fitfirst.store.models import AnswerRow, SessionRow

# Answers a buyer might give, per criterion kind; choice answers use the question's options.
_NUMBERS = ["1", "about 3", "5", "eight", "around 20", "40", "150", "400", "900", "2000"]
_YES_NO = ["yes", "no", "yes please", "not really"]
_TEXT = ["somewhere quiet to work", "our lease ends soon", "we keep growing"]


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)
    sent: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    checks: int = 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _answer_for(question: dict[str, Any], rng: random.Random) -> str:
    if question["options"] and question["kind"] == "choice":
        return str(rng.choice(question["options"]))
    if question["kind"] == "number":
        return rng.choice(_NUMBERS)
    if question["kind"] == "yes_no":
        return rng.choice(_YES_NO)
    return rng.choice(_TEXT)


async def _timed(
    stats: Stats, step: str, client: httpx.AsyncClient, method: str, url: str, **kw: Any
) -> httpx.Response | None:
    start = time.perf_counter()
    try:
        response = await client.request(method, url, **kw)
    except httpx.HTTPError as exc:
        stats.errors.append(f"{step}: {type(exc).__name__}: {exc}")
        return None
    stats.latencies[step].append((time.perf_counter() - start) * 1000)
    if response.status_code >= 400:
        stats.errors.append(f"{step}: HTTP {response.status_code}: {response.text[:200]}")
        return None
    return response


async def _buyer(
    client: httpx.AsyncClient,
    slug: str,
    *,
    checks: int,
    seed: int,
    stats: Stats,
    deadline: float,
    think: float,
) -> None:
    rng = random.Random(seed)

    async def pause() -> None:
        # A person reads the question and types: wait 0.5x to 1.5x the mean thinking time.
        if think > 0:
            await asyncio.sleep(think * rng.uniform(0.5, 1.5))

    await asyncio.sleep(rng.uniform(0, think))  # buyers arrive spread out, not all at once
    for _ in range(checks):
        if time.monotonic() > deadline:
            return
        intro = await _timed(stats, "open check", client, "GET", f"/api/checks/{slug}")
        if intro is None:
            return
        question = intro.json()["next_question"]
        text = _answer_for(question, rng)
        await pause()
        started = await _timed(
            stats,
            "first answer",
            client,
            "POST",
            f"/api/checks/{slug}",
            json={"criterion": question["criterion"], "text": text},
        )
        if started is None:
            return
        data = started.json()
        token = data["token"]
        stats.sent[token].append((question["criterion"], text))
        for _step in range(20):  # a check never needs more questions than criteria
            question = data["next_question"]
            if question is None or time.monotonic() > deadline:
                break
            text = _answer_for(question, rng)
            await pause()
            answered = await _timed(
                stats,
                "next answer",
                client,
                "POST",
                f"/api/share/{token}/answers",
                json={
                    "criterion": question["criterion"],
                    "text": text,
                    "version": data["version"],
                },
            )
            if answered is None:
                break
            stats.sent[token].append((question["criterion"], text))
            data = answered.json()
        stats.checks += 1


def _lost_answers(database_url: str, sent: dict[str, list[tuple[str, str]]]) -> int:
    engine = create_engine(database_url)
    lost = 0
    with engine.connect() as conn:
        by_token = {t: i for t, i in conn.execute(select(SessionRow.share_token, SessionRow.id))}
        stored: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for session_id, criterion, text in conn.execute(
            select(AnswerRow.session_id, AnswerRow.criterion, AnswerRow.text).order_by(
                AnswerRow.session_id, AnswerRow.seq
            )
        ):
            stored[session_id].append((criterion, text))
    engine.dispose()
    for token, answers in sent.items():
        session_id = by_token.get(token)
        have = stored.get(session_id, []) if session_id else []
        lost += sum(1 for i, a in enumerate(answers) if i >= len(have) or have[i] != a)
    return lost


def _wait_ready(base: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("fitfirst serve exited before it was ready")
        try:
            if httpx.get(base + "/", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit("fitfirst serve did not start within 60 s")


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system) the server process has used so far; 0 where /proc is absent."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _pct(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--buyers", type=int, default=50, help="concurrent buyers (default 50)")
    parser.add_argument("--checks", type=int, default=4, help="checks per buyer (default 4)")
    parser.add_argument("--playbook", default="coworking", help="example playbook slug")
    parser.add_argument("--max-seconds", type=float, default=120, help="stop after this long")
    parser.add_argument(
        "--think",
        type=float,
        default=1.0,
        help="mean seconds a buyer takes to answer (default 1.0; 0 = back-to-back requests)",
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--database-url",
        default=None,
        help="run against this (empty, throwaway) database instead of a temp SQLite file",
    )
    args = parser.parse_args()
    buyers = max(1, min(args.buyers, 500))
    checks = max(1, min(args.checks, 50))

    with tempfile.TemporaryDirectory(prefix="fitfirst-bench-") as tmp:
        database_url = args.database_url or f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        env = {
            **os.environ,
            "FITFIRST_DATABASE_URL": database_url,
            "FITFIRST_RATE_BURST": "1000000",
            "FITFIRST_RATE_PER_SECOND": "1000000",
        }
        command = [sys.executable, "-c", "from fitfirst.cli import main; main()", "serve"]
        process = subprocess.Popen(
            [*command, "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
        )
        try:
            _wait_ready(base, process)
            stats = Stats()
            deadline = time.monotonic() + args.max_seconds
            started = time.perf_counter()

            async def run_all() -> None:
                # One client with a connection per buyer: building 50 clients (each loads TLS
                # certificates) would stall the bench's own event loop and show up as latency.
                limits = httpx.Limits(max_connections=buyers, max_keepalive_connections=buyers)
                async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
                    await _gather(client)

            async def _gather(client: httpx.AsyncClient) -> None:
                await asyncio.gather(
                    *(
                        _buyer(
                            client,
                            args.playbook,
                            checks=checks,
                            seed=args.seed + n,
                            stats=stats,
                            deadline=deadline,
                            think=max(0.0, args.think),
                        )
                        for n in range(buyers)
                    )
                )

            cpu_before = _cpu_seconds(process.pid)
            asyncio.run(run_all())
            elapsed = time.perf_counter() - started
            server_cpu = _cpu_seconds(process.pid) - cpu_before
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)
        lost = _lost_answers(database_url, stats.sent)

    requests = sum(len(v) for v in stats.latencies.values())
    answers = sum(len(v) for v in stats.sent.values())
    print(
        f"fitfirst web load: {buyers} concurrent buyers x {checks} checks on "
        f"'{args.playbook}', mean think time {args.think:g} s"
    )
    print(f"time {elapsed:.1f} s, {requests} requests, {requests / elapsed:.0f} requests/s")
    print(
        f"server CPU {server_cpu:.1f} s ({1000 * server_cpu / max(requests, 1):.1f} ms a request)"
    )
    print(f"{stats.checks} checks done ({stats.checks / elapsed:.1f}/s), {answers} answers sent")
    print(f"{'step':<14}{'count':>8}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}")
    for step in ("open check", "first answer", "next answer"):
        values = stats.latencies.get(step, [])
        if values:
            print(
                f"{step:<14}{len(values):>8}{_pct(values, 50):>10.1f}{_pct(values, 95):>10.1f}"
                f"{max(values):>10.1f}"
            )
    print(f"errors: {len(stats.errors)}")
    for error in stats.errors[:5]:
        print(f"  {error}")
    print(f"lost answers: {lost} (of {answers} acknowledged, checked in the database)")
    return 0 if not stats.errors and lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
