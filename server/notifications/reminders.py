"""Reminders about open feedback requests, to the staff who answer them: one before the
reply target (CANDOR_FEEDBACK_REMINDER_HOURS ahead, default 24) and one overdue notice
after it, each at most once per request.

The notification_log row is the claim: it is inserted first, in the same transaction as
the emails, and its unique key (kind, request) makes a second pass fail and write nothing.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import and_, exists, select
from sqlalchemy.exc import IntegrityError

from ..accounts.models import User
from ..core.time import utcnow
from ..core.transaction import operation
from ..extensions import db
from ..feedback.models import FeedbackRequest
from ..feedback.topics import label as topic_label
from ..messaging.models import Message, Thread, ThreadStatus
from .models import EmailKind, LogKind, NotificationLog
from .operations import queue_email
from .recipients import staff_recipients
from .settings import wants
from .templates import excerpt, render_email, thread_url
from .unsubscribe import unsubscribe_headers, unsubscribe_url

log = logging.getLogger(__name__)


def reminder_lead() -> timedelta:
    return timedelta(hours=float(current_app.config["CANDOR_FEEDBACK_REMINDER_HOURS"]))


def _not_logged(kind: LogKind):
    return ~exists().where(
        and_(NotificationLog.kind == kind.value, NotificationLog.feedback_request_id == FeedbackRequest.id)
    )


def _open_requests():
    return (
        select(FeedbackRequest.id, FeedbackRequest.created_at, FeedbackRequest.due_at)
        .join(Thread, Thread.id == FeedbackRequest.thread_id)
        .where(FeedbackRequest.answered_at.is_(None), Thread.status == ThreadStatus.feedback_requested.value)
        .order_by(FeedbackRequest.due_at)
    )


def due_notices(now: datetime) -> list[tuple[int, LogKind]]:
    """(request id, kind) of every notice due at ``now`` and not sent yet."""
    lead = reminder_lead()
    soon = db.session.execute(
        _open_requests().where(
            FeedbackRequest.due_at > now, FeedbackRequest.due_at <= now + lead, _not_logged(LogKind.feedback_reminder)
        )
    ).all()
    late = db.session.execute(
        _open_requests().where(FeedbackRequest.due_at <= now, _not_logged(LogKind.feedback_overdue))
    ).all()
    # A reply target shorter than the lead would be "reminded" at once, next to the request itself.
    notices = [(row.id, LogKind.feedback_reminder) for row in soon if row.due_at - lead > row.created_at]
    return notices + [(row.id, LogKind.feedback_overdue) for row in late]


def send_due_reminders(now: datetime | None = None) -> int:
    """One pass; returns how many notices it sent (each is one email per recipient)."""
    now = now or utcnow()
    notices = due_notices(now)
    db.session.commit()
    sent = 0
    for request_id, kind in notices:
        try:
            send_notice(request_id, kind, now)
        except IntegrityError:  # another pass sent it first
            continue
        except Exception:  # rolled back, so retried next pass; the other notices still go
            log.exception("notifications: the %s for feedback request %s failed", kind.value, request_id)
            continue
        sent += 1
    return sent


def _email(user: User, request: FeedbackRequest, thread: Thread, kind: LogKind, now: datetime) -> None:
    message = db.session.get(Message, request.message_id)
    overdue = kind == LogKind.feedback_overdue
    candidate, org = thread.candidacy.name, thread.organization
    text, html = render_email(
        "feedback_due",
        user=user,
        overdue=overdue,
        candidate=candidate,
        organization=org.name,
        position=thread.candidacy.position.title,
        topics=[topic_label(t) for t in request.topics],
        requested_at=request.created_at,
        due_at=request.due_at,
        hours_left=max(0, round((request.due_at - now).total_seconds() / 3600)),
        request_text=excerpt(message.body) if message is not None else "",
        url=thread_url(thread),
        unsubscribe=[(EmailKind.reminders, unsubscribe_url(user.id, EmailKind.reminders))],
    )
    subject = (
        f"Overdue: feedback for {candidate} ({thread.candidacy.position.title})"
        if overdue
        else f"Reminder: feedback for {candidate} is due soon ({thread.candidacy.position.title})"
    )
    queue_email(
        dedupe_key=f"{kind.value}:{request.id}:{user.id}",
        to_email=user.email,
        subject=subject,
        body_text=text,
        body_html=html,
        headers=unsubscribe_headers(user.id, EmailKind.reminders),
        organization_id=org.id,
    )


@operation
def send_notice(request_id: int, kind: LogKind, now: datetime) -> int:
    """Claims the notice (IntegrityError if already sent) and emails each recipient who wants reminders."""
    log = NotificationLog(kind=kind.value, feedback_request_id=request_id, created_at=now)
    db.session.add(log)
    db.session.flush()
    request = db.session.get(FeedbackRequest, request_id)
    thread = db.session.get(Thread, request.thread_id) if request is not None else None
    if request is None or thread is None or request.answered_at is not None:
        return 0  # answered in the meantime: the log row still says "handled"
    for user_id in staff_recipients(thread):
        user = db.session.get(User, user_id)
        if user is not None and wants(user_id, EmailKind.reminders):
            _email(user, request, thread, kind, now)
            log.recipients += 1
    return log.recipients
