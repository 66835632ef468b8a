"""The JSON API: tokens, sessions through the core, share links, self-serve, playbooks."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from web_helpers import BAKERY, Seller

from fitfirst.playbook import check_playbook
from fitfirst.web.app import create_app


def _start(seller: Seller, playbook: str = "bakery") -> dict[str, Any]:
    response = seller.client.post(
        "/api/sessions", json={"playbook": playbook}, headers=seller.headers
    )
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()
    return data


def _answer(
    seller: Seller, sid: str, criterion: str, text: str, version: int | None = None
) -> httpx.Response:
    body: dict[str, Any] = {"criterion": criterion, "text": text}
    if version is not None:
        body["version"] = version
    return seller.client.post(f"/api/sessions/{sid}/answers", json=body, headers=seller.headers)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/api/playbooks"),
        ("get", "/api/sessions"),
        ("post", "/api/sessions"),
        ("get", "/api/reviews"),
    ],
    ids=["list-playbooks", "list-sessions", "start-session", "list-reviews"],
)
def test_seller_routes_need_a_token(seller: Seller, method: str, path: str) -> None:
    """Without a Bearer token the seller API answers 401 and says how to get one."""
    response = getattr(seller.client, method)(path)
    assert response.status_code == 401
    assert "fitfirst token create" in response.json()["detail"]
    assert response.headers["www-authenticate"] == "Bearer"


def test_a_wrong_token_is_refused(seller: Seller) -> None:
    """A token that was never issued gets 401 too."""
    response = seller.client.get("/api/playbooks", headers={"Authorization": "Bearer ff_nope"})
    assert response.status_code == 401


def test_examples_are_there_on_first_run(seller: Seller) -> None:
    """A new database already holds the packaged example playbooks."""
    slugs = {p["slug"] for p in seller.client.get("/api/playbooks", headers=seller.headers).json()}
    assert {"coworking", "crm", "consulting", "solar"} <= slugs


def test_a_new_session_shows_the_first_question_with_its_why(seller: Seller) -> None:
    """Starting a session returns the fit map, the next question and why, and the verdict."""
    data = _start(seller)
    assert data["version"] == 1
    assert data["next_question"]["why"]
    assert [c["id"] for c in data["fit_map"]] == [
        "business_kind",
        "loaves_per_day",
        "delivery_before_seven",
    ]
    assert data["verdict"]["verdict"] == "undecided"
    assert data["share_path"] == f"/s/{data['share_token']}"


def test_an_answer_is_stored_and_survives_a_new_app(seller: Seller, db_url: str) -> None:
    """An answer is committed: a second app on the same file sees it."""
    sid = _start(seller)["id"]
    response = _answer(seller, sid, "business_kind", "shop", version=1)
    assert response.status_code == 200
    assert response.json()["version"] == 2
    with TestClient(create_app(db_url)) as other:
        data = other.get(f"/api/sessions/{sid}", headers=seller.headers).json()
    kind = next(c for c in data["fit_map"] if c["id"] == "business_kind")
    assert (kind["status"], kind["quotes"]) == ("met", ["shop"])


def test_a_stale_version_gets_409_and_changes_nothing(seller: Seller) -> None:
    """Answering against an old version is refused with a message that says to reload."""
    sid = _start(seller)["id"]
    assert _answer(seller, sid, "business_kind", "shop", version=1).status_code == 200
    response = _answer(seller, sid, "business_kind", "factory", version=1)
    assert response.status_code == 409
    assert "reload" in response.json()["detail"]
    data = seller.client.get(f"/api/sessions/{sid}", headers=seller.headers).json()
    assert data["version"] == 2
    assert next(c for c in data["fit_map"] if c["id"] == "business_kind")["status"] == "met"


@pytest.mark.parametrize(
    ("criterion", "text", "fragment"),
    [
        ("colour", "blue", "no criterion"),
        ("business_kind", "   ", "empty"),
    ],
    ids=["unknown-criterion", "empty-answer"],
)
def test_unusable_answers_get_a_clear_422(
    seller: Seller, criterion: str, text: str, fragment: str
) -> None:
    """Answers the core cannot take are 422 with the core's own message, never a traceback."""
    sid = _start(seller)["id"]
    response = _answer(seller, sid, criterion, text)
    assert response.status_code == 422
    assert fragment in response.json()["detail"]
    assert "Traceback" not in response.text


def test_undo_takes_back_the_last_answer(seller: Seller) -> None:
    """Undo removes the last answer and bumps the version."""
    sid = _start(seller)["id"]
    _answer(seller, sid, "business_kind", "shop")
    response = seller.client.post(f"/api/sessions/{sid}/undo", json={}, headers=seller.headers)
    assert response.status_code == 200
    data = response.json()
    assert data["version"] == 3
    assert all(not c["answered"] for c in data["fit_map"])


def test_export_holds_state_answers_and_playbook(seller: Seller) -> None:
    """The export is everything stored: state, every answer as sent, the playbook YAML."""
    sid = _start(seller)["id"]
    _answer(seller, sid, "business_kind", "shop")
    _answer(seller, sid, "business_kind", "cafe")
    response = seller.client.get(f"/api/sessions/{sid}/export", headers=seller.headers)
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    data = response.json()
    assert [a["text"] for a in data["answers"]] == ["shop", "cafe"]
    assert data["playbook_source"] == BAKERY
    assert data["state"]


