from __future__ import annotations

import enum
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import JSON, ForeignKey, Row, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..core.time import utcnow
from ..extensions import Model


class ConsentAction(enum.StrEnum):
    opt_in = "opt_in"
    opt_out = "opt_out"
    renew = "renew"
    lapse = "lapse"
    interests_changed = "interests_changed"


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
    # When both sides last became connected (None while not connected).
    connected_since: Mapped[datetime | None]
    # The last announcement sent to the candidate; the frequency limit counts from it.
    last_contacted_at: Mapped[datetime | None]
    # The renewal reminder for the current consent period went out (cleared on renewal).
    reminded_at: Mapped[datetime | None]
    # The consent period ran out unrenewed; recorded once, by the scheduled pass.
    lapsed_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    def is_connected(self, now: datetime) -> bool:
        return is_connected(self, now)


class SummaryConnection(NamedTuple):
    """A connection's summary columns, as joined to a thread's statement."""

    candidate_user_id: int
    organization_id: int
    candidate_opt_in: bool
    employer_opt_in: bool
    interests: list[str] | None
    expires_at: datetime | None
    lapsed_at: datetime | None


def is_connected(consent: Connection | SummaryConnection | Row[Any], now: datetime) -> bool:
    """Both sides opted in and the consent has neither lapsed nor expired (a loaded Connection, or a
    row of its columns: the thread summaries read only those)."""
    return bool(
        consent.candidate_opt_in
        and consent.employer_opt_in
        and consent.lapsed_at is None
        and (consent.expires_at is None or consent.expires_at > now)
    )


class ConsentEvent(Model):
    """Append-only: every change of consent (a ConsentAction), by whom and when.

    ``actor_id`` is None and ``side`` "system" when Candor itself acts (a lapse)."""

    __tablename__ = "consent_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    connection_id: Mapped[int] = mapped_column(ForeignKey("connections.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    side: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(24))
    opt_in: Mapped[bool]
    interests: Mapped[list] = mapped_column(JSON, default=list)
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("threads.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Announcement(Model):
    """A new role told to the organization's connected candidates; each recipient also gets a
    message (kind announcement) in their thread with the organization."""

    __tablename__ = "announcements"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    position_id: Mapped[int] = mapped_column(ForeignKey("positions.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(Text)
    interests: Mapped[list] = mapped_column(JSON, default=list)
    recipients: Mapped[int] = mapped_column(default=0)
    # The author sent it despite a legal_risk finding (who: author_id; when: created_at).
    acknowledged_risks: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
