"""Retention: closed threads idle past the organization's period are anonymised, after a notice.

The pass takes ``now``: the threads are made at the real time and the pass runs "months later"."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from server.accounts.models import User
from server.connections.models import Connection
from server.core.time import utcnow
from server.extensions import db
from server.messaging import operations as messaging
from server.messaging.models import Message, Thread
from server.notifications import worker
from server.privacy.models import ThreadRetention
from server.privacy.operations import add_months, retention_pass
from tests import factories
from tests.api.conftest import Api
from tests.notifications.conftest import html_part, text_part
from tests.privacy.conftest import full_loop

REMOVED = "[removed after the retention period]"


def setup_threads():
    admin, org = factories.employer("Acme Robotics", name="Erin Admin", email="erin@acme.example")
    casey, closed = factories.joined_thread(admin, org, email="casey@example.com")
    full_loop(admin, casey, closed, secret="casey-secret")
    messaging.close_thread(admin, closed.id)
    _dana, still_open = factories.joined_thread(admin, org, email="dana@example.com", name="Dana Open")
    return admin, org, casey, closed, still_open


def test_notice_once_by_smtp_then_anonymised_after_the_notice_period(mail_app, mailbox):
    client = mail_app.test_client()
    admin, _org, casey, closed, still_open = setup_threads()
    worker.send_due()  # the invitations and confirmations of the setup
    mailbox.clear()
    expires = add_months(utcnow(), 24)
    start = utcnow()

    # Long before the period ends: nothing.
    assert retention_pass(start + timedelta(days=365)) == {"notified": 0, "anonymised": 0}
    # 29 days before it ends (the notice period is 30 days): the candidate is told, once.
    notice_at = expires - timedelta(days=29)
    assert retention_pass(notice_at) == {"notified": 1, "anonymised": 0}
    assert retention_pass(notice_at + timedelta(days=1)) == {"notified": 0, "anonymised": 0}
    worker.send_due()
    assert mailbox.subjects("casey@example.com") == ["Your conversation with Acme Robotics will be anonymised"]
    assert mailbox.to("dana@example.com") == [] and mailbox.to("erin@acme.example") == []
    [notice] = mailbox.to("casey@example.com")
    text, html = text_part(notice), html_part(notice)
    assert "Backend Engineer" in text and "24 months" in text and "http://candor.test/account" in text
    assert "Backend Engineer" in html and "http://candor.test/account" in html
    row = db.session.get(ThreadRetention, closed.id)
    assert row is not None and row.notice_sent_at == notice_at
    # The period has ended, but the notice gave 30 days: not yet.
    assert retention_pass(expires + timedelta(hours=1)) == {"notified": 0, "anonymised": 0}
    # After the notice period: anonymised, once.
    later = notice_at + timedelta(days=30, minutes=1)
    assert retention_pass(later) == {"notified": 0, "anonymised": 1}
    assert retention_pass(later + timedelta(days=400)) == {"notified": 0, "anonymised": 0}
    worker.send_due()
    assert len(mailbox.to("casey@example.com")) == 1

    db.session.expire_all()
    thread = db.session.get(Thread, closed.id)
    assert thread is not None and thread.candidate_user_id is None
    assert thread.candidacy.name == "Former candidate" and thread.candidacy.email == ""
    bodies = {m.side: m.body for m in db.session.scalars(select(Message).where(Message.thread_id == closed.id))}
    assert bodies["candidate"] == REMOVED
    candidate_messages = db.session.scalars(
        select(Message).where(Message.thread_id == closed.id, Message.side == "candidate")
    ).all()
    assert all(m.body == REMOVED and m.author_id is None for m in candidate_messages)
    assert db.session.scalar(select(func.count()).where(Message.thread_id == closed.id, Message.side == "employer"))
    all_text = " ".join(db.session.scalars(select(Message.body).where(Message.thread_id == closed.id)))
    assert "Casey" not in all_text and "casey-secret" not in all_text
    # Retention is not erasure: the account stays. The consent had expired long before (a year) and goes.
    assert db.session.get(User, casey.id) is not None
    assert db.session.scalar(select(func.count()).where(Connection.candidate_user_id == casey.id)) == 0
    # The candidate no longer sees the thread; the employer does, anonymised.
    assert Api(client).as_user(casey).get("/api/v1/threads").get_json()["items"] == []
    staff_view = Api(client).as_user(admin).get(f"/api/v1/threads/{closed.id}").get_json()
    assert staff_view["candidate"] == {"id": None, "name": "Former candidate"}
    # The open thread was never touched.
    assert db.session.get(ThreadRetention, still_open.id) is None
    assert db.session.get(Thread, still_open.id).candidacy.name == "Dana Open"


def test_recent_activity_and_reopening_put_it_off(mail_app):
    admin, _org, _casey, closed, _open = setup_threads()
    expires = add_months(utcnow(), 24)
    # Recently closed: nothing at all, not even a month later.
    assert retention_pass(utcnow() + timedelta(days=30)) == {"notified": 0, "anonymised": 0}
    assert retention_pass(expires - timedelta(days=10)) == {"notified": 1, "anonymised": 0}
    # Reopened: an open thread is never anonymised, however late.
    messaging.reopen_thread(admin, closed.id)
    assert retention_pass(expires + timedelta(days=400)) == {"notified": 0, "anonymised": 0}
    assert db.session.get(Thread, closed.id).candidacy.name == "Casey Candidate"


def test_an_organization_retention_period_is_its_own(mail_app):
    _admin, org, _casey, _closed, _open = setup_threads()
    org.retention_months = 6
    db.session.commit()
    six = add_months(utcnow(), 6)
    assert retention_pass(six - timedelta(days=31)) == {"notified": 0, "anonymised": 0}
    assert retention_pass(six - timedelta(days=30)) == {"notified": 1, "anonymised": 0}
    assert retention_pass(six + timedelta(seconds=1)) == {"notified": 0, "anonymised": 1}


def test_candor_retention_command(mail_app):
    setup_threads()
    runner = mail_app.test_cli_runner()
    result = runner.invoke(args=["retention"])
    assert result.exit_code == 0, result.output
    assert "notified 0 candidate(s); anonymised 0 thread(s)" in result.output
