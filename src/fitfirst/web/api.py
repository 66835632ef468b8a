"""The JSON API under /api. Seller routes need a Bearer token; checks and share links do not."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field

from fitfirst.store import repo
from fitfirst.web import engine, service
from fitfirst.web.deps import ApiSeller, Factory
from fitfirst.web.security import REPORT_CSP, UploadTooLargeError, limit_text

router = APIRouter(prefix="/api")
# Session views are plain JSON-able dicts built by the web engine; returning JSONResponse skips
# FastAPI's second validation pass over them, which costs more than the core's own work.


class PlaybookIn(BaseModel):
    source: str = Field(description="The playbook YAML, as in a file.")
    slug: str | None = Field(None, description="URL name; made from the offer's name if left out.")


class PlaybookEdit(BaseModel):
    source: str = Field(description="The whole new YAML; saved as a new version.")


class SessionIn(BaseModel):
    playbook: str = Field(description="Slug of the playbook to run.")
    title: str = Field("", max_length=200, description="A name for the call, e.g. the buyer's.")


class AnswerIn(BaseModel):
    criterion: str = Field(description="Id of the criterion the answer is about.")
    text: str = Field(max_length=4000, description="The buyer's words, as said.")
    version: int | None = Field(
        None,
        description="The session version the answer was given against; a stale version gets "
        "409. Leave it out to apply the answer to the latest state.",
    )


class UndoIn(BaseModel):
    version: int | None = None


class CheckStart(BaseModel):
    criterion: str = Field(description="Id of the first question's criterion.")
    text: str = Field(max_length=4000, description="The buyer's first answer.")


def _check_playbook_size(request: Request, source: str) -> None:
    limit = request.app.state.settings.max_playbook_bytes
    if len(source.encode("utf-8")) > limit:
        raise UploadTooLargeError(f"the playbook is too large: the limit is {limit_text(limit)}")


def _seller_view(loaded: service.Loaded, answered: engine.Answered | None = None) -> dict[str, Any]:
    data = loaded.to_dict(for_seller=True)
    data["share_path"] = f"/s/{loaded.share_token}"
    if answered is not None:
        data["understood"] = answered.understood
    return data


def _buyer_view(loaded: service.Loaded, answered: engine.Answered | None = None) -> dict[str, Any]:
    data = loaded.to_dict(for_seller=False)
    if answered is not None:
        data["understood"] = answered.understood
    return data


# -- playbooks (seller) ------------------------------------------------------------------------


@router.get("/playbooks", tags=["playbooks"])
def list_playbooks(_seller: ApiSeller, made: Factory) -> list[dict[str, Any]]:
    """Every playbook with its latest version number."""
    with made() as db:
        return [
            {"slug": p.slug, "name": p.name, "version": repo.latest_version(db, p).number}
            for p in repo.list_playbooks(db)
        ]


@router.post("/playbooks", status_code=201, tags=["playbooks"])
def create_playbook(
    body: PlaybookIn, request: Request, _seller: ApiSeller, made: Factory
) -> dict[str, Any]:
    """Upload a new playbook. Problems come back as 422 with file:line:col, like the CLI."""
    _check_playbook_size(request, body.source)
    filename = f"{body.slug or 'playbook'}.yaml"
    slug = service.save_new_playbook(made, body.source, filename, body.slug)
    with made() as db:
        return service.playbook_dict(db, slug)


@router.get("/playbooks/{slug}", tags=["playbooks"])
def get_playbook(slug: str, _seller: ApiSeller, made: Factory) -> dict[str, Any]:
    """A playbook's latest version, YAML included."""
    with made() as db:
        return service.playbook_dict(db, slug)


@router.put("/playbooks/{slug}", tags=["playbooks"])
def edit_playbook(
    slug: str, body: PlaybookEdit, request: Request, _seller: ApiSeller, made: Factory
) -> dict[str, Any]:
    """Save an edit as a new version; running sessions keep the version they started with."""
    _check_playbook_size(request, body.source)
    service.save_playbook_edit(made, slug, body.source)
    with made() as db:
        return service.playbook_dict(db, slug)


# -- live sessions (seller) --------------------------------------------------------------------


@router.get("/sessions", tags=["sessions"])
def list_sessions(_seller: ApiSeller, made: Factory) -> list[dict[str, Any]]:
    """Sessions, most recently changed first (live calls and self-serve checks)."""
    return service.list_sessions(made)


@router.post("/sessions", status_code=201, tags=["sessions"])
def start_session(body: SessionIn, _seller: ApiSeller, made: Factory) -> JSONResponse:
    """Start a live session on a playbook's latest version; the answer gives its share path."""
    loaded, _ = service.start_session(made, body.playbook, kind="live", title=body.title)
    return JSONResponse(_seller_view(loaded), status_code=201)


@router.get("/sessions/{session_id}", tags=["sessions"])
def get_session(session_id: str, _seller: ApiSeller, made: Factory) -> JSONResponse:
    """The fit map, the next question with its why, and the verdict."""
    return JSONResponse(_seller_view(service.load_session(made, session_id=session_id)))


@router.post("/sessions/{session_id}/answers", tags=["sessions"])
def answer(session_id: str, body: AnswerIn, _seller: ApiSeller, made: Factory) -> JSONResponse:
    """Add the buyer's answer (committed before the response)."""
    loaded, answered = service.answer_session(
        made,
        session_id=session_id,
        criterion=body.criterion,
        text=body.text,
        by="seller",
        expected_version=body.version,
    )
    return JSONResponse(_seller_view(loaded, answered))


