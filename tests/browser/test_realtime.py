"""Live conversations in a real browser: two people (two browser contexts) with JavaScript on,
against a live `candor serve`. What one side does shows on the other side without a reload."""

from __future__ import annotations

import time

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import PASSWORD, PHONE, shoot, sign_in, start_live_server
from tests.live import HttpApi, emailed_invitation_token, employer_and_candidate

pytestmark = pytest.mark.browser

MESSAGES = "ol.messages > li[data-message-id]"
PENDING = "ol.messages > li[data-pending]"
# These tests sign many people in from one address within a minute.
SERVER_ENV = {"CANDOR_AUTH_RATE_LIMIT": "1000 per minute"}


@pytest.fixture(scope="module")
def server():
    live = start_live_server(**SERVER_ENV)
    yield live
    live.stop()


@pytest.fixture
def pair(server):
    return employer_and_candidate(server.url)


def watch_errors(page) -> list:
    """Uncaught script errors on the page; every test expects none."""
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


def connected(page) -> None:
    expect(page.locator("html[data-socket=connected]")).to_be_attached()


def open_page(new_context, base: str, email: str, path: str = "/", **options):
    page = new_context(**options).new_page()
    page.script_errors = watch_errors(page)
    sign_in(page, base, email)
    if path != "/":
        page.goto(base + path)
    connected(page)
    # Gone after a reload: proves that what the test sees came in live.
    page.evaluate("window.sameDocument = true")
    return page


def reply(page, text: str) -> None:
    page.locator("#reply textarea").fill(text)
    page.get_by_role("button", name="Send message").click()


def api_messages(api: HttpApi, thread_id: int) -> list[dict]:
    items, url = [], f"/api/v1/threads/{thread_id}/messages?limit=100"
    while url:
        page = api.get(url, expect=200)
        items += page["items"]
        url = page["next_cursor"] and f"/api/v1/threads/{thread_id}/messages?limit=100&cursor={page['next_cursor']}"
    return items


def assert_same_messages(page, api: HttpApi, thread_id: int) -> None:
    """The page shows exactly the API's messages: each once, in order, none pending."""
    expected = api_messages(api, thread_id)
    expect(page.locator(MESSAGES)).to_have_count(len(expected))
    expect(page.locator(PENDING)).to_have_count(0)
    shown = page.locator(MESSAGES).evaluate_all("items => items.map(item => Number(item.dataset.messageId))")
    assert shown == [m["id"] for m in expected]


def assert_live(*pages) -> None:
    for page in pages:
        assert page.evaluate("window.sameDocument") is True, "the page was reloaded"
        assert page.script_errors == []


# Every element of every message: tag, attributes and its own words (what a reload must repeat).
MARKUP = """items => items.map((item) => [item, ...item.querySelectorAll("*")].map((element) => [
    element.tagName,
    [...element.attributes].map((a) => `${a.name}=${a.value}`).sort().join(" "),
    [...element.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join("")
        .replace(/\\s+/g, " ").trim(),
]))"""


def message_markup(page) -> list:
    return page.locator(MESSAGES).evaluate_all(MARKUP)


def unread_badge(page, thread_id: int):
    return page.locator(f"li[data-thread-id='{thread_id}'] .unread-count")


def api_unread(api: HttpApi, thread_id: int) -> int:
    return api.get(f"/api/v1/threads/{thread_id}", expect=200)["unread_count"]


# -- messages ---------------------------------------------------------------------------


