"""The consent lifecycle with a controlled clock: a reminder (a real SMTP server) once, 30 days before
the consent ends, with a one-click renewal; renewal from the emailed link; the lapse at expiry when
nobody renews; and the append-only history of every step."""

from __future__ import annotations

import re
import threading
from datetime import timedelta

import pytest
from sqlalchemy import select

from server.accounts.operations import issue_token
from server.connections import lifecycle
from server.connections.models import Connection, ConsentEvent
from server.connections.operations import add_months, set_connection, set_my_connection
from server.core.time import utcnow
from server.extensions import db
from server.messaging.models import Message
from tests import factories
from tests.api.conftest import Api
from tests.notifications.conftest import after, deliver, html_part, text_part
from tests.web.helpers import Browser, csrf_token, visible

_LINK = re.compile(r"http://candor\.test(/connections/(?:renew|withdraw)/[A-Za-z0-9_.\-]+)")


def _connected(mailbox, interests=("backend", "data"), age=timedelta(days=340)):
    """A connected pair whose consent was given ``age`` ago (the clock of the web requests is the real
    one, so the past moves instead: the consent period ends in a year minus ``age``)."""
    admin, org = factories.employer("Acme Robotics", name="Erin Admin", email="erin@acme.example")
    candidate, thread = factories.joined_thread(admin, org, email="casey@example.com")
    set_connection(candidate, thread.id, True, list(interests))
    connection = set_connection(admin, thread.id, True)
    assert connection.expires_at == add_months(connection.connected_since, 12)  # the organization's default
    deliver(after(0))  # the invitation
    mailbox.clear()
    connection.connected_since -= age
    connection.expires_at = add_months(connection.connected_since, 12)
    for event in db.session.scalars(select(ConsentEvent)):
        event.created_at -= age
    db.session.commit()
    return admin, org, candidate, thread, connection


def _links(message) -> dict[str, str]:
    found = _LINK.findall(text_part(message))
    return {"renew": next(p for p in found if "/renew/" in p), "withdraw": next(p for p in found if "/withdraw/" in p)}


def _history(connection_id: int) -> list[tuple[str, str]]:
    db.session.expire_all()
    return [
        (e.action, e.side)
        for e in db.session.scalars(
            select(ConsentEvent).where(ConsentEvent.connection_id == connection_id).order_by(ConsentEvent.id)
        )
    ]


def _post_button(client, path: str):
    page = client.get(path)
    assert page.status_code == 200, page.get_data(as_text=True)
    return client.post(path, data={"csrf_token": csrf_token(page.get_data(as_text=True))})


def test_reminder_once_30_days_before_then_renewal_from_the_link(mail_app, mailbox):
    _admin, _org, _candidate, _thread, connection = _connected(mailbox)
    started = connection.connected_since
    expires = connection.expires_at

    assert deliver(expires - timedelta(days=31))["consent_reminders"] == 0
    assert mailbox.to("casey@example.com") == []
    assert deliver(expires - timedelta(days=30) + timedelta(minutes=1))["consent_reminders"] == 1
    for days in (29, 10, 1):  # never twice in one consent period
        assert deliver(expires - timedelta(days=days))["consent_reminders"] == 0
    [message] = mailbox.to("casey@example.com")
    assert message["Subject"] == "Your stay-in-touch consent with Acme Robotics ends soon"
    text = text_part(message)
    assert f"That consent ends on {expires:%a} {expires.day} {expires:%b %Y}" in text
    assert "Renew for another 12 months" in text
    links = _links(message)
    assert links["renew"] in html_part(message) and links["withdraw"] in html_part(message)
    assert mailbox.to("erin@acme.example") == []  # staff hear nothing of it

    # The link needs no login; opening it (a mail scanner does) changes nothing.
    client = mail_app.test_client()
    for _ in range(2):
        page = client.get(links["renew"])
        assert page.status_code == 200
        assert "Renew staying in touch with Acme Robotics" in visible(page)
        assert f"currently ends on {expires:%a} {expires.day} {expires:%b %Y}" in visible(page)
    assert _history(connection.id) == [("opt_in", "candidate"), ("opt_in", "employer")]

    clicked = utcnow()
    done = client.post(links["renew"], data={"csrf_token": csrf_token(page.get_data(as_text=True))})
    assert done.status_code == 200
    db.session.expire_all()
    renewed = db.session.get(Connection, connection.id)
    assert renewed.expires_at >= add_months(clicked, 12) - timedelta(seconds=1)
    assert renewed.expires_at > expires and renewed.reminded_at is None and renewed.connected_since == started
    new_expiry = renewed.expires_at
    assert f"You stay in touch with Acme Robotics until {new_expiry:%a} {new_expiry.day} {new_expiry:%b %Y}" in (
        visible(done)
    )
    assert _history(connection.id) == [("opt_in", "candidate"), ("opt_in", "employer"), ("renew", "candidate")]

    # The link is spent: both of them, since the consent changed.
    again = client.get(links["renew"])
    assert again.status_code == 410 and "My connections" in visible(again)
    assert client.get(links["withdraw"]).status_code == 410
    assert client.post(links["renew"], data={"csrf_token": csrf_token(page.get_data(as_text=True))}).status_code == 410
    assert _history(connection.id)[-1] == ("renew", "candidate")

    # The old expiry passes without a lapse; the new period gets its own reminder, once.
    assert deliver(expires + timedelta(days=1))["consent_lapses"] == 0
    mailbox.clear()
    assert deliver(new_expiry - timedelta(days=30) + timedelta(minutes=1))["consent_reminders"] == 1
    assert deliver(new_expiry - timedelta(days=2))["consent_reminders"] == 0
    assert len(mailbox.to("casey@example.com")) == 1


