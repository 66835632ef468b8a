"""Browser tests: Chromium drives a real server through the three main flows.

Each flow leaves a screenshot in docs/screenshots/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from web_helpers import BAKERY, DATA, Server, server_token, start_server, stop_server

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, str]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'browser.sqlite3'}"
    server = start_server(url)
    token = server_token(url)
    response = httpx.post(
        server.url + "/api/playbooks",
        json={"source": BAKERY, "slug": "bakery"},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert response.status_code == 201
    yield server, token
    stop_server(server)


def _login(page: Any, server: Server, token: str) -> None:
    page.goto(server.url + "/login")
    page.get_by_label("Token").fill(token)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/playbooks")


def test_buyer_self_serve_check_ends_in_no_fit_with_referral(
    live: tuple[Server, str], browser: Any
) -> None:
    """A buyer answers the first question and is told plainly it is not a fit, and where to go."""
    server, _ = live
    page = browser.new_page(viewport={"width": 420, "height": 860})
    page.goto(server.url + "/check/bakery")
    verdict = page.get_by_role("heading", name="It is not a fit")
    for _ in range(3):
        asked = page.locator("input[name=criterion]").first.input_value()
        if asked == "business_kind":
            page.get_by_role("button", name="Factory").click()
        else:
            page.get_by_label("Your answer").first.fill("only two loaves a day")
            page.get_by_role("button", name="Next").click()
        page.wait_for_load_state()
        if verdict.count():
            break
    verdict.wait_for()
    assert "the baker down your street" in page.content() or "industrial bakery" in page.content()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "web-self-serve-no-fit.png"), full_page=True)
    page.close()


def test_sellers_answers_show_up_live_in_the_buyers_view(
    live: tuple[Server, str], browser: Any
) -> None:
    """The seller types answers; the buyer's share page updates by itself, and back."""
    server, token = live
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    seller = context.new_page()
    _login(seller, server, token)
    seller.get_by_label("Call name for Crumb & Co wholesale").fill("Call with Tom's café")
    seller.locator("form[action='/playbooks/bakery/sessions'] button").click()
    seller.get_by_role("heading", name="Next best question").wait_for()
    share_url = seller.locator("#share-url").input_value()

    buyer = browser.new_context(viewport={"width": 420, "height": 860}).new_page()
    buyer.goto(share_url)
    buyer.get_by_role("heading", name="Fit map").wait_for()

    seller.get_by_label("Answer to").select_option("business_kind")
    seller.get_by_label("The buyer's words, as said").fill("a small café by the station")
    seller.get_by_role("button", name="Save answer").click()
    seller.wait_for_load_state()
    buyer.locator("blockquote", has_text="a small café by the station").wait_for(timeout=10_000)

    buyer.get_by_label("Which one").select_option("loaves_per_day")
    buyer.get_by_label("What is right, in your words").fill("about forty loaves")
    buyer.get_by_role("button", name="Send correction").click()
    seller.locator("blockquote", has_text="about forty loaves").wait_for(timeout=10_000)

    seller.get_by_label("Answer to").select_option("delivery_before_seven")
    seller.get_by_label("The buyer's words, as said").fill("yes, we open at seven")
    seller.get_by_role("button", name="Save answer").click()
    buyer.locator("blockquote", has_text="yes, we open at seven").wait_for(timeout=10_000)
    seller.screenshot(path=str(SHOTS / "web-live-session.png"), full_page=True)
    context.close()


def test_a_fact_said_in_passing_shows_live_on_both_sides(
    live: tuple[Server, str], browser: Any
) -> None:
    """A fact the buyer mentions on the side is noted on the seller's page and in the buyer's."""
    server, token = live
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    seller = context.new_page()
    _login(seller, server, token)
    seller.get_by_label("Call name for Crumb & Co wholesale").fill("Call with Ada's deli")
    seller.locator("form[action='/playbooks/bakery/sessions'] button").click()
    seller.get_by_role("heading", name="Next best question").wait_for()
    buyer = browser.new_context(viewport={"width": 420, "height": 860}).new_page()
    buyer.goto(seller.locator("#share-url").input_value())
    buyer.get_by_role("heading", name="Fit map").wait_for()

    seller.get_by_label("Answer to").select_option("business_kind")
    seller.get_by_label("The buyer's words, as said").fill(
        "a small café by the station, about forty loaves a day"
    )
    seller.get_by_role("button", name="Save answer").click()
    seller.wait_for_load_state()
    noted = "Also noted: Loaves a day: 40 loaves"
    seller.get_by_text(noted).wait_for()
    buyer.get_by_text(noted).wait_for(timeout=10_000)
    assert buyer.locator("[data-criterion='loaves_per_day'] .in-passing").count() == 1
    seller.screenshot(path=str(SHOTS / "web-said-in-passing.png"), full_page=True)
    context.close()


def test_seller_uploads_a_call_and_reads_its_report(live: tuple[Server, str], browser: Any) -> None:
    """Upload a transcript with a playbook; the review page shows the CLI's HTML report."""
    server, token = live
    context = browser.new_context(viewport={"width": 1200, "height": 1000})
    page = context.new_page()
    _login(page, server, token)
    page.goto(server.url + "/reviews")
    page.locator("#file").set_input_files(str(DATA / "bakery-call.txt"))
    page.get_by_label("Playbook").select_option("bakery")
    page.get_by_label("Seller's name as in the transcript (optional)").fill("Mara")
    page.get_by_role("button", name="Review", exact=True).click()
    page.wait_for_url("**/reviews/*")
    frame = page.frame_locator("iframe.report")
    frame.locator("body").wait_for()
    assert "Mara" in frame.locator("body").inner_text()
    page.screenshot(path=str(SHOTS / "web-review.png"), full_page=True)
    context.close()
