"""/docs: the API described from its own OpenAPI schema, as a plain page (no CDN, no script)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from fitfirst.web.templating import templates

router = APIRouter(include_in_schema=False)


def _body_fields(spec: dict[str, Any], op: dict[str, Any]) -> list[str]:
    content = op.get("requestBody", {}).get("content", {})
    for media in content.values():
        schema = media.get("schema", {})
        ref = schema.get("$ref", "")
        if ref:
            schema = spec["components"]["schemas"][ref.rsplit("/", 1)[-1]]
        return list(schema.get("properties", {}))
    return []


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    groups: dict[str, list[dict[str, Any]]] = {}
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            tag = (op.get("tags") or ["other"])[0]
            groups.setdefault(tag, []).append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "params": [p["name"] for p in op.get("parameters", [])],
                    "body": _body_fields(spec, op),
                    "public": tag == "public",
                }
            )
    context = {
        "title": spec["info"]["title"],
        "openapi_version": spec.get("openapi", ""),
        "groups": sorted(groups.items()),
        "csrf_token": "",
        "seller": None,
    }
    return templates.TemplateResponse(request, "docs.html", context)
