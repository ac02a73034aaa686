"""The outbox worker: claims due emails, sends them, and retries failures with backoff.

Claims are a conditional UPDATE, so several workers (or server processes)
never send the same row twice at once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any, cast

from flask import Flask, current_app
from sqlalchemy import CursorResult, select, update

from ..core.time import utcnow
from ..extensions import db
from . import mailer
from .models import EmailStatus, OutboxEmail

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
            current_app.config["MAIL_FROM"], row.to_email, row.subject, row.body_text, row.dedupe_key
        )
        db.session.commit()  # no transaction stays open while the mail server takes its time
        try:
            mailer.send(settings, message)
        except (OSError, mailer.smtplib.SMTPException) as exc:
            row.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            if row.attempts > len(BACKOFF):
                row.status = EmailStatus.failed.value
                counts["failed"] += 1
                log.error("outbox: giving up on email %s to %s: %s", row.id, row.to_email, row.last_error)
            else:
                row.next_attempt_at = utcnow() + BACKOFF[row.attempts - 1]
                counts["retry"] += 1
                log.warning(
                    "outbox: email %s to %s failed, retrying at %s: %s",
                    row.id,
                    row.to_email,
                    row.next_attempt_at,
                    row.last_error,
                )
        else:
            row.status = EmailStatus.sent.value
            row.sent_at = utcnow()
            row.last_error = None
            counts["sent"] += 1
        db.session.commit()
    return counts


def run_forever(app: Flask, interval: float = 5.0, sleep: Callable[[float], object] | None = None) -> None:
    """The loop `candor serve` starts in the background when SMTP_URL is set."""
    sleep = sleep or time.sleep
    while True:
        with app.app_context():
            try:
                send_due()
            except Exception:  # the loop must survive a database hiccup
                log.exception("outbox: pass failed")
                db.session.rollback()
            finally:
                db.session.remove()
        sleep(interval)
