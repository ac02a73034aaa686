"""Working through a queued upload, row by row, outside any request.

A worker first takes the job's lease (a conditional UPDATE: one worker per job at a time) and holds
it while it works, renewing it with every row; a worker that dies leaves the job to the next one
once the lease has run out (``worker.py`` looks for such jobs). Each row is one transaction, through
the same services as a single rejection, as the person who uploaded the file:

- no candidacy for that position and email: it is added (``add_candidacy``), then rejected;
- a candidacy not rejected yet: it is rejected (``reject_candidacy``: thread, note, invitation email);
- a candidacy already rejected: nothing happens, the outcome says so (re-uploading a file rejects
  nobody twice).

The row's outcome is written in the row's own transaction, with the lease renewal: a row is either
done and recorded, or not touched at all. A row the services refuse (the uploader lost their role,
the position was closed meanwhile, ...) is recorded as failed with the service's message.
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, and_, func, or_, select, update

from ..accounts.access import MANAGE_CANDIDATES
from ..core.errors import Conflict, Forbidden, ServiceError
from ..core.time import utcnow
from ..core.transaction import operation, record
from ..extensions import db
from ..hiring.models import Candidacy, CandidacyStatus
from ..hiring.operations import add_candidacy, reject_candidacy
from ..messaging.operations import threads_by_candidacy
from .events import BulkJobProgressed
from .models import BulkJob, BulkRow, JobStatus, RowOutcome
from .operations import outcome_counts

log = logging.getLogger(__name__)

LEASE = timedelta(seconds=60)
PROGRESS_INTERVAL = 0.25  # seconds between progress events (and always one when the job is done)
# Between rows the worker pauses this long. More than 0: gevent then polls for I/O before the worker
# runs again, so the server's requests and sockets get through (sleep(0) may not let them for seconds).
TURN = 0.001
UNEXPECTED = (
    "Something went wrong on our side with this row; nothing was changed for this person. "
    "Upload the file again to retry: rows already done are not repeated."
)

Pause = Callable[[float], Any]


class LeaseLost(Exception):
    """Another worker holds the job now (this one stalled past its lease): stop at once."""


def _rowcount(statement: Any) -> int:
    # An UPDATE gives a CursorResult; Session.execute() is typed with the Result base class.
    return cast(CursorResult[Any], db.session.execute(statement)).rowcount


def _free(now: Any) -> Any:
    return and_(BulkJob.status != JobStatus.done.value, or_(BulkJob.lease_until.is_(None), BulkJob.lease_until <= now))


def claim(job_id: int | None = None) -> tuple[int, str] | None:
    """Takes the lease of the job (or of the oldest job waiting for a worker): (job id, lease owner),
    or None when it is done or another worker holds it."""
    now = utcnow()
    if job_id is None:
        job_id = db.session.scalar(select(BulkJob.id).where(_free(now)).order_by(BulkJob.id).limit(1))
        db.session.commit()  # the claim starts from a fresh snapshot (SQLite: a read, then a write, fails)
        if job_id is None:
            return None
    owner = secrets.token_hex(8)
    claimed = _rowcount(
        update(BulkJob)
        .where(BulkJob.id == job_id, _free(now))
        .values(
            status=JobStatus.running.value,
            lease_owner=owner,
            lease_until=now + LEASE,
            started_at=func.coalesce(BulkJob.started_at, now),
        )
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    return (job_id, owner) if claimed == 1 else None


def _hold_lease(job_id: int, owner: str) -> None:
    """The first statement of each row's transaction: renews the lease, or stops a worker that lost it."""
    held = _rowcount(
        update(BulkJob)
        .where(BulkJob.id == job_id, BulkJob.lease_owner == owner)
        .values(lease_until=utcnow() + LEASE)
        .execution_options(synchronize_session=False)
    )
    if held != 1:
        raise LeaseLost(job_id)


