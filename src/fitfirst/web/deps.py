"""Request helpers shared by the API and the pages: the store, who is asking, CSRF."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Form, HTTPException, Request
from sqlalchemy.orm import Session, sessionmaker

from fitfirst.store import repo
from fitfirst.web.security import AUTH_COOKIE, CSRF_COOKIE, CSRF_FIELD, csrf_ok


async def factory(request: Request) -> sessionmaker[Session]:
    # async only so FastAPI does not hop to a worker thread for a dictionary lookup
    made: sessionmaker[Session] = request.app.state.factory
    return made


Factory = Annotated[sessionmaker[Session], Depends(factory)]


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return None


def token_name(made: sessionmaker[Session], raw: str | None) -> str | None:
    """The name of the API token ``raw``, or None when it is not a valid token."""
    if not raw:
        return None
    with made() as db:
        row = repo.verify_token(db, raw)
        return None if row is None else row.name


def api_seller(request: Request, made: Factory) -> str:
    """The API's seller check: a valid ``Authorization: Bearer <token>`` header.

    Cookies are deliberately not accepted here, so the JSON API needs no CSRF defence.
    """
    name = token_name(made, _bearer(request))
    if name is None:
        raise HTTPException(
            status_code=401,
            detail="a valid API token is needed: send 'Authorization: Bearer <token>' "
            "(create one with `fitfirst token create NAME`)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return name


class LoginRequired(Exception):  # noqa: N818  (a redirect, not an error)
    """Raised by page handlers when nobody is logged in; answered with a redirect to /login."""

    def __init__(self, next_path: str) -> None:
        self.next_path = next_path


def page_seller(request: Request, made: Factory) -> str:
    """The pages' seller check: the token kept in the HttpOnly login cookie."""
    name = token_name(made, request.cookies.get(AUTH_COOKIE))
    if name is None:
        raise LoginRequired(request.url.path)
    return name


ApiSeller = Annotated[str, Depends(api_seller)]
PageSeller = Annotated[str, Depends(page_seller)]


async def check_csrf(request: Request, csrf_token: Annotated[str, Form()] = "") -> None:
    """Every form post must echo the CSRF cookie in a hidden field (double submit)."""
    if not csrf_ok(request.cookies.get(CSRF_COOKIE), csrf_token):
        raise HTTPException(
            status_code=403,
            detail="this form has expired or came from another site; reload the page and "
            "send it again",
        )


Csrf = Depends(check_csrf)
__all__ = ["CSRF_FIELD", "ApiSeller", "Csrf", "Factory", "LoginRequired", "PageSeller"]