def test_without_renewal_the_connection_lapses_at_expiry_and_leaves_connected(mail_app, mailbox):
    admin, _org, candidate, thread, connection = _connected(mailbox)
    expires = connection.expires_at
    deliver(expires - timedelta(days=20))
    [reminder] = mailbox.to("casey@example.com")
    links = _links(reminder)

    assert deliver(expires - timedelta(minutes=1))["consent_lapses"] == 0
    assert deliver(expires + timedelta(minutes=1))["consent_lapses"] == 1
    assert deliver(expires + timedelta(days=3))["consent_lapses"] == 0  # once
    db.session.expire_all()
    lapsed = db.session.get(Connection, connection.id)
    assert lapsed.lapsed_at == expires + timedelta(minutes=1) and lapsed.connected_since is None
    assert lapsed.is_connected(expires + timedelta(days=3)) is False
    assert _history(connection.id) == [("opt_in", "candidate"), ("opt_in", "employer"), ("lapse", "system")]
    event = db.session.scalars(select(ConsentEvent).order_by(ConsentEvent.id.desc())).first()
    assert event.actor_id is None and event.interests == ["backend", "data"] and event.thread_id == thread.id
    lines = db.session.scalars(select(Message.body).where(Message.thread_id == thread.id)).all()
    assert "Your stay-in-touch consent with Acme Robotics lapsed; renew any time from My connections." in lines

    # The pair has left "connected" for both sides, and the emailed links no longer work.
    (item,) = Api(mail_app.test_client(), issue_token(candidate)).get("/api/v1/me/connections").get_json()["items"]
    assert item["connected"] is False and item["connected_since"] is None
    summary = Api(mail_app.test_client(), issue_token(admin)).get(f"/api/v1/threads/{thread.id}").get_json()
    assert summary["connection"]["connected"] is False
    client = mail_app.test_client()
    assert client.get(links["renew"]).status_code == 410
    assert client.get(links["withdraw"]).status_code == 410

    # The employer cannot bring the consent back; the candidate can, from My connections.
    set_connection(admin, thread.id, True)
    assert db.session.get(Connection, connection.id).is_connected(utcnow()) is False
    renewed = set_my_connection(candidate, thread.id, True)
    assert renewed.is_connected(utcnow()) and renewed.lapsed_at is None and renewed.connected_since is not None
    assert [a for a, _s in _history(connection.id)][-2:] == ["opt_in", "opt_in"]


