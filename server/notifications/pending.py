"""A posted message becomes one pending notification per recipient, due after the delay
(CANDOR_NOTIFY_DELAY_SECONDS). Written in the message's own transaction; the digest pass
(digest.py) emails what is still unseen when it is due."""

from __future__ import annotations

from datetime import timedelta

from flask import current_app

from ..core.events import subscribe
from ..extensions import db
from ..messaging.events import MessagePosted
from ..messaging.models import Message, Thread
from .models import PendingNotification
from .recipients import email_kind, recipients


def notify_delay() -> timedelta:
    return timedelta(seconds=int(current_app.config["CANDOR_NOTIFY_DELAY_SECONDS"]))


@subscribe(MessagePosted)
def note_unseen_message(posted: MessagePosted) -> None:
    message = db.session.get(Message, posted.message_id)
    thread = db.session.get(Thread, posted.thread_id)
    if message is None or thread is None:
        return
    kind = email_kind(message)
    if kind is None:
        return
    due = message.created_at + notify_delay()
    for user_id in recipients(thread, message):
        db.session.add(
            PendingNotification(
                user_id=user_id, thread_id=thread.id, message_id=message.id, kind=kind.value, due_at=due
            )
        )
