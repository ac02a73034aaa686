"""Feedback after sending, over the API: its author edits or withdraws it within 10 minutes.

The edit window is measured with a controlled clock (``clock``): server.feedback.edits reads the
time through its own ``utcnow``, which the tests move forward instead of waiting.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from flask_socketio import SocketIOTestClient

from server.accounts.operations import issue_token
from server.core import time as core_time
from server.extensions import db, socketio
from server.feedback import edits
from server.feedback.models import Feedback, FeedbackRequest
from server.messaging.models import Message, MessageRevision, RiskAcknowledgement, Thread
from tests import factories
from tests.api.conftest import Api, assert_error

ANSWERS = {
    "strengths": "Your API design exercise was clear and well tested.",
    "gaps": "The role needs production PostgreSQL tuning; the indexing question showed less depth.",
}
EDITED = {
    "strengths": "Your API design exercise was clear, well tested and documented.",
    "gaps": "The role needs PostgreSQL tuning in production; the indexing question showed less depth.",
    "advice": "A small project tuning slow queries with EXPLAIN would show exactly this.",
}
RISKY = {**ANSWERS, "gaps": "We wanted a younger team for this role."}


class Clock:
    def __init__(self):
        self.offset = timedelta(0)

    def advance(self, **kwargs) -> None:
        self.offset += timedelta(**kwargs)


@pytest.fixture
def clock(monkeypatch):
    """The edit window's clock, moved by hand."""
    c = Clock()
    real = core_time.utcnow
    monkeypatch.setattr(edits, "utcnow", lambda: real() + c.offset)
    return c


def patch(api: Api, url: str, body):
    return api.client.patch(url, json=body, headers=api._headers())


def url(thread, message_id) -> str:
    return f"/api/v1/threads/{thread.id}/feedback/{message_id}"


def give(api: Api, thread, answers=ANSWERS) -> dict:
    r = api.post(f"/api/v1/threads/{thread.id}/feedback", {"answers": answers})
    assert r.status_code == 201, r.get_data(as_text=True)
    return r.get_json()["message"]


def ask(candidate_api: Api, thread) -> None:
    r = candidate_api.post(
        f"/api/v1/threads/{thread.id}/feedback-request", {"topics": ["skills"], "message": "What should I improve?"}
    )
    assert r.status_code == 201


def candidates_copy(candidate_api: Api, thread, message_id: int) -> dict:
    items = candidate_api.get(f"/api/v1/threads/{thread.id}/messages").get_json()["items"]
    return next(m for m in items if m["id"] == message_id)


def snapshot(message_id: int):
    db.session.expire_all()
    message = db.session.get(Message, message_id)
    feedback = db.session.query(Feedback).filter_by(message_id=message_id).one()
    return (
        message.body,
        message.edited_at,
        message.withdrawn_at,
        dict(feedback.answers),
        db.session.query(MessageRevision).count(),
        db.session.get(Thread, message.thread_id).status,
    )


def test_messages_carry_edited_and_withdrawn_times(staff_api, candidate_api, thread):
    sent = give(staff_api, thread)
    assert sent["edited_at"] is None and sent["withdrawn_at"] is None
    assert candidates_copy(candidate_api, thread, sent["id"])["edited_at"] is None


