"""The wording gate on the socket's ``send`` against a live server: a staff message with a legal-risk
finding gets an error ack ``legal_risk`` with the findings and reaches nobody; sent again with
``acknowledge_risks: true`` it goes out live and is recorded. Candidates are never held."""

from __future__ import annotations

import time

import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from tests.live import _DATABASES

YOUNG_TEAM = "We felt you would not fit with a team this young."
YOUNGER = "Honestly, we wanted someone younger."


def _acknowledgements(base: str, thread_id: int) -> list[dict]:
    """The acknowledgements recorded in this thread (the live server is shared by the module)."""
    engine = sa.create_engine(_DATABASES[base], poolclass=NullPool)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                sa.text(
                    "SELECT user_id, subject, thread_id, message_id, created_at FROM risk_acknowledgements"
                    " WHERE thread_id = :thread_id"
                ),
                {"thread_id": thread_id},
            )
            return [dict(row._mapping) for row in rows]
    finally:
        engine.dispose()


def _bodies(pair) -> list[str]:
    items = pair["staff"].get(f"/api/v1/threads/{pair['thread_id']}/messages?limit=100")["items"]
    return [m["body"] for m in items]


def test_a_risky_staff_send_is_held_then_sent_when_acknowledged(pair, sockets, live_server):
    staff = sockets(pair["staff_token"])
    candidate = sockets(pair["candidate_token"])
    tid = pair["thread_id"]
    for body in (YOUNG_TEAM, YOUNGER):
        ack = staff.call("send", {"thread_id": tid, "body": body, "client_id": f"held-{len(body)}"})
        assert ack["ok"] is False
        error = ack["error"]
        assert error["code"] == "legal_risk" and error["message"]
        findings = error["fields"]["findings"]
        assert findings and all(f["category"] == "legal_risk" for f in findings)
        assert body[findings[0]["start"] : findings[0]["end"]] == findings[0]["phrase"]
    time.sleep(0.5)  # anything sent would have arrived by now
    assert not candidate.of("message") and not any("young" in b for b in _bodies(pair))
    assert _acknowledgements(live_server.url, tid) == []

    ack = staff.call("send", {"thread_id": tid, "body": YOUNGER, "client_id": "ok-1", "acknowledge_risks": True})
    assert ack["ok"] is True and ack["message"]["body"] == YOUNGER
    message_id = ack["message"]["id"]
    candidate.wait_for("message", lambda d: d["message"]["id"] == message_id)
    (row,) = _acknowledgements(live_server.url, tid)
    assert (row["user_id"], row["subject"], row["thread_id"], row["message_id"]) == (
        pair["staff_user"]["id"],
        "message",
        tid,
        message_id,
    )
    assert row["created_at"] is not None

    # A retry of the accepted send (its ack lost) returns the first message, held or not.
    again = staff.call("send", {"thread_id": tid, "body": YOUNGER, "client_id": "ok-1"})
    assert again["ok"] is True and again["message"]["id"] == message_id
    assert _bodies(pair).count(YOUNGER) == 1 and len(_acknowledgements(live_server.url, tid)) == 1


def test_candidates_are_never_held_and_vague_wording_never_blocks(pair, sockets, live_server):
    staff = sockets(pair["staff_token"])
    candidate = sockets(pair["candidate_token"])
    tid = pair["thread_id"]
    assert candidate.call("send", {"thread_id": tid, "body": YOUNGER})["ok"] is True
    for body in ("You were a great candidate. Keep it up!", "Your answers were lazy and useless."):
        assert staff.call("send", {"thread_id": tid, "body": body})["ok"] is True
    assert _acknowledgements(live_server.url, tid) == []


def test_acknowledge_risks_must_be_a_boolean(pair, sockets, live_server):
    staff = sockets(pair["staff_token"])
    tid = pair["thread_id"]
    for value in ("true", 1, None):
        ack = staff.call("send", {"thread_id": tid, "body": YOUNGER, "acknowledge_risks": value})
        assert ack["ok"] is False and ack["error"]["code"] == "validation_failed"
        assert "acknowledge_risks" in ack["error"]["fields"]
    assert not any("younger" in b for b in _bodies(pair)) and _acknowledgements(live_server.url, tid) == []
