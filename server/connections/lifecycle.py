"""The consent lifecycle on a clock: a reminder before a consent period ends, and the lapse after it.

``run_due(now)`` is called by the notifications worker's scheduled pass (and takes ``now`` so tests
move the clock by hand). Each step is one transaction that starts with a conditional UPDATE, its
claim: of two passes at once only one gets the row (on PostgreSQL the second waits for the first's
commit and then finds the condition false; on SQLite the UPDATE is the transaction's first statement,
so it waits for the write lock and then sees the first pass's commit). A claim that matches nothing
does nothing, so the pass is idempotent.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, select, update

from ..accounts.models import Organization
from ..core.time import utcnow
from ..core.transaction import operation, record
from ..extensions import db
from ..messaging.models import MessageKind, Side
from ..messaging.operations import add_message, thread_changed
from .events import ConnectionChanged, ConsentReminderDue
from .models import Connection, ConsentAction, ConsentEvent
from .operations import newest_thread

log = logging.getLogger(__name__)

REMINDER_LEAD = timedelta(days=30)
# A one-month consent period would be "reminded" the moment it starts: those get a week's notice.
SHORT_PERIOD_LEAD = timedelta(days=7)


def reminder_lead(connection_months: int) -> timedelta:
    return REMINDER_LEAD if connection_months >= 2 else SHORT_PERIOD_LEAD


def _connected_pairs():
    return (Connection.candidate_opt_in, Connection.employer_opt_in)


def due_reminders(now: datetime) -> list[int]:
    """Connection ids whose consent ends within the reminder lead and were not reminded yet."""
    rows = db.session.execute(
        select(Connection.id, Connection.expires_at, Organization.connection_months)
        .join(Organization, Organization.id == Connection.organization_id)
        .where(
            *_connected_pairs(),
            Connection.reminded_at.is_(None),
            Connection.lapsed_at.is_(None),
            Connection.expires_at > now,
            Connection.expires_at <= now + REMINDER_LEAD,
        )
        .order_by(Connection.expires_at, Connection.id)
    ).all()
    return [row.id for row in rows if row.expires_at - reminder_lead(row.connection_months or 12) <= now]


def due_lapses(now: datetime) -> list[int]:
    """Connected pairs whose consent period is over and not recorded as lapsed yet."""
    return list(
        db.session.scalars(
            select(Connection.id)
            .where(*_connected_pairs(), Connection.lapsed_at.is_(None), Connection.expires_at <= now)
            .order_by(Connection.expires_at, Connection.id)
        )
    )


def _claimed(statement) -> bool:
    result = cast(CursorResult[Any], db.session.execute(statement.execution_options(synchronize_session=False)))
    return result.rowcount == 1


@operation
def remind(connection_id: int, now: datetime) -> bool:
    """Claims the reminder of the connection's current period; the notifications package writes the
    email (ConsentReminderDue). False: not due any more, or another pass had it."""
    claimed = _claimed(
        update(Connection)
        .where(
            Connection.id == connection_id,
            *_connected_pairs(),
            Connection.reminded_at.is_(None),
            Connection.lapsed_at.is_(None),
            Connection.expires_at > now,
            Connection.expires_at <= now + REMINDER_LEAD,
        )
        .values(reminded_at=now)
    )
    if claimed:
        record(ConsentReminderDue(connection_id))
    return claimed


@operation
def lapse(connection_id: int, now: datetime) -> bool:
    """The consent period ran out unrenewed: the pair leaves "connected", a system ``lapse`` record,
    a line in the candidate's newest thread with the organization. False: renewed, withdrawn or
    already lapsed meanwhile."""
    claimed = _claimed(
        update(Connection)
        .where(
            Connection.id == connection_id,
            *_connected_pairs(),
            Connection.lapsed_at.is_(None),
            Connection.expires_at <= now,
        )
        .values(lapsed_at=now, connected_since=None, updated_at=now)
    )
    if not claimed:
        return False
    connection = db.session.get(Connection, connection_id, populate_existing=True)
    assert connection is not None
    organization = db.session.get(Organization, connection.organization_id)
    assert organization is not None
    thread = newest_thread(connection.candidate_user_id, connection.organization_id)
    db.session.add(
        ConsentEvent(
            connection_id=connection.id,
            actor_id=None,
            side=Side.system.value,
            action=ConsentAction.lapse.value,
            opt_in=False,
            interests=list(connection.interests or []),
            thread_id=thread.id if thread is not None else None,
            created_at=now,
        )
    )
    if thread is not None:
        # Written to the candidate; staff pages show their own sentence (meta.event).
        add_message(
            thread,
            None,
            MessageKind.system,
            f"Your stay-in-touch consent with {organization.name} lapsed; renew any time from My connections.",
            meta={"event": "lapsed"},
        )
        thread_changed(thread)
    record(ConnectionChanged(connection.id, thread.id if thread is not None else None, False))
    return True


def run_due(now: datetime | None = None) -> dict[str, int]:
    """One pass at ``now``: reminders due, then lapses due. Returns how many of each it did."""
    now = now or utcnow()
    counts = {"reminded": 0, "lapsed": 0}
    for name, due, step in (("reminded", due_reminders, remind), ("lapsed", due_lapses, lapse)):
        ids = due(now)
        db.session.commit()  # each claim starts its own transaction, with the UPDATE first
        for connection_id in ids:
            try:
                if step(connection_id, now):
                    counts[name] += 1
            except Exception:  # rolled back, so retried next pass; the others still go
                log.exception("connections: %s of connection %s failed", name, connection_id)
    return counts
