"""Bulk rejection: an upload (a CSV file, or the same rows as JSON) is checked as a whole, the
organization's hourly rejection budget is reserved for it, and a job is queued; the rows are then
rejected one by one in the background (processing.py), each by the same services as a single
rejection. Nothing happens for any row unless every row passes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, insert, select, update

from ..accounts.access import MANAGE_CANDIDATES, require_membership
from ..accounts.models import User
from ..core import rate_limits
from ..core.errors import Invalid, NotFound, RateLimited
from ..core.events import subscribe
from ..core.transaction import operation, record
from ..extensions import db
from ..hiring.operations import INVITATION_EMAILS, INVITATION_EMAILS_SCOPE
from ..messaging.wording import LEGAL_RISK
from ..privacy.events import ThreadAnonymised
from ..privacy.operations import FORMER_CANDIDATE
from . import csv_input
from .checks import CheckedRow, RowError, check_rows
from .csv_input import MAX_ROWS, InputRow
from .events import BulkJobQueued
from .models import BulkJob, BulkRow, JobSource, JobStatus, RowOutcome

FILENAME_LIMIT = 255
RECENT_JOBS = 20
_UNSAFE_IN_FILENAME = re.compile(r"[\x00-\x1f\x7f]")


class RowsInvalid(Invalid):
    """Some rows of an upload are wrong, so nothing happened: ``errors`` holds every one, with its line
    and column. ``fields`` names them as the API's other errors do (``rows.<index>.<field>``), or for a
    CSV file ``line <n>: <column>``."""

    def __init__(self, errors: list[RowError], source: JobSource):
        self.errors = errors
        lines = sorted({e.line for e in errors})
        shown = ", ".join(map(str, lines[:10])) + (f" and {len(lines) - 10} more" if len(lines) > 10 else "")
        what = "line" if source == JobSource.csv else "row"
        message = (
            f"{len(lines)} {what}{'s' if len(lines) > 1 else ''} need{'' if len(lines) > 1 else 's'} attention "
            f"({what}{'s' if len(lines) > 1 else ''} {shown}): nobody was rejected. Fix them and send the "
            f"{'file' if source == JobSource.csv else 'rows'} again."
        )
        fields: dict[str, str] = {}
        for e in errors:
            if source == JobSource.csv:
                key = f"line {e.line}" + (f": {e.column}" if e.column else "")
            else:
                key = f"rows.{e.line - 1}" + (f".{e.column}" if e.column else "")
            fields[key] = f"{fields[key]} {e.message}" if key in fields else e.message
        # Held notes alone: the single rejection's code, so a client asks for the same acknowledgement.
        code = LEGAL_RISK if all(e.code == LEGAL_RISK for e in errors) else None
        super().__init__(message, code=code, fields=fields)


def _reserve_emails(organization_id: int, count: int) -> None:
    """Each rejection emails the candidate: the upload takes its share of the organization's hourly
    budget now, all of it or none, so it never stops halfway for want of it."""
    if count == 0:
        return
    capacity = rate_limits.capacity(INVITATION_EMAILS)
    if capacity is not None and count > capacity:
        raise Invalid(
            f"This upload would email {count:,} candidates, more than your organization may send in an hour "
            f"({capacity:,}). Split it into uploads of at most {capacity:,} people, an hour apart.",
            code="over_rejection_limit",
            fields={"rows": f"At most {capacity:,} people to reject per upload."},
        )
    key = (INVITATION_EMAILS_SCOPE, str(organization_id))
    wait = rate_limits.reserve(INVITATION_EMAILS, count, *key)
    if wait is not None:
        left = rate_limits.remaining(INVITATION_EMAILS, *key) or 0
        raise RateLimited(
            f"This upload would email {count:,} candidates, but your organization can send {left:,} more "
            f"rejections right now (the limit is per hour). Wait {rate_limits.wait_in_words(wait)} and try "
            f"again{f', or upload at most {left:,} people now' if left else ''}.",
            retry_after=wait,
        )


def _queue(
    user: User,
    organization_id: int,
    rows: list[CheckedRow],
    source: JobSource,
    acknowledge_risks: bool,
    filename: str | None = None,
) -> BulkJob:
    _reserve_emails(organization_id, sum(not row.already_rejected for row in rows))
    job = BulkJob(
        organization_id=organization_id,
        created_by_id=user.id,
        source=source.value,
        filename=filename,
        acknowledge_risks=acknowledge_risks,
        total=len(rows),
    )
    db.session.add(job)
    db.session.flush()
    # One statement for every row (executemany): a 5,000-line file is queued in a moment.
    db.session.execute(
        insert(BulkRow),
        [
            {
                "job_id": job.id,
                "line": row.line,
                "name": row.name,
                "email": row.email,
                "position_id": row.position_id,
                "position_title": row.position_title,
                "note": row.note,
                "reason": row.reason,
            }
            for row in rows
        ],
    )
    record(BulkJobQueued(job.id))
    return job


def _filename(value: str | None) -> str | None:
    """The uploaded file's own name, for the uploader to recognise it: no folders, no controls."""
    name = _UNSAFE_IN_FILENAME.sub("", re.split(r"[\\/]", value or "")[-1]).strip()
    return name[:FILENAME_LIMIT] or None