def test_messages_appear_on_the_other_side_live_in_order_and_once(server, new_context, pair):
    tid = pair["thread_id"]
    casey = open_page(new_context, server.url, pair["candidate_user"]["email"], f"/threads/{tid}", viewport=PHONE)
    erin = open_page(new_context, server.url, pair["staff_user"]["email"], f"/threads/{tid}")

    reply(casey, "Thank you for telling me yourself.")
    reply(casey, "Could you say more about the **system design** round?")
    expect(erin.locator(MESSAGES).last.locator(".message-body strong")).to_have_text("system design")
    expect(erin.locator(MESSAGES).last.locator(".author")).to_contain_text("Casey")

    # A burst from another client (the API): every message, in order, on both pages.
    for n in range(12):
        pair["staff"].post(f"/api/v1/threads/{tid}/messages", {"body": f"Burst {n}"}, expect=201)
    for page in (casey, erin):
        expect(page.locator(MESSAGES).last).to_contain_text("Burst 11")
        assert_same_messages(page, pair["staff"], tid)
    expect(casey.locator(MESSAGES).last.locator(".side-tag")).to_have_text(
        pair["staff"].get(f"/api/v1/threads/{tid}")["organization"]["name"]
    )
    assert_live(casey, erin)


def test_live_messages_look_exactly_as_they_do_after_a_reload(server, new_context, pair):
    """Every kind of message, built live by the page, is the markup the server renders for it."""
    tid = pair["thread_id"]
    staff, candidate = pair["staff"], pair["candidate"]
    casey = open_page(new_context, server.url, pair["candidate_user"]["email"], f"/threads/{tid}")
    erin = open_page(new_context, server.url, pair["staff_user"]["email"], f"/threads/{tid}")

    staff.post(
        f"/api/v1/threads/{tid}/messages", {"body": "Some **notes** and [a link](https://example.com)."}, expect=201
    )
    candidate.post(
        f"/api/v1/threads/{tid}/feedback-request",  # Casey's own, from another client
        {"topics": ["skills", "interview"], "message": "Could you share more?"},
        expect=201,
    )
    reply(casey, "And *thank you* for the call.")  # through the page's socket, pending first
    staff.post(
        f"/api/v1/threads/{tid}/feedback",
        {
            "answers": {
                "strengths": "Your take-home was clean and well tested.",
                "gaps": "The role needs production Kubernetes; the design round showed it was new to you.",
            }
        },
        expect=201,
    )
    staff.post(f"/api/v1/threads/{tid}/close", expect=200)
    for page in (casey, erin):
        expect(page.locator(MESSAGES).last).to_contain_text("closed the conversation")
        expect(page.locator(PENDING)).to_have_count(0)
        expect(page.locator(f"{MESSAGES}.message-kind-feedback_request .chip")).to_have_text(["Skills", "Interview"])
    # Each has the page open, so each has read the other's newest message: "Seen" on both.
    expect(casey.locator(MESSAGES, has_text="thank you for the call").locator(".seen")).to_have_text("Seen")
    expect(erin.locator(f"{MESSAGES}.message-kind-feedback .seen")).to_have_text("Seen")

    for page in (casey, erin):
        live = message_markup(page)
        assert_live(page)
        page.reload()
        assert_same_messages(page, staff, tid)
        assert message_markup(page) == live


def test_catching_up_never_shows_a_message_twice_or_out_of_order(server, new_context, pair):
    """A message missed before the socket connected comes from the catch-up request, after a newer
    one that arrived live; the catch-up also returns the live one again."""
    tid = pair["thread_id"]
    staff = pair["staff"]
    page = new_context().new_page()
    page.script_errors = watch_errors(page)
    sign_in(page, server.url, pair["candidate_user"]["email"])

    def before_the_socket(route):  # the page is rendered, the socket not yet connected
        staff.post(f"/api/v1/threads/{tid}/messages", {"body": "Missed while connecting."}, expect=201)
        route.continue_()

    def catching_up(route):
        staff.post(f"/api/v1/threads/{tid}/messages", {"body": "Live during the catch-up."}, expect=201)
        route.fulfill(response=route.fetch())  # holds both messages

    page.route("**/vendor/socket.io.min.js", before_the_socket)
    page.route("**/api/v1/threads/*/messages?after=*", catching_up)
    page.goto(f"{server.url}/threads/{tid}")
    expect(page.locator(MESSAGES).last).to_contain_text("Live during the catch-up.")
    expect(page.locator(MESSAGES).nth(-2)).to_contain_text("Missed while connecting.")
    assert_same_messages(page, staff, tid)
    assert page.script_errors == []


