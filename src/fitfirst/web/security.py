"""Security measures of the web app: headers, body limits, rate limits, CSRF, tokens.

Pure ASGI middleware (not ``BaseHTTPMiddleware``) keeps the per-request cost low under load.
"""

from __future__ import annotations

import hmac
import json
import math
import secrets
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

from fitfirst.errors import UsageError

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSRF_COOKIE = "fitfirst_csrf"
CSRF_FIELD = "csrf_token"
AUTH_COOKIE = "fitfirst_auth"

# Scripts only from our own static files (no inline script, no eval); the inline styles of
# the review report are allowed on its own route only (see ``REPORT_CSP``).
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; "
    "frame-src 'self'; frame-ancestors 'none'"
)
REPORT_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'self'; sandbox"
)
# /docs loads Swagger UI, which FastAPI serves from a CDN by default; we serve our own page
# that points at the OpenAPI JSON instead, so the strict policy holds there too.


class SecurityHeaders:
    """Adds the security headers to every response that does not set its own CSP."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers: list[tuple[bytes, bytes]] = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                extra = [
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                    (b"cross-origin-opener-policy", b"same-origin"),
                    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
                ]
                if b"content-security-policy" not in names:
                    extra.append((b"content-security-policy", PAGE_CSP.encode()))
                else:
                    extra = [h for h in extra if h[0] != b"x-frame-options"]
                headers.extend(h for h in extra if h[0] not in names)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuses request bodies over ``max_bytes`` with 413, by header and by bytes received."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.max_bytes:
                await _too_large(scope, send, self.max_bytes)
                return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await _too_large(scope, send, self.max_bytes)


class BodyTooLarge(Exception):  # noqa: N818  (named for what happened, like ClientDisconnect)
    """A streamed request body went over the limit."""


def limit_text(max_bytes: int) -> str:
    if max_bytes >= 1024 * 1024:
        return f"{max_bytes / (1024 * 1024):.1f} MB".replace(".0 MB", " MB")
    return f"{max_bytes / 1024:.0f} KB"


async def _too_large(scope: Scope, send: Send, max_bytes: int) -> None:
    detail = f"the upload is too large: the limit is {limit_text(max_bytes)}; send a smaller file"
    await _plain_error(scope, send, 413, detail, [])


async def _plain_error(
    scope: Scope, send: Send, status: int, detail: str, headers: list[tuple[bytes, bytes]]
) -> None:
    if str(scope.get("path", "")).startswith("/api"):
        body = json.dumps({"detail": detail}).encode()
        ctype = b"application/json"
    else:
        body = detail.encode()
        ctype = b"text/plain; charset=utf-8"
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", ctype),
                (b"content-length", str(len(body)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


@dataclass
class _Bucket:
    tokens: float
    stamp: float


class RateLimiter:
    """An in-process token bucket per client address.

    ``burst`` requests may come at once; after that ``per_second`` requests a second. One
    process only: behind several workers or a proxy, put the limit in the proxy instead.
    """

    def __init__(self, *, burst: float, per_second: float, max_clients: int = 50_000) -> None:
        self.burst = burst
        self.per_second = per_second
        self.max_clients = max_clients
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def hit(self, client: str, now: float | None = None) -> float | None:
        """Take one token for ``client``: None if allowed, else seconds until one is free."""
        now = time.monotonic() if now is None else now
        with self._lock:
            bucket = self._buckets.get(client)
            if bucket is None:
                if len(self._buckets) >= self.max_clients:
                    self._forget_idle(now)
                bucket = self._buckets[client] = _Bucket(self.burst, now)
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.stamp) * self.per_second)
            bucket.stamp = now
            if bucket.tokens >= 1:
                bucket.tokens -= 1
                return None
            return (1 - bucket.tokens) / self.per_second if self.per_second > 0 else 60.0

    def _forget_idle(self, now: float) -> None:
        full_after = self.burst / self.per_second if self.per_second > 0 else math.inf
        for key in [k for k, b in self._buckets.items() if now - b.stamp > full_after]:
            del self._buckets[key]
        if len(self._buckets) >= self.max_clients:  # all busy: drop the oldest half
            oldest = sorted(self._buckets, key=lambda k: self._buckets[k].stamp)
            for key in oldest[: len(oldest) // 2]:
                del self._buckets[key]


class PublicRateLimit:
    """Applies a :class:`RateLimiter` to the public routes (self-serve checks and share links)."""

    def __init__(self, app: ASGIApp, limiter: RateLimiter, prefixes: tuple[str, ...]) -> None:
        self.app = app
        self.limiter = limiter
        self.prefixes = prefixes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path", ""))
        if scope["type"] == "http" and path.startswith(self.prefixes):
            client = scope.get("client")
            wait = self.limiter.hit(client[0] if client else "unknown")
            if wait is not None:
                seconds = max(1, math.ceil(wait))
                detail = f"too many requests from your address; try again in {seconds} s"
                await _plain_error(
                    scope, send, 429, detail, [(b"retry-after", str(seconds).encode())]
                )
                return
        await self.app(scope, receive, send)


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_ok(cookie_value: str | None, form_value: str | None) -> bool:
    """Double-submit check: the form's hidden token must equal the cookie's, compared safely."""
    if not cookie_value or not form_value:
        return False
    return hmac.compare_digest(cookie_value.encode(), form_value.encode())


class UploadTooLargeError(UsageError):
    """An uploaded playbook or transcript is over its size limit (answered with 413)."""
