"""An announcement in a real browser (Chromium, a live `candor serve`): it arrives live on the
candidate's open thread page as a "New role" with the button to stop hearing about new roles, exactly
as a reload shows it, and the button withdraws."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import DESKTOP, sign_in, start_live_server
from tests.live import employer_and_candidate

pytestmark = pytest.mark.browser

MESSAGES = "ol.messages > li[data-message-id]"


@pytest.fixture(scope="module")
def server():
    live = start_live_server(CANDOR_AUTH_RATE_LIMIT="1000 per minute")
    yield live
    live.stop()


def open_thread(browser, base: str, email: str, thread_id: int):
    page = browser.new_context(viewport=DESKTOP).new_page()
    page.script_errors = []
    page.on("pageerror", lambda error: page.script_errors.append(str(error)))
    sign_in(page, base, email)
    page.goto(f"{base}/threads/{thread_id}")
    expect(page.locator("html[data-socket=connected]")).to_be_attached()
    page.evaluate("window.sameDocument = true")
    return page


# What a person sees of the newest message: its label, its words, its buttons.
SEEN = """item => ({
    label: [...item.querySelectorAll('.kind-label')].map((e) => e.textContent.trim()),
    body: item.querySelector('.message-body').textContent.trim(),
    buttons: [...item.querySelectorAll('button')].map((e) => e.textContent.trim()),
    links: [...item.querySelectorAll('.message-body a')].map((e) => e.getAttribute('href')),
})"""


def test_an_announcement_arrives_live_and_the_candidate_withdraws_from_it(server, chromium):
    pair = employer_and_candidate(server.url)
    tid, staff, candidate = pair["thread_id"], pair["staff"], pair["candidate"]
    candidate.put(f"/api/v1/threads/{tid}/connection", {"opt_in": True, "interests": ["backend"]}, expect=200)
    staff.put(f"/api/v1/threads/{tid}/connection", {"opt_in": True}, expect=200)
    position_id = staff.get(f"/api/v1/threads/{tid}", expect=200)["position"]["id"]

    casey = open_thread(chromium, server.url, pair["candidate_user"]["email"], tid)
    erin = open_thread(chromium, server.url, pair["staff_user"]["email"], tid)
    # A reply of Casey's own before: her messages carry no announcement parts.
    casey.locator("#reply textarea").fill("Thanks, I would like to hear about new roles.")
    casey.get_by_role("button", name="Send message").click()
    expect(casey.locator(MESSAGES).last).to_contain_text("I would like to hear about new roles.")
    assert casey.locator(MESSAGES).last.evaluate(SEEN)["label"] == []

    sent = staff.post(
        f"/api/v1/positions/{position_id}/announcements",
        {"message": "We opened a backend role.", "interests": ["Backend"]},
        expect=201,
    )
    assert sent["recipients"] == 1
    expect(casey.locator(MESSAGES).last).to_contain_text("We opened a backend role.")
    expect(erin.locator(MESSAGES).last).to_contain_text("We opened a backend role.")
    live_casey = casey.locator(MESSAGES).last.evaluate(SEEN)
    live_erin = erin.locator(MESSAGES).last.evaluate(SEEN)
    assert live_casey["label"] == ["New role"] and live_casey["buttons"] == ["Stop hearing about new roles"]
    assert live_casey["links"] == [f"/roles/{position_id}"]
    assert live_erin["buttons"] == []  # staff never get the candidate's button
    assert casey.evaluate("window.sameDocument") is True and casey.script_errors == []

    casey.reload()
    assert casey.locator(MESSAGES).last.evaluate(SEEN) == live_casey  # the same after a reload

    casey.locator(MESSAGES).last.get_by_role("button", name="Stop hearing about new roles").click()
    expect(casey.get_by_text("You chose not to stay in touch.")).to_be_visible()
    assert candidate.get(f"/api/v1/threads/{tid}")["connection"]["connected"] is False

    # The role link opens the role page.
    casey.locator(f"li.message-kind-announcement a[href='/roles/{position_id}']").click()
    expect(casey.get_by_role("heading", level=1)).to_have_text("Engineer")
