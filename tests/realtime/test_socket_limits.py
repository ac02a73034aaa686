"""Socket events are limited per connection, and their input is checked like the HTTP API's (issue 12):
a flood gets an error ack with retry_after and changes nothing; control characters are refused; ids past
the database's range are threads that do not exist (a 'server_error' ack before)."""

from __future__ import annotations

from server.accounts.operations import issue_token
from server.core.ids import MAX_ID
from server.extensions import db, socketio
from server.messaging.models import Message
from tests import factories


def _client(app, user):
    return socketio.test_client(app, auth={"token": issue_token(user)})


def test_a_flood_of_events_from_one_connection_gets_rate_limited_acks(make_app):
    app = make_app(RATELIMIT_ENABLED=True, CANDOR_SOCKET_EVENT_LIMIT="5 per minute")
    with app.app_context():
        admin, org = factories.employer("Acme", name="Erin", email="erin@acme.example")
        candidate, thread = factories.joined_thread(admin, org, email="casey@example.com")
        flooding, other = _client(app, candidate), _client(app, candidate)
        acks = [flooding.emit("typing", {"thread_id": thread.id}, callback=True) for _ in range(5)]
        assert all(ack == {"ok": True} for ack in acks)
        before = db.session.query(Message).count()
        refused = flooding.emit("send", {"thread_id": thread.id, "body": "One too many"}, callback=True)
        assert refused["ok"] is False and refused["error"]["code"] == "rate_limited"
        assert 0 < refused["error"]["retry_after"] <= 60
        assert db.session.query(Message).count() == before
        # Another connection of the same person has its own count.
        assert other.emit("send", {"thread_id": thread.id, "body": "Hello"}, callback=True)["ok"] is True


def test_control_characters_and_ids_out_of_range_are_refused_cleanly(app, candidate, thread):
    client = _client(app, candidate)
    before = db.session.query(Message).count()
    for payload, code in [
        ({"thread_id": thread.id, "body": "Hi\x00"}, "validation_failed"),
        ({"thread_id": thread.id, "body": "Hi", "client_id": "c\x07"}, "validation_failed"),
        ({"thread_id": MAX_ID + 1, "body": "Hi"}, "not_found"),
        ({"thread_id": 2**64, "body": "Hi"}, "not_found"),
    ]:
        ack = client.emit("send", payload, callback=True)
        assert ack["ok"] is False and ack["error"]["code"] == code, (payload, ack)
    read = client.emit("read", {"thread_id": thread.id, "message_id": 2**63}, callback=True)
    assert read["ok"] is False and read["error"]["code"] in ("not_found", "validation_failed"), read
    assert client.emit("typing", {"thread_id": 2**63}, callback=True)["error"]["code"] == "not_found"
    assert db.session.query(Message).count() == before
