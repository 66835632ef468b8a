"""Server-rendered pages: the seller's playbooks, live sessions and call reviews, and the
buyer's share view and self-serve fit check. Forms post back with a CSRF token and redirect."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from fitfirst.errors import ConflictError, PlaybookError
from fitfirst.store import repo
from fitfirst.web import engine, service
from fitfirst.web.api import read_upload
from fitfirst.web.deps import Csrf, Factory, PageSeller, token_name
from fitfirst.web.security import (
    AUTH_COOKIE,
    CSRF_COOKIE,
    REPORT_CSP,
    UploadTooLargeError,
    limit_text,
    new_csrf_token,
)
from fitfirst.web.templating import templates

router = APIRouter(include_in_schema=False)
Text = Annotated[str, Form(max_length=4000)]


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def render(
    request: Request, name: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    """A page, with the CSRF cookie set when the browser has none yet."""
    token = request.cookies.get(CSRF_COOKIE) or ""
    fresh = not token
    if fresh:
        token = new_csrf_token()
    context = {"csrf_token": token, "seller": None, **context}
    response = templates.TemplateResponse(request, name, context, status_code=status_code)
    if fresh:
        response.set_cookie(
            CSRF_COOKIE, token, httponly=True, samesite="strict", secure=_secure(request), path="/"
        )
    response.headers["Cache-Control"] = "no-store"
    return response


def _see(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _seller_of(request: Request, made: Any) -> str | None:
    return token_name(made, request.cookies.get(AUTH_COOKIE))


# -- start, login ------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def home(request: Request, made: Factory) -> HTMLResponse:
    with made() as db:
        playbooks = [{"slug": p.slug, "name": p.name} for p in repo.list_playbooks(db)]
    return render(
        request, "home.html", {"playbooks": playbooks, "seller": _seller_of(request, made)}
    )


def _safe_next(path: str) -> str:
    # Only our own paths: "//evil.example" or "https://..." would redirect off-site.
    if path.startswith("/") and not path.startswith("//") and "\\" not in path:
        return path
    return "/playbooks"


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/playbooks") -> HTMLResponse:
    return render(request, "login.html", {"next": _safe_next(next)})


@router.post("/login", dependencies=[Csrf])
def login(
    request: Request,
    made: Factory,
    token: Annotated[str, Form(max_length=200)],
    next: Annotated[str, Form()] = "/playbooks",
) -> Response:
    if token_name(made, token.strip()) is None:
        return render(
            request,
            "login.html",
            {"next": _safe_next(next), "error": "That token is not valid. Check it and try again."},
            status_code=401,
        )
    response = _see(_safe_next(next))
    response.set_cookie(
        AUTH_COOKIE,
        token.strip(),
        httponly=True,
        samesite="strict",
        secure=_secure(request),
        path="/",
        max_age=60 * 60 * 24 * 30,
    )
    return response


@router.post("/logout", dependencies=[Csrf])
def logout() -> Response:
    response = _see("/")
    response.delete_cookie(AUTH_COOKIE, path="/")
    return response


# -- playbooks ---------------------------------------------------------------------------------


@router.get("/playbooks", response_class=HTMLResponse)
def playbooks_page(request: Request, seller: PageSeller, made: Factory) -> HTMLResponse:
    with made() as db:
        rows = [
            {"slug": p.slug, "name": p.name, "version": repo.latest_version(db, p).number}
            for p in repo.list_playbooks(db)
        ]
    return render(request, "playbooks.html", {"playbooks": rows, "seller": seller})


@router.get("/playbooks/new", response_class=HTMLResponse)
def new_playbook_page(request: Request, seller: PageSeller) -> HTMLResponse:
    return render(request, "playbook_edit.html", {"seller": seller, "slug": None, "source": ""})


async def _uploaded_source(request: Request, file: UploadFile | None, source: str) -> str:
    limit: int = request.app.state.settings.max_playbook_bytes
    if file is not None and file.filename:
        data = await file.read(limit + 1)
        if len(data) > limit:
            raise UploadTooLargeError(
                f"the playbook is too large: the limit is {limit_text(limit)}"
            )
        return data.decode("utf-8", errors="replace")
    if len(source.encode("utf-8")) > limit:
        raise UploadTooLargeError(f"the playbook is too large: the limit is {limit_text(limit)}")
    return source


@router.post("/playbooks/new", dependencies=[Csrf])
async def upload_playbook(
    request: Request,
    seller: PageSeller,
    made: Factory,
    source: Annotated[str, Form()] = "",
    file: Annotated[UploadFile | None, File()] = None,
) -> Response:
    text = await _uploaded_source(request, file, source)
    filename = (file.filename if file is not None and file.filename else "") or "playbook.yaml"
    try:
        slug = service.save_new_playbook(made, text, filename)
    except PlaybookError as exc:
        return render(
            request,
            "playbook_edit.html",
            {
                "seller": seller,
                "slug": None,
                "source": text,
                "problems": [str(p) for p in exc.problems],
            },
            status_code=422,
        )
    return _see(f"/playbooks/{slug}")


@router.get("/playbooks/{slug}", response_class=HTMLResponse)
def playbook_page(request: Request, slug: str, seller: PageSeller, made: Factory) -> HTMLResponse:
    with made() as db:
        data = service.playbook_dict(db, slug)
    return render(request, "playbook_edit.html", {"seller": seller, **data})


@router.post("/playbooks/{slug}", dependencies=[Csrf])
async def edit_playbook(
    request: Request,
    slug: str,
    seller: PageSeller,
    made: Factory,
    source: Annotated[str, Form()] = "",
) -> Response:
    text = await _uploaded_source(request, None, source)
    try:
        number = service.save_playbook_edit(made, slug, text)
    except PlaybookError as exc:
        with made() as db:
            data = service.playbook_dict(db, slug)
        data["source"] = text
        return render(
            request,
            "playbook_edit.html",
            {"seller": seller, **data, "problems": [str(p) for p in exc.problems]},
            status_code=422,
        )
    with made() as db:
        data = service.playbook_dict(db, slug)
    return render(
        request,
        "playbook_edit.html",
        {"seller": seller, **data, "message": f"Saved as version {number}."},
    )


@router.post("/playbooks/{slug}/sessions", dependencies=[Csrf])
def start_live(
    slug: str, _seller: PageSeller, made: Factory, title: Annotated[str, Form()] = ""
) -> Response:
    loaded, _ = service.start_session(made, slug, kind="live", title=title.strip()[:200])
    return _see(f"/sessions/{loaded.id}")


# -- live sessions -----------------------------------------------------------------------------


@router.get("/sessions", response_class=HTMLResponse)
def sessions_page(request: Request, seller: PageSeller, made: Factory) -> HTMLResponse:
    return render(
        request, "sessions.html", {"sessions": service.list_sessions(made), "seller": seller}
    )


def _session_page(
    request: Request,
    loaded: service.Loaded,
    seller: str,
    *,
    error: str | None = None,
    message: str | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    share_url = str(request.base_url).rstrip("/") + f"/s/{loaded.share_token}"
    context = {
        "seller": seller,
        "session": loaded.to_dict(for_seller=True),
        "view": engine.view(loaded.playbook, loaded.discovery),
        "share_url": share_url,
        "maybe": _maybe(loaded),
        "error": error,
        "message": message,
    }
    return render(request, "session.html", context, status_code=status_code)


@router.get("/sessions/{session_id}", response_class=HTMLResponse)
def session_page(
    request: Request, session_id: str, seller: PageSeller, made: Factory, unclear: str = ""
) -> HTMLResponse:
    loaded = service.load_session(made, session_id=session_id)
    message = None
    if unclear and loaded.playbook.has_criterion(unclear):
        title = loaded.playbook.criterion(unclear).title
        message = f"Saved, but the answer about {title} was not understood; try other words."
    return _session_page(request, loaded, seller, message=message)


def _maybe(loaded: service.Loaded) -> list[str]:
    """Sentences about what the last answer may have said but the core did not record."""
    criteria = [str(f.get("criterion", "")) for f in loaded.passed_over]
    return engine.maybe_said(loaded.playbook, loaded.discovery, criteria)


def _panel(request: Request, loaded: service.Loaded) -> HTMLResponse:
    view = engine.view(loaded.playbook, loaded.discovery)
    context = {"view": view, "maybe": _maybe(loaded)}
    response = templates.TemplateResponse(request, "_panel.html", context)
    response.headers["X-Session-Version"] = str(loaded.version)
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get("/sessions/{session_id}/panel")
def session_panel(
    request: Request, session_id: str, _seller: PageSeller, made: Factory, v: int = 0
) -> Response:
    if service.session_version(made, session_id=session_id) == v:
        return Response(status_code=204)
    return _panel(request, service.load_session(made, session_id=session_id))


@router.post("/sessions/{session_id}/answer", dependencies=[Csrf])
def session_answer(
    *,
    request: Request,
    session_id: str,
    seller: PageSeller,
    made: Factory,
    criterion: Annotated[str, Form()],
    text: Text,
    version: Annotated[int | None, Form()] = None,
) -> Response:
    try:
        _, answered = service.answer_session(
            made,
            session_id=session_id,
            criterion=criterion,
            text=text,
            by="seller",
            expected_version=version,
        )
    except ConflictError as exc:
        loaded = service.load_session(made, session_id=session_id)
        return _session_page(request, loaded, seller, error=str(exc), status_code=409)
    suffix = "" if answered.understood else f"?unclear={quote(criterion)}"
    return _see(f"/sessions/{session_id}{suffix}")


@router.post("/sessions/{session_id}/undo", dependencies=[Csrf])
def session_undo(
    request: Request,
    session_id: str,
    seller: PageSeller,
    made: Factory,
    version: Annotated[int | None, Form()] = None,
) -> Response:
    try:
        service.undo_session(made, session_id, version)
    except ConflictError as exc:
        loaded = service.load_session(made, session_id=session_id)
        return _session_page(request, loaded, seller, error=str(exc), status_code=409)
    return _see(f"/sessions/{session_id}")


@router.get("/sessions/{session_id}/export")
def session_export(session_id: str, _seller: PageSeller, made: Factory) -> Response:
    import json  # noqa: PLC0415

    data = service.export_session(made, session_id)
    return Response(
        json.dumps(data, indent=2, ensure_ascii=False),
        media_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="session-{session_id}.json"'},
    )


@router.post("/sessions/{session_id}/delete", dependencies=[Csrf])
def session_delete(session_id: str, _seller: PageSeller, made: Factory) -> Response:
    service.delete_session(made, session_id)
    return _see("/sessions")


# -- the buyer's share view --------------------------------------------------------------------


def _share_page(request: Request, token: str, loaded: service.Loaded, **extra: Any) -> HTMLResponse:
    context = {
        "token": token,
        "session": loaded.to_dict(for_seller=False),
        "view": engine.view(loaded.playbook, loaded.discovery),
        "maybe": _maybe(loaded),
        **extra,
    }
    status_code = extra.pop("status_code", 200)
    return render(request, "share.html", context, status_code=status_code)


@router.get("/s/{token}", response_class=HTMLResponse)
def share_page(request: Request, token: str, made: Factory) -> HTMLResponse:
    return _share_page(request, token, service.load_session(made, share_token=token))


@router.get("/s/{token}/panel")
def share_panel(request: Request, token: str, made: Factory, v: int = 0) -> Response:
    if service.session_version(made, share_token=token) == v:
        return Response(status_code=204)
    return _panel(request, service.load_session(made, share_token=token))


@router.post("/s/{token}/answer", dependencies=[Csrf])
def share_answer(
    *,
    request: Request,
    token: str,
    made: Factory,
    criterion: Annotated[str, Form()],
    text: Text,
    version: Annotated[int | None, Form()] = None,
) -> Response:
    try:
        _, answered = service.answer_session(
            made,
            share_token=token,
            criterion=criterion,
            text=text,
            by="buyer",
            expected_version=version,
        )
    except ConflictError as exc:
        loaded = service.load_session(made, share_token=token)
        return _share_page(request, token, loaded, error=str(exc), status_code=409)
    if not answered.understood:
        loaded = service.load_session(made, share_token=token)
        return _share_page(
            request, token, loaded, error="Saved, but we did not understand it: try other words."
        )
    return _see(f"/s/{token}")


# -- the buyer's self-serve check --------------------------------------------------------------


@router.get("/check/{slug}", response_class=HTMLResponse)
def check_page(request: Request, slug: str, made: Factory) -> HTMLResponse:
    playbook = service.latest_playbook(made, slug)
    view = engine.intro_view(playbook)
    return render(
        request, "check.html", {"view": view, "action": f"/check/{slug}", "answered_count": 0}
    )


@router.post("/check/{slug}", dependencies=[Csrf])
def check_start(
    slug: str,
    made: Factory,
    criterion: Annotated[str, Form()],
    text: Annotated[str, Form(max_length=4000)] = "",
    choice: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    answer_text = service.require_text(choice or text, "Your answer")
    loaded, answered = service.start_session(
        made, slug, kind="self_serve", first_answer=(criterion, answer_text)
    )
    unclear = "" if answered is None or answered.understood else "?unclear=1"
    return _see(f"/c/{loaded.share_token}{unclear}")


def _check_session_page(
    request: Request, token: str, loaded: service.Loaded, unclear: bool
) -> HTMLResponse:
    view = engine.view(loaded.playbook, loaded.discovery)
    answered = sum(1 for c in view["fit_map"] if c["answered"])
    context = {
        "view": view,
        "action": f"/c/{token}",
        "version": loaded.version,
        "answered_count": answered,
        "unclear": unclear,
        "maybe": _maybe(loaded),
    }
    return render(request, "check.html", context)


@router.get("/c/{token}", response_class=HTMLResponse)
def check_session_page(request: Request, token: str, made: Factory, unclear: str = "") -> Response:
    loaded = service.load_session(made, share_token=token)
    return _check_session_page(request, token, loaded, bool(unclear))


@router.post("/c/{token}", dependencies=[Csrf])
def check_answer(
    *,
    token: str,
    made: Factory,
    criterion: Annotated[str, Form()],
    text: Annotated[str, Form(max_length=4000)] = "",
    choice: Annotated[str, Form(max_length=200)] = "",
    version: Annotated[int | None, Form()] = None,
) -> Response:
    answer_text = service.require_text(choice or text, "Your answer")
    _, answered = service.answer_session(
        made,
        share_token=token,
        criterion=criterion,
        text=answer_text,
        by="buyer",
        expected_version=version,
    )
    return _see(f"/c/{token}" + ("" if answered.understood else "?unclear=1"))


# -- call reviews ------------------------------------------------------------------------------


@router.get("/reviews", response_class=HTMLResponse)
def reviews_page(
    request: Request, seller: PageSeller, made: Factory, seller_name: str = "", verdict: str = ""
) -> HTMLResponse:
    f_seller = request.query_params.get("seller", seller_name)
    with made() as db:
        rows = [
            service.review_summary(r)
            for r in repo.list_reviews(db, seller=f_seller or None, verdict=verdict or None)
        ]
        sellers = repo.review_sellers(db)
        playbooks = [{"slug": p.slug, "name": p.name} for p in repo.list_playbooks(db)]
    context = {
        "seller": seller,
        "reviews": rows,
        "sellers": sellers,
        "playbooks": playbooks,
        "f_seller": f_seller,
        "f_verdict": verdict,
        "max_size": limit_text(request.app.state.settings.max_transcript_bytes),
    }
    return render(request, "reviews.html", context)


@router.post("/reviews", dependencies=[Csrf])
async def review_upload(
    request: Request,
    _seller: PageSeller,
    made: Factory,
    file: Annotated[UploadFile, File()],
    playbook: Annotated[str, Form()] = "",
    seller: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    data = await read_upload(request, file)
    review_id = service.create_review(
        made,
        data=data,
        filename=file.filename or "transcript.txt",
        slug=playbook or None,
        seller=seller.strip() or None,
    )
    return _see(f"/reviews/{review_id}")


@router.get("/reviews/{review_id}", response_class=HTMLResponse)
def review_page(
    request: Request, review_id: str, seller: PageSeller, made: Factory
) -> HTMLResponse:
    with made() as db:
        row = service.review_summary(repo.get_review(db, review_id))
    return render(request, "review.html", {"seller": seller, "review": row})


@router.get("/reviews/{review_id}/report", response_class=HTMLResponse)
def review_report(review_id: str, _seller: PageSeller, made: Factory) -> HTMLResponse:
    with made() as db:
        html = repo.get_review(db, review_id).report_html
    return HTMLResponse(
        html, headers={"Content-Security-Policy": REPORT_CSP, "Cache-Control": "no-store"}
    )
