"""Feedback with JavaScript on: preview as the candidate sees it (a round trip, never a send), send,
edit within the window, and the candidate's open page shows "Edited" live; then the candidate
rates it. The 10 minutes are real here: everything happens well within them."""

from __future__ import annotations

import os
import re
import tempfile

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import DESKTOP, PASSWORD, shoot
from tests.live import LiveServer, employer_and_candidate

pytestmark = pytest.mark.browser

STRENGTHS = "Your take-home API was clean, well tested and clearly documented."
GAPS = "The role needs hands-on PostgreSQL replication; in the design round it was new to you."
ADVICE = "Set up **streaming replication** on two small VMs and break it on purpose."
BETTER = "Try a failover drill with Patroni and write down each step you took."


@pytest.fixture(scope="module")
def server():
    folder = tempfile.mkdtemp(prefix="candor-feedback-edits-")
    live = LiveServer(
        f"sqlite:///{folder}/candor.sqlite3",
        CANDOR_ENV="development",
        CANDOR_INSTANCE_PATH=folder,
        CANDOR_AUTH_RATE_LIMIT="1000 per minute",
    )
    live.migrate()
    live.start()
    yield live
    live.stop()


def _login(context, base: str, email: str):
    page = context.new_page()
    page.goto(base + "/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Inbox")).to_be_visible()
    return page


def test_preview_send_edit_and_the_candidate_sees_edited_live(server, new_context):
    people = employer_and_candidate(server.url)
    thread_id = people["thread_id"]
    people["candidate"].post(
        f"/api/v1/threads/{thread_id}/feedback-request",
        {"topics": ["skills"], "message": "Which skill should I work on first?"},
        expect=201,
    )
    staff = _login(new_context(viewport=DESKTOP), server.url, people["staff_user"]["email"])
    staff.set_default_timeout(8_000)
    casey = _login(new_context(viewport=DESKTOP), server.url, people["candidate_user"]["email"])
    casey.set_default_timeout(8_000)

    # -- preview: the server renders the message with the candidate's template; nothing is sent
    staff.goto(f"{server.url}/threads/{thread_id}/feedback")
    staff.get_by_label("What stood out in a good way").fill(STRENGTHS)
    staff.get_by_label("What would have made the difference").fill(GAPS)
    staff.get_by_label("One thing to try next time").fill(ADVICE)
    staff.get_by_role("button", name="Preview as the candidate sees it").click()
    preview = staff.locator("[data-preview]")
    expect(preview.get_by_role("heading", name="Preview: what Casey will see")).to_be_visible()
    expect(preview.locator(".message-body strong", has_text="streaming replication")).to_be_visible()
    expect(preview.locator(".author")).to_contain_text("Erin")
    expect(staff).to_have_url(re.compile(r"/feedback$"))
    expect(staff.get_by_label("One thing to try next time")).to_have_value(ADVICE)
    shoot(staff, "feedback-preview")
    casey.goto(f"{server.url}/threads/{thread_id}")
    expect(casey.locator(".message-kind-feedback")).to_have_count(0)

    # -- send
    staff.get_by_role("button", name="Send feedback").click()
    expect(staff.get_by_text("Your feedback is sent to Casey.")).to_be_visible()
    feedback = casey.locator(".message-kind-feedback")
    expect(feedback).to_contain_text(GAPS)
    expect(feedback.get_by_text("Edited")).to_have_count(0)

    # -- edit within the window, while the candidate's page is open
    mine = staff.locator(".message-kind-feedback")
    expect(mine.get_by_text(re.compile(r"until \d\d:\d\d UTC"))).to_be_visible()
    mine.get_by_role("link", name="Edit").click()
    expect(staff.get_by_role("heading", name="Edit your feedback for Casey")).to_be_visible()
    advice = staff.get_by_label("One thing to try next time")
    expect(advice).to_have_value(ADVICE)
    advice.fill(BETTER)
    staff.get_by_role("button", name="Save changes").click()
    expect(staff.get_by_text("Your feedback is updated.")).to_be_visible()

    # the candidate's open page: the new text and "Edited <time>", without a reload
    expect(feedback).to_contain_text(BETTER)
    expect(feedback).not_to_contain_text("streaming replication")
    expect(feedback.locator("[data-edited]")).to_contain_text(re.compile(r"Edited \d+ \w+ \d{4}, \d\d:\d\d UTC"))
    shoot(casey, "feedback-edited-candidate")

    # -- the candidate rates it (plain form)
    expect(feedback.get_by_role("group", name="How useful was this? 1–5")).to_be_visible()
    feedback.get_by_label("4", exact=True).check()
    feedback.get_by_label("A comment for").fill("The failover drill is concrete.")
    feedback.get_by_role("button", name="Send my rating").click()
    expect(casey.get_by_text("You rated this 4 of 5 for usefulness.")).to_be_visible()
    staff.reload()
    expect(staff.get_by_text("Casey rated this 4 of 5 for usefulness.")).to_be_visible()

    # -- withdraw: the candidate's open page follows live
    staff.locator(".message-kind-feedback").get_by_role("link", name="Withdraw").click()
    staff.get_by_role("button", name="Withdraw feedback").click()
    expect(staff.get_by_text("Your feedback is withdrawn.")).to_be_visible()
    expect(feedback).to_contain_text("Feedback withdrawn by Erin.")
    expect(feedback).not_to_contain_text(BETTER)
    expect(feedback.locator("[data-feedback-rating]")).to_have_count(0)
    expect(casey.locator("[data-live='status-badge']")).to_have_text("Feedback requested")
    if os.environ.get("CANDOR_SHOTS"):
        shoot(casey, "feedback-withdrawn-candidate")
