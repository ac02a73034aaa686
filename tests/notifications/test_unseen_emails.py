"""What a user has not seen after the delay is emailed to them: one email per user per pass."""

from __future__ import annotations

from urllib.parse import urlsplit

from sqlalchemy import select

from server.extensions import db
from server.feedback import edits
from server.feedback import operations as feedback
from server.messaging import operations as messaging
from server.notifications import digest_email
from server.notifications.models import OutboxEmail, PendingNotification
from server.notifications.settings import update_email_settings
from tests import factories
from tests.notifications.conftest import DELAY, after, deliver, html_part, text_part
from tests.web.helpers import Browser

ANSWERS = {
    "strengths": "Clear, tested code in the exercise.",
    "gaps": "We needed production PostgreSQL experience.",
}


def _setup(**kwargs):
    admin, org = factories.employer("Acme Robotics", name="Erin Admin", email="erin@acme.example")
    candidate, thread = factories.joined_thread(admin, org, email="casey@example.com", **kwargs)
    deliver(after(DELAY + 1))  # the invitation goes out first
    return admin, org, candidate, thread


def test_offline_candidate_gets_one_email_for_feedback_and_two_messages(mail_app, mailbox):
    admin, _org, candidate, thread = _setup()
    mailbox.clear()
    feedback.request_feedback(candidate, thread.id, ["skills"], "Could you tell me more?")
    messaging.post_message(admin, thread.id, "Thanks for asking, our answer follows.")
    feedback.give_feedback(admin, thread.id, ANSWERS)
    messaging.post_message(admin, thread.id, "Good luck with the search!")

    assert deliver(after(DELAY - 5))["unseen"] == 0  # not due yet
    assert mailbox.to("casey@example.com") == []
    counts = deliver(after(DELAY + 1))
    assert counts["sent"] == 1  # the candidate only: the staff answered the request themselves
    [message] = mailbox.to("casey@example.com")
    assert message["Subject"] == "3 new updates in your conversation with Acme Robotics"
    assert message.get_content_type() == "multipart/alternative"
    text, html = text_part(message), html_part(message)
    for part in (text, html):
        assert "Thanks for asking, our answer follows." in part
        assert "Good luck with the search!" in part
        assert "Acme Robotics sent you feedback" in part
        assert "Clear, tested code in the exercise." in part
    link = f"http://candor.test/threads/{thread.id}"
    assert f"Open the conversation: {link}" in text and f'href="{link}"' in html

    # The link opens the thread for the candidate once logged in.
    browser = Browser(mail_app.test_client())
    assert browser.get(urlsplit(link).path).status_code == 302  # to the login page
    browser.login("casey@example.com")
    page = browser.get(urlsplit(link).path)
    assert page.status_code == 200 and "Good luck with the search!" in page.get_data(as_text=True)

    # Nothing is sent twice, and the staff were never emailed about their own items.
    assert deliver(after(2 * DELAY))["sent"] == 0
    assert mailbox.to("erin@acme.example") == []


def test_nobody_is_emailed_for_what_they_read_within_the_delay(mail_app, mailbox):
    admin, _org, candidate, thread = _setup()
    mailbox.clear()
    to_staff, _ = messaging.post_message(candidate, thread.id, "A question about the role.")
    to_candidate, _ = messaging.post_message(admin, thread.id, "Happy to answer.")
    messaging.mark_read(candidate, thread.id, to_candidate.id)
    messaging.mark_read(admin, thread.id, to_staff.id)
    assert deliver(after(DELAY + 1))["sent"] == 0
    assert mailbox.received == []
    outcomes = db.session.scalars(select(PendingNotification.outcome)).all()
    assert outcomes and set(outcomes) == {"seen"}


def test_a_reply_counts_as_seen(mail_app, mailbox):
    admin, _org, candidate, thread = _setup()
    mailbox.clear()
    messaging.post_message(admin, thread.id, "Do you have any questions?")
    messaging.post_message(candidate, thread.id, "Yes: how was the exercise marked?")  # active after it
    deliver(after(DELAY + 1))
    # The candidate replied (so had seen it); the staff get the candidate's question.
    assert mailbox.to("casey@example.com") == []
    assert mailbox.subjects("erin@acme.example") == ["New message from Casey Candidate on Candor"]


def test_staff_recipients_are_recruiters_and_admins_and_a_colleagues_answer_settles_it(mail_app, mailbox):
    admin, org, candidate, thread = _setup()
    recruiter = factories.member(admin, org, "recruiter", name="Rita Recruiter", email="rita@acme.example")
    factories.member(admin, org, "hiring_manager", name="Hal Manager", email="hal@acme.example")
    mailbox.clear()
    messaging.post_message(candidate, thread.id, "Is the role open again next year?")
    deliver(after(DELAY + 1))
    assert len(mailbox.to("erin@acme.example")) == 1
    assert len(mailbox.to("rita@acme.example")) == 1
    assert mailbox.to("hal@acme.example") == [] and mailbox.to("casey@example.com") == []

    mailbox.clear()
    messaging.post_message(candidate, thread.id, "One more thing.")
    messaging.post_message(recruiter, thread.id, "Answered: yes, probably.")
    deliver(after(DELAY + 1))
    # Rita answered; Erin need not hear of a question a colleague already answered.
    assert mailbox.to("erin@acme.example") == [] and mailbox.to("rita@acme.example") == []
    # and the candidate, offline, gets Rita's answer
    assert mailbox.subjects("casey@example.com") == ["New message from Acme Robotics on Candor"]


