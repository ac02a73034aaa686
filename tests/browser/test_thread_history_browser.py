"""A long thread in a real browser (issue 11): the page holds the newest 50 messages; scrolling back
to the top loads the older ones above them, in order, without moving what the reader was looking
at; they look as the server renders them; live messages still arrive at the end. Without JavaScript
the "Older messages" link opens the page before."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import shoot, sign_in, start_live_server
from tests.browser.test_realtime import MARKUP, api_messages, connected, watch_errors
from tests.live import employer_and_candidate

pytestmark = pytest.mark.browser

MESSAGES = "ol.messages > li[data-message-id]"
# Many sign-ins and 117 messages from one address within a minute.
SERVER_ENV = {"CANDOR_AUTH_RATE_LIMIT": "1000 per minute", "CANDOR_MESSAGE_RATE_LIMIT": "10000 per minute"}


@pytest.fixture(scope="module")
def server():
    live = start_live_server(**SERVER_ENV)
    yield live
    live.stop()


@pytest.fixture(scope="module")
def long_thread(server):
    """A thread of 120 messages: the invitation's three, a feedback request and its answer (the
    candidate may rate it: the form goes under it), then both sides writing."""
    pair = employer_and_candidate(server.url)
    tid = pair["thread_id"]
    pair["candidate"].post(
        f"/api/v1/threads/{tid}/feedback-request",
        {"topics": ["skills"], "message": "Which skill should I work on first?"},
        expect=201,
    )
    pair["staff"].post(
        f"/api/v1/threads/{tid}/feedback",
        {"answers": {"strengths": "Clear, tested code.", "gaps": "More depth on databases."}},
        expect=201,
    )
    for n in range(115):
        api = pair["candidate"] if n % 2 else pair["staff"]
        api.post(f"/api/v1/threads/{tid}/messages", {"body": f"Message number {n}"}, expect=201)
    assert len(api_messages(pair["staff"], tid)) == 120
    return pair


def ids_of(pair) -> list[int]:
    """The thread's message ids now (a test may add one)."""
    return [m["id"] for m in api_messages(pair["staff"], pair["thread_id"])]


def shown(page) -> list[int]:
    return page.locator(MESSAGES).evaluate_all("items => items.map(item => Number(item.dataset.messageId))")


def top_of(page, message_id: int) -> float:
    return page.evaluate(f"document.getElementById('message-{message_id}').getBoundingClientRect().top")


NEXT_FRAMES = "new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))"


def scroll_back_to_the_top(page) -> None:
    """Down to the end, a moment there (the page sees each scroll once a frame), back to the top."""
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    page.evaluate(NEXT_FRAMES)
    page.evaluate("window.scrollTo(0, 0)")


def test_scrolling_to_the_top_loads_older_messages_in_order(server, new_context, long_thread):
    tid, ids = long_thread["thread_id"], ids_of(long_thread)
    page = new_context().new_page()
    errors = watch_errors(page)
    sign_in(page, server.url, long_thread["candidate_user"]["email"])
    page.goto(f"{server.url}/threads/{tid}")
    connected(page)
    assert shown(page) == ids[-50:]
    older = page.get_by_role("link", name="Older messages")
    expect(older).to_be_visible()

    # The page opens at its top: where the first message is with the page scrolled to the top.
    assert page.evaluate("window.scrollY") == 0
    first_at = top_of(page, ids[-50])
    # Opening the page at its top loads nothing: only scrolling back up does.
    page.wait_for_timeout(300)
    assert len(shown(page)) == 50
    scroll_back_to_the_top(page)
    expect(page.locator(MESSAGES)).to_have_count(100)
    assert shown(page) == ids[-100:]
    # What was at the top of the screen stays there: the older messages went in above it.
    assert abs(top_of(page, ids[-50]) - first_at) < 2, "the page jumped"
    assert page.evaluate("window.scrollY") > 0

    scroll_back_to_the_top(page)
    expect(page.locator(MESSAGES)).to_have_count(120)
    assert shown(page) == ids  # every message once, oldest first
    expect(older).to_have_count(0)  # nothing older: the link is gone
    expect(page.locator(MESSAGES).first).to_contain_text("This is a private conversation")

    # Live messages still come in at the end, after the older ones were loaded.
    sent = long_thread["staff"].post(f"/api/v1/threads/{tid}/messages", {"body": "Still here"}, expect=201)
    expect(page.locator(MESSAGES).last).to_contain_text("Still here")
    assert shown(page) == [*ids, sent["id"]]
    assert errors == []


def _comparable(items: list) -> list:
    """MARKUP without what may differ between two renderings of the same message: the script's own
    data-older mark, and the CSRF token of a form (each page gets its own)."""
    result = []
    for item in items:
        elements = []
        for tag, attrs, words in item:
            kept = [a for a in attrs.split(" ") if a != "data-older="]
            if "name=csrf_token" in kept:
                kept = [a for a in kept if not a.startswith("value=")]
            elements.append([tag, " ".join(kept), words])
        result.append(elements)
    return result