def test_a_refused_send_shows_why_and_keeps_the_text(server, new_context, pair):
    tid = pair["thread_id"]
    casey = open_page(new_context, server.url, pair["candidate_user"]["email"], f"/threads/{tid}")
    too_long = "x" * 20_001
    reply(casey, too_long)
    expect(casey.get_by_role("alert")).to_contain_text("That message is too long")
    expect(casey.locator("#reply textarea")).to_have_value(too_long)
    expect(casey.locator(PENDING)).to_have_count(0)
    assert_same_messages(casey, pair["candidate"], tid)
    assert_live(casey)


def test_the_same_person_in_two_tabs_sees_every_message_in_both(server, new_context, pair):
    tid = pair["thread_id"]
    erin = open_page(new_context, server.url, pair["staff_user"]["email"], f"/threads/{tid}")
    first = open_page(new_context, server.url, pair["candidate_user"]["email"], f"/threads/{tid}")
    second = first.context.new_page()
    second.script_errors = watch_errors(second)
    second.goto(f"{server.url}/threads/{tid}")
    connected(second)
    second.evaluate("window.sameDocument = true")

    reply(erin, "Happy to explain. Which part first?")
    expect(first.locator(MESSAGES).last).to_contain_text("Which part first?")  # then Casey answers
    reply(first, "The replication questions, please.")
    for page in (first, second, erin):
        expect(page.locator(MESSAGES).last).to_contain_text("The replication questions")
        assert_same_messages(page, pair["staff"], tid)
    expect(second.locator(MESSAGES).last.locator(".author")).to_have_text("You wrote")
    expect(second.locator(MESSAGES).nth(-2)).to_contain_text("Which part first?")
    assert_live(first, second, erin)


# -- typing and read receipts -----------------------------------------------------------------


def test_typing_shows_for_the_other_side_and_goes_away(server, new_context, pair):
    tid = pair["thread_id"]
    casey = open_page(new_context, server.url, pair["candidate_user"]["email"], f"/threads/{tid}")
    erin_context = new_context()
    erin_context.clock.install()  # to let the indicator's six seconds pass at once
    erin = erin_context.new_page()
    erin.script_errors = watch_errors(erin)
    sign_in(erin, server.url, pair["staff_user"]["email"])
    erin.goto(f"{server.url}/threads/{tid}")
    connected(erin)
    erin.evaluate("window.sameDocument = true")
    erin_typing, casey_typing = erin.locator("[data-live=typing]"), casey.locator("[data-live=typing]")

    casey.locator("#reply textarea").press_sequentially("I was wondering whether", delay=15)
    expect(erin_typing).to_have_text("Casey is typing…")
    expect(casey_typing).to_have_text("")  # never your own
    shoot(erin, "live-typing", sizes=(("desktop", {"width": 1280, "height": 900}),), full_page=False)
    erin.clock.fast_forward(7000)  # no new signal for more than six seconds
    expect(erin_typing).to_have_text("")

    erin.locator("#reply textarea").press_sequentially("Good question", delay=15)
    expect(casey_typing).to_have_text("Erin is typing…")
    erin.get_by_role("button", name="Send message").click()
    expect(casey.locator(MESSAGES).last).to_contain_text("Good question")
    expect(casey_typing).to_have_text("")  # her message arrived: she is no longer typing
    assert_live(casey, erin)


