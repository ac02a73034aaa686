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
