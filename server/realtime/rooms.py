"""Socket.IO rooms: every user has a personal room; staff also join one per organization."""

from __future__ import annotations

from ..messaging.models import Thread


def user_room(user_id: int) -> str:
    return f"user:{user_id}"


def org_room(organization_id: int) -> str:
    return f"org:{organization_id}"


def thread_rooms(thread: Thread) -> list[str]:
    """Everyone who can see the thread: its organization's staff and its candidate."""
    rooms = [org_room(thread.organization_id)]
    if thread.candidate_user_id is not None:
        rooms.append(user_room(thread.candidate_user_id))
    return rooms
