"""The outbox worker: claims due emails, sends them, and retries failures with backoff.

Claims are a conditional UPDATE, so several workers (or server processes)
never send the same row twice at once. Each round of the loop first runs the
scheduled passes that write emails on a clock (unseen items, feedback reminders).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, cast

from flask import Flask, current_app
from sqlalchemy import CursorResult, select, update

from ..bulk.processing import process_due as process_bulk_rejections
from ..connections.lifecycle import run_due as run_due_consent
from ..core.time import utcnow
from ..extensions import db
from . import mailer
from .digest import send_due_notifications
from .models import EmailStatus, OutboxEmail
from .reminders import send_due_reminders

log = logging.getLogger(__name__)

# Wait after the 1st, 2nd, ... failed attempt; after the last one the email is marked failed.
BACKOFF = [
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=6),
    timedelta(hours=12),
]
LEASE = timedelta(minutes=2)  # a claimed row is retried by others if its worker dies mid-send
# Seconds a round spends on bulk rejections nobody is working on, so emails keep going out meanwhile.
BULK_BUDGET = 20.0


def _claim(row_id: int) -> bool:
    now = utcnow()
    # An UPDATE gives a CursorResult; Session.execute() is typed with the Result base class.
    result = cast(
        CursorResult[Any],
        db.session.execute(
            update(OutboxEmail)
            .where(
                OutboxEmail.id == row_id, OutboxEmail.status == EmailStatus.pending, OutboxEmail.next_attempt_at <= now
            )
            .values(attempts=OutboxEmail.attempts + 1, next_attempt_at=now + LEASE)
        ),
    )
    claimed = result.rowcount
    db.session.commit()
    return claimed == 1


def _record(row_id: int, **values: Any) -> None:
    """The outcome of an attempt, as the first statement of its own transaction: on SQLite a
    transaction that read first and then writes fails at once if another worker wrote meanwhile."""
    db.session.execute(
        update(OutboxEmail)
        .where(OutboxEmail.id == row_id)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()


def send_due(limit: int = 50) -> dict[str, int]:
    """One pass over the due emails. Returns counts of sent, retried and failed."""
    url = current_app.config.get("SMTP_URL")
    counts = {"sent": 0, "retry": 0, "failed": 0}
    if not url:
        return counts
    settings = mailer.SmtpSettings.from_url(url)
    due = list(
        db.session.scalars(
            select(OutboxEmail.id)
            .where(OutboxEmail.status == EmailStatus.pending, OutboxEmail.next_attempt_at <= utcnow())
            .order_by(OutboxEmail.id)
            .limit(limit)
        )
    )
    db.session.commit()  # each claim starts from a fresh snapshot
    for row_id in due:
        if not _claim(row_id):
            continue
        row = db.session.get(OutboxEmail, row_id)
        assert row is not None  # just claimed, so it exists
        message = mailer.build_message(
            current_app.config["MAIL_FROM"],
            row.to_email,
            row.subject,
            row.body_text,
            row.dedupe_key,
            html=row.body_html,
            headers=row.headers,
        )
        attempts, to_email = row.attempts, row.to_email
        db.session.commit()  # no transaction stays open while the mail server takes its time
        try:
            mailer.send(settings, message)
        except (OSError, mailer.smtplib.SMTPException) as exc:
            error = f"{type(exc).__name__}: {exc}"[:2000]
            if attempts > len(BACKOFF):
                _record(row_id, status=EmailStatus.failed.value, last_error=error)
                counts["failed"] += 1
                log.error("outbox: giving up on email %s to %s: %s", row_id, to_email, error)
            else:
                retry_at = utcnow() + BACKOFF[attempts - 1]
                _record(row_id, next_attempt_at=retry_at, last_error=error)
                counts["retry"] += 1
                log.warning("outbox: email %s to %s failed, retrying at %s: %s", row_id, to_email, retry_at, error)
        else:
            _record(row_id, status=EmailStatus.sent.value, sent_at=utcnow(), last_error=None)
            counts["sent"] += 1
    return counts


def scheduled_pass(now: datetime | None = None) -> dict[str, int]:
    """Writes the emails that are due by the clock: unseen items (one email per user) and
    feedback reminders and overdue notices; consent reminders and lapses. Returns how many of each."""
    now = now or utcnow()
    consent = run_due_consent(now)
    return {
        "unseen": send_due_notifications(now),
        "reminders": send_due_reminders(now),
        "consent_reminders": consent["reminded"],
        "consent_lapses": consent["lapsed"],
    }


def _guarded(name: str, step: Callable[[], object]) -> None:
    try:
        step()
    except Exception:  # the loop must survive a database hiccup
        log.exception("outbox: %s failed", name)
        db.session.rollback()


def run_forever(app: Flask, interval: float = 5.0, sleep: Callable[[float], object] | None = None) -> None:
    """The loop `candor serve` starts in the background (and `candor outbox --loop` runs); it also
    continues the bulk rejections whose worker stopped (server/bulk/worker.py)."""
    sleep = sleep or time.sleep
    while True:
        with app.app_context():
            try:
                _guarded("scheduled pass", scheduled_pass)
                _guarded("bulk rejections", lambda: process_bulk_rejections(BULK_BUDGET, pause=sleep))
                _guarded("sending pass", send_due)
            finally:
                db.session.remove()
        sleep(interval)
