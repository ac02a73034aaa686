"""The Socket.IO contract against a live `candor serve` (gevent)."""

from __future__ import annotations

import time
import uuid

import pytest
import socketio

from tests.live import employer_and_candidate
from tests.realtime.conftest import SocketClient


def test_connection_refused_without_identity(live_server):
    for token in (None, "cnd_not-a-token"):
        client = SocketClient(live_server.url, token)
        with pytest.raises(socketio.exceptions.ConnectionError):
            client.connect()


def test_send_ack_reaches_both_sides_once(pair, sockets):
    staff = sockets(pair["staff_token"])
    candidate = sockets(pair["candidate_token"])
    ack = candidate.call("send", {"thread_id": pair["thread_id"], "body": "Hello *there*", "client_id": "m-1"})
    assert ack["ok"] is True and ack["message"]["html"] == "<p>Hello <em>there</em></p>"
    message_id = ack["message"]["id"]
    got = staff.wait_for("message", lambda d: d["message"]["id"] == message_id)[0]
    assert got["message"]["author"]["side"] == "candidate" and got["message"]["client_id"] == "m-1"
    candidate.wait_for("message", lambda d: d["message"]["id"] == message_id)

    again = candidate.call("send", {"thread_id": pair["thread_id"], "body": "Hello *there*", "client_id": "m-1"})
    assert again["ok"] is True and again["message"]["id"] == message_id
    items = pair["staff"].get(f"/api/v1/threads/{pair['thread_id']}/messages?limit=100")["items"]
    assert [m["id"] for m in items if m["client_id"] == "m-1"] == [message_id]


def test_send_errors_follow_the_http_rules(pair, sockets, live_server):
    candidate = sockets(pair["candidate_token"])
    tid = pair["thread_id"]
    assert candidate.call("send", {"thread_id": tid, "body": "  "})["error"]["code"] == "validation_failed"
    assert candidate.call("send", {"thread_id": tid, "body": "x" * 20_001})["error"]["code"] == "body_too_large"
    assert candidate.call("send", {"thread_id": "1", "body": "hi"})["ok"] is False
    assert candidate.call("send", "not an object")["error"]["code"] == "bad_request"
    other = employer_and_candidate(live_server.url, org="Globex")
    assert candidate.call("send", {"thread_id": other["thread_id"], "body": "hi"})["error"]["code"] == "not_found"
    pair["staff"].post(f"/api/v1/threads/{tid}/close", expect=200)
    assert candidate.call("send", {"thread_id": tid, "body": "hi"})["error"]["code"] == "thread_closed"


def test_foreign_threads_never_arrive(pair, sockets, live_server):
    other = employer_and_candidate(live_server.url, org="Globex")
    outsider_staff = sockets(other["staff_token"])
    outsider_candidate = sockets(other["candidate_token"])
    insider = sockets(pair["staff_token"])
    ack = sockets(pair["candidate_token"]).call("send", {"thread_id": pair["thread_id"], "body": "private"})
    insider.wait_for("message", lambda d: d["message"]["id"] == ack["message"]["id"])
    pair["staff"].post(f"/api/v1/threads/{pair['thread_id']}/close", expect=200)
    insider.wait_for("thread", lambda d: d["thread"]["status"] == "closed")
    time.sleep(0.5)
    for client in (outsider_staff, outsider_candidate):
        leaked = [
            d
            for e, d in client.events
            if d.get("thread_id") == pair["thread_id"]
            or d.get("message", {}).get("thread_id") == pair["thread_id"]
            or d.get("thread", {}).get("id") == pair["thread_id"]
        ]
        assert leaked == []


def test_typing_and_read_receipts(pair, sockets):
    staff = sockets(pair["staff_token"])
    candidate = sockets(pair["candidate_token"])
    assert candidate.call("typing", {"thread_id": pair["thread_id"]}) == {"ok": True}
    typing = staff.wait_for("typing")[0]
    assert typing == {"thread_id": pair["thread_id"], "user": {"id": pair["candidate_user"]["id"], "name": "Casey"}}
    time.sleep(0.3)
    assert candidate.of("typing") == []  # never echoed to the typist

    ack = candidate.call("send", {"thread_id": pair["thread_id"], "body": "Are you there?"})
    staff.wait_for("message", lambda d: d["message"]["id"] == ack["message"]["id"])
    assert staff.call("read", {"thread_id": pair["thread_id"], "message_id": ack["message"]["id"]}) == {"ok": True}
    receipt = candidate.wait_for("read")[0]
    assert receipt == {
        "thread_id": pair["thread_id"],
        "user_id": pair["staff_user"]["id"],
        "side": "employer",
        "message_id": ack["message"]["id"],
    }
    # the reader's own thread summary now shows nothing unread
    mine = staff.wait_for("thread", lambda d: d["thread"]["id"] == pair["thread_id"])[-1]
    assert mine["thread"]["unread_count"] == 0
    bad = staff.call("read", {"thread_id": pair["thread_id"], "message_id": 10**9})
    assert bad["ok"] is False and bad["error"]["code"] == "validation_failed"