def _release(job_id: int, owner: str) -> None:
    """Gives the job back unfinished (a worker's time is up): the next round continues it."""
    db.session.execute(
        update(BulkJob)
        .where(BulkJob.id == job_id, BulkJob.lease_owner == owner)
        .values(status=JobStatus.queued.value, lease_owner=None, lease_until=None)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()


class Tally:
    """The job's outcomes so far, kept by its worker for the progress events."""

    def __init__(self, job: BulkJob, counts: dict[str, int]):
        self.job_id, self.user_id, self.total = job.id, job.created_by_id, job.total
        self.counts = counts

    def event(self, outcome: RowOutcome | None = None, done: bool = False) -> BulkJobProgressed:
        counts = dict(self.counts)
        if outcome is not None:
            counts[outcome] += 1
        return BulkJobProgressed(
            job_id=self.job_id,
            user_id=self.user_id,
            processed=sum(counts.values()),
            total=self.total,
            rejected=counts[RowOutcome.rejected],
            already_rejected=counts[RowOutcome.already_rejected],
            failed=counts[RowOutcome.failed],
            done=done,
        )


def _start_row(job_id: int, row_id: int, owner: str) -> BulkRow | None:
    _hold_lease(job_id, owner)
    started = _rowcount(
        update(BulkRow)
        .where(BulkRow.id == row_id, BulkRow.outcome.is_(None))
        .values(processed_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return db.session.get(BulkRow, row_id) if started == 1 else None  # None: done already by an earlier worker


@operation
def _process_row(job_id: int, row_id: int, owner: str, tally: Tally, announce: bool) -> RowOutcome | None:
    row = _start_row(job_id, row_id, owner)
    if row is None:
        return None
    job = db.session.get(BulkJob, job_id)
    assert job is not None  # its lease was just renewed
    user = job.created_by
    if user is None or user.role_in(job.organization_id) not in MANAGE_CANDIDATES:
        raise Forbidden(
            f"The person who uploaded this file can no longer reject candidates for {job.organization.name}."
        )
    if row.position_id is None:
        raise Conflict("The position no longer exists.")
    candidacy = db.session.scalar(
        select(Candidacy)
        .where(Candidacy.position_id == row.position_id, Candidacy.email == row.email)
        .order_by(Candidacy.id)
        .limit(1)
        .with_for_update()  # PostgreSQL: another upload of the same person waits, then sees it rejected
    )
    if candidacy is None:
        candidacy = add_candidacy(user, row.position_id, row.name, row.email)
    if candidacy.status == CandidacyStatus.rejected:
        outcome = RowOutcome.already_rejected
        thread = threads_by_candidacy([candidacy.id]).get(candidacy.id)
    else:
        outcome = RowOutcome.rejected
        # The budget of the organization's rejection emails was reserved when the file was uploaded.
        _candidacy, thread, _invitation = reject_candidacy(
            user, candidacy.id, row.reason, row.note or None, job.acknowledge_risks, email_counted=True
        )
    row.outcome = outcome.value
    row.candidacy_id = candidacy.id
    row.thread_id = thread.id if thread is not None else None
    if announce:
        record(tally.event(outcome))
    return outcome


@operation
def _fail_row(job_id: int, row_id: int, owner: str, error: str, tally: Tally, announce: bool) -> RowOutcome | None:
    row = _start_row(job_id, row_id, owner)
    if row is None:
        return None
    row.outcome, row.error = RowOutcome.failed.value, error
    if announce:
        record(tally.event(RowOutcome.failed))
    return RowOutcome.failed


@operation
def _finish(job_id: int, owner: str) -> bool:
    unfinished = select(BulkRow.id).where(BulkRow.job_id == job_id, BulkRow.outcome.is_(None)).exists()
    finished = _rowcount(
        update(BulkJob)
        .where(BulkJob.id == job_id, BulkJob.lease_owner == owner, ~unfinished)
        .values(status=JobStatus.done.value, finished_at=utcnow(), lease_owner=None, lease_until=None)
        .execution_options(synchronize_session=False)
    )
    if finished == 1:
        job = db.session.get(BulkJob, job_id)
        assert job is not None
        db.session.refresh(job)
        record(Tally(job, outcome_counts([job_id])[job_id]).event(done=True))
    return finished == 1


def run(job_id: int, owner: str, *, deadline: float | None = None, pause: Pause = time.sleep) -> bool:
    """Works through the job's remaining rows under the lease ``owner`` holds; True when it is done.
    Stops at ``deadline`` (time.monotonic()) and gives the job back. ``pause(TURN)`` runs between rows:
    under gevent it lets the server's requests and sockets through."""
    job = db.session.get(BulkJob, job_id)
    if job is None:
        return False
    tally = Tally(job, outcome_counts([job_id])[job_id])
    pending = list(
        db.session.scalars(
            select(BulkRow.id).where(BulkRow.job_id == job_id, BulkRow.outcome.is_(None)).order_by(BulkRow.line)
        )
    )
    db.session.commit()
    last_event = 0.0
    for row_id in pending:
        if deadline is not None and time.monotonic() >= deadline:
            _release(job_id, owner)
            return False
        pause(TURN)
        announce = time.monotonic() - last_event >= PROGRESS_INTERVAL
        try:
            try:
                outcome = _process_row(job_id, row_id, owner, tally, announce)
            except ServiceError as exc:
                outcome = _fail_row(job_id, row_id, owner, exc.message, tally, announce)
            except LeaseLost:
                raise
            except Exception:
                log.exception("bulk rejection %s: row %s failed", job_id, row_id)
                outcome = _fail_row(job_id, row_id, owner, UNEXPECTED, tally, announce)
        except LeaseLost:
            log.warning("bulk rejection %s: another worker took it over", job_id)
            return False
        if outcome is not None:
            tally.counts[outcome] += 1
            if announce:
                last_event = time.monotonic()
    return _finish(job_id, owner)


def run_now(job_id: int, pause: Pause = time.sleep) -> bool:
    """Takes the job and works it through to the end (the serving process, right after the upload);
    False when another worker has it."""
    claimed = claim(job_id)
    return run(*claimed, pause=pause) if claimed is not None else False


def process_due(budget: float | None = None, pause: Pause = time.sleep) -> int:
    """Takes the jobs waiting for a worker (new ones nobody started, and those whose worker died) and
    works on them for about ``budget`` seconds (None: until none is left). Returns how many it finished."""
    deadline = None if budget is None else time.monotonic() + budget
    finished = 0
    while deadline is None or time.monotonic() < deadline:
        claimed = claim()
        if claimed is None:
            break
        finished += run(*claimed, deadline=deadline, pause=pause)
    return finished
