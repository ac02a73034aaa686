"""Real-time notifications, sent only after the database commit.

The payloads are built before the commit (while the rows are at hand) and
emitted by the after-commit queue, so a rolled-back change is never announced.
"""
from __future__ import annotations

from ..core.transaction import after_commit
from ..extensions import socketio


def thread_room(thread_id: int) -> str:
    return f"thread:{thread_id}"


def _emit(event: str, payload: dict, room: str) -> None:
    after_commit(lambda: socketio.emit(event, payload, to=room))


def message_created(thread, message) -> None:
    from .serializers import serialize_message

    _emit("message", {"message": serialize_message(message)}, thread_room(thread.id))


def thread_changed(thread) -> None:
    _emit("thread", {"thread_id": thread.id, "status": thread.status}, thread_room(thread.id))


def read_updated(thread, user, message_id: int) -> None:
    _emit("read", {"thread_id": thread.id, "user_id": user.id, "message_id": message_id}, thread_room(thread.id))
