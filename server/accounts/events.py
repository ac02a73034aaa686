"""What happens to accounts and organizations."""

from __future__ import annotations

from ..core.events import DomainEvent, event


@event
class OrganizationCreated(DomainEvent):
    """Packages above accounts seed their defaults for it (rejection reasons, prompts)."""

    organization_id: int


@event
class SessionsEnded(DomainEvent):
    """Browser sessions and API tokens of a user ended (logout, a revoked token, sign out
    everywhere; later a password change or reset, an erasure). Whatever rests on them must end
    too: realtime closes the live sockets opened with them."""

    user_id: int
    session_ids: tuple[int, ...] = ()
    token_ids: tuple[int, ...] = ()


@event
class PasswordResetRequested(DomainEvent):
    """Someone asked for a password reset of this account; notifications emails ``url`` to it.

    ``url`` ends in the secret token: it goes to the account's email only, and the repr leaves it out."""

    user_id: int
    url: str

    def __repr__(self) -> str:
        return f"PasswordResetRequested(user_id={self.user_id})"


@event
class EmailConfirmationRequested(DomainEvent):
    """A link confirming ``email`` for the user: their signup address, or (``old_email`` set) the new
    address of an email change, whose old address gets a notice. ``url`` holds the secret token."""

    user_id: int
    email: str
    url: str
    old_email: str = ""

    def __repr__(self) -> str:
        return f"EmailConfirmationRequested(user_id={self.user_id}, change={bool(self.old_email)})"


@event
class OrganizationConfirmed(DomainEvent):
    """The founding admin confirmed their address: the organization's held emails may go out."""

    organization_id: int


@event
class MemberInvited(DomainEvent):
    """An admin invited ``email`` to join the organization; notifications emails ``url`` to it.

    ``url`` ends in the secret token: it goes to that address only, and the repr leaves it out."""

    invitation_id: int
    organization_id: int
    email: str
    url: str

    def __repr__(self) -> str:
        return f"MemberInvited(invitation_id={self.invitation_id}, organization_id={self.organization_id})"


@event
class MembershipChanged(DomainEvent):
    """A user joined the organization (``role`` set on joining) or their role in it changed."""

    organization_id: int
    user_id: int
    role: str


@event
class MemberRemoved(DomainEvent):
    """A user is no longer a member of the organization: realtime takes their sockets out of its room."""

    organization_id: int
    user_id: int
