"""The inbox and the thread page: reading, writing, closing, staying in touch."""

from __future__ import annotations

from server.extensions import db
from server.messaging import operations as threads
from server.messaging.models import Message
from tests import factories
from tests.web.helpers import hidden_value, text, visible


def _count(thread) -> int:
    return db.session.query(Message).filter_by(thread_id=thread.id).count()


def _reply(browser, thread, body: str, client_id: str | None = None):
    page = browser.get(f"/threads/{thread.id}").get_data(as_text=True)
    return browser.submit(
        f"/threads/{thread.id}",
        f"/threads/{thread.id}/messages",
        {"body": body, "client_id": client_id or hidden_value(page, "client_id")},
    )


def test_inbox_shows_my_threads_with_unread_counts_and_viewing_marks_them_read(
    casey, candidate, admin, thread, stranger_org
):
    threads.post_message(admin, thread.id, "Are you still interested in hearing from us?")
    unread = threads.unread_counts(candidate, [thread.id])[thread.id]
    page = visible(casey.get("/"))
    assert "Acme Robotics" in page and "Backend Engineer" in page and "Globex" not in page
    assert unread >= 1 and f"{unread} unread" in page
    page = visible(casey.get(f"/threads/{thread.id}"))
    assert "Are you still interested in hearing from us?" in page
    assert "unread" not in visible(casey.get("/"))


def test_staff_inbox_and_status_filter(staff, thread, stranger_org):
    page = visible(staff.get("/"))
    assert "Casey Candidate" in page and "Dana Other" not in page
    assert "Casey Candidate" in visible(staff.get("/?status=open"))
    assert "No conversations with the status “Closed”" in visible(staff.get("/?status=closed"))
    r = staff.get("/?status=archived")
    assert r.status_code == 422 and "Unknown status." in visible(r)
    assert staff.get("/?after=garbage").status_code == 400


def test_inbox_pages_through_older_conversations(staff, admin, org, monkeypatch):
    from server.inbox import views

    monkeypatch.setattr(views, "INBOX_PAGE", 2)
    names = [f"Person {n}" for n in range(3)]
    for n, name in enumerate(names):
        factories.rejected_thread(admin, org, name=name, email=f"p{n}@example.com")
    first = text(staff.get("/"))
    assert "Older conversations" in first and "Person 0" not in first
    older = first.split('href="/?after=')[1].split('"')[0]
    second = visible(staff.get(f"/?after={older}"))
    assert "Person 0" in second and "Person 2" not in second


def test_reply_renders_markdown_and_a_double_submit_sends_once(casey, staff, thread):
    before = _count(thread)
    r = _reply(casey, thread, "Thanks! I'd like to know **more**.", client_id="web-same-form")
    assert r.status_code == 302 and r.headers["Location"].startswith(f"/threads/{thread.id}#message-")
    again = _reply(casey, thread, "Thanks! I'd like to know **more**.", client_id="web-same-form")
    assert again.headers["Location"] == r.headers["Location"]
    assert _count(thread) == before + 1
    html = staff.get(f"/threads/{thread.id}").get_data(as_text=True)
    assert "<strong>more</strong>" in html
    # Every render of the form carries a fresh client id.
    assert hidden_value(html, "client_id") != hidden_value(
        staff.get(f"/threads/{thread.id}").get_data(as_text=True), "client_id"
    )


def test_empty_and_oversized_messages_are_refused_and_nothing_is_written(casey, thread):
    before = _count(thread)
    r = _reply(casey, thread, "   ")
    assert r.status_code == 422 and "Write a message before sending." in visible(r)
    big = "word " * 4001  # 20,005 characters
    r = _reply(casey, thread, big)
    assert r.status_code == 413 and "That message is too long: at most 20,000 characters." in visible(r)
    assert big.strip() in text(r)  # the text is still there to shorten
    assert _count(thread) == before


