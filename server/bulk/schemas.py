"""Request and response schemas of bulk rejections (the API and its OpenAPI document)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from ..accounts.schemas import Email, Name
from ..api.fields import Id, text
from ..api.schemas import Out, PersonRef, Request
from ..core.time import isoformat
from ..hiring.defaults import REJECTION_REASONS
from ..hiring.operations import TITLE_LIMIT
from ..messaging.operations import MAX_BODY
from .csv_input import MAX_ROWS
from .models import BulkJob, BulkRow


class BulkRowIn(Request):
    name: Name = Field(description="The candidate's name (at most 120 characters).")
    email: Email
    position: Annotated[str, text(TITLE_LIMIT)] | None = Field(
        None,
        description="The position's title (any case; it must name one position of the organization, an open one "
        "unless the person already applied to it) or its id as text. Give this or `position_id`.",
    )
    position_id: Id | None = Field(None, description="The position's id, instead of `position`.")
    note: Annotated[str, text(MAX_BODY, enforced=False)] | None = Field(
        None,
        description="A personal first message, as in a single rejection: it passes the same wording check (a "
        "legal_risk finding holds the upload unless `acknowledge_risks`). A note over 20,000 characters is "
        "one of the row errors.",
    )
    # Exact codes here (a CSV file may write them in any case).
    reason: Annotated[str, Field(json_schema_extra={"enum": [code for code, _, _ in REJECTION_REASONS]})] | None = (
        Field(None, description="One of the organization's rejection reason codes (internal).")
    )


class BulkRejectionIn(Request):
    rows: list[BulkRowIn] = Field(
        min_length=1,
        max_length=MAX_ROWS,
        description=f"At most {MAX_ROWS:,} people. Every row is checked first: if any is wrong, nothing happens "
        "and the 422 names each problem in `error.fields` as `rows.<index>.<field>` (index from 0).",
    )
    acknowledge_risks: bool = Field(
        False, description="Send notes despite legal_risk findings (recorded for each row, with your name)."
    )


class BulkPositionRef(Out):
    id: int | None = Field(description="null if the position was deleted since.")
    title: str


class BulkRowOut(Out):
    line: int = Field(
        description="The row's number: its line in the CSV file (the header is line 1), or its "
        "place in `rows` (from 1)."
    )
    name: str
    email: str
    position: BulkPositionRef
    reason: str | None
    outcome: Literal["rejected", "already_rejected", "failed"] | None = Field(
        description="null until the row is processed."
    )
    error: str | None = Field(description="Why the row failed.")
    candidacy_id: int | None
    thread_id: int | None = Field(description="The conversation opened (or already there) for the person.")


class BulkCounts(Out):
    rejected: int
    already_rejected: int
    failed: int


class BulkJobOut(Out):
    id: int
    organization_id: int
    status: Literal["queued", "running", "done"]
    source: Literal["csv", "api"]
    filename: str | None
    created_by: PersonRef | None
    acknowledge_risks: bool
    total: int
    processed: int
    counts: BulkCounts
    created_at: str
    started_at: str | None
    finished_at: str | None
    rows: list[BulkRowOut]


def row_out(row: BulkRow) -> dict:
    return {
        "line": row.line,
        "name": row.name,
        "email": row.email,
        "position": {"id": row.position_id, "title": row.position_title},
        "reason": row.reason,
        "outcome": row.outcome,
        "error": row.error,
        "candidacy_id": row.candidacy_id,
        "thread_id": row.thread_id,
    }


def job_out(job: BulkJob, rows: list[BulkRow], counts: dict[str, int]) -> dict:
    return {
        "id": job.id,
        "organization_id": job.organization_id,
        "status": job.status,
        "source": job.source,
        "filename": job.filename,
        "created_by": {"id": job.created_by.id, "name": job.created_by.name} if job.created_by else None,
        "acknowledge_risks": job.acknowledge_risks,
        "total": job.total,
        "processed": sum(counts.values()),
        "counts": counts,
        "created_at": isoformat(job.created_at),
        "started_at": isoformat(job.started_at),
        "finished_at": isoformat(job.finished_at),
        "rows": [row_out(row) for row in rows],
    }
