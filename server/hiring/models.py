"""Positions, candidacies, the organization's rejection reasons, and invitations."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import DDL, JSON, ForeignKey, Index, String, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..accounts.models import Organization, User
from ..core.time import utcnow
from ..extensions import Model


class PositionStatus(enum.StrEnum):
    open = "open"
    closed = "closed"


class CandidacyStatus(enum.StrEnum):
    active = "active"
    rejected = "rejected"


class InvitationStatus(enum.StrEnum):
    """Computed from an invitation's ``used_at`` and ``expires_at``; not stored."""

    pending = "pending"
    accepted = "accepted"
    expired = "expired"


class Position(Model):
    __tablename__ = "positions"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default=PositionStatus.open.value)
    # The member (typically a hiring manager) who handles the position's threads.
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    organization: Mapped[Organization] = relationship(lazy="joined", innerjoin=True)
    # Loaded when read (the position page, one thread page), and with a page of positions by
    # list_positions; not with every thread a thread list joins its position for.
    assignee: Mapped[User | None] = relationship(foreign_keys=[assignee_id], viewonly=True)


class Candidacy(Model):
    __tablename__ = "candidacies"
    __table_args__ = (
        # A position's candidacies newest first, and a hiring manager's threads (the ids of the
        # candidacies of their positions) from the index alone, on PostgreSQL too.
        Index("ix_candidacies_position_id_id", "position_id", "id"),
        # The inbox's search (messaging/search.py: name or email ILIKE '%word%') from trigram indexes
        # on PostgreSQL rather than reading every candidacy; SQLite has no such index.
        *(
            Index(
                f"ix_candidacies_{column}_trgm", column, postgresql_using="gin", postgresql_ops={column: "gin_trgm_ops"}
            ).ddl_if(dialect="postgresql")
            for column in ("name", "email")
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(ForeignKey("positions.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254), index=True)
    status: Mapped[str] = mapped_column(String(16), default=CandidacyStatus.active.value)
    # Bound when the candidate accepts the invitation.
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    rejection_reason: Mapped[str | None] = mapped_column(String(32))
    rejected_at: Mapped[datetime | None]
    rejected_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    position: Mapped[Position] = relationship(lazy="joined", innerjoin=True)
    user: Mapped[User | None] = relationship(foreign_keys=[user_id])


# The trigram operator classes come from pg_trgm (a trusted extension: the database's owner may
# create it). Migrations create it too; this is for a schema built from the models (the tests).
event.listen(
    Candidacy.__table__,
    "before_create",
    DDL("CREATE EXTENSION IF NOT EXISTS pg_trgm").execute_if(dialect="postgresql"),
)


class RejectionReason(Model):
    """Internal to the employer; job-related by construction."""

    __tablename__ = "rejection_reasons"
    __table_args__ = (UniqueConstraint("organization_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    label: Mapped[str] = mapped_column(String(120))
    # prompt key -> hint shown under that prompt when answering feedback
    hints: Mapped[dict] = mapped_column(JSON, default=dict)
    position: Mapped[int] = mapped_column(default=0)


class Invitation(Model):
    __tablename__ = "invitations"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidacy_id: Mapped[int] = mapped_column(ForeignKey("candidacies.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(String(254))
    # SHA-256 of the random token in the link. Resending replaces it (and the expiry):
    # the old link stops working. The token itself is never stored.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    used_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    candidacy: Mapped[Candidacy] = relationship(lazy="joined", innerjoin=True)

    @property
    def status(self) -> InvitationStatus:
        if self.used_at is not None:
            return InvitationStatus.accepted
        if self.expires_at <= utcnow():
            return InvitationStatus.expired
        return InvitationStatus.pending
