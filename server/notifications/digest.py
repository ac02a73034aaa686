"""The unseen-items pass: every user with due pending notifications gets at most one email.

For each such user, in one transaction: claim their due rows (a conditional UPDATE that
stamps a batch id, so two passes at once never claim a row twice), drop what was seen in
the meantime (their read state moved past it, or for staff, the employer side answered
after it), what their settings switch off and what they no longer see, write one outbox
email listing the rest by thread, and record each row's outcome.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, delete, func, select, update

from ..accounts.models import User
from ..core.time import utcnow
from ..core.transaction import operation
from ..extensions import db
from ..messaging.models import Message, ReadState, Side, Thread
from .digest_email import Unseen, compose
from .models import OutboxEmail, PendingNotification, PendingOutcome
from .operations import queue_email
from .recipients import still_recipient
from .settings import email_settings

log = logging.getLogger(__name__)

# Handled rows are kept this long, to see why someone was (not) emailed.
KEEP_DONE = timedelta(days=30)


def send_due_notifications(now: datetime | None = None, limit: int = 200) -> int:
    """One pass over the users with due rows; returns how many emails it wrote."""
    now = now or utcnow()
    user_ids = list(
        db.session.scalars(
            select(PendingNotification.user_id)
            .where(PendingNotification.done_at.is_(None), PendingNotification.due_at <= now)
            .group_by(PendingNotification.user_id)
            .order_by(func.min(PendingNotification.due_at))
            .limit(limit)
        )
    )
    db.session.commit()  # each user's claim starts from a fresh snapshot
    written = 0
    for user_id in user_ids:
        try:
            if notify_user(user_id, now) is not None:
                written += 1
        except Exception:  # rolled back, so retried next pass; the other users still get theirs
            log.exception("notifications: the email for user %s failed", user_id)
    prune(now)
    return written


def prune(now: datetime) -> int:
    """Forgets rows handled more than KEEP_DONE ago (their emails stay in the outbox)."""
    result = cast(
        CursorResult[Any],
        db.session.execute(
            delete(PendingNotification)
            .where(PendingNotification.done_at < now - KEEP_DONE)
            .execution_options(synchronize_session=False)
        ),
    )
    db.session.commit()
    return result.rowcount


def _claim(user_id: int, now: datetime) -> list[PendingNotification]:
    batch = secrets.token_hex(16)
    result = cast(
        CursorResult[Any],
        db.session.execute(
            update(PendingNotification)
            .where(
                PendingNotification.user_id == user_id,
                PendingNotification.done_at.is_(None),
                PendingNotification.due_at <= now,
            )
            .values(done_at=now, batch=batch)
            .execution_options(synchronize_session=False)
        ),
    )
    if not result.rowcount:
        return []
    return list(
        db.session.scalars(
            select(PendingNotification)
            .where(PendingNotification.batch == batch)
            .order_by(PendingNotification.id)
            .execution_options(populate_existing=True)
        )
    )


def _last_read(user_id: int, thread_ids: set[int]) -> dict[int, int]:
    return dict(
        db.session.execute(
            select(ReadState.thread_id, ReadState.last_read_message_id).where(
                ReadState.user_id == user_id, ReadState.thread_id.in_(thread_ids)
            )
        ).all()
    )


def _last_employer_message(thread_ids: set[int]) -> dict[int, int]:
    """Per thread, the id of the employer side's latest message: staff answered what came before."""
    return dict(
        db.session.execute(
            select(Message.thread_id, func.max(Message.id))
            .where(Message.thread_id.in_(thread_ids), Message.side == Side.employer.value)
            .group_by(Message.thread_id)
        ).all()
    )


def _outcome(
    user: User,
    row: PendingNotification,
    message: Message | None,
    thread: Thread | None,
    context: dict[str, Any],
) -> PendingOutcome | None:
    """Why the row is not emailed, or None to email it."""
    if message is None or thread is None or not still_recipient(thread, user.id):
        return PendingOutcome.gone
    if message.withdrawn_at is not None:  # its author took it back before anyone was told
        return PendingOutcome.gone
    if context["last_read"].get(thread.id, 0) >= message.id:
        return PendingOutcome.seen
    if user.is_staff and context["answered"].get(thread.id, 0) > message.id:
        return PendingOutcome.seen
    if not context["settings"].get(row.kind, True):
        return PendingOutcome.switched_off
    return None


def _dedupe_key(user_id: int, rows: Sequence[PendingNotification]) -> str:
    digest = hashlib.sha256(",".join(str(row.id) for row in rows).encode()).hexdigest()[:24]
    return f"unseen:{user_id}:{rows[0].id}:{digest}"


@operation
def notify_user(user_id: int, now: datetime) -> OutboxEmail | None:
    """Claims the user's due rows and writes their one email (or none if nothing is left)."""
    rows = _claim(user_id, now)
    if not rows:
        return None
    user = db.session.get(User, user_id)
    if user is None:  # deleted meanwhile: the rows go with it
        return None
    messages = {
        m.id: m for m in db.session.scalars(select(Message).where(Message.id.in_({r.message_id for r in rows})))
    }
    thread_ids = {row.thread_id for row in rows}
    threads = {t.id: t for t in db.session.scalars(select(Thread).where(Thread.id.in_(thread_ids)))}
    context = {
        "last_read": _last_read(user.id, thread_ids),
        "answered": _last_employer_message(thread_ids) if user.is_staff else {},
        "settings": email_settings(user.id),
    }
    unseen: list[Unseen] = []
    for row in rows:
        message, thread = messages.get(row.message_id), threads.get(row.thread_id)
        outcome = _outcome(user, row, message, thread, context)
        row.outcome = (outcome or PendingOutcome.emailed).value
        if outcome is None:
            assert message is not None and thread is not None  # checked by _outcome
            unseen.append(Unseen(row.kind, message, thread))
    if not unseen:
        return None
    email = compose(user, unseen)
    emailed = [row for row in rows if row.outcome == PendingOutcome.emailed]
    return queue_email(
        dedupe_key=_dedupe_key(user.id, emailed),
        to_email=user.email,
        subject=email.subject,
        body_text=email.text,
        body_html=email.html,
        headers=email.headers,
        organization_id=email.organization_id,
    )
