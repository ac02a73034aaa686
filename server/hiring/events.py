"""What happens in hiring."""

from __future__ import annotations

from ..core.events import DomainEvent, event


@event
class InvitationIssued(DomainEvent):
    """A candidate is invited to their thread, or sent a new link (``resent``).

    ``url`` holds the secret token: it goes to the candidate's email only. This event is
    the one way the token travels after the service made it (no service returns it), and
    its repr leaves the URL out, so a log line about the event never carries it.
    """

    invitation_id: int
    url: str
    first_message: str = ""
    resent: bool = False

    def __repr__(self) -> str:  # kept by @event: dataclass() does not replace a class's own __repr__
        return f"InvitationIssued(invitation_id={self.invitation_id}, resent={self.resent})"


@event
class PositionAssigned(DomainEvent):
    """The position's assignee changed (None: unassigned): a hiring manager newly assigned gains
    its threads, one unassigned loses them."""

    position_id: int
    assignee_id: int | None
    previous_assignee_id: int | None