def test_status_changes_arrive_as_thread_events(pair, sockets):
    staff = sockets(pair["staff_token"])
    candidate = sockets(pair["candidate_token"])
    pair["candidate"].post(
        f"/api/v1/threads/{pair['thread_id']}/feedback-request",
        {"topics": ["skills"], "message": "Could you share more?"},
        expect=201,
    )
    for client in (staff, candidate):
        event = client.wait_for("thread", lambda d: d["thread"]["status"] == "feedback_requested")[0]
        assert event["thread"]["feedback_due_at"].endswith("Z")
    staff_view = staff.wait_for("thread", lambda d: d["thread"]["status"] == "feedback_requested")[0]["thread"]
    assert staff_view["unread_count"] == pair["staff"].get(f"/api/v1/threads/{pair['thread_id']}")["unread_count"]
    pair["staff"].put(f"/api/v1/threads/{pair['thread_id']}/connection", {"opt_in": True}, expect=200)
    candidate.wait_for("thread", lambda d: d["thread"]["connection"]["employer_opt_in"] is True)


def test_order_kept_under_a_burst_of_500(pair, sockets):
    staff = sockets(pair["staff_token"])
    candidate = sockets(pair["candidate_token"])
    acks = []
    for i in range(500):
        candidate.sio.emit(
            "send",
            {"thread_id": pair["thread_id"], "body": f"burst {i}", "client_id": f"b{i}"},
            callback=lambda ack: acks.append(ack),
        )
    received = staff.wait_for("message", lambda d: d["message"]["body"].startswith("burst "), count=500, timeout=90)
    bodies = [d["message"]["body"] for d in received]
    assert bodies == [f"burst {i}" for i in range(500)]
    ids = [d["message"]["id"] for d in received]
    assert ids == sorted(ids) and len(set(ids)) == 500
    deadline = time.monotonic() + 10
    while len(acks) < 500 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(acks) == 500 and all(a["ok"] for a in acks)


def test_catch_up_after_a_forced_disconnect(pair, sockets, live_server):
    staff = sockets(pair["staff_token"])
    first = pair["candidate"].post(f"/api/v1/threads/{pair['thread_id']}/messages", {"body": "before"}, expect=201)
    staff.wait_for("message", lambda d: d["message"]["id"] == first["id"])
    last_seen = first["id"]
    staff.close()
    missed = [
        pair["candidate"].post(
            f"/api/v1/threads/{pair['thread_id']}/messages",
            {"body": f"missed {i}", "client_id": str(uuid.uuid4())},
            expect=201,
        )["id"]
        for i in range(5)
    ]
    back = sockets(pair["staff_token"])
    fetched = pair["staff"].get(f"/api/v1/threads/{pair['thread_id']}/messages?after={last_seen}")["items"]
    assert [m["id"] for m in fetched] == missed
    live = pair["candidate"].post(f"/api/v1/threads/{pair['thread_id']}/messages", {"body": "after"}, expect=201)
    assert back.wait_for("message")[0]["message"]["id"] == live["id"]


def test_a_message_event_carries_each_recipients_own_thread_summary(pair, sockets):
    """Each participant's "message" event has the thread as they now see it: their unread count."""
    tid = pair["thread_id"]
    staff = sockets(pair["staff_token"])
    candidate = sockets(pair["candidate_token"])
    newest = pair["candidate"].get(f"/api/v1/threads/{tid}/messages?limit=100")["items"][-1]["id"]
    assert candidate.call("read", {"thread_id": tid, "message_id": newest}) == {"ok": True}
    assert pair["candidate"].get(f"/api/v1/threads/{tid}")["unread_count"] == 0

    def events_for(message_id):
        return [
            client.wait_for("message", lambda d: d["message"]["id"] == message_id)[0] for client in (candidate, staff)
        ]

    for expected in (1, 2):  # staff write twice: the candidate has 1, then 2 unread; the author none
        ack = staff.call("send", {"thread_id": tid, "body": f"Note {expected}"})
        to_candidate, to_staff = events_for(ack["message"]["id"])
        assert to_candidate["thread"]["unread_count"] == expected
        assert to_staff["thread"]["unread_count"] == 0
        for event in (to_candidate, to_staff):
            assert event["thread"]["id"] == tid
            assert event["thread"]["last_message_at"] == ack["message"]["created_at"]
    assert pair["candidate"].get(f"/api/v1/threads/{tid}")["unread_count"] == 2

    # The candidate answers: posting reads the thread for her; for the staff it is one unread.
    ack = candidate.call("send", {"thread_id": tid, "body": "Thanks, both noted."})
    to_candidate, to_staff = events_for(ack["message"]["id"])
    assert to_candidate["thread"]["unread_count"] == 0
    assert to_staff["thread"]["unread_count"] == 1 == pair["staff"].get(f"/api/v1/threads/{tid}")["unread_count"]
    assert to_staff["thread"]["candidate"]["id"] == pair["candidate_user"]["id"]
