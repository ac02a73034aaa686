"""The outbox (every email is a row first), and what decides which emails to write:
unseen items waiting for their delay, each user's email settings, and the reminders sent."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..core.time import utcnow
from ..extensions import Model


class EmailStatus(enum.StrEnum):
    pending = "pending"
    # Waits for the organization's founding admin to confirm their address, then becomes pending.
    held = "held"
    sent = "sent"
    failed = "failed"


class EmailKind(enum.StrEnum):
    """What a user can switch off, in the settings or with one click in an email."""

    messages = "messages"
    feedback = "feedback"
    announcements = "announcements"
    reminders = "reminders"


class OutboxEmail(Model):
    """Every email is a row first, written in the same transaction as its cause."""

    __tablename__ = "outbox_emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Same key twice is the same email: a retried request never mails twice.
    dedupe_key: Mapped[str] = mapped_column(String(200), unique=True)
    organization_id: Mapped[int | None] = mapped_column(index=True)
    to_email: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(250))
    body_text: Mapped[str] = mapped_column(Text)
    # The HTML alternative (sent as multipart/alternative with body_text) and extra
    # headers such as List-Unsubscribe; both optional.
    body_html: Mapped[str | None] = mapped_column(Text)
    headers: Mapped[dict | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), default=EmailStatus.pending.value, index=True)
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]


class PendingOutcome(enum.StrEnum):
    emailed = "emailed"
    seen = "seen"  # read, or answered, before it was due
    switched_off = "switched_off"  # the user's settings say no email of this kind
    gone = "gone"  # the recipient no longer sees the thread


class PendingNotification(Model):
    """One item (a message) one user has not seen yet, emailed after ``due_at`` unless seen by then.

    Written in the transaction that posted the message; the scheduled pass claims
    due rows (``batch``), groups them per user into one email and sets ``outcome``.
    """

    __tablename__ = "pending_notifications"
    __table_args__ = (
        UniqueConstraint("user_id", "message_id"),
        Index("ix_pending_notifications_done_at_due_at", "done_at", "due_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(24))  # an EmailKind
    due_at: Mapped[datetime]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Set together when a pass claims the row: the claim and the result are one transaction.
    done_at: Mapped[datetime | None]
    batch: Mapped[str | None] = mapped_column(String(32), index=True)
    outcome: Mapped[str | None] = mapped_column(String(16))  # a PendingOutcome


class NotificationSettings(Model):
    """A user's email switches; no row means everything on."""

    __tablename__ = "notification_settings"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    messages: Mapped[bool] = mapped_column(Boolean, default=True)
    feedback: Mapped[bool] = mapped_column(Boolean, default=True)
    announcements: Mapped[bool] = mapped_column(Boolean, default=True)
    reminders: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class LogKind(enum.StrEnum):
    feedback_reminder = "feedback_reminder"
    feedback_overdue = "feedback_overdue"


class NotificationLog(Model):
    """Notices that go out once per subject: the unique row is the claim, written with the emails."""

    __tablename__ = "notification_log"
    __table_args__ = (UniqueConstraint("kind", "feedback_request_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))  # a LogKind
    feedback_request_id: Mapped[int] = mapped_column(ForeignKey("feedback_requests.id", ondelete="CASCADE"))
    recipients: Mapped[int] = mapped_column(default=0)  # how many emails it wrote
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
