"""The whole loop in a real browser: two people, two browser contexts, no JavaScript needed."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import DESKTOP, PHONE
from tests.browser.helpers import shoot as _shoot

pytestmark = pytest.mark.browser


def test_employer_rejects_candidate_asks_employer_answers(live_server, chromium):
    base = live_server.url
    employer = chromium.new_context(viewport=DESKTOP, java_script_enabled=False)
    candidate = chromium.new_context(viewport=PHONE, java_script_enabled=False)
    try:
        staff = employer.new_page()
        staff.goto(base + "/signup")
        staff.get_by_label("Organization").fill("Northwind Labs")
        staff.get_by_label("Your name").fill("Alex Admin")
        staff.get_by_label("Work email").fill("alex@northwind.example")
        staff.get_by_label("Password").fill("a long enough password")
        staff.get_by_role("button", name="Create my organization").click()
        expect(staff.get_by_role("heading", name="Positions", exact=True)).to_be_visible()

        staff.get_by_label("Title").fill("Backend Engineer")
        staff.get_by_role("button", name="Create position").click()
        staff.get_by_label("Name").fill("Sam Rivera")
        staff.get_by_label("Email", exact=True).fill("sam@candidates.example")
        staff.get_by_role("button", name="Add candidate").click()
        staff.get_by_role("link", name="Reject Sam Rivera and open a conversation").click()
        staff.get_by_label("Reason").select_option("skills")
        staff.get_by_label("A personal first message").fill(
            "Hi Sam, thank you for the care you put into the take-home. We won't be moving forward, "
            "but we'd be glad to tell you more if it helps."
        )
        staff.get_by_role("button", name="Reject and open the conversation").click()
        expect(staff.get_by_text("Candor emailed Sam Rivera an invitation")).to_be_visible()
        # Development has no mail server: the Outbox page shows the email with its link.
        staff.goto(base + "/outbox")
        link = staff.locator(".email-body a").first.get_attribute("href")
        assert link.startswith(base + "/invitations/")

        sam = candidate.new_page()
        sam.goto(link)
        expect(sam.get_by_text("sam@candidates.example").first).to_be_visible()
        sam.get_by_label("Your name").fill("Sam Rivera")
        sam.get_by_label("Choose a password").fill("another long password")
        sam.get_by_role("button", name="Create account and open the conversation").click()
        expect(sam.get_by_role("heading", name="Northwind Labs")).to_be_visible()

        sam.get_by_role("link", name="Ask for feedback").click()
        sam.get_by_label("Skills").check()
        sam.get_by_label("Interview").check()
        sam.get_by_role("button", name="Build my draft").click()
        message = sam.get_by_label("Your message")
        assert "my skills and the interviews" in message.input_value()
        message.fill(message.input_value() + "\n\nThe system design round is where I felt least sure.")
        sam.get_by_role("button", name="Send my request").click()
        expect(sam.get_by_text("Reply requested by")).to_be_visible()

        staff.goto(sam.url)  # the same thread, seen by the employer
        staff.get_by_role("link", name="Write feedback").click()
        staff.get_by_label("What stood out in a good way").fill(
            "Your take-home API was clean, well tested and clearly documented."
        )
        staff.get_by_label("What would have made the difference").fill(
            "The role needs hands-on experience scaling PostgreSQL; in the system design round the "
            "replication questions were new to you."
        )
        staff.get_by_label("One thing to try next time").fill(
            "Set up a small primary/replica pair and break it on purpose; write down what you learn."
        )
        staff.get_by_role("button", name="Send feedback").click()
        expect(staff.get_by_text("Your feedback is sent to Sam Rivera.")).to_be_visible()
        staff.get_by_role("button", name="Stay in touch").click()

        sam.reload()
        expect(sam.get_by_text("replication questions were new to you")).to_be_visible()
        expect(sam.get_by_text("Feedback given").first).to_be_visible()
        _shoot(sam, "candidate-thread")
        sam.goto(base + "/")
        _shoot(sam, "candidate-inbox")
        staff.goto(staff.url.split("#")[0])
        _shoot(staff, "employer-thread")
        staff.goto(base + "/")
        _shoot(staff, "employer-inbox")
    finally:
        employer.close()
        candidate.close()
