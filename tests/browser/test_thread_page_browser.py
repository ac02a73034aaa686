"""The thread page as people use it every day (issue 13): the reply box stays in reach at the bottom
of the window on a long thread, Ctrl+Enter (Cmd+Enter) sends from it on both sides, and what
changes while the page is open (a feedback request, staying in touch, closing and reopening)
updates the cards in place, without asking anyone to reload."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import DESKTOP, PHONE, shoot, sign_in, start_live_server
from tests.live import employer_and_candidate

pytestmark = pytest.mark.browser

MESSAGES = "ol.messages > li[data-message-id]"


@pytest.fixture(scope="module")
def server():
    live = start_live_server(CANDOR_AUTH_RATE_LIMIT="1000 per minute")
    yield live
    live.stop()


@pytest.fixture
def pair(server):
    return employer_and_candidate(server.url)


def open_thread(new_context, base: str, email: str, thread_id: int, **options):
    page = new_context(**options).new_page()
    page.script_errors = []
    page.on("pageerror", lambda error: page.script_errors.append(str(error)))
    sign_in(page, base, email)
    page.goto(f"{base}/threads/{thread_id}")
    expect(page.locator("html[data-socket=connected]")).to_be_attached()
    page.evaluate("window.sameDocument = true")  # gone after a reload
    return page


def still_the_same_page(page) -> None:
    assert page.evaluate("window.sameDocument") is True, "the page was reloaded"
    assert page.script_errors == []


def box_in_view(page) -> dict:
    return page.locator("#reply").evaluate(
        """form => {
            const box = form.getBoundingClientRect();
            return {top: box.top, bottom: box.bottom, height: box.height, viewport: window.innerHeight};
        }"""
    )


def layout(page) -> dict:
    return page.evaluate(
        """() => {
            const box = (selector) => document.querySelector(selector).getBoundingClientRect().toJSON();
            return {next: box('[data-live-card=next-step] .next-step'), reply: box('#reply'),
                    side: box('.thread-side'), viewport: window.innerHeight};
        }"""
    )


def test_the_reply_box_stays_at_the_bottom_of_the_window_on_a_long_thread(server, new_context, pair):
    tid, staff, candidate = pair["thread_id"], pair["staff"], pair["candidate"]
    for n in range(24):
        (staff if n % 2 else candidate).post(
            f"/api/v1/threads/{tid}/messages",
            {"body": f"Message {n}: " + "a sentence long enough to wrap over a couple of lines on a phone. " * 3},
            expect=201,
        )
    for email, size in ((pair["candidate_user"]["email"], PHONE), (pair["staff_user"]["email"], DESKTOP)):
        page = open_thread(new_context, server.url, email, tid, viewport=size)
        assert page.evaluate("document.documentElement.scrollHeight") > 3 * size["height"]
        for where in ("0", "document.documentElement.scrollHeight / 3", "document.documentElement.scrollHeight / 2"):
            page.evaluate(f"window.scrollTo(0, {where})")
            box = box_in_view(page)
            assert box["top"] >= 0 and box["bottom"] <= box["viewport"] + 1, (email, where, box)
            # It leaves most of the window to the conversation.
            assert box["height"] < box["viewport"] * 0.45, (email, box)
        shoot(page, "thread-sticky-reply", sizes=(("phone" if size == PHONE else "desktop", size),), full_page=False)
        # Wide: what to do next and the side cards in a column beside the conversation and its box,
        # the last card in view at the end of the page; a phone: one column.
        page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
        at = layout(page)
        if size == DESKTOP:
            assert at["next"]["left"] >= at["reply"]["right"] and at["side"]["left"] >= at["reply"]["right"], at
            assert at["side"]["bottom"] <= at["viewport"], at
        else:
            assert at["next"]["left"] < at["reply"]["right"] and at["next"]["bottom"] <= at["reply"]["top"], at
        # At the end of the conversation the newest message is above the box, not under it.
        page.locator(MESSAGES).last.scroll_into_view_if_needed()
        last = page.locator(MESSAGES).last.bounding_box()
        assert last["y"] + last["height"] <= box_in_view(page)["top"] + 1
        page.locator("#reply textarea").fill("Typed at the bottom of a long thread.")
        page.get_by_role("button", name="Send message").click()
        expect(page.locator(MESSAGES).last).to_contain_text("Typed at the bottom of a long thread.")
        still_the_same_page(page)


@pytest.mark.parametrize("keys", ["Control+Enter", "Meta+Enter"])
def test_ctrl_enter_sends_from_the_message_box_on_both_sides(server, new_context, pair, keys):
    tid = pair["thread_id"]
    for who, email in (("candidate", pair["candidate_user"]["email"]), ("staff", pair["staff_user"]["email"])):
        page = open_thread(new_context, server.url, email, tid)
        box = page.locator("#reply textarea")
        box.fill(f"Sent by the {who} with {keys}.")
        box.press(keys)
        expect(page.locator(MESSAGES).last).to_contain_text(f"Sent by the {who} with {keys}.")
        expect(box).to_have_value("")
        expect(box).to_be_focused()
        still_the_same_page(page)
    texts = [m["body"] for m in pair["staff"].get(f"/api/v1/threads/{tid}/messages", expect=200)["items"]]
    assert texts[-2:] == [f"Sent by the candidate with {keys}.", f"Sent by the staff with {keys}."]


def test_ctrl_enter_sends_before_the_live_connection_is_up(server, new_context, pair):
    """Without the live connection (its script blocked here) the form posts as a plain form, and
    Ctrl+Enter still sends it."""
    tid = pair["thread_id"]
    context = new_context()
    context.route("**/vendor/socket.io.min.js", lambda route: route.abort())
    page = context.new_page()
    sign_in(page, server.url, pair["candidate_user"]["email"])
    page.goto(f"{server.url}/threads/{tid}")
    page.locator("#reply textarea").fill("Sent without a live connection.")
    page.locator("#reply textarea").press("Control+Enter")
    expect(page.locator(MESSAGES).last).to_contain_text("Sent without a live connection.")
    assert page.evaluate("document.documentElement.dataset.socket") is None  # it never connected


def test_cards_update_in_place_when_the_thread_changes_live(server, new_context, pair):
    tid, staff, candidate = pair["thread_id"], pair["staff"], pair["candidate"]
    erin = open_thread(new_context, server.url, pair["staff_user"]["email"], tid)
    casey = open_thread(new_context, server.url, pair["candidate_user"]["email"], tid)
    next_step = erin.locator("[data-live-card=next-step]")
    expect(next_step.get_by_role("heading")).to_have_text("Feedback")
    erin.locator("#reply textarea").fill("A draft Erin is still writing")

    # A feedback request arrives: Erin's card asks her to answer it, with the due date.
    candidate.post(
        f"/api/v1/threads/{tid}/feedback-request",
        {"topics": ["skills"], "message": "Could you tell me more about the skills you were looking for?"},
        expect=201,
    )
    expect(next_step.get_by_role("heading")).to_have_text("Casey asked for feedback")
    expect(next_step.get_by_role("link", name="Write feedback")).to_be_visible()
    expect(next_step).to_contain_text("Reply due by")
    expect(casey.locator("[data-live-card=next-step]").get_by_role("heading")).to_have_text("Feedback requested")
    expect(erin.locator("#reply textarea")).to_have_value("A draft Erin is still writing")

    # Staying in touch: each side's own buttons follow its choice, made elsewhere.
    staff.put(f"/api/v1/threads/{tid}/connection", {"opt_in": True}, expect=200)
    erin_touch = erin.locator("[data-live-card=stay-in-touch]")
    expect(erin_touch.get_by_role("button", name="Stop staying in touch")).to_be_visible()
    expect(casey.locator("[data-live=their-consent]")).to_have_text("Yes")
    candidate.put(f"/api/v1/threads/{tid}/connection", {"opt_in": True, "interests": ["backend"]}, expect=200)
    casey_touch = casey.locator("[data-live-card=stay-in-touch]")
    expect(casey_touch.get_by_role("button", name="Save interests")).to_be_visible()
    expect(casey_touch.get_by_label("Roles you would like to hear about (optional)")).to_have_value("backend")
    expect(erin_touch).to_contain_text("Connected until")
    # The line that says so, live, in each side's own words.
    expect(erin.locator(MESSAGES).last).to_contain_text(
        "You are now connected with Casey: they are in your talent pool"
    )
    expect(casey.locator(MESSAGES).last).to_contain_text("You are now connected: Acme")
    expect(erin.locator(MESSAGES).last).not_to_contain_text("may contact you")

    # Closed by the candidate: read-only for both, each told in their own words; reopened by staff:
    # Casey can write again.
    candidate.post(f"/api/v1/threads/{tid}/close", expect=200)
    expect(erin.locator(MESSAGES).last).to_contain_text("Casey closed the conversation.")
    expect(casey.locator(MESSAGES).last).to_contain_text("You closed the conversation.")
    for page in (erin, casey):
        expect(page.locator("[data-live-card=reply-area]")).to_contain_text("This conversation is closed")
        expect(page.locator("#reply")).to_be_hidden()
    expect(erin.locator("[data-live-card=manage]").get_by_role("button", name="Reopen conversation")).to_be_visible()
    staff.post(f"/api/v1/threads/{tid}/reopen", expect=200)
    expect(casey.locator("#reply textarea")).to_be_enabled()
    expect(casey.locator("[data-live-card=reply-area]")).not_to_contain_text("This conversation is closed")
    casey.locator("#reply textarea").fill("Glad it is open again.")
    casey.locator("#reply textarea").press("Control+Enter")
    expect(erin.locator(MESSAGES).last).to_contain_text("Glad it is open again.")
    expect(erin.locator("#reply textarea")).to_have_value("A draft Erin is still writing")

    for page in (erin, casey):
        expect(page.get_by_text("Reload the page")).to_have_count(0)
        still_the_same_page(page)


def test_a_page_opened_on_a_closed_thread_gets_the_reply_box_when_it_reopens(server, new_context, pair):
    tid = pair["thread_id"]
    pair["candidate"].post(f"/api/v1/threads/{tid}/close", expect=200)
    casey = open_thread(new_context, server.url, pair["candidate_user"]["email"], tid)
    expect(casey.locator("#reply")).to_have_count(0)
    pair["staff"].post(f"/api/v1/threads/{tid}/reopen", expect=200)
    box = casey.locator("#reply textarea")
    expect(box).to_be_visible()
    box.fill("Written in a box that came in live.")
    box.press("Control+Enter")
    expect(casey.locator(MESSAGES).last).to_contain_text("Written in a box that came in live.")
    expect(casey.get_by_text("Reload the page")).to_have_count(0)
    still_the_same_page(casey)
    texts = [m["body"] for m in pair["staff"].get(f"/api/v1/threads/{tid}/messages", expect=200)["items"]]
    assert texts[-1] == "Written in a box that came in live."