def test_delete_removes_the_session_and_its_share_link(seller: Seller) -> None:
    """After delete, the session and the buyer's view of it are gone."""
    started = _start(seller)
    _answer(seller, started["id"], "business_kind", "shop")
    response = seller.client.delete(f"/api/sessions/{started['id']}", headers=seller.headers)
    assert response.status_code == 204
    assert (
        seller.client.get(f"/api/sessions/{started['id']}", headers=seller.headers).status_code
        == 404
    )
    assert seller.client.get(f"/api/share/{started['share_token']}").status_code == 404


def test_share_link_works_without_a_token_and_hides_the_seller_id(seller: Seller) -> None:
    """The buyer's view needs only the share token and does not reveal the session id."""
    started = _start(seller)
    response = seller.client.get(f"/api/share/{started['share_token']}")
    assert response.status_code == 200
    data = response.json()
    assert "id" not in data and "share_token" not in data
    assert data["fit_map"]


def test_buyer_correction_through_the_share_link_replaces_the_answer(seller: Seller) -> None:
    """A buyer's correction is the answer that counts, and the seller sees it."""
    started = _start(seller)
    _answer(seller, started["id"], "business_kind", "factory")
    response = seller.client.post(
        f"/api/share/{started['share_token']}/answers",
        json={"criterion": "business_kind", "text": "cafe"},
    )
    assert response.status_code == 200
    data = seller.client.get(f"/api/sessions/{started['id']}", headers=seller.headers).json()
    kind = next(c for c in data["fit_map"] if c["id"] == "business_kind")
    assert kind["status"] == "met"


def test_an_unknown_share_token_is_404(seller: Seller) -> None:
    """A made-up share token opens nothing."""
    assert seller.client.get("/api/share/not-a-real-token").status_code == 404


def test_self_serve_no_fit_says_why_and_refers(seller: Seller) -> None:
    """A buyer who does not fit is told so at once, with the reason and the referral."""
    intro = seller.client.get("/api/checks/bakery").json()
    assert intro["next_question"] is not None
    response = seller.client.post(
        "/api/checks/bakery", json={"criterion": "business_kind", "text": "factory"}
    )
    assert response.status_code == 201
    data = response.json()
    assert data["verdict"]["verdict"] == "no_fit"
    assert data["next_question"] is None
    assert any("industrial bakery" in r for r in data["verdict"]["referrals"])
    assert data["token"]


def test_self_serve_goes_on_through_the_share_token(seller: Seller) -> None:
    """The token from the first answer carries the check on, with no login."""
    data = seller.client.post(
        "/api/checks/bakery", json={"criterion": "business_kind", "text": "cafe"}
    ).json()
    response = seller.client.post(
        f"/api/share/{data['token']}/answers",
        json={"criterion": "business_kind", "text": "shop", "version": data["version"]},
    )
    assert response.status_code == 200
    assert response.json()["version"] == data["version"] + 1


def test_invalid_playbook_upload_lists_problems_like_the_cli(seller: Seller) -> None:
    """A bad playbook is 422 with every problem as file:line:col, as check_playbook says."""
    bad = BAKERY.replace("kind: number", "kind: numbr")
    response = seller.client.post(
        "/api/playbooks", json={"source": bad, "slug": "broken"}, headers=seller.headers
    )
    assert response.status_code == 422
    problems = response.json()["problems"]
    assert problems == [str(p) for p in check_playbook(bad, source="broken.yaml")]
    assert problems[0].startswith("broken.yaml:")


def test_editing_a_playbook_keeps_running_sessions_on_their_version(seller: Seller) -> None:
    """After an edit that drops a criterion, a session started before still answers it."""
    sid = _start(seller)["id"]
    start = BAKERY.index("  - id: delivery_before_seven")
    end = BAKERY.index("outcomes:")
    edited = BAKERY[:start] + BAKERY[end:]
    response = seller.client.put(
        "/api/playbooks/bakery", json={"source": edited}, headers=seller.headers
    )
    assert response.status_code == 200
    assert response.json()["version"] == 2
    old = seller.client.get(f"/api/sessions/{sid}", headers=seller.headers).json()
    assert old["playbook"]["version"] == 1
    assert len(old["fit_map"]) == 3
    assert len(_start(seller)["fit_map"]) == 2


def test_unknown_things_are_404_json(seller: Seller) -> None:
    """Missing sessions, playbooks and reviews are 404 with a message, as JSON."""
    for path in ["/api/sessions/nope", "/api/playbooks/nope", "/api/reviews/nope"]:
        response = seller.client.get(path, headers=seller.headers)
        assert response.status_code == 404
        assert response.json()["detail"]


def test_openapi_describes_the_api_and_docs_lists_it(seller: Seller) -> None:
    """/openapi.json has the routes and /docs shows them without any CDN."""
    spec = seller.client.get("/openapi.json").json()
    assert "/api/sessions/{session_id}/answers" in spec["paths"]
    page = seller.client.get("/docs")
    assert page.status_code == 200
    assert "/api/checks/{slug}" in page.text
    assert "cdn" not in page.text.lower()


def test_an_answer_not_understood_is_still_kept(seller: Seller) -> None:
    """Words the core cannot read are logged and noted, and the API says so."""
    sid = _start(seller)["id"]
    response = _answer(seller, sid, "loaves_per_day", "purple elephants")
    assert response.status_code == 200
    data = response.json()
    assert data["understood"] is False
    assert [n["text"] for n in data["notes"]] == ["purple elephants"]
    export = seller.client.get(f"/api/sessions/{sid}/export", headers=seller.headers).json()
    assert [(a["text"], a["understood"]) for a in export["answers"]] == [
        ("purple elephants", False)
    ]