def test_seen_appears_once_the_other_side_has_the_thread_open(server, new_context, pair):
    tid = pair["thread_id"]
    casey = open_page(new_context, server.url, pair["candidate_user"]["email"], f"/threads/{tid}")
    erin = open_page(new_context, server.url, pair["staff_user"]["email"])  # the inbox, not the thread

    reply(casey, "Is anyone there?")
    mine = casey.locator(MESSAGES).last
    expect(mine).to_contain_text("Is anyone there?")
    expect(casey.locator(".seen")).to_have_count(0)

    erin.goto(f"{server.url}/threads/{tid}")  # opening the thread reads it
    expect(mine.locator(".seen")).to_have_text("Seen")

    reply(casey, "Thanks for reading.")  # Erin has the page open, so she reads this at once
    newest = casey.locator(MESSAGES).last
    expect(newest).to_contain_text("Thanks for reading.")
    expect(newest.locator(".seen")).to_be_visible()
    expect(casey.locator(".seen")).to_have_count(1)

    reply(erin, "Yes, I'm here.")
    expect(erin.locator(MESSAGES).last.locator(".seen")).to_be_visible()
    assert_live(casey)
    casey.reload()  # the server's render agrees
    expect(casey.locator(MESSAGES).nth(-2).locator(".seen")).to_have_count(1)
    expect(casey.locator(".seen")).to_have_count(1)


# -- the inbox ---------------------------------------------------------------------------------


def test_inbox_unread_badges_and_order_follow_the_api(server, new_context, pair):
    tid = pair["thread_id"]
    casey_api = pair["candidate"]
    inbox = open_page(new_context, server.url, pair["candidate_user"]["email"])
    rows = inbox.locator("li.thread-row")
    expect(rows).to_have_count(1)

    # Another employer rejects Casey; once she joins, the conversation is at the top.
    other = employer_and_candidate(server.url, org="Globex")
    position = other["staff"].post(
        "/api/v1/positions",
        {"organization_id": other["staff"].get("/api/v1/me")["organizations"][0]["id"], "title": "SRE"},
        expect=201,
    )
    candidacy = other["staff"].post(
        f"/api/v1/positions/{position['id']}/candidacies",
        {"name": "Casey", "email": pair["candidate_user"]["email"]},
        expect=201,
    )
    other["staff"].post(f"/api/v1/candidacies/{candidacy['id']}/reject", {"message": "Thank you"}, expect=201)
    token = emailed_invitation_token(server.url, pair["candidate_user"]["email"])
    joined = casey_api.post(f"/api/v1/invitations/{token}/accept", expect=200)
    new_tid = joined["thread"]["id"]
    expect(rows).to_have_count(2)
    expect(rows.first).to_have_attribute("data-thread-id", str(new_tid))
    expect(unread_badge(inbox, new_tid)).to_have_text(f"{api_unread(casey_api, new_tid)} unread")

    # Erin writes in the first conversation: it moves up and its count goes up, as the API says.
    erin = open_page(new_context, server.url, pair["staff_user"]["email"], f"/threads/{tid}")
    before = api_unread(casey_api, tid)
    reply(erin, "One more thought on your take-home.")
    expect(rows.first).to_have_attribute("data-thread-id", str(tid))
    expect(unread_badge(inbox, tid)).to_have_text(f"{before + 1} unread")
    reply(erin, "And a link to the talk I mentioned.")
    expect(unread_badge(inbox, tid)).to_have_text(f"{before + 2} unread")
    assert api_unread(casey_api, tid) == before + 2

    # Reading it in another tab clears the badge here too.
    tab = inbox.context.new_page()
    tab.goto(f"{server.url}/threads/{tid}")
    expect(unread_badge(inbox, tid)).to_have_count(0)
    assert api_unread(casey_api, tid) == 0
    expect(unread_badge(inbox, new_tid)).to_have_text(f"{api_unread(casey_api, new_tid)} unread")

    # A status change shows in place.
    pair["staff"].post(f"/api/v1/threads/{tid}/close", expect=200)
    expect(rows.first.locator(".badge-closed")).to_have_text("Closed")
    assert_live(inbox, erin)