@router.post("/sessions/{session_id}/undo", tags=["sessions"])
def undo(session_id: str, body: UndoIn, _seller: ApiSeller, made: Factory) -> JSONResponse:
    """Take back the last answer."""
    return JSONResponse(_seller_view(service.undo_session(made, session_id, body.version)))


@router.get("/sessions/{session_id}/export", tags=["sessions"])
def export(session_id: str, _seller: ApiSeller, made: Factory) -> Response:
    """Everything stored about the session, as a JSON file."""
    import json  # noqa: PLC0415

    data = service.export_session(made, session_id)
    return Response(
        json.dumps(data, indent=2, ensure_ascii=False),
        media_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="session-{session_id}.json"'},
    )


@router.delete("/sessions/{session_id}", status_code=204, tags=["sessions"])
def delete(session_id: str, _seller: ApiSeller, made: Factory) -> Response:
    """Delete the session and every answer the buyer gave in it."""
    service.delete_session(made, session_id)
    return Response(status_code=204)


# -- public: self-serve checks and share links -------------------------------------------------


@router.get("/checks/{slug}", tags=["public"])
def check_intro(slug: str, made: Factory) -> JSONResponse:
    """The offer and the first question of a self-serve fit check (nothing is stored)."""
    playbook = service.latest_playbook(made, slug)
    return JSONResponse(engine.intro_view(playbook))


@router.post("/checks/{slug}", status_code=201, tags=["public"])
def check_start(slug: str, body: CheckStart, made: Factory) -> JSONResponse:
    """Start a self-serve check with its first answer; keep the returned token to go on."""
    loaded, answered = service.start_session(
        made, slug, kind="self_serve", first_answer=(body.criterion, body.text)
    )
    data = _buyer_view(loaded, answered)
    data["token"] = loaded.share_token
    return JSONResponse(data, status_code=201)


@router.get("/share/{token}", tags=["public"])
def shared(token: str, made: Factory) -> JSONResponse:
    """The buyer's view of a session, by its share token."""
    return JSONResponse(_buyer_view(service.load_session(made, share_token=token)))


@router.post("/share/{token}/answers", tags=["public"])
def shared_answer(token: str, body: AnswerIn, made: Factory) -> JSONResponse:
    """The buyer answers or corrects an answer, in their own words."""
    loaded, answered = service.answer_session(
        made,
        share_token=token,
        criterion=body.criterion,
        text=body.text,
        by="buyer",
        expected_version=body.version,
    )
    return JSONResponse(_buyer_view(loaded, answered))


# -- call reviews (seller) ---------------------------------------------------------------------


@router.get("/reviews", tags=["reviews"])
def list_reviews(
    _seller: ApiSeller,
    made: Factory,
    seller: Annotated[str | None, Query(description="Only this seller's calls.")] = None,
    verdict: Annotated[str | None, Query(description="fit, no_fit or undecided.")] = None,
) -> list[dict[str, Any]]:
    """Reviewed calls, newest first."""
    with made() as db:
        rows = repo.list_reviews(db, seller=seller, verdict=verdict)
        return [service.review_summary(r) for r in rows]


async def read_upload(request: Request, file: UploadFile) -> bytes:
    limit: int = request.app.state.settings.max_transcript_bytes
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise UploadTooLargeError(f"the transcript is too large: the limit is {limit_text(limit)}")
    return data


@router.post("/reviews", status_code=201, tags=["reviews"])
async def create_review(
    request: Request,
    _seller: ApiSeller,
    made: Factory,
    file: Annotated[UploadFile, File(description="A transcript in any format the CLI reads.")],
    playbook: Annotated[str, Form(description="Slug of the playbook to judge fit by.")] = "",
    seller: Annotated[str, Form(description="The seller's name as in the transcript.")] = "",
) -> dict[str, Any]:
    """Review an uploaded call, like `fitfirst review`; the report is at .../report."""
    data = await read_upload(request, file)
    review_id = service.create_review(
        made,
        data=data,
        filename=file.filename or "transcript.txt",
        slug=playbook or None,
        seller=seller or None,
    )
    with made() as db:
        row = repo.get_review(db, review_id)
        return {**service.review_summary(row), "result": row.result}


@router.get("/reviews/{review_id}", tags=["reviews"])
def get_review(review_id: str, _seller: ApiSeller, made: Factory) -> dict[str, Any]:
    """A review's result, as `fitfirst review --format json` gives it."""
    with made() as db:
        row = repo.get_review(db, review_id)
        return {**service.review_summary(row), "result": row.result}


@router.get("/reviews/{review_id}/report", response_class=HTMLResponse, tags=["reviews"])
def review_report(review_id: str, _seller: ApiSeller, made: Factory) -> HTMLResponse:
    """The review's HTML report, the same as the CLI writes."""
    with made() as db:
        html = repo.get_review(db, review_id).report_html
    return HTMLResponse(html, headers={"Content-Security-Policy": REPORT_CSP})


@router.delete("/reviews/{review_id}", status_code=204, tags=["reviews"])
def delete_review(review_id: str, _seller: ApiSeller, made: Factory) -> Response:
    """Delete a review and its report."""
    from fitfirst.store.db import transaction  # noqa: PLC0415

    with transaction(made) as db:
        repo.delete_review(db, review_id)
    return Response(status_code=204)
