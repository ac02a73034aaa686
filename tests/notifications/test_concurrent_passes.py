"""Two workers at once (or a server and `candor outbox --loop`) never write or send a
notification twice: rows are claimed by a conditional UPDATE, notices by a unique log row."""

from __future__ import annotations

import threading
import time
from collections import Counter
from datetime import timedelta

from sqlalchemy import select

from server.extensions import db
from server.feedback import operations as feedback
from server.messaging import operations as messaging
from server.notifications import digest, reminders, worker
from server.notifications.models import NotificationLog, OutboxEmail, PendingNotification
from tests import factories
from tests.notifications.conftest import DELAY, after, deliver


def _in_thread(app, target, *args, results=None):
    def run():
        with app.app_context():
            try:
                value = target(*args)
                if results is not None:
                    results.append(value)
            finally:
                db.session.remove()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def _busy_organization(mailbox, threads: int = 6):
    admin, org = factories.employer("Acme Robotics", name="Erin Admin", email="erin@acme.example")
    factories.member(admin, org, "recruiter", name="Rita Recruiter", email="rita@acme.example")
    people = [
        factories.joined_thread(admin, org, email=f"c{n}@example.com", name=f"Candidate {n}") for n in range(threads)
    ]
    deliver(after(0))  # the invitations
    mailbox.clear()
    for n, (candidate, thread) in enumerate(people):
        messaging.post_message(candidate, thread.id, f"Question {n}")
        feedback.request_feedback(candidate, thread.id, ["skills"], f"Feedback please {n}")
    for candidate, thread in people[: threads // 2]:
        messaging.post_message(admin, thread.id, f"Answer for {candidate.name}")
    db.session.commit()
    return admin, people


def test_two_passes_at_once_write_each_email_once_and_send_it_once(mail_app, mailbox):
    _admin, people = _busy_organization(mailbox)
    now = after(DELAY + 1)
    start = threading.Barrier(2)

    def one_worker():
        start.wait()
        worker.scheduled_pass(now)
        return worker.send_due()

    workers = [_in_thread(mail_app, one_worker) for _ in range(2)]
    for w in workers:
        w.join(30)
    db.session.expire_all()

    rows = db.session.scalars(select(PendingNotification)).all()
    assert rows and all(row.done_at is not None and row.batch and row.outcome for row in rows)
    # one email per person with something unseen: the two staff, and the candidates who got an answer
    expected = {"erin@acme.example", "rita@acme.example"} | {c.email for c, _t in people[: len(people) // 2]}
    received = Counter(rcpt for rcpts, _m in mailbox.received for rcpt in rcpts)
    assert received == dict.fromkeys(expected, 1)
    unseen = db.session.scalars(select(OutboxEmail).where(OutboxEmail.dedupe_key.startswith("unseen:"))).all()
    assert sorted(row.to_email for row in unseen) == sorted(expected)
    assert {row.status for row in unseen} == {"sent"} and {row.attempts for row in unseen} == {1}


def test_a_pass_waits_for_a_claim_in_progress_and_finds_nothing_left(mail_app, mailbox, monkeypatch):
    """The interleaving that matters, forced: A has claimed the rows but not committed yet when B runs."""
    admin, org = factories.employer("Acme Robotics", name="Erin Admin", email="erin@acme.example")
    candidate, thread = factories.joined_thread(admin, org, email="casey@example.com")
    messaging.post_message(candidate, thread.id, "Hello?")
    db.session.commit()
    now = after(DELAY + 1)
    claimed, release = threading.Event(), threading.Event()
    real_settings = digest.email_settings

    def slow_settings(user_id):  # runs in A's transaction, after its claim
        claimed.set()
        release.wait(10)
        return real_settings(user_id)

    monkeypatch.setattr(digest, "email_settings", slow_settings)
    results_a, results_b = [], []
    a = _in_thread(mail_app, digest.send_due_notifications, now, results=results_a)
    assert claimed.wait(10)
    b = _in_thread(mail_app, digest.send_due_notifications, now, results=results_b)
    time.sleep(0.5)  # B is now waiting for A's rows (PostgreSQL) or for the write lock (SQLite)
    release.set()
    a.join(30)
    b.join(30)
    assert (results_a, results_b) == ([1], [0])
    assert db.session.query(OutboxEmail).filter(OutboxEmail.to_email == "erin@acme.example").count() == 1


def test_two_reminder_passes_at_once_send_each_notice_once(mail_app, mailbox):
    _admin, people = _busy_organization(mailbox, threads=4)
    deliver(after(DELAY + 1))
    mailbox.clear()
    due = people[0][1].feedback_due_at
    start = threading.Barrier(2)
    results: list[int] = []

    def one_worker(now):
        start.wait()
        return reminders.send_due_reminders(now)

    for now in (due - timedelta(hours=2), due + timedelta(hours=2)):
        workers = [_in_thread(mail_app, one_worker, now, results=results) for _ in range(2)]
        for w in workers:
            w.join(30)
    db.session.rollback()  # this test's own read transaction predates the workers' commits
    worker.send_due()
    assert sum(results) == 2 * len(people)  # a reminder and an overdue notice per request, between them
    assert db.session.query(NotificationLog).count() == 2 * len(people)
    for staff in ("erin@acme.example", "rita@acme.example"):
        subjects = Counter(mailbox.subjects(staff))
        assert len(subjects) == 2 * len(people) and set(subjects.values()) == {1}
