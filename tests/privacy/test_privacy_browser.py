"""In a real browser: a candidate downloads their data and deletes their account from the Account page;
the employer then sees the conversation with a former candidate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import chromium, live_server, new_context  # noqa: F401 (fixtures)
from tests.browser.helpers import sign_in
from tests.live import employer_and_candidate

pytestmark = pytest.mark.browser
PASSWORD = "a long password"  # what employer_and_candidate signs up with


def test_candidate_exports_then_deletes_their_account(live_server, new_context):  # noqa: F811
    base = live_server.url
    pair = employer_and_candidate(base)
    email = pair["candidate_user"]["email"]
    page = new_context(accept_downloads=True).new_page()
    sign_in(page, base, email, PASSWORD)
    page.goto(f"{base}/account")
    section = page.locator("section", has=page.locator("#privacy-heading"))
    with page.expect_download() as download:
        section.get_by_role("link", name="Export my data").click()
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert data["user"]["email"] == email
    assert [t["id"] for t in data["threads"]] == [pair["thread_id"]]

    section.get_by_role("link", name="Delete my account…").click()
    page.get_by_label("Your password").fill("not my password")
    page.get_by_role("button", name="Delete my account").click()
    expect(page.get_by_text("That password is not right.").first).to_be_visible()
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_role("button", name="Delete my account").click()
    expect(page.get_by_text("Your account is deleted.")).to_be_visible()
    page.goto(f"{base}/account")
    assert "/login" in page.url

    staff = new_context().new_page()
    sign_in(staff, base, pair["staff_user"]["email"], PASSWORD)
    staff.goto(f"{base}/threads/{pair['thread_id']}")
    expect(staff.get_by_text("Former candidate").first).to_be_visible()
