"""Email settings in a real browser: from the user menu, switches saved and shown as saved, the same
switches the API reads."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import sign_in
from tests.live import employer_and_candidate

pytestmark = pytest.mark.browser


def test_a_candidate_turns_message_emails_off_and_back_on(live_server, new_context):
    base = live_server.url
    pair = employer_and_candidate(base)
    page = new_context().new_page()
    sign_in(page, base, pair["candidate_user"]["email"])

    page.get_by_role("navigation", name="Your account").get_by_role("link", name="Settings").click()
    expect(page.get_by_role("heading", name="Settings")).to_be_visible()
    messages = page.get_by_role("checkbox", name="New messages")
    feedback = page.get_by_role("checkbox", name="Feedback requests and feedback")
    expect(messages).to_be_checked()
    expect(feedback).to_be_checked()
    # Reminders are about reply targets, which only staff have.
    expect(page.get_by_role("checkbox", name="Feedback reminders")).to_have_count(0)

    messages.uncheck()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Your email settings are saved.")).to_be_visible()
    expect(page.get_by_role("checkbox", name="New messages")).not_to_be_checked()
    expect(page.get_by_role("checkbox", name="Feedback requests and feedback")).to_be_checked()
    assert pair["candidate"].get("/api/v1/me/notification-settings", expect=200)["email"]["messages"] is False

    page.reload()
    expect(page.get_by_role("checkbox", name="New messages")).not_to_be_checked()
    page.get_by_role("checkbox", name="New messages").check()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Your email settings are saved.")).to_be_visible()
    assert pair["candidate"].get("/api/v1/me/notification-settings", expect=200)["email"]["messages"] is True


def test_the_settings_page_needs_a_login(live_server, new_context):
    page = new_context().new_page()
    page.goto(live_server.url + "/settings")
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()