def test_the_author_edits_within_ten_minutes_and_the_history_is_kept(staff_api, candidate_api, thread, admin, clock):
    ask(candidate_api, thread)
    sent = give(staff_api, thread)
    clock.advance(minutes=9, seconds=59)
    r = patch(staff_api, url(thread, sent["id"]), {"answers": EDITED})
    assert r.status_code == 200, r.get_data(as_text=True)
    edited = r.get_json()
    assert edited["id"] == sent["id"] and edited["edited_at"].endswith("Z") and edited["withdrawn_at"] is None
    assert "documented" in edited["body"] and "EXPLAIN" in edited["html"] and "<script" not in edited["html"]
    assert edited["meta"]["answers"] == EDITED

    seen = candidates_copy(candidate_api, thread, sent["id"])
    assert seen["body"] == edited["body"] and seen["edited_at"] == edited["edited_at"]

    revision = db.session.query(MessageRevision).one()
    assert revision.message_id == sent["id"] and revision.body == sent["body"] and revision.html == sent["html"]
    assert revision.meta["answers"] == ANSWERS and revision.replaced_by_id == admin.id
    feedback = db.session.query(Feedback).one()
    assert feedback.answers == EDITED
    thread_now = staff_api.get(f"/api/v1/threads/{thread.id}").get_json()
    assert thread_now["status"] == "feedback_given"

    # a second edit keeps the first edit too
    again = patch(staff_api, url(thread, sent["id"]), {"answers": ANSWERS})
    assert again.status_code == 200 and again.get_json()["body"] == sent["body"]
    assert [r.meta["answers"] for r in db.session.query(MessageRevision).order_by(MessageRevision.id)] == [
        ANSWERS,
        EDITED,
    ]


def test_an_unchanged_edit_is_not_an_edit(staff_api, thread):
    sent = give(staff_api, thread)
    r = patch(staff_api, url(thread, sent["id"]), {"answers": ANSWERS})
    assert r.status_code == 200 and r.get_json()["edited_at"] is None
    assert db.session.query(MessageRevision).count() == 0


def test_after_ten_minutes_nothing_can_change(staff_api, thread, clock):
    sent = give(staff_api, thread)
    before = snapshot(sent["id"])
    clock.advance(minutes=10)
    error = assert_error(patch(staff_api, url(thread, sent["id"]), {"answers": EDITED}), 409, "edit_window_closed")
    assert "10 minutes" in error["message"]
    assert_error(staff_api.delete(url(thread, sent["id"])), 409, "edit_window_closed")
    assert snapshot(sent["id"]) == before


def test_an_edit_passes_the_wording_gate(staff_api, thread, admin):
    sent = give(staff_api, thread)
    before = snapshot(sent["id"])
    error = assert_error(patch(staff_api, url(thread, sent["id"]), {"answers": RISKY}), 422, "legal_risk")
    assert error["fields"]["findings"][0]["key"] == "gaps"
    assert snapshot(sent["id"]) == before and db.session.query(RiskAcknowledgement).count() == 0

    r = patch(staff_api, url(thread, sent["id"]), {"answers": RISKY, "acknowledge_risks": True})
    assert r.status_code == 200 and "younger team" in r.get_json()["body"]
    ack = db.session.query(RiskAcknowledgement).one()
    assert (ack.subject, ack.user_id, ack.thread_id, ack.message_id) == (
        "feedback_edit",
        admin.id,
        thread.id,
        sent["id"],
    )
    feedback = db.session.query(Feedback).one()
    assert feedback.risks_acknowledged_by_id == admin.id and feedback.risks_acknowledged_at is not None
    assert any(f["category"] == "legal_risk" for f in feedback.findings)


def test_sending_risky_feedback_is_recorded_by_the_gate(staff_api, thread, admin):
    r = staff_api.post(f"/api/v1/threads/{thread.id}/feedback", {"answers": RISKY, "acknowledge_risks": True})
    assert r.status_code == 201
    ack = db.session.query(RiskAcknowledgement).one()
    assert (ack.subject, ack.user_id, ack.message_id) == ("feedback", admin.id, r.get_json()["message"]["id"])
    assert db.session.query(Feedback).one().risks_acknowledged_by_id == admin.id


