"""The wording gate with JavaScript on: the staff reply box on the thread page and the rejection note
are checked live (the phrase highlighted in place), a legal-risk send is held with the "I have
reviewed this wording" checkbox, and once it is ticked the message reaches the candidate live.
When the live check misses (here: made to answer nothing), the server's hold on the socket shows
the same findings and checkbox, and the acknowledged resend goes out."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import DESKTOP, shoot, sign_in, start_live_server
from tests.live import employer_and_candidate

pytestmark = pytest.mark.browser

YOUNG_TEAM = "We felt you would not fit with a team this young."
YOUNGER = "Honestly, we wanted someone younger."
ACK = "I have reviewed this wording and want to send it anyway"


@pytest.fixture(scope="module")
def server():
    live = start_live_server(CANDOR_AUTH_RATE_LIMIT="1000 per minute")
    yield live
    live.stop()


@pytest.fixture
def pair(server):
    return employer_and_candidate(server.url)


def _page(chromium, server, email):
    context = chromium.new_context(viewport=DESKTOP)
    context.set_default_timeout(6_000)
    page = context.new_page()
    sign_in(page, server.url, email)
    return context, page


def _open_thread(page, server, thread_id):
    page.goto(f"{server.url}/threads/{thread_id}")
    # Live once the socket is connected: the page's script makes the list a live region.
    expect(page.locator("ol.messages")).to_have_attribute("aria-live", "polite")


def test_a_risky_reply_is_highlighted_held_and_sent_once_acknowledged(chromium, server, pair):
    staff_ctx, staff = _page(chromium, server, pair["staff_user"]["email"])
    cand_ctx, candidate = _page(chromium, server, pair["candidate_user"]["email"])
    try:
        _open_thread(candidate, server, pair["thread_id"])
        _open_thread(staff, server, pair["thread_id"])
        box = staff.get_by_label("Write to Casey")
        send = staff.get_by_role("button", name="Send message")
        box.click()
        staff.keyboard.type(YOUNG_TEAM)

        # Highlighted in place, explained once under the box; Send waits.
        expect(staff.locator(".hl-backdrop mark.finding-legal_risk")).to_have_text("team this young")
        finding = staff.locator(".live-findings .finding-legal_risk")
        expect(finding).to_contain_text("Legal risk")
        expect(finding).to_contain_text("Try instead:")
        assert finding.locator(".finding-why").inner_text().count("team this young") == 1
        expect(send).to_be_disabled()
        expect(staff.locator("#composer-status")).to_contain_text("Send is paused")

        # Ctrl+Enter tries to send: held, with the checkbox; nothing reached the candidate.
        box.press("Control+Enter")
        expect(staff.locator("#composer-status")).to_contain_text("Not sent yet")
        ack = staff.get_by_label(ACK)
        expect(ack).to_be_visible()
        shoot(staff, "wording-gate-reply-held", sizes=(("desktop", DESKTOP),))
        expect(candidate.locator(".message", has_text="team this young")).to_have_count(0)

        # Acknowledged: sent over the socket, and the candidate receives it live.
        ack.check()
        expect(send).to_be_enabled()
        box.press("Control+Enter")
        expect(candidate.locator(".message", has_text=YOUNG_TEAM)).to_be_visible()
        expect(staff.locator(".message:not(.message-pending)", has_text=YOUNG_TEAM)).to_be_visible()
        expect(box).to_have_value("")
        expect(ack).to_be_hidden()  # the next message needs its own review
        expect(candidate.locator(".message", has_text=YOUNG_TEAM)).to_have_count(1)
    finally:
        staff_ctx.close()
        cand_ctx.close()


def test_the_server_hold_on_the_socket_shows_the_findings_and_the_checkbox(chromium, server, pair):
    staff_ctx, staff = _page(chromium, server, pair["staff_user"]["email"])
    cand_ctx, candidate = _page(chromium, server, pair["candidate_user"]["email"])
    try:
        # The live check finds nothing (as if it missed the phrase): only the server gate stands.
        staff_ctx.route(
            "**/api/v1/feedback/check",
            lambda route: route.fulfill(status=200, content_type="application/json", body=json.dumps({"findings": []})),
        )
        _open_thread(candidate, server, pair["thread_id"])
        _open_thread(staff, server, pair["thread_id"])
        box = staff.get_by_label("Write to Casey")
        box.fill(YOUNGER)
        expect(staff.locator("#composer-status")).to_contain_text("No wording issues found")
        staff.get_by_role("button", name="Send message").click()

        # The socket's legal_risk ack: the text is back, the phrase marked, the checkbox shown.
        expect(staff.locator("[data-live=send-error]")).to_contain_text("protected characteristic")
        expect(box).to_have_value(YOUNGER)
        expect(staff.locator(".hl-backdrop mark.finding-legal_risk")).to_have_text("someone younger")
        ack = staff.get_by_label(ACK)
        expect(ack).to_be_visible()
        expect(candidate.locator(".message", has_text="someone younger")).to_have_count(0)

        ack.check()
        staff.get_by_role("button", name="Send message").click()
        expect(candidate.locator(".message", has_text=YOUNGER)).to_be_visible()
        expect(box).to_have_value("")
    finally:
        staff_ctx.close()
        cand_ctx.close()


def test_a_candidate_is_never_held_and_ctrl_enter_sends(chromium, server, pair):
    cand_ctx, candidate = _page(chromium, server, pair["candidate_user"]["email"])
    try:
        _open_thread(candidate, server, pair["thread_id"])
        box = candidate.get_by_label("Write to")
        box.fill(YOUNGER)
        box.press("Control+Enter")
        expect(candidate.locator(".message:not(.message-pending)", has_text=YOUNGER)).to_be_visible()
        expect(box).to_have_value("")
        expect(candidate.get_by_label(ACK)).to_have_count(0)
    finally:
        cand_ctx.close()


def test_the_rejection_note_is_checked_live(chromium, server, pair):
    staff_api = pair["staff"]
    organization_id = staff_api.get("/api/v1/me", expect=200)["organizations"][0]["id"]
    position = staff_api.post("/api/v1/positions", {"organization_id": organization_id, "title": "QA"}, expect=201)
    cand = staff_api.post(
        f"/api/v1/positions/{position['id']}/candidacies", {"name": "Jo", "email": "jo-note@example.com"}, expect=201
    )
    staff_ctx, staff = _page(chromium, server, pair["staff_user"]["email"])
    try:
        staff.goto(f"{server.url}/candidacies/{cand['id']}/reject")
        note = staff.get_by_label("A personal first message (optional)")
        note.fill(YOUNGER)
        expect(staff.locator(".hl-backdrop mark.finding-legal_risk")).to_have_text("someone younger")
        send = staff.get_by_role("button", name="Reject and open the conversation")
        expect(send).to_be_disabled()
        staff.get_by_label(ACK).check()
        send.click()
        expect(staff.locator(".message", has_text=YOUNGER)).to_be_visible()  # on the new thread's page
    finally:
        staff_ctx.close()


def test_the_announce_note_is_checked_live_and_its_preview_still_counts(chromium, server, pair):
    staff_api, tid = pair["staff"], pair["thread_id"]
    pair["candidate"].put(f"/api/v1/threads/{tid}/connection", {"opt_in": True}, expect=200)
    staff_api.put(f"/api/v1/threads/{tid}/connection", {"opt_in": True}, expect=200)
    organization_id = staff_api.get("/api/v1/me", expect=200)["organizations"][0]["id"]
    position = staff_api.post("/api/v1/positions", {"organization_id": organization_id, "title": "SRE"}, expect=201)
    staff_ctx, staff = _page(chromium, server, pair["staff_user"]["email"])
    cand_ctx, candidate = _page(chromium, server, pair["candidate_user"]["email"])
    try:
        _open_thread(candidate, server, tid)
        staff.goto(f"{server.url}/positions/{position['id']}/announce")
        note = staff.get_by_label("Your note")
        note.fill("A new SRE role. " + YOUNGER)
        expect(staff.locator(".hl-backdrop mark.finding-legal_risk")).to_have_text("someone younger")
        send = staff.get_by_role("button", name="Send announcement")
        expect(send).to_be_disabled()
        # "Check and count recipients" still posts (the composer lets other buttons through).
        staff.get_by_role("button", name="Check and count recipients").click()
        expect(staff.locator(".announce-reach")).to_contain_text("1 candidate")
        expect(staff.get_by_label("Your note")).to_have_value("A new SRE role. " + YOUNGER)
        expect(staff.locator(".hl-backdrop mark.finding-legal_risk")).to_have_text("someone younger")
        staff.get_by_label(ACK).check()
        staff.get_by_role("button", name="Send announcement").click()
        expect(staff.get_by_text("Sent to 1.")).to_be_visible()
        expect(candidate.locator(".message", has_text="someone younger")).to_be_visible()
    finally:
        staff_ctx.close()
        cand_ctx.close()
