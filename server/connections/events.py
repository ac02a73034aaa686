"""What happens to a connection."""

from __future__ import annotations

from ..core.events import DomainEvent, event


@event
class ConnectionChanged(DomainEvent):
    connection_id: int
    thread_id: int
    connected: bool
