"""What happens in threads. Recorded by the services; realtime and notifications subscribe."""

from __future__ import annotations

from ..core.events import DomainEvent, event


@event
class MessagePosted(DomainEvent):
    thread_id: int
    message_id: int


@event
class ThreadChanged(DomainEvent):
    """Status, due date, participants or connection changed: everyone's summary is out of date.

    With ``only_user_id`` only that user's view changed (their unread count).
    """

    thread_id: int
    only_user_id: int | None = None


@event
class ThreadRead(DomainEvent):
    thread_id: int
    user_id: int
    message_id: int


@event
class ThreadAssigned(DomainEvent):
    """The thread's assignee changed (``assignee_id`` None: unassigned). Who sees the thread may
    change with it: a hiring manager newly assigned gains it."""

    thread_id: int
    assignee_id: int | None
    previous_assignee_id: int | None
