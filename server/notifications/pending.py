"""A posted message becomes one pending notification per recipient, due after the delay
(CANDOR_NOTIFY_DELAY_SECONDS). Written in the message's own transaction; the digest pass
(digest.py) emails what is still unseen when it is due."""

from __future__ import annotations

from datetime import timedelta
from typing import cast

from flask import current_app
from sqlalchemy import Table, insert, select

from ..core.events import subscribe
from ..core.time import utcnow
from ..extensions import db
from ..hiring.events import PositionAssigned
from ..hiring.models import Candidacy
from ..messaging.events import MessagePosted, ThreadAssigned
from ..messaging.facts import event_message, event_thread
from ..messaging.models import Message, Side, Thread
from .models import PendingNotification
from .recipients import email_kind, recipients

_PENDING = cast(Table, PendingNotification.__table__)  # Core insert: no ORM bookkeeping per row
_INSERT_PENDING = insert(_PENDING)


def notify_delay() -> timedelta:
    return timedelta(seconds=int(current_app.config["CANDOR_NOTIFY_DELAY_SECONDS"]))


@subscribe(MessagePosted)
def note_unseen_message(posted: MessagePosted) -> None:
    message = event_message(posted.message_id)
    thread = event_thread(posted.thread_id)
    if message is None or thread is None:
        return
    kind = email_kind(message)
    if kind is None:
        return
    due = message.created_at + notify_delay()
    rows = [
        {"user_id": user_id, "thread_id": thread.id, "message_id": message.id, "kind": kind.value, "due_at": due}
        for user_id in recipients(thread, message)
    ]
    if rows:
        # One executemany, not a unit-of-work object per recipient: nothing reads these rows back here.
        now = utcnow()
        db.session.connection().execute(_INSERT_PENDING, [{**row, "created_at": now} for row in rows])


@subscribe(ThreadAssigned)
def reroute_thread(assigned: ThreadAssigned) -> None:
    _reroute(select(Thread.id).where(Thread.id == assigned.thread_id))


@subscribe(PositionAssigned)
def reroute_position(assigned: PositionAssigned) -> None:
    _reroute(
        select(Thread.id)
        .join(Candidacy, Candidacy.id == Thread.candidacy_id)
        .where(Candidacy.position_id == assigned.position_id)
    )


def _reroute(thread_ids) -> None:
    """Who handles a thread changed: its candidate's messages not yet emailed go to the new
    handlers, due when they were due (the old ones are skipped by the pass: still_recipient)."""
    pending = db.session.execute(
        select(PendingNotification.message_id, PendingNotification.kind, PendingNotification.due_at)
        .join(Message, Message.id == PendingNotification.message_id)
        .where(
            PendingNotification.thread_id.in_(thread_ids),
            PendingNotification.done_at.is_(None),
            Message.side == Side.candidate.value,
        )
        .distinct()
    ).all()
    if not pending:
        return
    taken = db.session.execute(
        select(PendingNotification.user_id, PendingNotification.message_id).where(
            PendingNotification.message_id.in_({row.message_id for row in pending})
        )
    )
    have = {(user_id, message_id) for user_id, message_id in taken}
    for message_id, kind, due_at in pending:
        message = db.session.get(Message, message_id)
        thread = db.session.get(Thread, message.thread_id) if message is not None else None
        if message is None or thread is None:
            continue
        for user_id in recipients(thread, message):
            if (user_id, message_id) not in have:
                have.add((user_id, message_id))
                db.session.add(
                    PendingNotification(
                        user_id=user_id, thread_id=thread.id, message_id=message_id, kind=kind, due_at=due_at
                    )
                )
