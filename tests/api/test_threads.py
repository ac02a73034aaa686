from __future__ import annotations

import pytest

from server.extensions import db
from server.messaging.models import Message, ReadState
from tests import factories
from tests.api.conftest import Api, assert_error

THREAD_KEYS = {
    "id",
    "organization",
    "position",
    "candidate",
    "status",
    "unread_count",
    "last_message_at",
    "feedback_due_at",
    "connection",
}
MESSAGE_KEYS = {"id", "thread_id", "author", "kind", "body", "html", "client_id", "created_at"}


def test_thread_list_and_detail_shapes(staff_api, candidate_api, thread, candidate):
    for api in (staff_api, candidate_api):
        listed = api.get("/api/v1/threads").get_json()
        assert [t["id"] for t in listed["items"]] == [thread.id] and listed["next_cursor"] is None
        item = listed["items"][0]
        assert set(item) >= THREAD_KEYS
        assert item["organization"]["name"] == "Acme Robotics"
        assert item["candidate"] == {"id": candidate.id, "name": "Casey Candidate"}
        assert item["connection"]["connected"] is False
        assert item["last_message_at"].endswith("Z")
        assert api.get(f"/api/v1/threads/{thread.id}").get_json()["id"] == thread.id


def test_status_filter_and_pagination(client, admin, org, staff_api):
    made = [factories.joined_thread(admin, org)[1] for _ in range(5)]
    page1 = staff_api.get("/api/v1/threads?limit=2").get_json()
    page2 = staff_api.get(f"/api/v1/threads?limit=2&cursor={page1['next_cursor']}").get_json()
    page3 = staff_api.get(f"/api/v1/threads?limit=2&cursor={page2['next_cursor']}").get_json()
    ids = [t["id"] for p in (page1, page2, page3) for t in p["items"]]
    assert sorted(ids) == sorted(t.id for t in made) and len(set(ids)) == 5
    assert page3["next_cursor"] is None
    staff_api.post(f"/api/v1/threads/{made[0].id}/close")
    closed = staff_api.get("/api/v1/threads?status=closed").get_json()["items"]
    assert [t["id"] for t in closed] == [made[0].id]
    assert_error(staff_api.get("/api/v1/threads?status=archived"), 422)
    assert_error(staff_api.get("/api/v1/threads?limit=101"), 422)
    assert_error(staff_api.get("/api/v1/threads?limit=abc"), 400)
    assert_error(staff_api.get("/api/v1/threads?cursor=garbage!"), 400, "invalid_cursor")


def test_messages_post_list_idempotent(staff_api, candidate_api, thread):
    r = candidate_api.post(f"/api/v1/threads/{thread.id}/messages", {"body": "Hello **there**", "client_id": "c-1"})
    assert r.status_code == 201
    msg = r.get_json()
    assert set(msg) >= MESSAGE_KEYS
    assert msg["author"]["side"] == "candidate" and msg["html"] == "<p>Hello <strong>there</strong></p>"
    again = candidate_api.post(f"/api/v1/threads/{thread.id}/messages", {"body": "Hello **there**", "client_id": "c-1"})
    assert again.status_code == 200 and again.get_json()["id"] == msg["id"]
    assert db.session.query(Message).filter_by(client_id="c-1").count() == 1

    listed = staff_api.get(f"/api/v1/threads/{thread.id}/messages").get_json()["items"]
    ids = [m["id"] for m in listed]
    assert ids == sorted(ids) and ids[-1] == msg["id"]
    assert listed[0]["kind"] == "system" and listed[0]["author"]["side"] == "system"
    after = staff_api.get(f"/api/v1/threads/{thread.id}/messages?after={ids[-2]}").get_json()
    assert [m["id"] for m in after["items"]] == [msg["id"]]
    first = staff_api.get(f"/api/v1/threads/{thread.id}/messages?limit=1").get_json()
    rest = staff_api.get(f"/api/v1/threads/{thread.id}/messages?cursor={first['next_cursor']}").get_json()
    assert [m["id"] for m in first["items"] + rest["items"]] == ids


def test_script_is_escaped(candidate_api, thread):
    msg = candidate_api.post(
        f"/api/v1/threads/{thread.id}/messages", {"body": "<script>alert(1)</script> [x](javascript:alert(1))"}
    ).get_json()
    assert "<script" not in msg["html"] and "&lt;script&gt;" in msg["html"]
    assert "href" not in msg["html"]  # the javascript: link is not made a link at all


@pytest.mark.parametrize(
    "body, status",
    [
        ({"body": ""}, 422),
        ({"body": "   \n "}, 422),
        ({}, 422),
        ({"body": 5}, 400),
        ({"body": None}, 400),
        ({"body": "x" * 20_001}, 413),
        ({"body": "hi", "client_id": 7}, 400),
        ({"body": "hi", "client_id": "x" * 65}, 422),
        ({"body": "hi", "extra": True}, 422),
    ],
)
def test_bad_messages_change_nothing(candidate_api, thread, body, status):
    before = db.session.query(Message).count()
    assert_error(candidate_api.post(f"/api/v1/threads/{thread.id}/messages", body), status)
    assert db.session.query(Message).count() == before


