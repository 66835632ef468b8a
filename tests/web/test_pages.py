"""The HTML pages: login, CSRF, escaping, self-serve and live views, playbook editing."""

from __future__ import annotations

import re

import pytest
from web_helpers import BAKERY, Seller

from fitfirst.web.security import AUTH_COOKIE, CSRF_COOKIE

XSS = "<script>alert(1)</script>"


def _csrf(seller: Seller, path: str = "/") -> str:
    """Open a page so the CSRF cookie is set; return the form token it carries."""
    page = seller.client.get(path)
    match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    if match:
        return match.group(1)
    return str(seller.client.cookies.get(CSRF_COOKIE))


def _login(seller: Seller) -> None:
    token = _csrf(seller, "/login")
    response = seller.client.post(
        "/login",
        data={"csrf_token": token, "token": seller.token, "next": "/playbooks"},
        follow_redirects=False,
    )
    assert response.status_code == 303


@pytest.mark.parametrize(
    "path",
    ["/playbooks", "/sessions", "/reviews", "/playbooks/new", "/playbooks/bakery"],
    ids=["playbooks", "sessions", "reviews", "new-playbook", "edit-playbook"],
)
def test_seller_pages_send_strangers_to_login(seller: Seller, path: str) -> None:
    """Seller pages redirect to the login page when nobody is logged in."""
    response = seller.client.get(path, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login?next=")


def test_login_keeps_the_token_in_an_httponly_strict_cookie(seller: Seller) -> None:
    """Logging in sets an HttpOnly, SameSite=Strict cookie and opens the seller pages."""
    token = _csrf(seller, "/login")
    response = seller.client.post(
        "/login",
        data={"csrf_token": token, "token": seller.token, "next": "/sessions"},
        follow_redirects=False,
    )
    cookie = response.headers["set-cookie"]
    assert AUTH_COOKIE in cookie
    assert "httponly" in cookie.lower() and "samesite=strict" in cookie.lower()
    assert response.headers["location"] == "/sessions"
    assert seller.client.get("/sessions").status_code == 200


def test_login_with_a_wrong_token_fails_politely(seller: Seller) -> None:
    """A wrong token shows the form again with a message, status 401."""
    token = _csrf(seller, "/login")
    response = seller.client.post("/login", data={"csrf_token": token, "token": "ff_wrong"})
    assert response.status_code == 401
    assert "not valid" in response.text


def test_login_never_redirects_off_site(seller: Seller) -> None:
    """A next= pointing elsewhere is replaced by the playbooks page."""
    token = _csrf(seller, "/login")
    response = seller.client.post(
        "/login",
        data={"csrf_token": token, "token": seller.token, "next": "//evil.example/x"},
        follow_redirects=False,
    )
    assert response.headers["location"] == "/playbooks"


@pytest.mark.parametrize(
    "form_token",
    ["", "forged-token"],
    ids=["missing", "wrong"],
)
def test_forms_without_the_csrf_token_are_refused(seller: Seller, form_token: str) -> None:
    """A form post whose hidden token does not match the cookie gets 403."""
    _csrf(seller, "/check/bakery")
    response = seller.client.post(
        "/check/bakery",
        data={"csrf_token": form_token, "criterion": "business_kind", "text": "cafe"},
    )
    assert response.status_code == 403
    assert "reload the page" in response.text


def test_self_serve_by_forms_ends_in_no_fit_with_the_referral(seller: Seller) -> None:
    """The public check: one answer that rules it out, then the reason and where to go."""
    token = _csrf(seller, "/check/bakery")
    response = seller.client.post(
        "/check/bakery",
        data={"csrf_token": token, "criterion": "business_kind", "choice": "factory"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    page = seller.client.get(response.headers["location"])
    assert "It is not a fit" in page.text
    assert "industrial bakery" in page.text
    assert "contact" not in page.text.lower()


def test_self_serve_fit_leads_to_the_booking_link(seller: Seller) -> None:
    """A buyer who fits gets the playbook's booking link as the next step."""
    token = _csrf(seller, "/check/bakery")
    response = seller.client.post(
        "/check/bakery",
        data={"csrf_token": token, "criterion": "business_kind", "choice": "cafe"},
    )
    location = str(response.url.path)
    for _ in range(6):
        page = seller.client.get(location)
        if "Book the next step" in page.text or "not a fit" in page.text:
            break
        criterion = re.search(r'name="criterion" value="([^"]+)"', page.text)
        version = re.search(r'name="version" value="(\d+)"', page.text)
        assert criterion and version
        answer = {"loaves_per_day": "about forty", "delivery_before_seven": "yes"}
        seller.client.post(
            location,
            data={
                "csrf_token": token,
                "criterion": criterion.group(1),
                "text": answer.get(criterion.group(1), "cafe"),
                "version": version.group(1),
            },
        )
    assert 'href="https://crumb.example.com/tasting"' in page.text


def test_script_in_answers_and_playbook_names_is_escaped(seller: Seller) -> None:
    """User text shows as text everywhere: answers, quotes, playbook names."""
    _login(seller)
    hostile = BAKERY.replace("name: Crumb & Co wholesale", f'name: "{XSS}"')
    created = seller.client.post(
        "/api/playbooks", json={"source": hostile, "slug": "hostile"}, headers=seller.headers
    )
    assert created.status_code == 201
    session = seller.client.post(
        "/api/sessions", json={"playbook": "hostile", "title": XSS}, headers=seller.headers
    ).json()
    seller.client.post(
        f"/api/sessions/{session['id']}/answers",
        json={"criterion": "loaves_per_day", "text": f"{XSS} forty"},
        headers=seller.headers,
    )
    for path in [
        "/playbooks",
        "/sessions",
        f"/sessions/{session['id']}",
        f"/s/{session['share_token']}",
        "/",
    ]:
        page = seller.client.get(path)
        assert page.status_code == 200, path
        assert XSS not in page.text, path
        assert "&lt;script&gt;" in page.text, path


def test_playbook_edit_page_shows_problems_with_line_and_column(seller: Seller) -> None:
    """A bad edit is not saved and the page lists file:line:col problems."""
    _login(seller)
    token = _csrf(seller, "/playbooks/bakery")
    bad = BAKERY.replace("kind: yes_no", "kind: maybe")
    response = seller.client.post("/playbooks/bakery", data={"csrf_token": token, "source": bad})
    assert response.status_code == 422
    assert re.search(r"bakery\.v2\.yaml:\d+:\d+", response.text)
    assert seller.client.get("/api/playbooks/bakery", headers=seller.headers).json()["version"] == 1


def test_live_session_page_shows_question_why_and_share_link(seller: Seller) -> None:
    """The seller's page has the next question, its why, the answer box and the share link."""
    _login(seller)
    token = _csrf(seller, "/playbooks")
    response = seller.client.post(
        "/playbooks/bakery/sessions", data={"csrf_token": token, "title": "Call with Ada"}
    )
    assert response.status_code == 200
    page = response.text
    assert "Next best question" in page and "Why ask now" in page
    assert re.search(r'<label for="answer">', page)
    assert re.search(r'value="http://testserver/s/[\w-]{30,}"', page)


def test_live_panel_answers_204_until_something_changes(seller: Seller) -> None:
    """Polling with the current version costs nothing; a new answer returns the new panel."""
    session = seller.client.post(
        "/api/sessions", json={"playbook": "bakery"}, headers=seller.headers
    ).json()
    panel = f"/s/{session['share_token']}/panel"
    assert seller.client.get(panel, params={"v": 1}).status_code == 204
    seller.client.post(
        f"/api/sessions/{session['id']}/answers",
        json={"criterion": "business_kind", "text": "shop"},
        headers=seller.headers,
    )
    changed = seller.client.get(panel, params={"v": 1})
    assert changed.status_code == 200
    assert changed.headers["x-session-version"] == "2"
    assert "“shop”" in changed.text


def test_seller_answer_form_with_a_stale_version_shows_409(seller: Seller) -> None:
    """Two tabs: the second tab's answer, sent against the old version, is refused clearly."""
    _login(seller)
    session = seller.client.post(
        "/api/sessions", json={"playbook": "bakery"}, headers=seller.headers
    ).json()
    token = _csrf(seller, f"/sessions/{session['id']}")
    form = {"csrf_token": token, "criterion": "business_kind", "version": "1"}
    first = seller.client.post(f"/sessions/{session['id']}/answer", data={**form, "text": "shop"})
    assert first.status_code == 200
    second = seller.client.post(
        f"/sessions/{session['id']}/answer", data={**form, "text": "factory"}
    )
    assert second.status_code == 409
    assert "reload" in second.text


def test_uploading_a_playbook_file_names_problems_by_that_file(seller: Seller) -> None:
    """An uploaded file's problems carry its own name, line and column, as the CLI prints."""
    _login(seller)
    token = _csrf(seller, "/playbooks/new")
    bad = BAKERY.replace("importance: must", "importance: vital", 1)
    response = seller.client.post(
        "/playbooks/new",
        data={"csrf_token": token},
        files={"file": ("crumb.yaml", bad.encode(), "text/yaml")},
    )
    assert response.status_code == 422
    assert re.search(r"crumb\.yaml:\d+:\d+", response.text)


def test_uploading_a_good_playbook_file_opens_its_page(seller: Seller) -> None:
    """A valid upload is saved under a slug made from the offer's name."""
    _login(seller)
    token = _csrf(seller, "/playbooks/new")
    source = BAKERY.replace("name: Crumb & Co wholesale", "name: Rye Brothers")
    response = seller.client.post(
        "/playbooks/new",
        data={"csrf_token": token},
        files={"file": ("rye.yaml", source.encode(), "text/yaml")},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/playbooks/rye-brothers"


def test_deleting_from_the_page_removes_the_session(seller: Seller) -> None:
    """The delete button removes the session; its page is then 404."""
    _login(seller)
    session = seller.client.post(
        "/api/sessions", json={"playbook": "bakery"}, headers=seller.headers
    ).json()
    token = _csrf(seller, f"/sessions/{session['id']}")
    response = seller.client.post(
        f"/sessions/{session['id']}/delete", data={"csrf_token": token}, follow_redirects=False
    )
    assert response.headers["location"] == "/sessions"
    assert seller.client.get(f"/sessions/{session['id']}").status_code == 404


def test_logout_forgets_the_login(seller: Seller) -> None:
    """After logging out, seller pages send you to the login page again."""
    _login(seller)
    token = _csrf(seller, "/playbooks")
    seller.client.post("/logout", data={"csrf_token": token})
    response = seller.client.get("/playbooks", follow_redirects=False)
    assert response.status_code == 303
