"""A bulk rejection in a real browser (Chromium, a live `candor serve` that processes uploads in the
background): the CSV file goes up through the page's form, the progress bar moves live over the socket
to the end without a reload, and the outcome table arrives with a link to each conversation."""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import DESKTOP, sign_in, start_live_server
from tests.live import employer_and_candidate

pytestmark = pytest.mark.browser

PEOPLE = 200  # enough for the upload to be still running once its page has connected (10-50 ms a row)

# Every value the progress bar shows from now on (the attribute reflects the property the script sets).
WATCH = """() => {
    window.sameDocument = true;
    window.progressSeen = [];
    const bar = document.querySelector('#bulk-progress');
    new MutationObserver(() => window.progressSeen.push(Number(bar.value)))
        .observe(bar, {attributes: true, attributeFilter: ['value']});
}"""


@pytest.fixture(scope="module")
def server():
    live = start_live_server(CANDOR_AUTH_RATE_LIMIT="1000 per minute", CANDOR_REJECTION_LIMIT="10000 per hour")
    yield live
    live.stop()


def test_an_uploaded_csv_is_followed_live_to_its_outcome(server, chromium):
    pair = employer_and_candidate(server.url)
    organization_id = pair["staff"].get("/api/v1/me", expect=200)["organizations"][0]["id"]
    n = time.monotonic_ns()
    lines = ["name,email,position,note"] + [
        f"Person {i},person{i}.{n}@c.example,Engineer,Thank you for your time." for i in range(PEOPLE)
    ]

    page = chromium.new_context(viewport=DESKTOP).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    sign_in(page, server.url, pair["staff_user"]["email"])
    page.goto(f"{server.url}/organizations/{organization_id}/bulk-rejections")
    page.get_by_label("CSV file").set_input_files(
        files=[{"name": "people.csv", "mimeType": "text/csv", "buffer": "\n".join(lines).encode()}]
    )
    page.get_by_role("button", name="Check the file and reject").click()
    page.wait_for_url("**/bulk-rejections/*")
    page.evaluate(WATCH)
    expect(page.locator("html[data-socket=connected]")).to_be_attached(timeout=30_000)  # a busy server: slow

    progress = page.get_by_label("People processed")
    expect(progress).to_have_attribute("max", str(PEOPLE))
    expect(page.get_by_role("heading", name="Done")).to_be_visible(timeout=60_000)
    expect(progress).to_have_attribute("value", str(PEOPLE))
    expect(page.locator("[data-bulk-text]")).to_have_text(
        f"{PEOPLE} of {PEOPLE} processed: {PEOPLE} rejected, 0 already rejected, 0 failed."
    )
    seen = page.evaluate("window.progressSeen")
    assert len(seen) >= 2 and seen == sorted(seen) and seen[-1] == PEOPLE, seen  # it moved, live, to the end
    assert page.evaluate("window.sameDocument") is True  # no reload
    expect(page.locator("[data-live-banner]")).to_have_text("")  # still connected, nothing to warn about

    # The outcome table, taken from the server's page: every row rejected, with its conversation.
    expect(page.locator('tr[data-row-outcome="rejected"]')).to_have_count(PEOPLE)
    first = page.get_by_role("link", name="Conversation with Person 0")
    expect(first).to_have_attribute("href", re.compile(r"^/threads/\d+$"))
    first.click()
    expect(page.get_by_text("Thank you for your time.").first).to_be_visible()
    assert errors == []
