"""Call reviews: upload a transcript, read the same report as the CLI, filter the list."""

from __future__ import annotations

import re

from web_helpers import DATA, Seller

from fitfirst.playbook import parse_playbook
from fitfirst.reports import render
from fitfirst.review.pipeline import review
from fitfirst.transcripts import read_transcript_text

CALL = (DATA / "bakery-call.txt").read_bytes()


def _upload(seller: Seller, name: str, who: str, playbook: str = "bakery") -> str:
    response = seller.client.post(
        "/api/reviews",
        files={"file": (name, CALL, "text/plain")},
        data={"playbook": playbook, "seller": who},
        headers=seller.headers,
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def test_uploaded_call_gets_the_same_report_as_the_cli(seller: Seller) -> None:
    """The stored report is render(review(...), "html") of the same transcript and playbook."""
    review_id = _upload(seller, "call.txt", "Mara")
    report = seller.client.get(f"/api/reviews/{review_id}/report", headers=seller.headers)
    assert report.status_code == 200
    playbook = parse_playbook((DATA / "bakery.yaml").read_text(encoding="utf-8"), "bakery.yaml")
    expected = render(
        review(read_transcript_text(CALL, source="call.txt"), playbook=playbook, seller="Mara"),
        "html",
    )
    assert report.text == expected


def test_review_json_is_the_review_result(seller: Seller) -> None:
    """The API gives the ReviewResult's own JSON, with the seller and the fit verdict."""
    review_id = _upload(seller, "call.txt", "Mara")
    data = seller.client.get(f"/api/reviews/{review_id}", headers=seller.headers).json()
    assert data["seller"] == "Mara"
    assert data["result"]["fit"]["verdict"] == data["verdict"]
    assert data["result"]["offer"]["name"] == "Crumb & Co wholesale"


def test_review_list_filters_by_seller_and_verdict(seller: Seller) -> None:
    """The list narrows to one seller, and to one verdict."""
    _upload(seller, "a.txt", "Mara")
    _upload(seller, "b.txt", "Mara")
    _upload(seller, "c.txt", "Tom")
    by_mara = seller.client.get("/api/reviews", params={"seller": "Mara"}, headers=seller.headers)
    assert sorted(r["filename"] for r in by_mara.json()) == ["a.txt", "b.txt"]
    verdict = by_mara.json()[0]["verdict"]
    other = "fit" if verdict != "fit" else "no_fit"
    assert (
        seller.client.get("/api/reviews", params={"verdict": other}, headers=seller.headers).json()
        == []
    )
    assert (
        len(
            seller.client.get(
                "/api/reviews", params={"verdict": verdict}, headers=seller.headers
            ).json()
        )
        == 3
    )


def test_an_unreadable_transcript_is_a_clear_422(seller: Seller) -> None:
    """A file the readers cannot use at all gets the reader's message, not a crash."""
    response = seller.client.post(
        "/api/reviews",
        files={"file": ("empty.txt", b"", "text/plain")},
        headers=seller.headers,
    )
    assert response.status_code == 422
    assert response.json()["detail"]


def test_review_pages_upload_and_show_the_report_in_a_sandbox(seller: Seller) -> None:
    """The upload form leads to the review page, which frames the report in a sandbox."""
    found = re.search(r'name="csrf_token" value="([^"]+)"', seller.client.get("/login").text)
    assert found is not None
    token = found.group(1)
    seller.client.post("/login", data={"csrf_token": token, "token": seller.token})
    response = seller.client.post(
        "/reviews",
        data={"csrf_token": token, "playbook": "bakery", "seller": "Mara"},
        files={"file": ("call.txt", CALL, "text/plain")},
    )
    assert response.status_code == 200
    assert re.search(
        r'<iframe class="report" src="/reviews/\w+/report"[^>]* sandbox', response.text
    )
    listing = seller.client.get("/reviews", params={"seller": "Mara"})
    assert "call.txt" in listing.text
