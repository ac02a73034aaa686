"""The one wording gate over JSON: staff messages and the rejection note are held on a legal-risk
finding (422 ``legal_risk``, nothing changed) until acknowledged; an acknowledged send is recorded
with who and when. Candidates are never held; vague or harsh wording never blocks."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from server.extensions import db
from server.hiring.models import Candidacy
from server.messaging.models import Message, RiskAcknowledgement, Thread
from server.notifications.models import OutboxEmail
from tests import factories
from tests.api.conftest import assert_error

YOUNG_TEAM = "We felt you would not fit with a team this young."
YOUNGER = "Honestly, we wanted someone younger."
RISKY = [YOUNG_TEAM, YOUNGER]


def _count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def _messages(thread) -> list[str]:
    return list(db.session.scalars(select(Message.body).where(Message.thread_id == thread.id).order_by(Message.id)))


# -- thread messages -------------------------------------------------------------------------


@pytest.mark.parametrize("text", RISKY)
def test_staff_message_is_held_and_nothing_changes(staff_api, thread, text):
    before, emails = _messages(thread), _count(OutboxEmail)
    error = assert_error(
        staff_api.post(f"/api/v1/threads/{thread.id}/messages", {"body": text, "client_id": "s-1"}), 422, "legal_risk"
    )
    findings = error["fields"]["findings"]
    assert findings and {f["category"] for f in findings} == {"legal_risk"}
    phrase = findings[0]["phrase"]
    assert text[findings[0]["start"] : findings[0]["end"]] == phrase and "young" in phrase.lower()
    assert findings[0]["message"] and findings[0]["suggestion"]
    assert _messages(thread) == before and _count(OutboxEmail) == emails
    assert _count(RiskAcknowledgement) == 0


def test_acknowledged_staff_message_is_sent_and_recorded(staff_api, admin, org, thread, candidate_api):
    r = staff_api.post(
        f"/api/v1/threads/{thread.id}/messages", {"body": YOUNG_TEAM, "client_id": "s-2", "acknowledge_risks": True}
    )
    assert r.status_code == 201, r.get_json()
    sent = r.get_json()
    assert sent["body"] == YOUNG_TEAM
    # The candidate reads it.
    bodies = [m["body"] for m in candidate_api.get(f"/api/v1/threads/{thread.id}/messages").get_json()["items"]]
    assert YOUNG_TEAM in bodies
    ack = db.session.scalars(select(RiskAcknowledgement)).one()
    assert (ack.user_id, ack.organization_id, ack.subject) == (admin.id, org.id, "message")
    assert (ack.thread_id, ack.message_id) == (thread.id, sent["id"])
    assert ack.created_at is not None and [f["phrase"] for f in ack.findings] == ["team this young"]


def test_retry_of_an_accepted_send_returns_the_first_message(staff_api, thread):
    """Idempotency comes before the gate: a retry (without the flag) of a send already accepted with
    acknowledge_risks returns the first message, never a 422 and never a second message."""
    url = f"/api/v1/threads/{thread.id}/messages"
    first = staff_api.post(url, {"body": YOUNGER, "client_id": "s-3", "acknowledge_risks": True})
    assert first.status_code == 201
    again = staff_api.post(url, {"body": YOUNGER, "client_id": "s-3"})
    assert again.status_code == 200 and again.get_json()["id"] == first.get_json()["id"]
    assert _messages(thread).count(YOUNGER) == 1 and _count(RiskAcknowledgement) == 1


@pytest.mark.parametrize("text", RISKY)
def test_candidate_messages_are_never_held(candidate_api, thread, text):
    r = candidate_api.post(f"/api/v1/threads/{thread.id}/messages", {"body": text})
    assert r.status_code == 201 and r.get_json()["body"] == text
    assert _count(RiskAcknowledgement) == 0


@pytest.mark.parametrize(
    "text", ["You were a great candidate. Keep it up!", "Your answers were lazy and useless.", "Thanks for your time."]
)
def test_vague_or_harsh_wording_never_blocks(staff_api, thread, text):
    r = staff_api.post(f"/api/v1/threads/{thread.id}/messages", {"body": text})
    assert r.status_code == 201 and r.get_json()["body"] == text
    assert _count(RiskAcknowledgement) == 0


def test_acknowledging_clean_wording_records_nothing(staff_api, thread):
    r = staff_api.post(f"/api/v1/threads/{thread.id}/messages", {"body": "Thanks!", "acknowledge_risks": True})
    assert r.status_code == 201 and _count(RiskAcknowledgement) == 0


@pytest.mark.parametrize("value", ["true", 1, "yes", None, [True], {"a": 1}])
def test_acknowledge_risks_must_be_a_boolean(staff_api, thread, value):
    before = _messages(thread)
    r = staff_api.post(f"/api/v1/threads/{thread.id}/messages", {"body": YOUNGER, "acknowledge_risks": value})
    # The API's rule for a wrong type: 400 wrong_type, naming the field.
    assert "acknowledge_risks" in assert_error(r, 400, "wrong_type")["fields"]
    assert _messages(thread) == before and _count(RiskAcknowledgement) == 0


def test_held_message_rules_before_the_gate(staff_api, thread, stranger_org):
    url = f"/api/v1/threads/{thread.id}/messages"
    # Another organization's thread: 404, as for any id, and no finding leaks.
    assert_error(staff_api.post(f"/api/v1/threads/{stranger_org['thread'].id}/messages", {"body": YOUNGER}), 404)
    assert_error(staff_api.post("/api/v1/threads/999999/messages", {"body": YOUNGER}), 404)
    # Too long is 413 whatever its wording; empty is 422 (not legal_risk).
    assert_error(staff_api.post(url, {"body": YOUNGER + " x" * 20_000}), 413)
    assert_error(staff_api.post(url, {"body": "   "}), 422, "validation_failed")
    # A closed thread is 409 whatever its wording.
    staff_api.post(f"/api/v1/threads/{thread.id}/close")
    assert_error(staff_api.post(url, {"body": YOUNGER, "acknowledge_risks": True}), 409, "thread_closed")
    assert _count(RiskAcknowledgement) == 0


# -- the rejection note ----------------------------------------------------------------------


def _candidacy(admin, org, email="jo@example.com"):
    return factories.candidacy(admin, factories.position(admin, org), name="Jo", email=email)


def _reject_url(candidacy) -> str:
    return f"/api/v1/candidacies/{candidacy.id}/reject"


@pytest.mark.parametrize("note", [YOUNG_TEAM, YOUNGER, "A team this young … your answers were lazy and useless."])
def test_risky_rejection_note_is_held_and_nothing_changes(staff_api, admin, org, note):
    cand = _candidacy(admin, org)
    db.session.commit()
    threads, emails = _count(Thread), _count(OutboxEmail)
    error = assert_error(staff_api.post(_reject_url(cand), {"reason": "skills", "message": note}), 422, "legal_risk")
    assert all(f["category"] == "legal_risk" for f in error["fields"]["findings"])
    db.session.expire_all()
    assert db.session.get(Candidacy, cand.id).status == "active"
    assert _count(Thread) == threads and _count(OutboxEmail) == emails and _count(RiskAcknowledgement) == 0


def test_acknowledged_rejection_note_is_sent_and_recorded(staff_api, admin, org):
    cand = _candidacy(admin, org)
    r = staff_api.post(_reject_url(cand), {"message": YOUNGER, "acknowledge_risks": True})
    assert r.status_code == 201, r.get_json()
    thread_id = r.get_json()["thread"]["id"]
    thread = db.session.get(Thread, thread_id)
    note = db.session.scalar(select(Message).where(Message.thread_id == thread_id, Message.author_id == admin.id))
    assert note.body == YOUNGER
    email = db.session.scalars(select(OutboxEmail).where(OutboxEmail.to_email == "jo@example.com")).one()
    assert "someone younger" in email.body_text
    ack = db.session.scalars(select(RiskAcknowledgement)).one()
    assert (ack.user_id, ack.organization_id, ack.subject) == (admin.id, org.id, "rejection")
    assert (ack.thread_id, ack.message_id) == (thread.id, note.id) and ack.created_at is not None


def test_rejection_without_note_or_with_vague_note_is_not_held(staff_api, admin, org):
    assert staff_api.post(_reject_url(_candidacy(admin, org, "a@example.com")), {}).status_code == 201
    vague = staff_api.post(
        _reject_url(_candidacy(admin, org, "b@example.com")), {"message": "You were a great candidate."}
    )
    assert vague.status_code == 201
    assert _count(RiskAcknowledgement) == 0


@pytest.mark.parametrize("value", ["true", 1, None])
def test_rejection_acknowledge_must_be_a_boolean(staff_api, admin, org, value):
    cand = _candidacy(admin, org)
    db.session.commit()
    r = staff_api.post(_reject_url(cand), {"message": YOUNGER, "acknowledge_risks": value})
    assert "acknowledge_risks" in assert_error(r, 400, "wrong_type")["fields"]
    db.session.expire_all()
    assert db.session.get(Candidacy, cand.id).status == "active" and _count(Thread) == 0


def test_rejection_note_rules_before_the_gate(staff_api, admin, org, stranger_org):
    cand = _candidacy(admin, org)
    other = _candidacy(stranger_org["admin"], stranger_org["org"], "x@example.com")
    db.session.commit()
    assert_error(staff_api.post(_reject_url(other), {"message": YOUNGER}), 404)
    assert_error(staff_api.post(_reject_url(cand), {"message": YOUNGER + " x" * 20_000}), 413)
    # Already rejected is 409 whatever its wording.
    staff_api.post(_reject_url(cand), {"message": "Thank you for your time."})
    assert_error(staff_api.post(_reject_url(cand), {"message": YOUNGER, "acknowledge_risks": True}), 409)
    assert _count(RiskAcknowledgement) == 0