def test_a_closed_thread_refuses_messages(casey, staff, thread):
    assert casey.submit(f"/threads/{thread.id}", f"/threads/{thread.id}/close").status_code == 302
    page = visible(staff.get(f"/threads/{thread.id}"))
    assert "Casey Candidate closed the conversation." in page and "Reopen conversation" in page
    before = _count(thread)
    r = staff.submit(f"/threads/{thread.id}", f"/threads/{thread.id}/messages", {"body": "hello?", "client_id": "c1"})
    assert r.status_code == 409 and "This conversation is closed" in visible(r)
    r = casey.submit(f"/threads/{thread.id}", f"/threads/{thread.id}/close")
    assert r.status_code == 409 and "already closed" in visible(r)
    assert _count(thread) == before
    # Only staff reopen.
    assert "Reopen conversation" not in visible(casey.get(f"/threads/{thread.id}"))
    r = casey.submit(f"/threads/{thread.id}", f"/threads/{thread.id}/reopen")
    assert r.status_code == 403 and "Only the employer can reopen" in visible(r)
    assert staff.submit(f"/threads/{thread.id}", f"/threads/{thread.id}/reopen").status_code == 302
    assert "Open" in visible(casey.get(f"/threads/{thread.id}"))


def test_message_html_is_sanitized_and_everything_else_escaped(new_browser, casey, staff, admin, org, thread):
    _reply(casey, thread, '<script>alert("x")</script> <img src=x onerror=alert(1)> [click](javascript:alert(1))')
    html = staff.get(f"/threads/{thread.id}").get_data(as_text=True)
    assert "<script>alert" not in html and '<img src="x"' not in html and "<img src=x" not in html
    assert 'href="javascript:' not in html
    assert "&lt;script&gt;alert" in html and "&lt;img src=x onerror=alert(1)&gt;" in html

    # Names come from people too: shown as text everywhere.
    cand = factories.candidacy(admin, factories.position(admin, org, title="<i>Chief</i>"), name="<b>Bob</b>")
    for url in ("/positions", f"/positions/{cand.position_id}", f"/candidacies/{cand.id}/reject"):
        html = staff.get(url).get_data(as_text=True)
        assert "<b>Bob</b>" not in html and "<i>Chief</i>" not in html, url
    assert "&lt;b&gt;Bob&lt;/b&gt;" in staff.get(f"/positions/{cand.position_id}").get_data(as_text=True)
    staff.submit(f"/candidacies/{cand.id}/reject", data={"message": "<script>alert(2)</script>"})
    html = staff.get("/outbox").get_data(as_text=True)
    assert "Hello &lt;b&gt;Bob&lt;/b&gt;" in html and "&lt;script&gt;alert(2)" in html and "<script>" not in html


def test_read_receipt_on_my_last_message(casey, staff, thread):
    _reply(casey, thread, "Hello!")
    assert "Seen" not in visible(casey.get(f"/threads/{thread.id}"))
    staff.get(f"/threads/{thread.id}")
    assert "Seen" in visible(casey.get(f"/threads/{thread.id}"))


def test_staying_in_touch_needs_both_sides(casey, staff, thread):
    url = f"/threads/{thread.id}"
    page = visible(casey.get(url))
    assert "Stay in touch" in page and "Not connected." in page
    r = casey.submit(url, f"{url}/connection", {"opt_in": "yes", "interests": "platform, backend"})
    assert r.headers["Location"].endswith("#stay-in-touch")
    page = visible(staff.get(url))
    assert "Not connected." in page and "Casey Candidate Yes" in page
    assert "would like to stay in touch" in visible(staff.get("/"))
    staff.submit(url, f"{url}/connection", {"opt_in": "yes"})
    page = visible(casey.get(url))
    assert "Connected until" in page and 'value="platform, backend"' in text(casey.get(url))
    assert "Connected" in visible(casey.get("/"))
    casey.submit(url, f"{url}/connection", {"opt_in": "no"})
    page = visible(staff.get(url))
    assert "Not connected." in page and "Casey Candidate Not yet" in page


def test_stay_in_touch_waits_for_the_candidate_to_join(staff, admin, org):
    _c, thread, _token = factories.rejected_thread(admin, org, email="new@example.com")
    url = f"/threads/{thread.id}"
    assert "Available once Casey Candidate has joined." in visible(staff.get(url))
    r = staff.submit(url, f"{url}/connection", {"opt_in": "yes"})
    assert r.status_code == 409 and "has not joined this conversation yet" in visible(r)
