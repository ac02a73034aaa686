from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..core.time import utcnow
from ..extensions import Model


class Connection(Model):
    """Current consent of both sides; the history lives in ConsentEvent."""

    __tablename__ = "connections"
    __table_args__ = (UniqueConstraint("candidate_user_id", "organization_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    candidate_opt_in: Mapped[bool] = mapped_column(default=False)
    employer_opt_in: Mapped[bool] = mapped_column(default=False)
    interests: Mapped[list] = mapped_column(JSON, default=list)
    expires_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    def is_connected(self, now: datetime) -> bool:
        return bool(
            self.candidate_opt_in and self.employer_opt_in and (self.expires_at is None or self.expires_at > now)
        )


class ConsentEvent(Model):
    """Append-only: every opt-in or opt-out, by whom and when."""

    __tablename__ = "consent_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    connection_id: Mapped[int] = mapped_column(ForeignKey("connections.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    side: Mapped[str] = mapped_column(String(16))
    opt_in: Mapped[bool]
    interests: Mapped[list] = mapped_column(JSON, default=list)
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("threads.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
