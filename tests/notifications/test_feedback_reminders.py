"""Staff hear of a feedback request, then get a reminder before its reply target and one
overdue notice after it: each once, whatever the number of passes."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from server.extensions import db
from server.feedback import operations as feedback
from server.feedback.models import FeedbackRequest
from server.messaging.operations import close_thread
from server.notifications.models import NotificationLog
from server.notifications.settings import update_email_settings
from tests import factories
from tests.notifications.conftest import DELAY, after, deliver, text_part

ANSWERS = {"strengths": "Clear, tested code.", "gaps": "We needed production PostgreSQL experience."}


def _request(mailbox):
    admin, org = factories.employer("Acme Robotics", name="Erin Admin", email="erin@acme.example")
    factories.member(admin, org, "recruiter", name="Rita Recruiter", email="rita@acme.example")
    factories.member(admin, org, "hiring_manager", name="Hal Manager", email="hal@acme.example")
    candidate, thread = factories.joined_thread(admin, org, email="casey@example.com")
    deliver(after(0))  # the invitation
    mailbox.clear()
    feedback.request_feedback(candidate, thread.id, ["skills", "interview"], "What could I have done better?")
    request = db.session.scalars(select(FeedbackRequest)).one()
    return admin, org, candidate, thread, request


def test_request_then_reminder_then_overdue_each_once(mail_app, mailbox):
    _admin, _org, _candidate, thread, request = _request(mailbox)
    due = request.due_at
    assert due - request.created_at == timedelta(days=5)  # the organization's reply target

    deliver(after(DELAY + 1))
    for staff in ("erin@acme.example", "rita@acme.example"):
        [message] = mailbox.to(staff)
        assert message["Subject"] == "Casey Candidate asked for feedback (Backend Engineer)"
        text = text_part(message)
        assert "asked for feedback on Skills, Interview" in text
        assert f"reply by {due.day} {due:%b %Y}" in text.replace(f"{due:%a} ", "")
        assert f"http://candor.test/threads/{thread.id}" in text
    assert mailbox.to("hal@acme.example") == [] and mailbox.to("casey@example.com") == []

    mailbox.clear()
    assert deliver(due - timedelta(hours=25))["reminders"] == 0  # too early
    assert deliver(due - timedelta(hours=23))["reminders"] == 1
    assert deliver(due - timedelta(hours=22))["reminders"] == 0  # never twice
    for staff in ("erin@acme.example", "rita@acme.example"):
        assert mailbox.subjects(staff) == ["Reminder: feedback for Casey Candidate is due soon (Backend Engineer)"]
        text = text_part(mailbox.to(staff)[0])
        assert "in about 23 hours" in text and "What could I have done better?" in text
        assert f"Answer now: http://candor.test/threads/{thread.id}" in text

    mailbox.clear()
    assert deliver(due + timedelta(hours=1))["reminders"] == 1
    assert deliver(due + timedelta(days=3))["reminders"] == 0
    for staff in ("erin@acme.example", "rita@acme.example"):
        assert mailbox.subjects(staff) == ["Overdue: feedback for Casey Candidate (Backend Engineer)"]
    assert mailbox.to("hal@acme.example") == [] and mailbox.to("casey@example.com") == []
    logged = db.session.execute(select(NotificationLog.kind, NotificationLog.recipients)).all()
    assert sorted(logged) == [("feedback_overdue", 2), ("feedback_reminder", 2)]


def test_a_worker_that_was_down_sends_only_the_overdue_notice(mail_app, mailbox):
    _admin, _org, _candidate, _thread, request = _request(mailbox)
    deliver(request.due_at + timedelta(days=1))
    assert mailbox.subjects("erin@acme.example") == [
        "Casey Candidate asked for feedback (Backend Engineer)",
        "Overdue: feedback for Casey Candidate (Backend Engineer)",
    ]


def test_answered_or_closed_requests_are_not_reminded(mail_app, mailbox):
    admin, org, _candidate, thread, request = _request(mailbox)
    feedback.give_feedback(admin, thread.id, ANSWERS)
    other_candidate, other = factories.joined_thread(admin, org, email="sam@example.com", name="Sam")
    feedback.request_feedback(other_candidate, other.id, ["skills"], "Any advice?")
    close_thread(other_candidate, other.id)
    mailbox.clear()
    deliver(request.due_at - timedelta(hours=1))
    deliver(request.due_at + timedelta(days=1))
    assert not [s for s in mailbox.subjects("erin@acme.example") if s.startswith(("Reminder", "Overdue"))]
    assert db.session.query(NotificationLog).count() == 0


def test_reminders_switched_off_are_not_sent_to_that_person(mail_app, mailbox):
    admin, _org, _candidate, _thread, request = _request(mailbox)
    update_email_settings(admin, {"reminders": False})
    mailbox.clear()
    deliver(request.due_at - timedelta(hours=1))
    assert not [s for s in mailbox.subjects("erin@acme.example") if s.startswith("Reminder")]
    assert [s for s in mailbox.subjects("rita@acme.example") if s.startswith("Reminder")]


def test_a_short_reply_target_gets_no_reminder_on_top_of_the_request(mail_app, mailbox):
    admin, org = factories.employer("Acme Robotics", name="Erin Admin", email="erin@acme.example")
    org.reply_target_days = 1  # no longer than the reminder lead
    db.session.commit()
    candidate, thread = factories.joined_thread(admin, org, email="casey@example.com")
    feedback.request_feedback(candidate, thread.id, ["skills"], "Any advice?")
    request = db.session.scalars(select(FeedbackRequest)).one()
    deliver(after(DELAY + 1))
    deliver(request.due_at - timedelta(hours=1))
    deliver(request.due_at + timedelta(hours=1))
    assert mailbox.subjects("erin@acme.example")[-2:] == [
        "Casey Candidate asked for feedback (Backend Engineer)",
        "Overdue: feedback for Casey Candidate (Backend Engineer)",
    ]
