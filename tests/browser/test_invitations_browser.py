"""Resending an invitation in a real browser: staff click "Resend invitation", the candidate's new link
works and the old one is dead. The page never shows either link."""

from __future__ import annotations

import os
import time

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import PASSWORD, sign_in
from tests.live import HttpApi, emailed_invitation_token

pytestmark = pytest.mark.browser


def test_staff_resend_an_invitation_and_only_the_new_link_works(live_server, new_context):
    base = live_server.url
    n = f"{os.getpid()}-{time.monotonic_ns()}"
    anon = HttpApi(base)
    signup = anon.post(
        "/api/v1/signup/employer",
        {"organization": f"Initech {n}", "name": "Bill", "email": f"bill{n}@initech.example", "password": PASSWORD},
        expect=201,
    )
    staff_api = HttpApi(base, signup["token"])
    position = staff_api.post(
        "/api/v1/positions", {"organization_id": signup["organization"]["id"], "title": "Analyst"}, expect=201
    )
    email = f"milton{n}@example.com"
    candidacy = staff_api.post(
        f"/api/v1/positions/{position['id']}/candidacies", {"name": "Milton", "email": email}, expect=201
    )
    staff_api.post(f"/api/v1/candidacies/{candidacy['id']}/reject", {}, expect=201)
    old = emailed_invitation_token(base, email)

    staff = new_context().new_page()
    sign_in(staff, base, signup["user"]["email"])
    staff.goto(f"{base}/positions/{position['id']}")
    card = staff.locator(f"#candidacy-{candidacy['id']}")
    expect(card).to_contain_text("Invitation emailed, valid until")
    card.get_by_role("button", name="Resend invitation to Milton").click()
    expect(staff.get_by_text(f"A new invitation is on its way to Milton at {email}.")).to_be_visible()
    expect(staff.get_by_text("The previous link no longer works.", exact=False)).to_be_visible()
    assert old not in staff.content()

    # The new email is in the outbox (development shows its link there), with a different link.
    staff.goto(f"{base}/outbox")
    newest = staff.locator("li.email").first
    expect(newest.locator(".email-subject")).to_have_text(f"A new link to your conversation with Initech {n}")
    link = newest.locator(".email-body a").first.get_attribute("href")
    assert link is not None and link.startswith(f"{base}/invitations/")
    new = link.rsplit("/", 1)[1]
    assert new != old and new == emailed_invitation_token(base, email)

    candidate = new_context().new_page()
    candidate.goto(f"{base}/invitations/{old}")
    expect(candidate.get_by_text("This invitation link is not valid")).to_be_visible()
    candidate.goto(link)
    expect(candidate.get_by_text(email).first).to_be_visible()
    candidate.get_by_label("Your name").fill("Milton")
    candidate.get_by_label("Choose a password").fill("another long password")
    candidate.get_by_role("button", name="Create account and open the conversation").click()
    expect(candidate.get_by_role("heading", name=f"Initech {n}")).to_be_visible()

    # Accepted: the position page offers no resend any more.
    staff.goto(f"{base}/positions/{position['id']}")
    expect(staff.locator(f"#candidacy-{candidacy['id']}")).to_contain_text("Conversation")
    expect(staff.get_by_role("button", name="Resend invitation to Milton")).to_have_count(0)
