"""What happens to accounts and organizations."""

from __future__ import annotations

from ..core.events import DomainEvent, event


@event
class OrganizationCreated(DomainEvent):
    """Packages above accounts seed their defaults for it (rejection reasons, prompts)."""

    organization_id: int