def test_a_shorter_consent_period_from_the_organization_setting(mail_app, mailbox):
    admin, org = factories.employer("Acme Robotics", name="Erin Admin", email="erin@acme.example")
    org.connection_months = 3
    db.session.commit()
    candidate, thread = factories.joined_thread(admin, org, email="casey@example.com")
    set_connection(admin, thread.id, True)
    connection = set_connection(candidate, thread.id, True)
    assert connection.expires_at == add_months(connection.connected_since, 3)
    deliver(after(0))
    mailbox.clear()
    assert deliver(connection.expires_at - timedelta(days=29))["consent_reminders"] == 1
    assert "Renew for another 3 months" in text_part(mailbox.to("casey@example.com")[0])


def test_two_passes_at_once_remind_and_lapse_once(mail_app, mailbox):
    admin, org = factories.employer("Acme Robotics", name="Erin Admin", email="erin@acme.example")
    pairs = []
    for n in range(4):
        candidate, thread = factories.joined_thread(admin, org, email=f"c{n}@example.com", name=f"Candidate {n}")
        set_connection(candidate, thread.id, True)
        pairs.append(set_connection(admin, thread.id, True))
    deliver(after(0))
    mailbox.clear()
    expires = max(c.expires_at for c in pairs)
    results: list[dict] = []
    for now in (expires - timedelta(days=5), expires + timedelta(days=1)):
        start = threading.Barrier(2)

        def one_pass(now=now, start=start):
            with mail_app.app_context():
                try:
                    start.wait()
                    results.append(lifecycle.run_due(now))
                finally:
                    db.session.remove()

        workers = [threading.Thread(target=one_pass) for _ in range(2)]
        for w in workers:
            w.start()
        for w in workers:
            w.join(30)
    db.session.rollback()
    assert sum(r["reminded"] for r in results) == 4 and sum(r["lapsed"] for r in results) == 4
    deliver(expires + timedelta(days=2))
    for n in range(4):
        assert mailbox.subjects(f"c{n}@example.com") == ["Your stay-in-touch consent with Acme Robotics ends soon"]
    for connection in pairs:
        assert [a for a, _s in _history(connection.id)] == ["opt_in", "opt_in", "lapse"]


@pytest.mark.parametrize("kind", ["renew", "withdraw"])
def test_a_link_used_twice_at_once_changes_the_consent_once(mail_app, mailbox, kind):
    _admin, _org, _candidate, _thread, connection = _connected(mailbox)
    deliver(connection.expires_at - timedelta(days=10))
    path = _links(mailbox.to("casey@example.com")[0])[kind]
    client = mail_app.test_client()
    token = csrf_token(client.get(path).get_data(as_text=True))
    statuses: list[int] = []
    start = threading.Barrier(2)

    def click():
        start.wait()
        statuses.append(client.post(path, data={"csrf_token": token}).status_code)

    workers = [threading.Thread(target=click) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(30)
    db.session.rollback()
    assert sorted(statuses) == [200, 410]
    assert _history(connection.id)[-1] == ("renew" if kind == "renew" else "opt_out", "candidate")
    assert len(_history(connection.id)) == 3


def test_withdraw_from_the_reminder(mail_app, mailbox):
    _admin, _org, _candidate, thread, connection = _connected(mailbox)
    expires = connection.expires_at
    deliver(expires - timedelta(days=10))
    path = _links(mailbox.to("casey@example.com")[0])["withdraw"]
    browser = Browser(mail_app.test_client())
    page = browser.get(path)
    assert "Stop staying in touch with Acme Robotics" in visible(page)
    assert _history(connection.id)[-1] == ("opt_in", "employer")  # the GET changed nothing
    done = browser.client.post(path, data={"csrf_token": csrf_token(page.get_data(as_text=True))})
    assert done.status_code == 200 and "You will not hear from Acme Robotics about future roles." in visible(done)
    db.session.expire_all()
    withdrawn = db.session.get(Connection, connection.id)
    assert withdrawn.candidate_opt_in is False and withdrawn.expires_at is None and withdrawn.connected_since is None
    assert _history(connection.id)[-1] == ("opt_out", "candidate")
    lines = db.session.scalars(select(Message.body).where(Message.thread_id == thread.id)).all()
    assert "Casey Candidate chose not to stay in touch. You are no longer connected." in lines
    # No lapse follows a withdrawal, and the withdrawn candidate gets no further reminder.
    mailbox.clear()
    assert deliver(expires + timedelta(days=1))["consent_lapses"] == 0
    assert mailbox.to("casey@example.com") == []
