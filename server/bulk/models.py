"""A bulk rejection: one upload (a job) and its rows, each row processed in its own transaction."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..accounts.models import Organization, User
from ..core.time import utcnow
from ..extensions import Model


class JobStatus(enum.StrEnum):
    queued = "queued"  # waiting for a worker (or for one whose lease ran out)
    running = "running"
    done = "done"  # every row has an outcome


class RowOutcome(enum.StrEnum):
    rejected = "rejected"
    already_rejected = "already_rejected"
    failed = "failed"


class JobSource(enum.StrEnum):
    csv = "csv"
    api = "api"


class BulkJob(Model):
    __tablename__ = "bulk_jobs"
    __table_args__ = (
        # The organization's uploads, newest first.
        Index("ix_bulk_jobs_organization_id_id", "organization_id", "id"),
        # The worker's scan: unfinished jobs whose lease is free.
        Index("ix_bulk_jobs_status_lease_until", "status", "lease_until"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
    # The rows are processed as this person, by the same services and rules as their own rejections.
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    source: Mapped[str] = mapped_column(String(8))
    filename: Mapped[str | None] = mapped_column(String(255))
    # The uploader reviewed the notes' legal-risk findings and sends them anyway (recorded per row).
    acknowledge_risks: Mapped[bool] = mapped_column(default=False)
    total: Mapped[int]
    status: Mapped[str] = mapped_column(String(16), default=JobStatus.queued.value)
    # Who processes the job, until when: a worker that dies leaves the job to the next after this.
    lease_owner: Mapped[str | None] = mapped_column(String(32))
    lease_until: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]

    organization: Mapped[Organization] = relationship(lazy="joined", innerjoin=True)
    created_by: Mapped[User | None] = relationship(foreign_keys=[created_by_id])


class BulkRow(Model):
    """One line of the upload, as validated (the position resolved, the email normalized), and what
    became of it: no outcome yet, or rejected / already rejected / failed (with the error)."""

    __tablename__ = "bulk_rows"
    __table_args__ = (UniqueConstraint("job_id", "line"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("bulk_jobs.id", ondelete="CASCADE"))
    line: Mapped[int]  # the CSV line as the uploader's editor shows it (header = 1), or the API row's number
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254))
    position_id: Mapped[int | None] = mapped_column(ForeignKey("positions.id", ondelete="SET NULL"))
    position_title: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str | None] = mapped_column(String(32))
    outcome: Mapped[str | None] = mapped_column(String(20))
    error: Mapped[str | None] = mapped_column(Text)
    candidacy_id: Mapped[int | None] = mapped_column(ForeignKey("candidacies.id", ondelete="SET NULL"))
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("threads.id", ondelete="SET NULL"), index=True)
    processed_at: Mapped[datetime | None]
