"""The message rate limit (CANDOR_MESSAGE_RATE_LIMIT): per author per thread, the same over HTTP and
over the socket, because the messaging service counts it."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from server.extensions import db, socketio
from server.messaging.models import Message
from tests import factories
from tests.api.conftest import Api, assert_error
from tests.web.helpers import Browser, visible

LIMIT = 3


@pytest.fixture
def app(make_app):
    application = make_app(RATELIMIT_ENABLED=True, CANDOR_MESSAGE_RATE_LIMIT=f"{LIMIT} per minute")
    with application.app_context():
        yield application


def _messages(thread_id: int) -> int:
    return db.session.scalar(select(func.count(Message.id)).where(Message.thread_id == thread_id))


def _post(api: Api, thread_id: int, body: str = "A short note.", client_id: str | None = None):
    payload = {"body": body, **({"client_id": client_id} if client_id else {})}
    return api.post(f"/api/v1/threads/{thread_id}/messages", payload)


def test_a_flood_over_http_is_answered_429_and_stores_nothing(candidate_api, thread):
    for n in range(LIMIT):
        assert _post(candidate_api, thread.id, f"Message {n}").status_code == 201
    before = _messages(thread.id)
    r = _post(candidate_api, thread.id, "One too many")
    error = assert_error(r, 429, "rate_limited")
    assert "too quickly" in error["message"]
    assert 0 < int(r.headers["Retry-After"]) <= 60
    assert _messages(thread.id) == before


def test_the_limit_is_per_author_and_per_thread(app, admin, org, staff_api, candidate_api, thread):
    for n in range(LIMIT):
        assert _post(staff_api, thread.id, f"Update {n} from us.").status_code == 201
    assert_error(_post(staff_api, thread.id, "And one more."), 429, "rate_limited")
    # The other author of the same thread is not held back ...
    assert _post(candidate_api, thread.id, "Thanks for the updates.").status_code == 201
    # ... nor the same author in another thread.
    _other_candidate, other_thread = factories.joined_thread(admin, org, email="robin@example.com", name="Robin")
    assert _post(staff_api, other_thread.id, "Hello Robin.").status_code == 201


def test_a_retry_of_an_accepted_message_is_not_refused(candidate_api, thread):
    first = _post(candidate_api, thread.id, "Message 0", client_id="retry-me")
    assert first.status_code == 201
    for n in range(1, LIMIT):
        assert _post(candidate_api, thread.id, f"Message {n}").status_code == 201
    again = _post(candidate_api, thread.id, "Message 0", client_id="retry-me")
    assert again.status_code == 200 and again.get_json()["id"] == first.get_json()["id"]


def test_a_flood_over_the_socket_gets_the_error_ack(app, candidate, thread):
    client = socketio.test_client(app, auth={"token": Api(None).as_user(candidate).token})
    try:
        acks = [
            client.emit("send", {"thread_id": thread.id, "body": f"Socket message {n}"}, callback=True)
            for n in range(LIMIT + 1)
        ]
    finally:
        client.disconnect()
    assert [ack["ok"] for ack in acks] == [True] * LIMIT + [False]
    error = acks[-1]["error"]
    assert error["code"] == "rate_limited" and "too quickly" in error["message"]
    # The HTTP endpoint counts the same messages: the author is over the limit there too.
    assert_error(_post(Api(app.test_client()).as_user(candidate), thread.id), 429, "rate_limited")


def test_a_flood_through_the_reply_form_is_answered_429(app, candidate, thread):
    browser = Browser(app.test_client()).login(candidate.email)
    page = f"/threads/{thread.id}"
    for n in range(LIMIT):
        r = browser.submit(page, f"{page}/messages", {"body": f"Form message {n}", "client_id": f"form-{n}"})
        assert r.status_code == 302
    before = _messages(thread.id)
    r = browser.submit(page, f"{page}/messages", {"body": "One too many", "client_id": "form-x"})
    assert r.status_code == 429 and "too quickly" in visible(r)
    assert 0 < int(r.headers["Retry-After"]) <= 60
    assert _messages(thread.id) == before