def test_the_inbox_badge_shows_the_servers_count_even_after_missing_a_message(server, new_context, pair):
    """A message posted while the inbox was loading, before its socket connected, and the refresh
    after connecting fails: the next message's event carries the count, so the badge is right again."""
    tid = pair["thread_id"]
    staff, casey_api = pair["staff"], pair["candidate"]
    inbox = new_context().new_page()
    inbox.script_errors = watch_errors(inbox)
    sign_in(inbox, server.url, pair["candidate_user"]["email"])
    rendered = api_unread(casey_api, tid)

    def before_the_socket(route):
        staff.post(f"/api/v1/threads/{tid}/messages", {"body": "Posted while your inbox loaded."}, expect=201)
        route.continue_()

    inbox.route("**/vendor/socket.io.min.js", before_the_socket)
    inbox.route("**/api/v1/threads?limit=*", lambda route: route.abort())  # the refresh on connecting
    inbox.goto(server.url + "/")
    connected(inbox)
    inbox.evaluate("window.sameDocument = true")
    expect(unread_badge(inbox, tid)).to_have_text(f"{rendered} unread")  # the page missed one
    assert api_unread(casey_api, tid) == rendered + 1

    staff.post(f"/api/v1/threads/{tid}/messages", {"body": "And one more."}, expect=201)
    expect(unread_badge(inbox, tid)).to_have_text(f"{rendered + 2} unread")
    assert api_unread(casey_api, tid) == rendered + 2
    assert_live(inbox)


def test_a_first_conversation_appears_in_an_empty_inbox(server, new_context):
    anon, n = HttpApi(server.url), time.monotonic_ns()
    signup = anon.post(
        "/api/v1/signup/employer",
        {"organization": f"Initech {n}", "name": "Bill", "email": f"bill{n}@initech.example", "password": PASSWORD},
        expect=201,
    )
    staff = HttpApi(server.url, signup["token"])
    inbox = open_page(new_context, server.url, f"bill{n}@initech.example")
    expect(inbox.get_by_text("No conversations yet.")).to_be_visible()

    position = staff.post(
        "/api/v1/positions", {"organization_id": signup["organization"]["id"], "title": "Analyst"}, expect=201
    )
    candidacy = staff.post(
        f"/api/v1/positions/{position['id']}/candidacies",
        {"name": "Milton", "email": f"milton{n}@example.com"},
        expect=201,
    )
    rejected = staff.post(f"/api/v1/candidacies/{candidacy['id']}/reject", {}, expect=201)
    row = inbox.locator("li.thread-row")
    expect(row).to_have_count(1)
    expect(row.locator(".thread-row-title")).to_have_text("Milton")
    expect(row).to_contain_text("Not joined yet")
    expect(inbox.get_by_text("No conversations yet.")).to_have_count(0)

    anon.post(
        f"/api/v1/invitations/{emailed_invitation_token(server.url, candidacy['email'])}/accept",
        {"name": "Milton", "password": PASSWORD},
        expect=200,
    )
    expect(row).not_to_contain_text("Not joined yet")
    expect(row.locator(".unread-count")).to_have_text(f"{api_unread(staff, rejected['thread']['id'])} unread")
    row.locator("a").click()
    expect(inbox.get_by_role("heading", name="Milton")).to_be_visible()
    assert inbox.script_errors == []


