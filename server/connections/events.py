"""What happens to a connection."""

from __future__ import annotations

from ..core.events import DomainEvent, event


@event
class ConnectionChanged(DomainEvent):
    """The pair became connected or stopped being connected (``thread_id``: the thread it was told
    in, the candidate's newest with the organization; None if there is none)."""

    connection_id: int
    thread_id: int | None
    connected: bool


@event
class ConsentReminderDue(DomainEvent):
    """The consent period of a connected pair ends soon: the candidate should hear of it (once per
    period) with a one-click renewal."""

    connection_id: int
