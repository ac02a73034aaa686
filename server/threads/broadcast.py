"""Real-time notifications, emitted only after the database commit.

Payloads are built inside the transaction (so they describe exactly what is
being committed) and emitted by the after-commit queue, so a rolled-back
change is never announced. Staff receive their organization's threads through
the room org:<id>; every user has a personal room user:<id>.
"""
from __future__ import annotations

from sqlalchemy import select

from ..core.transaction import after_commit, before_commit
from ..extensions import db, socketio


def user_room(user_id: int) -> str:
    return f"user:{user_id}"


def org_room(organization_id: int) -> str:
    return f"org:{organization_id}"


def thread_rooms(thread) -> list[str]:
    rooms = [org_room(thread.organization_id)]
    if thread.candidate_user_id is not None:
        rooms.append(user_room(thread.candidate_user_id))
    return rooms


def _emit_later(event: str, payload: dict, to) -> None:
    after_commit(lambda: socketio.emit(event, payload, to=to))


def message_created(thread, message) -> None:
    from .serializers import serialize_message

    _emit_later("message", {"message": serialize_message(message)}, thread_rooms(thread))


def thread_changed(thread, only_user=None) -> None:
    """Each participant gets the thread as they see it (their own unread count)."""
    key = f"thread:{thread.id}:{only_user.id if only_user else '*'}"
    before_commit(key, lambda: _announce_thread(thread.id, only_user))


def _announce_thread(thread_id: int, only_user) -> None:
    from ..accounts.models import Membership, User
    from .models import Thread
    from .summaries import summarize_one

    thread = db.session.get(Thread, thread_id)
    if only_user is not None:
        users = [only_user]
    else:
        staff_ids = select(Membership.user_id).where(Membership.organization_id == thread.organization_id)
        users = list(db.session.scalars(select(User).where(User.id.in_(staff_ids))))
        if thread.candidate is not None:
            users.append(thread.candidate)
    for user in users:
        _emit_later("thread", {"thread": summarize_one(user, thread)}, user_room(user.id))


def read_updated(thread, user, message_id: int) -> None:
    _emit_later("read", {"thread_id": thread.id, "user_id": user.id, "message_id": message_id},
                thread_rooms(thread))
    # The reader's other tabs learn their unread count is now lower.
    thread_changed(thread, only_user=user)


def typing(thread, user, skip_sid: str | None = None) -> None:
    """Not stored, so nothing to commit: sent at once. Clients ignore their own user's typing."""
    socketio.emit("typing", {"thread_id": thread.id, "user": {"id": user.id, "name": user.name}},
                  to=thread_rooms(thread), skip_sid=skip_sid)
