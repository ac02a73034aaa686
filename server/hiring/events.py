"""What happens in hiring."""

from __future__ import annotations

from ..core.events import DomainEvent, event


@event
class InvitationIssued(DomainEvent):
    """A candidate is invited to their thread. ``url`` holds the secret token: it goes to their email only."""

    invitation_id: int
    url: str
    first_message: str