def test_withdrawing_reopens_the_request_it_answered(staff_api, candidate_api, thread, admin):
    ask(candidate_api, thread)
    request = db.session.query(FeedbackRequest).one()
    due = request.due_at
    sent = give(staff_api, thread)
    assert staff_api.delete(url(thread, sent["id"])).status_code == 204

    seen = candidates_copy(candidate_api, thread, sent["id"])
    assert seen["body"] == "Feedback withdrawn by Erin Admin." and seen["withdrawn_at"].endswith("Z")
    assert "PostgreSQL" not in seen["html"] and "meta" not in seen
    summary = candidate_api.get(f"/api/v1/threads/{thread.id}").get_json()
    assert summary["status"] == "feedback_requested" and summary["feedback_due_at"].startswith(due.isoformat()[:16])
    db.session.expire_all()
    assert db.session.get(FeedbackRequest, request.id).answered_at is None
    revision = db.session.query(MessageRevision).one()
    assert revision.meta["answers"] == ANSWERS and revision.replaced_by_id == admin.id
    assert db.session.query(Feedback).one().answers == {}

    # the withdrawn feedback is final; the request can be answered again
    assert_error(patch(staff_api, url(thread, sent["id"]), {"answers": EDITED}), 409, "feedback_withdrawn")
    assert_error(staff_api.delete(url(thread, sent["id"])), 409, "feedback_withdrawn")
    assert staff_api.get(f"/api/v1/threads/{thread.id}/feedback-form").get_json()["request"] is not None
    again = give(staff_api, thread, EDITED)
    assert again["id"] != sent["id"]
    assert candidate_api.get(f"/api/v1/threads/{thread.id}").get_json()["status"] == "feedback_given"
    db.session.expire_all()
    assert db.session.get(FeedbackRequest, request.id).answered_at is not None


def test_withdrawing_unrequested_feedback_opens_the_thread_again(staff_api, candidate_api, thread):
    first = give(staff_api, thread)
    second = give(staff_api, thread, EDITED)
    assert staff_api.delete(url(thread, second["id"])).status_code == 204
    assert candidate_api.get(f"/api/v1/threads/{thread.id}").get_json()["status"] == "feedback_given"
    assert staff_api.delete(url(thread, first["id"])).status_code == 204
    assert candidate_api.get(f"/api/v1/threads/{thread.id}").get_json()["status"] == "open"
    assert db.session.query(FeedbackRequest).count() == 0


def test_withdrawing_keeps_a_newer_open_request(staff_api, candidate_api, thread):
    ask(candidate_api, thread)
    sent = give(staff_api, thread)
    r = candidate_api.post(
        f"/api/v1/threads/{thread.id}/feedback-request", {"topics": ["interview"], "message": "One more question"}
    )
    assert r.status_code == 201
    assert staff_api.delete(url(thread, sent["id"])).status_code == 204
    open_requests = db.session.query(FeedbackRequest).filter(FeedbackRequest.answered_at.is_(None)).all()
    assert [req.topics for req in open_requests] == [["interview"]]
    assert candidate_api.get(f"/api/v1/threads/{thread.id}").get_json()["status"] == "feedback_requested"


def test_only_the_author_may_change_it(client, staff_api, candidate_api, thread, admin, org, stranger_org):
    recruiter = factories.member(admin, org, role="recruiter")
    rita = Api(client, issue_token(recruiter))
    mine = give(staff_api, thread)
    theirs = give(rita, thread, EDITED)
    before = snapshot(mine["id"])
    assert_error(patch(rita, url(thread, mine["id"]), {"answers": EDITED}), 403, "not_author")
    assert_error(rita.delete(url(thread, mine["id"])), 403, "not_author")
    # an admin is not the author either
    assert_error(patch(staff_api, url(thread, theirs["id"]), {"answers": ANSWERS}), 403, "not_author")
    assert_error(candidate_api.delete(url(thread, mine["id"])), 403, "staff_only")
    assert_error(patch(candidate_api, url(thread, mine["id"]), {"answers": EDITED}), 403, "staff_only")
    # another organization's admin: the thread does not exist for them
    gus = Api(client, issue_token(stranger_org["admin"]))
    missing = assert_error(gus.delete(url(thread, mine["id"])), 404)
    assert assert_error(gus.delete(url(thread, 999_999)), 404)["message"] == missing["message"]
    assert_error(patch(gus, url(thread, mine["id"]), {"answers": EDITED}), 404)
    assert snapshot(mine["id"]) == before


