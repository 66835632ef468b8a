"""The web app: FastAPI pages and JSON API over the store and the core (``create_app``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

    from fitfirst.web.app import Settings

__all__ = ["create_app"]


def create_app(database_url: str | None = None, settings: Settings | None = None) -> FastAPI:
    """Build the app (see :func:`fitfirst.web.app.create_app`); FastAPI loads only when called."""
    from fitfirst.web.app import create_app as _create  # noqa: PLC0415

    return _create(database_url, settings)
