"""Who is emailed about a candidate's message or feedback request (real SMTP server): the thread's
assignee if it has one, else its position's assignee, else the organization's admins and recruiters."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from server.accounts import operations as accounts
from server.extensions import db
from server.feedback import operations as feedback
from server.feedback.models import FeedbackRequest
from server.hiring import operations as hiring
from server.messaging import operations as messaging
from tests import factories
from tests.notifications.conftest import DELAY, after, deliver, text_part

STAFF = ("erin@acme.example", "rita@acme.example", "hal@acme.example")


def _team():
    admin, org = factories.employer("Acme Robotics", name="Erin Admin", email="erin@acme.example")
    recruiter = factories.member(admin, org, "recruiter", name="Rita Recruiter", email="rita@acme.example")
    manager = factories.member(admin, org, "hiring_manager", name="Hal Manager", email="hal@acme.example")
    candidate, thread = factories.joined_thread(admin, org, email="casey@example.com")
    return admin, org, recruiter, manager, candidate, thread


def _who_got_mail(mailbox) -> set[str]:
    return {address for address in STAFF if mailbox.to(address)}


def test_the_threads_assignee_alone_hears_of_a_candidates_message(mail_app, mailbox):
    admin, _org, _recruiter, manager, candidate, thread = _team()
    messaging.assign_thread(admin, thread.id, manager.id)
    deliver(after(DELAY + 1))
    mailbox.clear()
    messaging.post_message(candidate, thread.id, "Could you tell me more about the team?")
    deliver(after(DELAY + 1))
    assert _who_got_mail(mailbox) == {"hal@acme.example"}
    assert f"http://candor.test/threads/{thread.id}" in text_part(mailbox.to("hal@acme.example")[0])


def test_the_positions_assignee_hears_unless_the_thread_has_its_own(mail_app, mailbox):
    admin, _org, recruiter, manager, candidate, thread = _team()
    hiring.assign_position(admin, thread.candidacy.position_id, manager.id)
    deliver(after(DELAY + 1))
    mailbox.clear()
    messaging.post_message(candidate, thread.id, "First question.")
    deliver(after(DELAY + 1))
    assert _who_got_mail(mailbox) == {"hal@acme.example"}

    # The thread's own assignee comes first.
    messaging.assign_thread(admin, thread.id, recruiter.id)
    mailbox.clear()
    messaging.post_message(candidate, thread.id, "Second question.")
    deliver(after(2 * DELAY + 2))
    assert _who_got_mail(mailbox) == {"rita@acme.example"}


def test_nobody_assigned_means_admins_and_recruiters(mail_app, mailbox):
    _admin, _org, _recruiter, _manager, candidate, thread = _team()
    deliver(after(DELAY + 1))
    mailbox.clear()
    messaging.post_message(candidate, thread.id, "Hello?")
    deliver(after(DELAY + 1))
    assert _who_got_mail(mailbox) == {"erin@acme.example", "rita@acme.example"}


def test_a_message_waiting_for_its_email_follows_the_thread_to_its_new_handler(mail_app, mailbox):
    """still_recipient follows the assignment: reassigned in the meantime, the earlier assignee's
    pending email about the thread is dropped and the new handler gets it instead, on time."""
    admin, org, recruiter, manager, candidate, thread = _team()
    messaging.assign_thread(admin, thread.id, manager.id)
    deliver(after(DELAY + 1))
    mailbox.clear()
    messaging.post_message(candidate, thread.id, "Anyone there?")
    messaging.assign_thread(admin, thread.id, recruiter.id)
    deliver(after(DELAY + 1))
    assert mailbox.to("hal@acme.example") == []
    assert _who_got_mail(mailbox) == {"rita@acme.example"}
    assert "Anyone there?" in text_part(mailbox.to("rita@acme.example")[0])

    messaging.assign_thread(admin, thread.id, manager.id)
    mailbox.clear()
    messaging.post_message(candidate, thread.id, "Still there?")
    accounts.remove_member(admin, org.id, manager.id)  # clears the assignment too
    deliver(after(2 * DELAY + 2))
    assert mailbox.to("hal@acme.example") == []
    # Nobody handles it any more: the admins and recruiters do.
    assert _who_got_mail(mailbox) == {"erin@acme.example", "rita@acme.example"}


def test_a_position_handed_to_someone_else_hands_over_its_waiting_messages(mail_app, mailbox):
    admin, _org, recruiter, manager, candidate, thread = _team()
    hiring.assign_position(admin, thread.candidacy.position_id, manager.id)
    deliver(after(DELAY + 1))
    mailbox.clear()
    messaging.post_message(candidate, thread.id, "Is the role still open?")
    hiring.assign_position(admin, thread.candidacy.position_id, recruiter.id)
    deliver(after(DELAY + 1))
    assert _who_got_mail(mailbox) == {"rita@acme.example"}


def test_a_feedback_request_and_its_reminder_go_to_the_assignee(mail_app, mailbox):
    admin, _org, _recruiter, manager, candidate, thread = _team()
    messaging.assign_thread(admin, thread.id, manager.id)
    deliver(after(DELAY + 1))
    mailbox.clear()
    feedback.request_feedback(candidate, thread.id, ["skills"], "What could I have done better?")
    request = db.session.scalars(select(FeedbackRequest)).one()
    deliver(after(DELAY + 1))
    assert _who_got_mail(mailbox) == {"hal@acme.example"}
    assert mailbox.subjects("hal@acme.example") == ["Casey Candidate asked for feedback (Backend Engineer)"]
    mailbox.clear()
    deliver(request.due_at - timedelta(hours=23))
    assert _who_got_mail(mailbox) == {"hal@acme.example"}
    assert mailbox.subjects("hal@acme.example")[0].startswith("Reminder: feedback for Casey Candidate")
