"""Announcement emails over real SMTP (aiosmtpd): one per recipient who wants announcements by email,
with the note, the role link and a one-click withdraw link; never a second time through the
unseen-messages digest; none for a candidate who switched announcements off (the message still
arrives in the thread)."""

from __future__ import annotations

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from server.connections import announcements
from server.connections.models import Connection
from server.connections.operations import set_connection
from server.core.time import utcnow
from server.extensions import db
from server.messaging import operations as messaging
from server.messaging.models import Message
from server.notifications.models import PendingNotification
from server.notifications.settings import update_email_settings
from tests import factories
from tests.live import free_port
from tests.notifications.conftest import DELAY, Mailbox, after, deliver, html_part, text_part
from tests.web.helpers import Browser, visible

NOTE = "We opened a platform role and thought of you."


@pytest.fixture
def box():
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    mailbox.port = controller.port
    yield mailbox
    controller.stop()


@pytest.fixture
def smtp_app(make_app, box):
    application = make_app(SMTP_URL=f"smtp://127.0.0.1:{box.port}")
    with application.app_context():
        yield application


def _connected(admin, org, name, email, interests):
    candidate, thread = factories.joined_thread(admin, org, email=email, name=name)
    set_connection(candidate, thread.id, True, interests)
    set_connection(admin, thread.id, True)
    return candidate, thread


def _setup():
    admin, org = factories.employer("Acme Robotics", name="Erin Admin", email="erin@acme.example")
    casey = _connected(admin, org, "Casey Candidate", "casey@example.com", ["backend"])
    quiet = _connected(admin, org, "Quinn Quiet", "quinn@example.com", ["backend"])
    position = factories.position(admin, org, "Platform Engineer")
    deliver(after(DELAY + 1))  # the invitations and the connection notes go out first
    return admin, org, casey, quiet, position


def test_each_recipient_gets_one_email_with_the_role_and_a_withdraw_link(smtp_app, box):
    admin, _org, (casey, _thread), (quinn, quiet_thread), position = _setup()
    update_email_settings(quinn, {"announcements": False})
    box.clear()

    sent = announcements.announce(admin, position.id, NOTE, ["backend"])
    assert sent.recipients == 2
    assert deliver(utcnow())["sent"] == 1

    [email] = box.to("casey@example.com")
    assert box.to("quinn@example.com") == []
    assert email["Subject"] == "Acme Robotics: a new role, Platform Engineer"
    assert email["List-Unsubscribe"] and "/unsubscribe/" in email["List-Unsubscribe"]
    text, html = text_part(email), html_part(email)
    role = f"http://candor.test/roles/{position.id}"
    for part in (text, html):
        assert NOTE in part and role in part
        assert "http://candor.test/connections/withdraw/" in part
    # Quinn switched announcements off: the message is in the thread all the same.
    in_thread = select(Message).where(Message.thread_id == quiet_thread.id, Message.kind == "announcement")
    assert db.session.scalar(in_thread) is not None

    # The unseen-messages digest does not tell either of them about it a second time.
    assert deliver(after(DELAY + 5))["sent"] == 0
    assert deliver(after(3 * DELAY))["sent"] == 0
    assert len(box.to("casey@example.com")) == 1 and box.to("quinn@example.com") == []
    outcomes = dict(
        db.session.execute(
            select(PendingNotification.user_id, PendingNotification.outcome).where(
                PendingNotification.kind == "announcements"
            )
        ).all()
    )
    assert outcomes == {casey.id: "emailed", quinn.id: "switched_off"}

    # The role link opens the role page for Casey once logged in.
    browser = Browser(smtp_app.test_client()).login("casey@example.com")
    page = browser.get(urlsplit(role).path)
    assert page.status_code == 200 and "Platform Engineer" in visible(page)

    # One click (and a confirmation) withdraws, with no login.
    withdraw = re.search(r"http://candor\.test/connections/withdraw/\S+", text).group(0)
    stranger = Browser(smtp_app.test_client())
    done = stranger.submit(urlsplit(withdraw).path, follow=True)
    assert done.status_code == 200
    db.session.expire_all()
    connection = db.session.scalar(select(Connection).where(Connection.candidate_user_id == casey.id))
    assert connection.candidate_opt_in is False and not connection.is_connected(utcnow())

    # Withdrawn: the next announcement (even long after) no longer reaches Casey.
    for row in db.session.scalars(select(Connection)):
        row.last_contacted_at = utcnow() - timedelta(days=60)
    db.session.commit()
    again = announcements.announce(admin, position.id, "Another role.", ["backend"])
    assert (again.recipients, again.skipped_recently_contacted) == (1, 0)  # Quinn alone
    assert deliver(utcnow())["sent"] == 0  # and Quinn wants no email


def test_the_digest_still_tells_of_later_messages_but_not_of_the_announcement(smtp_app, box):
    admin, _org, (_casey, thread), _quiet, position = _setup()
    box.clear()
    announcements.announce(admin, position.id, NOTE)
    deliver(utcnow())
    assert len(box.to("casey@example.com")) == 1
    # Another message right after it still arrives through the digest as usual.
    messaging.post_message(admin, thread.id, "Happy to tell you more about it.")
    deliver(after(DELAY + 1))
    subjects = box.subjects("casey@example.com")
    assert len(subjects) == 2 and "new role" not in subjects[1]
    assert "Happy to tell you more" in text_part(box.to("casey@example.com")[1])
    assert "We opened a platform role" not in text_part(box.to("casey@example.com")[1])
