"""Jinja2 templates of the pages, with autoescaping on for every template."""

from __future__ import annotations

from datetime import datetime

from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape

_env = Environment(
    loader=PackageLoader("fitfirst.web", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def _when(value: str | datetime) -> str:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def _percent(value: float | None) -> str:
    return "" if value is None else f"{round(value * 100)}%"


_env.filters["when"] = _when
_env.filters["percent"] = _percent
_env.globals["status_words"] = {
    "met": "fits",
    "unmet": "does not fit",
    "unknown": "not known yet",
    "conflicting": "answers disagree",
}
_env.globals["verdict_words"] = {
    "fit": "A fit",
    "no_fit": "Not a fit",
    "undecided": "Not decided yet",
}

templates = Jinja2Templates(env=_env)