def test_the_older_link_keeps_the_reader_in_place_and_matches_the_server(server, new_context, long_thread):
    """Clicking the link loads the page before; the screen does not jump, and each loaded message is
    the markup the server renders for it on the no-JavaScript pages of older messages, feedback with
    its rating form included (once: not a second one from feedback_edits.js)."""
    tid, ids = long_thread["thread_id"], ids_of(long_thread)
    context = new_context()
    page = context.new_page()
    errors = watch_errors(page)
    sign_in(page, server.url, long_thread["candidate_user"]["email"])
    page.goto(f"{server.url}/threads/{tid}")
    connected(page)
    # The page opens at its top, the link in view: clicking it loads the page before in place.
    older = page.get_by_role("link", name="Older messages")
    expect(older).to_be_in_viewport()
    before = top_of(page, ids[-50])
    older.click()
    expect(page.locator(MESSAGES)).to_have_count(100)
    assert abs(top_of(page, ids[-50]) - before) < 2, "the page jumped"
    scroll_back_to_the_top(page)
    expect(page.locator(MESSAGES)).to_have_count(len(ids))
    expect(older).to_have_count(0)
    feedback = page.locator("li.message-kind-feedback")
    expect(feedback).to_have_count(1)
    expect(feedback.locator("form[data-rating-form]")).to_have_count(1)
    loaded = page.locator(MESSAGES).evaluate_all(MARKUP)[:-50]
    feedback.scroll_into_view_if_needed()
    shoot(page, "thread-older-feedback", full_page=False)  # after reading the markup: it leaves style=""

    plain = context.new_page()
    rendered = []
    for before_id in (ids[-100], ids[-50]):
        plain.goto(f"{server.url}/threads/{tid}?before={before_id}")
        rendered += plain.locator(MESSAGES).evaluate_all(MARKUP)
    assert len(loaded) == len(rendered) == len(ids) - 50
    for mine, theirs in zip(_comparable(loaded), _comparable(rendered), strict=True):
        assert mine == theirs, [(a, b) for a, b in zip(mine, theirs, strict=False) if a != b] or (mine, theirs)
    assert errors == []


def test_without_javascript_the_older_link_opens_the_page_before(server, new_context, long_thread):
    tid, ids = long_thread["thread_id"], ids_of(long_thread)
    page = new_context(java_script_enabled=False).new_page()
    sign_in(page, server.url, long_thread["candidate_user"]["email"])
    page.goto(f"{server.url}/threads/{tid}")
    assert shown(page) == ids[-50:]
    page.get_by_role("link", name="Older messages").click()
    assert shown(page) == ids[-100:-50]
    page.get_by_role("link", name="Older messages").click()
    assert shown(page) == ids[:-100] and len(ids) > 100
    assert "This is a private conversation" in page.locator(MESSAGES).first.inner_text()
    expect(page.get_by_role("link", name="Older messages")).to_have_count(0)
    page.get_by_role("link", name="Newest messages").click()
    assert shown(page) == ids[-50:]


def test_a_reply_from_a_page_of_older_messages_opens_the_newest(server, new_context, long_thread):
    """A page of older messages opened by link is not the end of the thread: the reply form posts
    as it does without JavaScript (through the staff composer's wording check) and the newest page
    opens with the reply on it."""
    tid, ids = long_thread["thread_id"], ids_of(long_thread)
    page = new_context().new_page()
    errors = watch_errors(page)
    sign_in(page, server.url, long_thread["staff_user"]["email"])
    page.goto(f"{server.url}/threads/{tid}?before={ids[-50]}")
    connected(page)
    assert shown(page) == ids[-100:-50]
    page.locator("#reply textarea").fill("Thank you, that is useful to hear.")
    page.get_by_role("button", name="Send message").click()
    expect(page).to_have_url(re.compile(rf"/threads/{tid}#message-\d+$"))
    expect(page.locator(MESSAGES).last).to_contain_text("Thank you, that is useful to hear.")
    assert shown(page)[:-1] == ids[-49:]
    assert errors == []


def test_a_link_to_an_older_message_loads_back_to_it(server, new_context, long_thread):
    """#message-<id> (where rating an old feedback comes back to) shows that message, however far
    back: the pages before are loaded until it is there."""
    tid, ids = long_thread["thread_id"], ids_of(long_thread)
    page = new_context().new_page()
    errors = watch_errors(page)
    sign_in(page, server.url, long_thread["candidate_user"]["email"])
    page.goto(f"{server.url}/threads/{tid}#message-{ids[4]}")
    target = page.locator(f"#message-{ids[4]}")
    expect(target).to_be_in_viewport()
    expect(target).to_contain_text("More depth on databases.")
    assert shown(page) == ids  # loaded back to it, in order
    assert errors == []