@operation
def upload_csv(
    user: User, organization_id: int, data: bytes | None, filename: str | None = None, acknowledge_risks: bool = False
) -> BulkJob:
    """Checks every line of the CSV file and queues the rejections (see the module). 422 for the file
    as a whole (``fields.file``) or with each line's problems (``RowsInvalid``); 429 when the
    organization's hourly budget has no room for the upload."""
    require_membership(user, organization_id, MANAGE_CANDIDATES)
    if data is None:
        raise csv_input.file_error("Choose a CSV file to upload.")
    parsed, shape = csv_input.parse(data)
    rows, errors = check_rows(
        organization_id,
        [(row, None) for row in parsed],
        acknowledge_risks,
        [RowError(line, None, message) for line, message in shape],
    )
    if errors:
        raise RowsInvalid(errors, JobSource.csv)
    return _queue(user, organization_id, rows, JobSource.csv, acknowledge_risks, _filename(filename))


def _api_row(index: int, row: dict[str, Any]) -> tuple[InputRow, int | None]:
    values = {column: row.get(column) or "" for column in csv_input.COLUMNS}
    return InputRow(index + 1, values), row.get("position_id")


@operation
def upload_rows(
    user: User, organization_id: int, rows: Sequence[dict[str, Any]], acknowledge_risks: bool = False
) -> BulkJob:
    """The same as ``upload_csv`` for rows given as data (the API): ``name``, ``email``, ``position``
    (title or id) or ``position_id``, and optionally ``note`` and ``reason``. A row's ``line`` is its
    number in ``rows``, from 1."""
    require_membership(user, organization_id, MANAGE_CANDIDATES)
    if not rows:
        raise Invalid("Send at least one row.", fields={"rows": "At least one row."})
    if len(rows) > MAX_ROWS:
        raise Invalid(f"At most {MAX_ROWS:,} rows per upload.", fields={"rows": f"At most {MAX_ROWS:,} rows."})
    checked, errors = check_rows(organization_id, [_api_row(i, row) for i, row in enumerate(rows)], acknowledge_risks)
    if errors:
        raise RowsInvalid(errors, JobSource.api)
    return _queue(user, organization_id, checked, JobSource.api, acknowledge_risks)


# -- reading ------------------------------------------------------------------------------------


def get_job(user: User, job_id: int) -> BulkJob:
    """An upload of one of the user's organizations; a hiring manager's role may not (403), and anyone
    else gets 404, as for an upload that does not exist."""
    job = db.session.get(BulkJob, job_id)
    if job is None or not user.is_staff or user.role_in(job.organization_id) is None:
        raise NotFound("Bulk rejection not found.")
    require_membership(user, job.organization_id, MANAGE_CANDIDATES)
    return job


def job_rows(job: BulkJob) -> list[BulkRow]:
    return list(db.session.scalars(select(BulkRow).where(BulkRow.job_id == job.id).order_by(BulkRow.line)))


def outcome_counts(job_ids: Sequence[int]) -> dict[int, dict[str, int]]:
    """Job id -> rows per outcome (every outcome present, 0 if none), in one query."""
    found: dict[int, dict[str, int]] = {job_id: {outcome.value: 0 for outcome in RowOutcome} for job_id in job_ids}
    if job_ids:
        rows = db.session.execute(
            select(BulkRow.job_id, BulkRow.outcome, func.count())
            .where(BulkRow.job_id.in_(list(job_ids)), BulkRow.outcome.is_not(None))
            .group_by(BulkRow.job_id, BulkRow.outcome)
        )
        for job_id, outcome, count in rows:
            found[job_id][str(outcome)] = count
    return found


def recent_jobs(user: User, organization_id: int, limit: int = RECENT_JOBS) -> list[BulkJob]:
    """The organization's newest uploads (admins and recruiters)."""
    require_membership(user, organization_id, MANAGE_CANDIDATES)
    return list(
        db.session.scalars(
            select(BulkJob).where(BulkJob.organization_id == organization_id).order_by(BulkJob.id.desc()).limit(limit)
        )
    )


def is_done(job: BulkJob) -> bool:
    return job.status == JobStatus.done


@subscribe(ThreadAnonymised)
def forget_anonymised_candidate(anonymised: ThreadAnonymised) -> None:
    """An upload's row keeps no more of the candidate than their candidacy does once their thread is
    anonymised (erasure, retention)."""
    db.session.execute(
        update(BulkRow)
        .where(BulkRow.thread_id == anonymised.thread_id)
        .values(name=FORMER_CANDIDATE, email="")
        .execution_options(synchronize_session=False)
    )
