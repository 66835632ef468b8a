"""Security measures: headers, size limits, rate limits, errors without tracebacks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from web_helpers import Seller, make_token

from fitfirst.web.app import Settings, create_app
from fitfirst.web.security import RateLimiter


@pytest.mark.parametrize("path", ["/", "/check/bakery", "/api/checks/bakery", "/docs"])
def test_every_response_carries_the_security_headers(seller: Seller, path: str) -> None:
    """CSP without inline scripts, no framing, nosniff and no referrer, on pages and API."""
    response = seller.client.get(path)
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"


def test_the_review_report_is_sandboxed_without_scripts(seller: Seller) -> None:
    """The report route allows the report's own styles but no script at all."""
    from fitfirst.web.security import REPORT_CSP

    assert "sandbox" in REPORT_CSP and "script-src" not in REPORT_CSP
    assert "default-src 'none'" in REPORT_CSP


def test_an_oversized_body_gets_413_with_the_limit(tmp_path: object) -> None:
    """A body over the limit is refused before it is read, saying what the limit is."""
    url = f"sqlite:///{tmp_path}/big.sqlite3"
    app = create_app(url, Settings(database_url=url, max_transcript_bytes=1024))
    with TestClient(app) as client:
        token = make_token(app.state.factory)
        response = client.post(
            "/api/reviews",
            files={"file": ("call.txt", b"x" * 200_000)},
            headers={"Authorization": f"Bearer {token}"},
        )
    assert response.status_code == 413
    assert "limit is" in response.json()["detail"]


def test_an_oversized_playbook_gets_413(seller: Seller) -> None:
    """Playbooks have their own, smaller limit."""
    response = seller.client.post(
        "/api/playbooks",
        json={"source": "# " + "x" * 300_000, "slug": "huge"},
        headers=seller.headers,
    )
    assert response.status_code == 413
    assert "too large" in response.json()["detail"]


def test_public_routes_are_rate_limited_with_retry_after(tmp_path: object) -> None:
    """After the burst, a client gets 429 and a Retry-After in seconds."""
    url = f"sqlite:///{tmp_path}/rate.sqlite3"
    app = create_app(url, Settings(database_url=url, rate_burst=3, rate_per_second=0.5))
    with TestClient(app) as client:
        codes = [client.get("/api/checks/coworking").status_code for _ in range(5)]
        last = client.get("/api/checks/coworking")
    assert codes[:3] == [200, 200, 200]
    assert last.status_code == 429
    assert int(last.headers["retry-after"]) >= 1
    assert "too many requests" in last.json()["detail"]


def test_the_token_bucket_refills_with_time() -> None:
    """A drained bucket allows one more request once enough time has passed."""
    limiter = RateLimiter(burst=2, per_second=1)
    assert limiter.hit("a", now=0.0) is None
    assert limiter.hit("a", now=0.0) is None
    wait = limiter.hit("a", now=0.0)
    assert wait is not None and wait == pytest.approx(1.0)
    assert limiter.hit("a", now=1.0) is None
    assert limiter.hit("b", now=0.0) is None


def test_unexpected_errors_show_a_message_not_a_traceback(seller: Seller) -> None:
    """A page for something missing is a plain 404 page, not a stack trace."""
    response = seller.client.get("/s/does-not-exist")
    assert response.status_code == 404
    assert "Traceback" not in response.text
    assert "deleted" in response.text


def test_a_streamed_body_over_the_limit_gets_413_too(tmp_path: object) -> None:
    """A chunked body without Content-Length is counted as it arrives and stopped at the limit."""
    url = f"sqlite:///{tmp_path}/stream.sqlite3"
    app = create_app(url, Settings(database_url=url, max_transcript_bytes=1000))

    def chunks() -> Iterator[bytes]:
        yield b'{"source": "'
        for _ in range(200):
            yield b"x" * 1000
        yield b'"}'

    with TestClient(app) as client:
        token = make_token(app.state.factory)
        response = client.post(
            "/api/playbooks",
            content=chunks(),
            headers={"Authorization": f"Bearer {token}", "content-type": "application/json"},
        )
    assert response.status_code == 413
    assert "limit is" in response.json()["detail"]
