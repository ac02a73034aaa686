"""Threads, their messages and who has read how far."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..accounts.models import Organization, User
from ..core.time import utcnow
from ..extensions import Model

if TYPE_CHECKING:  # hiring sits above messaging: the relationship is resolved by name
    from ..hiring.models import Candidacy


class ThreadStatus(enum.StrEnum):
    open = "open"
    feedback_requested = "feedback_requested"
    feedback_given = "feedback_given"
    closed = "closed"


STATUS_LABELS = {
    ThreadStatus.open: "Open",
    ThreadStatus.feedback_requested: "Feedback requested",
    ThreadStatus.feedback_given: "Feedback given",
    ThreadStatus.closed: "Closed",
}


class Side(enum.StrEnum):
    """Who a message speaks for."""

    candidate = "candidate"
    employer = "employer"
    system = "system"


class MessageKind(enum.StrEnum):
    text = "text"
    feedback_request = "feedback_request"
    feedback = "feedback"
    system = "system"
    announcement = "announcement"


class Thread(Model):
    __tablename__ = "threads"
    __table_args__ = (
        # Every thread list: one organization's threads, most recent activity first (an index walk,
        # not a sort of all of them). It also serves the organization's foreign key.
        Index("ix_threads_organization_id_last_message_at", "organization_id", "last_message_at", "id"),
        # A hiring manager's position filter: the positions of the threads assigned to them, read from
        # this index alone. It also serves the assignee's foreign key.
        Index("ix_threads_assignee_id_position_id", "assignee_id", "position_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
    candidacy_id: Mapped[int] = mapped_column(ForeignKey("candidacies.id", ondelete="CASCADE"), unique=True)
    # The candidacy's position, which never changes, kept here: who sees a thread and the position
    # filter depend on it, and going through the candidacies read every candidacy of a hiring manager's
    # positions (thousands in a large organization) for each thread list.
    position_id: Mapped[int] = mapped_column(ForeignKey("positions.id", ondelete="CASCADE"), index=True)
    candidate_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    status: Mapped[str] = mapped_column(String(24), default=ThreadStatus.open.value)
    feedback_due_at: Mapped[datetime | None]
    last_message_at: Mapped[datetime | None]
    # How many messages the thread holds: each message's ``seq`` is its place in this count, so an
    # unread count is this less the reader's ``last_read_seq``, whatever the thread's length. Moved by
    # the one statement that also takes the thread's row lock before a message is written.
    message_count: Mapped[int] = mapped_column(default=0, server_default="0")
    closed_at: Mapped[datetime | None]
    # The member who handles this thread; when unset, the position's assignee (if any) does.
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    organization: Mapped[Organization] = relationship(lazy="joined", innerjoin=True)
    candidacy: Mapped[Candidacy] = relationship("Candidacy", lazy="joined", innerjoin=True)
    candidate: Mapped[User | None] = relationship(foreign_keys=[candidate_user_id])
    # Loaded with each batch of threads (one query), for the summaries' ``assignee``.
    assignee: Mapped[User | None] = relationship(foreign_keys=[assignee_id], lazy="selectin", viewonly=True)


class Message(Model):
    __tablename__ = "messages"
    __table_args__ = (
        # A retried send carries the same client_id and finds the first message.
        UniqueConstraint("thread_id", "author_id", "client_id"),
        Index("ix_messages_thread_id_id", "thread_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    side: Mapped[str] = mapped_column(String(16))  # a Side
    kind: Mapped[str] = mapped_column(String(24), default=MessageKind.text.value)
    body: Mapped[str] = mapped_column(Text)
    html: Mapped[str] = mapped_column(Text)
    client_id: Mapped[str | None] = mapped_column(String(64))
    # Its place in the thread, from 1 (Thread.message_count when it was written): ids grow across all
    # threads, this within one, so positions in a thread can be subtracted.
    seq: Mapped[int]
    # Structured extras by kind: topics and due time of a request, answers of feedback.
    meta: Mapped[dict | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Feedback may be edited or withdrawn by its author for a short while; earlier versions are
    # kept in MessageRevision and the candidate sees "edited" / "withdrawn".
    edited_at: Mapped[datetime | None]
    withdrawn_at: Mapped[datetime | None]

    author: Mapped[User | None] = relationship(lazy="joined")


class ReadState(Model):
    __tablename__ = "read_states"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    # Indexed on its own too: a thread's read receipts (the key leads with the user).
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"), primary_key=True, index=True)
    last_read_message_id: Mapped[int] = mapped_column(default=0)
    # That message's Message.seq: the messages after it are the thread's message_count less this.
    last_read_seq: Mapped[int] = mapped_column(default=0, server_default="0")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class MessageRevision(Model):
    """An earlier version of a message, kept when its author edits or withdraws it (append-only)."""

    __tablename__ = "message_revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    body: Mapped[str] = mapped_column(Text)
    html: Mapped[str] = mapped_column(Text)
    meta: Mapped[dict | None] = mapped_column(JSON)
    # Who replaced this version, and when (the version itself dates from the previous change).
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    replaced_at: Mapped[datetime] = mapped_column(default=utcnow)


class RiskAcknowledgement(Model):
    """An employer text sent despite a legal_risk finding: who, when, what was flagged and where."""

    __tablename__ = "risk_acknowledgements"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    # What was sent: "message", "rejection", "feedback", "feedback_edit", "announcement".
    subject: Mapped[str] = mapped_column(String(24))
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("threads.id", ondelete="SET NULL"), index=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    findings: Mapped[list] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
