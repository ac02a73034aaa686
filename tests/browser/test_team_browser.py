"""A team of two in a real browser: an admin invites a colleague as hiring manager from the Team page;
the colleague opens the emailed link and creates their account; they see no conversation until the
admin assigns them one; then it is under "Assigned to me", they answer it, and the candidate, with
the conversation open, sees the answer arrive."""

from __future__ import annotations

import time

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import PASSWORD, shoot, sign_in
from tests.live import emailed_token, employer_and_candidate

pytestmark = pytest.mark.browser


def test_an_invited_hiring_manager_answers_the_thread_assigned_to_them(live_server, new_context):
    base = live_server.url
    pair = employer_and_candidate(base)
    tid = pair["thread_id"]
    organization_id = pair["staff"].get("/api/v1/me")["organizations"][0]["id"]
    pair["candidate"].post(f"/api/v1/threads/{tid}/messages", {"body": "Could someone tell me more?"}, expect=201)
    colleague_email = f"hana{time.monotonic_ns()}@acme.example"

    # The admin invites a colleague as hiring manager.
    admin = new_context().new_page()
    sign_in(admin, base, pair["staff_user"]["email"])
    admin.goto(f"{base}/organizations/{organization_id}/team")
    admin.get_by_label("Email").fill(colleague_email)
    admin.get_by_label("Role", exact=True).select_option("hiring_manager")
    admin.get_by_role("button", name="Send invitation").click()
    expect(admin.get_by_text(colleague_email).first).to_be_visible()

    # The colleague opens the emailed link and creates their account.
    colleague = new_context().new_page()
    colleague.goto(f"{base}/member-invitations/{emailed_token(base, colleague_email, 'member-invitations')}")
    expect(colleague.get_by_text("You are invited as hiring manager.")).to_be_visible()
    colleague.get_by_label("Your name").fill("Hana Manager")
    colleague.get_by_label("Password").fill(PASSWORD)
    colleague.get_by_role("button", name="Join").click()
    expect(colleague.get_by_role("heading", name="Positions", exact=True)).to_be_visible()
    # Nothing is theirs yet: no position, no conversation.
    expect(colleague.get_by_text("Engineer", exact=True)).to_have_count(0)
    colleague.goto(base + "/")
    expect(colleague.get_by_role("heading", name="Inbox")).to_be_visible()
    expect(colleague.locator(".thread-row")).to_have_count(0)
    assert colleague.goto(f"{base}/threads/{tid}").status == 404

    # The candidate has the conversation open.
    candidate = new_context().new_page()
    sign_in(candidate, base, pair["candidate_user"]["email"])
    candidate.goto(f"{base}/threads/{tid}")
    expect(candidate.get_by_text("Could someone tell me more?")).to_be_visible()

    # The admin assigns the thread to the colleague from the thread page.
    admin.goto(f"{base}/threads/{tid}")
    admin.get_by_label("Who handles this conversation").select_option(label="Hana Manager")
    admin.get_by_role("button", name="Assign", exact=True).click()
    expect(admin.get_by_text("Assigned to Hana Manager.")).to_be_visible()

    # The colleague finds it under "Assigned to me", opens it and answers.
    colleague.goto(base + "/")
    colleague.get_by_role("link", name="Assigned to me").click()
    expect(colleague).to_have_url(f"{base}/?assigned=me")
    row = colleague.locator(".thread-row", has_text="Casey")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("Assigned to Hana Manager")
    shoot(colleague, "team-assigned-to-me", sizes=(("desktop", {"width": 1280, "height": 900}),))
    row.get_by_role("link").click()
    expect(colleague.get_by_text("Could someone tell me more?")).to_be_visible()
    answer = "Hi Casey, I'm Hana, the hiring manager. Happy to walk you through our decision."
    colleague.get_by_label("Write to Casey").fill(answer)
    colleague.get_by_role("button", name="Send message").click()
    expect(colleague.get_by_text(answer)).to_be_visible()

    # The candidate sees the answer arrive, from Hana.
    message = candidate.locator(".message", has_text=answer)
    expect(message).to_be_visible(timeout=10_000)
    expect(message).to_contain_text("Hana Manager")
