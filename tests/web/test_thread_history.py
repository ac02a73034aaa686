"""The thread page shows the newest 50 messages; "Older messages" (a plain link, for readers without
JavaScript) opens the 50 before them, and so on back to the first (issue 11)."""

from __future__ import annotations

import re

import pytest

from server.extensions import db
from server.messaging import operations as messaging
from server.messaging.models import Message
from tests.querycount import add_messages
from tests.web.helpers import hidden_value, text, visible

SHOWN = re.compile(r'<li id="message-(\d+)" data-message-id="\d+"')
OLDER = re.compile(r'<a class="[^"]*" href="(/threads/\d+\?before=\d+)">Older messages</a>')


def _ids(thread) -> list[int]:
    return list(db.session.scalars(db.select(Message.id).where(Message.thread_id == thread.id).order_by(Message.id)))


def _shown(html: str) -> list[int]:
    return [int(found) for found in SHOWN.findall(html)]


@pytest.fixture
def long_thread(thread, admin, candidate):
    for n in range(120):
        messaging.post_message(candidate if n % 2 else admin, thread.id, f"Message number {n}")
    db.session.commit()
    return thread


def test_the_newest_50_then_older_pages_back_to_the_first(casey, long_thread):
    ids = _ids(long_thread)
    html = text(casey.get(f"/threads/{long_thread.id}"))
    assert _shown(html) == ids[-50:]
    assert "Message number 119" in html and "Message number 69" not in html
    assert "Newest messages" not in visible(casey.get(f"/threads/{long_thread.id}"))
    pages = [_shown(html)]
    while OLDER.search(html):
        page = casey.get(OLDER.search(html).group(1))
        assert page.status_code == 200
        html = text(page)
        pages.insert(0, _shown(html))
        assert "Newest messages" in visible(page) and "data-history" in html
    assert [len(p) for p in pages] == [len(ids) - 100, 50, 50]
    assert [i for page in pages for i in page] == ids  # every message once, in order
    assert "This is a private conversation" in html  # the first message of all


def test_the_page_is_one_page_of_messages_whatever_the_threads_length(casey, long_thread):
    page = casey.get(f"/threads/{long_thread.id}")
    assert len(_shown(page.get_data(as_text=True))) == 50
    assert len(page.data) < 150_000, len(page.data)


def test_a_short_thread_has_no_older_link(casey, thread):
    html = text(casey.get(f"/threads/{thread.id}"))
    assert _shown(html) == _ids(thread) and "Older messages" not in html


@pytest.mark.parametrize("before", ["abc", "-1", "1.5", "99999999999999999999999", str(2**31), "0x10"])
def test_a_bad_older_link_is_a_clear_400(casey, long_thread, before):
    page = casey.get(f"/threads/{long_thread.id}?before={before}")
    assert page.status_code == 400
    assert "not valid" in visible(page) or "not a position" in visible(page)


def test_an_empty_before_shows_the_newest_page(casey, long_thread):
    assert _shown(text(casey.get(f"/threads/{long_thread.id}?before="))) == _ids(long_thread)[-50:]


def test_a_strangers_thread_is_404_with_or_without_before(new_browser, long_thread, stranger_org):
    browser = new_browser().login(stranger_org["admin"].email)
    for query in ("", "?before=5", "?before=abc"):
        assert browser.get(f"/threads/{long_thread.id}{query}").status_code == 404


def test_replying_from_an_older_page_opens_the_newest(casey, long_thread):
    older = OLDER.search(text(casey.get(f"/threads/{long_thread.id}"))).group(1)
    page = casey.get(older).get_data(as_text=True)
    reply = casey.submit(
        older,
        f"/threads/{long_thread.id}/messages",
        {"body": "Back to the present", "client_id": hidden_value(page, "client_id")},
    )
    assert reply.status_code == 302 and reply.headers["Location"].startswith(f"/threads/{long_thread.id}#message-")
    assert "Back to the present" in visible(casey.get(f"/threads/{long_thread.id}"))


def test_older_feedback_comes_with_its_rating_for_the_script(casey, staff, admin, candidate, thread):
    add_messages(thread, admin, candidate, 2)  # a feedback request, then feedback the candidate rated
    feedback = db.session.scalar(db.select(Message).where(Message.thread_id == thread.id, Message.kind == "feedback"))
    for n in range(60):
        messaging.post_message(candidate, thread.id, f"Later message {n}")
    db.session.commit()
    html = text(casey.get(f"/threads/{thread.id}"))
    assert feedback.id not in _shown(html)
    foot = html.split(f'<template data-template="feedback-foot-{feedback.id}">')[1].split("</template>")[0]
    assert "You rated this" in foot and "4 of 5" in foot
    staff_html = text(staff.get(f"/threads/{thread.id}"))
    assert "Erin Admin rated this" not in staff_html  # the staff side names the candidate
    assert "Casey Candidate rated this" in staff_html.split(f'data-template="feedback-foot-{feedback.id}"')[1]
