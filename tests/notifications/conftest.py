"""Notification tests: a real SMTP server (aiosmtpd) and a clock the tests move by hand.

The passes take ``now``: a test posts messages at the real time and then runs the
passes "later" (``after(seconds)``), so nothing waits for the delay to pass.
"""

from __future__ import annotations

import email.policy
from datetime import datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller

from server.core.time import utcnow
from server.notifications import worker
from tests.live import free_port

DELAY = 300  # CANDOR_NOTIFY_DELAY_SECONDS, the default


class Mailbox:
    """Everything the SMTP server received, parsed."""

    def __init__(self):
        self.received: list[tuple[list[str], EmailMessage]] = []

    async def handle_DATA(self, server, session, envelope):
        parsed = message_from_bytes(envelope.content, policy=email.policy.default)
        self.received.append((envelope.rcpt_tos, parsed))
        return "250 OK"

    def to(self, address: str) -> list[EmailMessage]:
        return [message for rcpts, message in self.received if address in rcpts]

    def subjects(self, address: str) -> list[str]:
        return [str(message["Subject"]) for message in self.to(address)]

    def clear(self) -> None:
        self.received.clear()


def text_part(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None, "no text/plain part"
    return part.get_content()


def html_part(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("html",))
    assert part is not None, "no text/html part"
    return part.get_content()


def after(seconds: float, start: datetime | None = None) -> datetime:
    return (start or utcnow()) + timedelta(seconds=seconds)


def deliver(now: datetime) -> dict[str, int]:
    """What the worker loop does in one round at ``now``: write the due emails, then send the outbox."""
    written = worker.scheduled_pass(now)
    return {**written, **worker.send_due()}


@pytest.fixture
def mailbox():
    box = Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    box.port = controller.port
    yield box
    controller.stop()


@pytest.fixture
def mail_app(make_app, mailbox):
    """The app with SMTP_URL pointing at the test mail server, inside its app context.

    (Not the suite's ``app`` fixture: the fixtures built on that one run in their own app.)"""
    application = make_app(SMTP_URL=f"smtp://127.0.0.1:{mailbox.port}")
    with application.app_context():
        yield application
