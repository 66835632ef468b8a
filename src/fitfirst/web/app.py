"""The FastAPI application: :func:`create_app` wires the store, security, API and pages."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException as StarletteHTTPException

from fitfirst.errors import (
    AnswerError,
    ConflictError,
    FitfirstError,
    NotFoundError,
    PlaybookError,
    SessionError,
    TranscriptError,
    UsageError,
)
from fitfirst.store import db as store_db
from fitfirst.store import repo
from fitfirst.store.models import PlaybookRow
from fitfirst.web import api, docs_page, engine, pages
from fitfirst.web.deps import LoginRequired
from fitfirst.web.security import (
    BodyLimit,
    BodyTooLarge,
    PublicRateLimit,
    RateLimiter,
    SecurityHeaders,
    UploadTooLargeError,
    limit_text,
)
from fitfirst.web.templating import templates

log = logging.getLogger("fitfirst.web")

_PUBLIC_PREFIXES = ("/check", "/c/", "/s/", "/api/checks", "/api/share", "/login")


def _env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise UsageError(f"{name}={raw!r} is not a number") from exc


@dataclass(frozen=True)
class Settings:
    """Limits and switches; every field can be set by an environment variable."""

    database_url: str | None = None
    max_playbook_bytes: int = 256 * 1024
    max_transcript_bytes: int = 5 * 1024 * 1024
    # A buyer answers a question every few seconds; 60 at once and one a second after that
    # leaves room for a whole office behind one address while stopping scripted floods.
    rate_burst: float = 60.0
    rate_per_second: float = 1.0
    seed_examples: bool = True
    worker_threads: int = 8

    @classmethod
    def from_env(cls, database_url: str | None = None) -> Settings:
        return cls(
            database_url=database_url,
            rate_burst=_env_float("FITFIRST_RATE_BURST", 60.0),
            rate_per_second=_env_float("FITFIRST_RATE_PER_SECOND", 1.0),
            worker_threads=int(_env_float("FITFIRST_WORKER_THREADS", 8)),
        )


def create_app(database_url: str | None = None, settings: Settings | None = None) -> FastAPI:
    """The web app on ``database_url`` (default: see :func:`fitfirst.store.db.database_url`).

    Migrations are applied and, on an empty database, the example playbooks are added, before
    the app is returned: a fresh start needs no set-up.
    """
    settings = settings or Settings.from_env(database_url)
    url = store_db.database_url(database_url or settings.database_url)
    db_engine = store_db.make_engine(url)
    store_db.upgrade(db_engine)
    factory = store_db.session_factory(db_engine)
    if settings.seed_examples:
        _seed_examples(factory)
    _warm_up(factory)

    threads = settings.worker_threads

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Requests are short and CPU-bound under one GIL: a few worker threads keep the one
        # holding SQLite's write lock from queueing behind dozens of others for the GIL.
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        yield

    app = FastAPI(
        lifespan=lifespan,
        title="fitfirst",
        summary="Fit-first selling: find out together whether what is sold fits.",
        version="1",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.engine = db_engine
    app.state.factory = factory
    app.state.settings = settings
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(docs_page.router)
    app.mount("/static", StaticFiles(packages=[("fitfirst.web", "static")]), name="static")
    _install_error_handlers(app)

    limiter = RateLimiter(burst=settings.rate_burst, per_second=settings.rate_per_second)
    app.state.limiter = limiter
    app.add_middleware(PublicRateLimit, limiter=limiter, prefixes=_PUBLIC_PREFIXES)
    app.add_middleware(BodyLimit, max_bytes=settings.max_transcript_bytes + 64 * 1024)
    app.add_middleware(SecurityHeaders)
    return app


def _seed_examples(factory: sessionmaker[Session]) -> None:
    """Add the packaged example playbooks to a database that has no playbook yet."""
    from fitfirst.web.service import validate_playbook  # noqa: PLC0415  (avoids an import cycle)

    with factory() as db:
        if db.scalar(select(PlaybookRow.id).limit(1)) is not None:
            return
    folder = resources.files("fitfirst.web") / "example_playbooks"
    if not folder.is_dir():
        return
    for item in sorted(folder.iterdir(), key=lambda f: f.name):
        if not item.name.endswith((".yaml", ".yml")):
            continue
        source = item.read_text(encoding="utf-8")
        try:
            playbook = validate_playbook(source, item.name)
        except FitfirstError as exc:
            log.warning("example playbook %s skipped: %s", item.name, exc)
            continue
        slug = repo.slugify(Path(item.name).stem)
        with store_db.transaction(factory) as db:
            if db.scalar(select(PlaybookRow.id).where(PlaybookRow.slug == slug)) is None:
                repo.create_playbook(db, slug=slug, name=playbook.offer.name, source=source)


def _warm_up(factory: sessionmaker[Session]) -> None:
    from fitfirst.web import service  # noqa: PLC0415  (avoids an import cycle)

    with factory() as db:
        slugs = [p.slug for p in repo.list_playbooks(db)]
    playbooks = []
    for slug in slugs:
        try:
            playbooks.append(service.latest_playbook(factory, slug))
        except FitfirstError as exc:  # a stored version the current parser refuses
            log.warning("playbook %s cannot be loaded: %s", slug, exc)
    engine.warm_up(playbooks)


_STATUS: list[tuple[type[FitfirstError], int]] = [
    (UploadTooLargeError, 413),
    (NotFoundError, 404),
    (ConflictError, 409),
    (PlaybookError, 422),
    (AnswerError, 422),
    (TranscriptError, 422),
    (SessionError, 409),
    (UsageError, 400),
]


def status_of(exc: FitfirstError) -> int:
    for kind, status in _STATUS:
        if isinstance(exc, kind):
            return status
    return 400


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def error_response(request: Request, status: int, message: str, **extra: Any) -> Response:
    """The same error as JSON for the API and as a plain page for people."""
    if _wants_json(request):
        return JSONResponse({"detail": message, **extra}, status_code=status)
    return templates.TemplateResponse(
        request,
        "error.html",
        {"status": status, "message": message, "problems": extra.get("problems", [])},
        status_code=status,
    )


def _install_error_handlers(app: FastAPI) -> None:
    async def fitfirst_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, FitfirstError)
        extra: dict[str, Any] = {}
        if isinstance(exc, PlaybookError):
            extra["problems"] = [str(p) for p in exc.problems]
        return error_response(request, status_of(exc), str(exc), **extra)

    async def too_large(request: Request, exc: Exception) -> Response:
        limit = request.app.state.settings.max_transcript_bytes + 64 * 1024
        return error_response(
            request, 413, f"the upload is too large: the limit is {limit_text(limit)}"
        )

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        if isinstance(exc.__cause__, BodyTooLarge):  # FastAPI wraps body errors in a 400
            return await too_large(request, exc.__cause__)
        headers = dict(exc.headers or {})
        response = error_response(request, exc.status_code, str(exc.detail))
        response.headers.update(headers)
        return response

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        parts = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
            parts.append(f"{where}: {err.get('msg', 'invalid')}")
        return error_response(request, 422, "the request is not valid: " + "; ".join(parts))

    async def crash(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return error_response(
            request, 500, "something went wrong on our side; the error was logged, try again"
        )

    async def login_required(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, LoginRequired)
        return RedirectResponse(f"/login?next={quote(exc.next_path)}", status_code=303)

    app.add_exception_handler(LoginRequired, login_required)
    app.add_exception_handler(FitfirstError, fitfirst_error)
    app.add_exception_handler(BodyTooLarge, too_large)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(Exception, crash)
