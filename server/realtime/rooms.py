"""Socket.IO rooms: every user has a personal room; admins and recruiters also join one per
organization (they see all its threads). Hiring managers join no organization room: they see only
the threads assigned to them, whose events reach them in their own room."""

from __future__ import annotations

from ..messaging.access import position_assignee_id
from ..messaging.models import Thread


def user_room(user_id: int) -> str:
    return f"user:{user_id}"


def org_room(organization_id: int) -> str:
    return f"org:{organization_id}"


def thread_rooms(thread: Thread) -> list[str]:
    """Everyone who can see the thread: its organization's admins and recruiters, whoever it or its
    position is assigned to (a hiring manager), and its candidate. No query: for typing."""
    rooms = [org_room(thread.organization_id)]
    for assignee_id in {thread.assignee_id, position_assignee_id(thread)} - {None}:
        rooms.append(user_room(assignee_id))  # type: ignore[arg-type]
    if thread.candidate_user_id is not None:
        rooms.append(user_room(thread.candidate_user_id))
    return rooms