def test_messages_that_are_not_this_threads_feedback_are_not_found(staff_api, candidate_api, thread, stranger_org):
    sent = give(staff_api, thread)
    gus_feedback = Api(staff_api.client, issue_token(stranger_org["admin"]))
    theirs = give(gus_feedback, stranger_org["thread"])
    system = db.session.query(Message).filter_by(thread_id=thread.id, kind="system").first()
    for message_id in (theirs["id"], system.id, 999_999):
        assert_error(patch(staff_api, url(thread, message_id), {"answers": EDITED}), 404)
        assert_error(staff_api.delete(url(thread, message_id)), 404)
    # the stranger's thread id with my message id
    assert_error(staff_api.delete(f"/api/v1/threads/{stranger_org['thread'].id}/feedback/{sent['id']}"), 404)
    assert db.session.query(MessageRevision).count() == 0


@pytest.mark.parametrize(
    "body, status",
    [
        ({}, 422),
        ({"answers": "better now"}, 400),
        ({"answers": {"strengths": 5, "gaps": "x"}}, 400),
        ({"answers": EDITED, "acknowledge_risks": "yes"}, 400),
        ({"answers": EDITED, "extra": 1}, 422),
        ({"answers": {**EDITED, "salary": "More money"}}, 422),
        ({"answers": {"strengths": "Fine.", "gaps": "  "}}, 422),
        ({"answers": {**EDITED, "gaps": "x" * 5_001}}, 422),
        ({"answers": {**EDITED, "gaps": "x" * 300_000}}, 413),
    ],
)
def test_bad_edits_change_nothing(staff_api, thread, body, status):
    sent = give(staff_api, thread)
    before = snapshot(sent["id"])
    assert_error(patch(staff_api, url(thread, sent["id"]), body), status)
    assert snapshot(sent["id"]) == before


def test_malformed_json_is_refused(staff_api, thread):
    sent = give(staff_api, thread)
    r = staff_api.client.patch(
        url(thread, sent["id"]), data="{not json", headers={**staff_api._headers(), "Content-Type": "application/json"}
    )
    assert_error(r, 400)


def test_a_closed_thread_keeps_its_feedback(staff_api, thread):
    sent = give(staff_api, thread)
    assert staff_api.post(f"/api/v1/threads/{thread.id}/close").status_code == 200
    before = snapshot(sent["id"])
    assert_error(patch(staff_api, url(thread, sent["id"]), {"answers": EDITED}), 409, "thread_closed")
    assert_error(staff_api.delete(url(thread, sent["id"])), 409, "thread_closed")
    assert snapshot(sent["id"]) == before


def test_sockets_hear_the_edit_and_the_withdrawal(app, staff_api, thread, candidate):
    sent = give(staff_api, thread)
    casey = SocketIOTestClient(app, socketio, auth={"token": issue_token(candidate)})
    casey.get_received()
    assert patch(staff_api, url(thread, sent["id"]), {"answers": EDITED}).status_code == 200
    changed = [e["args"][0]["message"] for e in casey.get_received() if e["name"] == "message_changed"]
    assert len(changed) == 1 and changed[0]["id"] == sent["id"] and changed[0]["edited_at"]
    assert "EXPLAIN" in changed[0]["html"]

    assert staff_api.delete(url(thread, sent["id"])).status_code == 204
    received = casey.get_received()
    changed = [e["args"][0]["message"] for e in received if e["name"] == "message_changed"]
    assert changed[0]["withdrawn_at"] and changed[0]["body"] == "Feedback withdrawn by Erin Admin."
    threads = [e["args"][0]["thread"] for e in received if e["name"] == "thread"]
    assert threads and threads[-1]["status"] == "open"
    casey.disconnect()


def test_a_reopened_thread_remembers_that_withdrawn_feedback_answered_nothing(staff_api, candidate_api, thread):
    ask(candidate_api, thread)
    sent = give(staff_api, thread)
    assert staff_api.delete(url(thread, sent["id"])).status_code == 204
    assert staff_api.post(f"/api/v1/threads/{thread.id}/close", {}).status_code == 200
    assert staff_api.post(f"/api/v1/threads/{thread.id}/reopen", {}).status_code == 200
    assert candidate_api.get(f"/api/v1/threads/{thread.id}").get_json()["status"] == "feedback_requested"