def test_status_and_connection_change_in_place_on_the_thread(server, new_context, pair):
    tid = pair["thread_id"]
    casey = open_page(new_context, server.url, pair["candidate_user"]["email"], f"/threads/{tid}")
    pair["staff"].put(f"/api/v1/threads/{tid}/connection", {"opt_in": True}, expect=200)
    expect(casey.locator("[data-live=their-consent]")).to_have_text("Yes")
    pair["candidate"].put(f"/api/v1/threads/{tid}/connection", {"opt_in": True}, expect=200)
    expect(casey.locator("[data-live=connected]")).to_have_text("Connected")
    expect(casey.locator("[data-live=connection-result]")).to_contain_text("Connected until")
    # Her own choice, made elsewhere: her card's buttons follow it in place, with no reload asked for.
    expect(casey.locator("#stay-in-touch").get_by_role("button", name="Stop staying in touch")).to_be_visible()
    expect(casey.locator("[data-live=notices]")).not_to_contain_text("Reload the page")

    pair["staff"].post(f"/api/v1/threads/{tid}/close", expect=200)
    expect(casey.locator("[data-live=status-badge]")).to_have_text("Closed")
    expect(casey.locator("#reply textarea")).to_be_disabled()
    expect(casey.locator(MESSAGES).last).to_contain_text("closed the conversation")
    assert_live(casey)


# -- the connection drops ------------------------------------------------------------------------


def test_without_websockets_the_page_stays_live_over_long_polling(server, new_context, pair):
    tid = pair["thread_id"]
    context = new_context()
    # A network (or proxy) where every WebSocket fails: socket.io must fall back to HTTP polling.
    context.add_init_script("""window.WebSocket = class {
        constructor() { setTimeout(() => { this.onerror?.(new Event("error")); this.onclose?.({ code: 1006 }); }, 0); }
        send() {}
        close() {}
    };""")
    polls = []
    context.on("request", lambda request: polls.append(request.url) if "transport=polling" in request.url else None)
    casey = context.new_page()
    casey.script_errors = watch_errors(casey)
    sign_in(casey, server.url, pair["candidate_user"]["email"])
    casey.goto(f"{server.url}/threads/{tid}")
    connected(casey)
    reply(casey, "Typed on a train with a picky proxy.")
    expect(casey.locator(PENDING)).to_have_count(0)  # acknowledged over polling
    pair["staff"].post(f"/api/v1/threads/{tid}/messages", {"body": "Got it, thanks."}, expect=201)
    expect(casey.locator(MESSAGES).last).to_contain_text("Got it, thanks.")
    assert_same_messages(casey, pair["staff"], tid)
    assert polls and casey.script_errors == []


def test_a_send_while_the_server_is_down_goes_through_after_the_restart(new_context, chromium):
    server = start_live_server(**SERVER_ENV)
    try:
        pair = employer_and_candidate(server.url)
        tid = pair["thread_id"]
        casey = open_page(new_context, server.url, pair["candidate_user"]["email"], f"/threads/{tid}")
        erin = open_page(new_context, server.url, pair["staff_user"]["email"], f"/threads/{tid}")

        server.stop()
        expect(casey.locator("[data-live=connection]")).to_contain_text("Reconnecting…")
        expect(casey.locator("[data-live=connection]")).to_have_attribute("role", "status")
        reply(casey, "Sent while the server was down.")
        pending = casey.locator(PENDING)
        expect(pending).to_contain_text("Waiting for the connection…")
        expect(casey.locator("#reply textarea")).to_have_value("")
        shoot(casey, "live-offline-pending", sizes=(("phone", PHONE),), full_page=False)

        server.start()  # the same port and database
        pair["staff"].post(f"/api/v1/threads/{tid}/messages", {"body": "Posted just after the restart."}, expect=201)
        for page in (casey, erin):  # in either order: the page may reconnect before the post
            expect(page.locator(MESSAGES, has_text="Sent while the server was down.")).to_have_count(1, timeout=20_000)
            expect(page.locator(MESSAGES, has_text="Posted just after the restart.")).to_have_count(1)
            assert_same_messages(page, pair["staff"], tid)
        expect(casey.locator("[data-live=connection]")).not_to_contain_text("Reconnecting")
        sent = [m for m in api_messages(pair["staff"], tid) if m["body"] == "Sent while the server was down."]
        assert len(sent) == 1 and sent[0]["client_id"]
        assert_live(casey, erin)
    finally:
        server.stop()