def test_one_email_lists_several_threads(mail_app, mailbox):
    admin, org, candidate, thread = _setup()
    other, other_thread = factories.joined_thread(admin, org, email="sam@example.com", name="Sam Other")
    deliver(after(DELAY + 1))
    mailbox.clear()
    messaging.post_message(candidate, thread.id, "Hello from Casey.")
    messaging.post_message(other, other_thread.id, "Hello from Sam.")
    messaging.post_message(other, other_thread.id, "And again.")
    deliver(after(DELAY + 1))
    [message] = mailbox.to("erin@acme.example")
    assert message["Subject"] == "3 new updates in 2 conversations on Candor"
    text = text_part(message)
    assert f"http://candor.test/threads/{thread.id}" in text
    assert f"http://candor.test/threads/{other_thread.id}" in text
    assert text.index("Hello from Casey.") < text.index("Hello from Sam.") < text.index("And again.")
    assert db.session.scalar(select(OutboxEmail).where(OutboxEmail.to_email == "erin@acme.example")).organization_id


def test_system_messages_and_not_joined_candidates_get_no_email(mail_app, mailbox):
    admin, org = factories.employer("Acme Robotics", name="Erin Admin", email="erin@acme.example")
    _cand, waiting, _token = factories.rejected_thread(admin, org, email="waiting@example.com")
    messaging.post_message(admin, waiting.id, "Anything else we can help with?")  # nobody to tell yet
    _candidate, thread = factories.joined_thread(admin, org, email="casey@example.com")
    messaging.close_thread(admin, thread.id)  # a system message
    assert db.session.query(PendingNotification).count() == 0
    deliver(after(DELAY + 1))
    assert mailbox.subjects("casey@example.com") == ["Your application to Acme Robotics: a private conversation"]


def test_a_switched_off_kind_is_not_emailed_but_others_are(mail_app, mailbox):
    admin, _org, candidate, thread = _setup()
    update_email_settings(candidate, {"messages": False})
    mailbox.clear()
    feedback.request_feedback(candidate, thread.id, ["skills"], "Could you tell me more?")
    messaging.post_message(admin, thread.id, "A message.")
    feedback.give_feedback(admin, thread.id, ANSWERS)
    deliver(after(DELAY + 1))
    [message] = mailbox.to("casey@example.com")
    assert message["Subject"] == "Acme Robotics sent you feedback"
    assert "A message." not in text_part(message)
    assert "unsubscribe" in message["List-Unsubscribe"]


def test_a_failing_email_is_retried_and_does_not_hold_up_the_others(mail_app, mailbox, monkeypatch):
    admin, org, candidate, thread = _setup()
    _other, other_thread = factories.joined_thread(admin, org, email="sam@example.com", name="Sam Other")
    deliver(after(0))
    mailbox.clear()
    messaging.post_message(candidate, thread.id, "To the staff.")
    messaging.post_message(admin, other_thread.id, "To Sam.")
    real_subject = digest_email._subject

    def broken_for_staff(user, groups):
        if user.is_staff:
            raise RuntimeError("template bug")
        return real_subject(user, groups)

    monkeypatch.setattr(digest_email, "_subject", broken_for_staff)
    deliver(after(DELAY + 1))
    assert mailbox.subjects("sam@example.com") == ["New message from Acme Robotics on Candor"]
    assert mailbox.to("erin@acme.example") == []
    monkeypatch.setattr(digest_email, "_subject", real_subject)
    deliver(after(DELAY + 2))  # the staff's rows were rolled back, so the next pass sends them
    assert mailbox.subjects("erin@acme.example") == ["New message from Casey Candidate on Candor"]
    assert len(mailbox.to("sam@example.com")) == 1


def test_handled_rows_are_forgotten_after_a_month(mail_app, mailbox):
    admin, _org, _candidate, thread = _setup()
    messaging.post_message(admin, thread.id, "Hello.")
    deliver(after(DELAY + 1))
    assert db.session.query(PendingNotification).count() == 1
    deliver(after(DELAY + 1 + 29 * 86400))
    assert db.session.query(PendingNotification).count() == 1
    deliver(after(DELAY + 1 + 31 * 86400))
    assert db.session.query(PendingNotification).count() == 0


def test_candor_outbox_writes_due_notifications_then_sends(mail_app, mailbox):
    admin, _org, _candidate, thread = _setup()
    mailbox.clear()
    messaging.post_message(admin, thread.id, "Sent by the command.")
    db.session.commit()
    result = mail_app.test_cli_runner().invoke(args=["outbox"])
    assert result.exit_code == 0, result.output
    assert "wrote 0 notification email(s)" in result.output  # not due yet
    # the delay passes (the command runs at the real time, so the row is made due instead)
    db.session.query(PendingNotification).update({PendingNotification.due_at: PendingNotification.created_at})
    db.session.commit()
    result = mail_app.test_cli_runner().invoke(args=["outbox"])
    assert (
        "wrote 1 notification email(s), 0 feedback reminder(s) and 0 consent reminder(s); 0 consent(s) lapsed; sent 1"
        in result.output
    ), result.output
    assert mailbox.subjects("casey@example.com") == ["New message from Acme Robotics on Candor"]


def test_feedback_withdrawn_before_its_email_is_not_emailed(mail_app, mailbox):
    admin, _org, _candidate, thread = _setup()
    mailbox.clear()
    message, _thread, _findings = feedback.give_feedback(admin, thread.id, ANSWERS)
    edits.withdraw_feedback(admin, thread.id, message.id)
    messaging.post_message(admin, thread.id, "Sorry, let me come back to you on that.")
    deliver(after(DELAY + 1))
    [email] = mailbox.to("casey@example.com")
    assert "Sorry, let me come back to you on that." in text_part(email)
    assert "withdrawn" not in text_part(email) and "Clear, tested code" not in text_part(email)