def test_read_and_unread_counts(staff_api, candidate_api, thread, candidate):
    m1 = staff_api.post(f"/api/v1/threads/{thread.id}/messages", {"body": "one"}).get_json()
    m2 = staff_api.post(f"/api/v1/threads/{thread.id}/messages", {"body": "two"}).get_json()
    unread = candidate_api.get(f"/api/v1/threads/{thread.id}").get_json()["unread_count"]
    assert unread >= 2
    assert candidate_api.post(f"/api/v1/threads/{thread.id}/read", {"message_id": m1["id"]}).status_code == 204
    assert candidate_api.get(f"/api/v1/threads/{thread.id}").get_json()["unread_count"] == 1
    assert candidate_api.post(f"/api/v1/threads/{thread.id}/read", {"message_id": m2["id"]}).status_code == 204
    assert candidate_api.get("/api/v1/threads").get_json()["items"][0]["unread_count"] == 0
    # never moves backwards
    candidate_api.post(f"/api/v1/threads/{thread.id}/read", {"message_id": m1["id"]})
    state = db.session.get(ReadState, (candidate.id, thread.id))
    db.session.refresh(state)
    assert state.last_read_message_id == m2["id"]
    assert_error(candidate_api.post(f"/api/v1/threads/{thread.id}/read", {"message_id": "1"}), 400)
    assert_error(candidate_api.post(f"/api/v1/threads/{thread.id}/read", {}), 422)
    assert_error(candidate_api.post(f"/api/v1/threads/{thread.id}/read", {"message_id": 999999}), 422)


def test_close_and_reopen(staff_api, candidate_api, thread):
    r = candidate_api.post(f"/api/v1/threads/{thread.id}/close")
    assert r.status_code == 200 and r.get_json()["status"] == "closed"
    assert_error(candidate_api.post(f"/api/v1/threads/{thread.id}/close"), 409)
    assert_error(candidate_api.post(f"/api/v1/threads/{thread.id}/messages", {"body": "hi"}), 409, "thread_closed")
    assert_error(staff_api.post(f"/api/v1/threads/{thread.id}/messages", {"body": "hi"}), 409, "thread_closed")
    assert_error(candidate_api.post(f"/api/v1/threads/{thread.id}/reopen"), 403)
    r = staff_api.post(f"/api/v1/threads/{thread.id}/reopen")
    assert r.status_code == 200 and r.get_json()["status"] == "open"
    assert_error(staff_api.post(f"/api/v1/threads/{thread.id}/reopen"), 409)
    assert candidate_api.post(f"/api/v1/threads/{thread.id}/messages", {"body": "thanks"}).status_code == 201


def test_strangers_get_404_on_every_thread_route(client, thread, stranger_org):
    messages = Message.query.filter_by(thread_id=thread.id).all()
    for user in (stranger_org["admin"], stranger_org["candidate"]):
        api = Api(client).as_user(user)
        tid = thread.id
        assert tid not in [t["id"] for t in api.get("/api/v1/threads").get_json()["items"]]
        assert_error(api.get(f"/api/v1/threads/{tid}"), 404)
        assert_error(api.get(f"/api/v1/threads/{tid}/messages"), 404)
        assert_error(api.post(f"/api/v1/threads/{tid}/messages", {"body": "hi"}), 404)
        assert_error(api.post(f"/api/v1/threads/{tid}/read", {"message_id": messages[0].id}), 404)
        assert_error(api.post(f"/api/v1/threads/{tid}/close"), 404)
        assert_error(api.post(f"/api/v1/threads/{tid}/reopen"), 404)
        assert_error(api.post(f"/api/v1/threads/{tid}/feedback-request", {"topics": ["skills"], "message": "x"}), 404)
        assert_error(api.post(f"/api/v1/threads/{tid}/feedback", {"answers": {"strengths": "a", "gaps": "b"}}), 404)
        assert_error(api.put(f"/api/v1/threads/{tid}/connection", {"opt_in": True}), 404)
        assert_error(api.get(f"/api/v1/threads/{tid}/feedback-request/draft?topics=skills"), 404)
    assert_error(Api(client).as_user(stranger_org["admin"]).get("/api/v1/threads/999999"), 404)
    assert db.session.query(Message).filter_by(thread_id=thread.id).count() == len(messages)


def test_thread_not_yet_joined_is_invisible_to_candidates(client, admin, org, candidate):
    _c, pending, _token = factories.rejected_thread(admin, org, email=candidate.email)
    api = Api(client).as_user(candidate)
    assert_error(api.get(f"/api/v1/threads/{pending.id}"), 404)
