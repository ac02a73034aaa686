"""What privacy keeps: each organization's retention period, and per thread the retention notice
sent and when (and why) its candidate side was anonymised."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from ..accounts.models import Organization
from ..extensions import Model

DEFAULT_RETENTION_MONTHS = 24


def retention_months(organization: Organization) -> int:
    """The organization's retention period (``organizations.retention_months``)."""
    return organization.retention_months or DEFAULT_RETENTION_MONTHS


class AnonymisedBecause(enum.StrEnum):
    erasure = "erasure"  # the candidate deleted their account
    retention = "retention"  # the organization's retention period passed


class ThreadRetention(Model):
    """One row per thread that retention has dealt with: the notice sent to the candidate (once per
    idle period) and the anonymisation of the candidate side (once)."""

    __tablename__ = "thread_retention"

    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"), primary_key=True)
    notice_sent_at: Mapped[datetime | None]
    # The date the notice announced; anonymisation waits for it.
    anonymise_after: Mapped[datetime | None]
    anonymised_at: Mapped[datetime | None] = mapped_column(index=True)
    anonymised_because: Mapped[str | None] = mapped_column(String(16))  # an AnonymisedBecause
