"""The outbox against a real local SMTP server (aiosmtpd)."""

from __future__ import annotations

from datetime import timedelta
from email import message_from_bytes

import pytest
from aiosmtpd.controller import Controller

from server.core.time import utcnow
from server.extensions import db
from server.notifications import worker
from server.notifications.models import OutboxEmail
from tests import factories
from tests.live import free_port


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content)))
        return "250 OK"


@pytest.fixture
def smtp():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield inbox, controller
    controller.stop()


def test_invitation_is_sent_once(make_app, smtp):
    inbox, controller = smtp
    app = make_app(SMTP_URL=f"smtp://127.0.0.1:{controller.port}")
    with app.app_context():
        admin, org = factories.employer("Acme Robotics")
        _c, _t, token = factories.rejected_thread(admin, org, email="jo@example.com")
        assert worker.send_due() == {"sent": 1, "retry": 0, "failed": 0}
        assert worker.send_due() == {"sent": 0, "retry": 0, "failed": 0}
        assert len(inbox.messages) == 1
        rcpts, message = inbox.messages[0]
        assert rcpts == ["jo@example.com"]
        assert message["Subject"] == "Your application to Acme Robotics: a private conversation"
        parts = {part.get_content_type(): part.get_payload(decode=True).decode() for part in message.get_payload()}
        assert all(f"http://candor.test/invitations/{token}" in parts[kind] for kind in ("text/plain", "text/html"))
        row = db.session.query(OutboxEmail).one()
        assert row.status == "sent" and row.sent_at is not None and row.attempts == 1


def test_unreachable_server_keeps_the_email_and_retries(make_app, smtp):
    inbox, controller = smtp
    dead_port = free_port()
    app = make_app(SMTP_URL=f"smtp://127.0.0.1:{dead_port}?timeout=2")
    with app.app_context():
        admin, org = factories.employer()
        factories.rejected_thread(admin, org)
        assert worker.send_due() == {"sent": 0, "retry": 1, "failed": 0}
        row = db.session.query(OutboxEmail).one()
        assert row.status == "pending" and row.last_error and row.next_attempt_at > utcnow()
        # not due yet: nothing is attempted
        assert worker.send_due() == {"sent": 0, "retry": 0, "failed": 0}
        # the server comes back and the retry time passes
        app.config["SMTP_URL"] = f"smtp://127.0.0.1:{controller.port}"
        row.next_attempt_at = utcnow() - timedelta(seconds=1)
        db.session.commit()
        assert worker.send_due()["sent"] == 1
        assert len(inbox.messages) == 1 and db.session.get(OutboxEmail, row.id).attempts == 2


def test_gives_up_after_the_last_backoff(make_app):
    app = make_app(SMTP_URL=f"smtp://127.0.0.1:{free_port()}?timeout=1")
    with app.app_context():
        admin, org = factories.employer()
        factories.rejected_thread(admin, org)
        row = db.session.query(OutboxEmail).one()
        row.attempts = len(worker.BACKOFF)
        db.session.commit()
        assert worker.send_due() == {"sent": 0, "retry": 0, "failed": 1}
        assert db.session.get(OutboxEmail, row.id).status == "failed"


def test_same_dedupe_key_is_one_email(app):
    from server.core.transaction import operation
    from server.notifications.operations import queue_email

    @operation
    def queue_twice():
        queue_email("k:1", "a@example.com", "Hi", "Body")
        queue_email("k:1", "a@example.com", "Hi", "Body")

    queue_twice()
    assert db.session.query(OutboxEmail).count() == 1


def test_no_smtp_url_sends_nothing(app, admin, org):
    factories.rejected_thread(admin, org)
    assert worker.send_due() == {"sent": 0, "retry": 0, "failed": 0}
    assert db.session.query(OutboxEmail).one().status == "pending"
