"""What happens when a role is announced to the talent pool."""

from __future__ import annotations

from ..core.events import DomainEvent, event


@event
class AnnouncementSent(DomainEvent):
    """One recipient of an announcement: its message is in their thread (notifications emails them)."""

    announcement_id: int
    connection_id: int
    message_id: int
