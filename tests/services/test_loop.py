"""The whole feedback loop through the services."""

from __future__ import annotations

import pytest

from server.connections import operations as connections
from server.core.errors import Conflict, Forbidden, Invalid, NotFound, TooLarge
from server.extensions import db
from server.feedback import operations as feedback
from server.feedback.models import Feedback
from server.hiring import operations as hiring
from server.messaging import operations as threads
from server.messaging.models import Message
from server.notifications.models import OutboxEmail
from tests import factories


def test_reject_opens_thread_and_queues_invitation(admin, org):
    pos = factories.position(admin, org)
    cand = factories.candidacy(admin, pos, email="Casey@Example.com")
    cand, thread, invitation = hiring.reject_candidacy(admin, cand.id, reason="skills", message="Thanks, **Casey**.")
    assert cand.status == "rejected" and cand.email == "casey@example.com"
    assert invitation.email == "casey@example.com" and invitation.status == "pending"
    url = factories.invitation_link("casey@example.com")
    assert url.startswith("http://candor.test/invitations/")
    assert thread.status == "open"
    messages, _ = threads.list_messages(admin, thread.id)
    assert [m.kind for m in messages] == ["system", "text"]
    assert messages[1].html == "<p>Thanks, <strong>Casey</strong>.</p>"
    email = db.session.query(OutboxEmail).one()
    assert email.to_email == "casey@example.com" and url in email.body_text
    with pytest.raises(Conflict):
        hiring.reject_candidacy(admin, cand.id)
    assert db.session.query(OutboxEmail).count() == 1


def test_full_loop(admin, org, joined):
    candidate, thread = joined
    msg, thread = feedback.request_feedback(candidate, thread.id, ["skills", "interview"], "Could you tell me more?")
    assert thread.status == "feedback_requested" and thread.feedback_due_at is not None
    assert msg.meta["topics"] == ["skills", "interview"]
    with pytest.raises(Conflict):
        feedback.request_feedback(candidate, thread.id, ["skills"], "again")
    with pytest.raises(Invalid) as err:
        feedback.give_feedback(admin, thread.id, {"strengths": "Clear code."})
    assert "gaps" in err.value.fields
    msg, thread, findings = feedback.give_feedback(
        admin,
        thread.id,
        {"strengths": "Clear, tested code in the exercise.", "gaps": "We needed production PostgreSQL experience."},
    )
    assert thread.status == "feedback_given" and findings == []
    assert "What stood out" in msg.body and db.session.query(Feedback).one().response_seconds is not None
    assert threads.unread_counts(candidate, [thread.id])[thread.id] == 1
    threads.mark_read(candidate, thread.id, msg.id)
    assert threads.unread_counts(candidate, [thread.id])[thread.id] == 0

    conn = connections.set_connection(candidate, thread.id, True, ["backend"])
    assert not connections.serialize_connection(conn)["connected"]
    conn = connections.set_connection(admin, thread.id, True)
    assert connections.serialize_connection(conn)["connected"]

    threads.close_thread(candidate, thread.id)
    with pytest.raises(Conflict):
        threads.post_message(admin, thread.id, "hello")
    with pytest.raises(Forbidden):
        threads.reopen_thread(candidate, thread.id)
    thread = threads.reopen_thread(admin, thread.id)
    assert thread.status == "feedback_given"


def test_legal_risk_gate(admin, joined):
    _candidate, thread = joined
    answers = {"strengths": "Good questions.", "gaps": "We wanted a younger team."}
    with pytest.raises(Invalid) as err:
        feedback.give_feedback(admin, thread.id, answers)
    assert err.value.code == "legal_risk" and err.value.fields["findings"][0]["key"] == "gaps"
    assert db.session.query(Feedback).count() == 0
    _msg, _thread, findings = feedback.give_feedback(admin, thread.id, answers, acknowledge_risks=True)
    fb = db.session.query(Feedback).one()
    assert fb.risks_acknowledged_by_id == admin.id and findings


def test_idempotent_and_bad_messages(admin, joined):
    candidate, thread = joined
    first, created = threads.post_message(candidate, thread.id, "Hi", client_id="abc")
    again, created_again = threads.post_message(candidate, thread.id, "Hi", client_id="abc")
    assert created and not created_again and first.id == again.id
    count = db.session.query(Message).count()
    with pytest.raises(Invalid):
        threads.post_message(candidate, thread.id, "   ")
    with pytest.raises(TooLarge):
        threads.post_message(candidate, thread.id, "x" * 20_001)
    assert db.session.query(Message).count() == count


def test_strangers_see_nothing(admin, thread, stranger_org):
    with pytest.raises(NotFound):
        threads.get_thread(stranger_org["admin"], thread.id)
    with pytest.raises(NotFound):
        threads.get_thread(stranger_org["candidate"], thread.id)
    with pytest.raises(NotFound):
        threads.post_message(stranger_org["candidate"], thread.id, "hi")


def test_invitation_rules(admin, org):
    _c, _t, token = factories.rejected_thread(admin, org, email="pat@example.com")
    other_candidate, _ = factories.joined_thread(admin, org, email="someone@example.com")
    with pytest.raises(Forbidden):
        hiring.accept_invitation(token, user=other_candidate)
    with pytest.raises(Forbidden):
        hiring.accept_invitation(token, user=admin)
    user, thread = hiring.accept_invitation(token, name="Pat", password=factories.PASSWORD)
    assert thread.candidate_user_id == user.id and user.email == "pat@example.com"
    with pytest.raises(Conflict):
        hiring.accept_invitation(token, name="Pat", password=factories.PASSWORD)
    with pytest.raises(NotFound):
        hiring.get_invitation("nope")


def test_first_opt_in_announces_nothing_until_both_agree(admin, joined):
    candidate, thread = joined
    before = {m.id for m in threads.list_messages(admin, thread.id, limit=100)[0]}
    connections.set_connection(candidate, thread.id, True)
    new = [m for m in threads.list_messages(admin, thread.id, limit=100)[0] if m.id not in before]
    assert new == []
    connections.set_connection(admin, thread.id, True)
    new = [m.body for m in threads.list_messages(admin, thread.id, limit=100)[0] if m.id not in before]
    assert len(new) == 1 and "now connected" in new[0]
    connections.set_connection(candidate, thread.id, False)
    last = threads.list_messages(admin, thread.id, limit=100)[0][-1]
    assert "no longer connected" in last.body
