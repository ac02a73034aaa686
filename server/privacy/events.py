"""What happens to personal data."""

from __future__ import annotations

from datetime import datetime

from ..core.events import DomainEvent, event


@event
class ThreadAnonymised(DomainEvent):
    """The candidate side of a thread was anonymised (erasure or retention): notifications drops
    what it still had queued about the candidate's messages."""

    thread_id: int
    organization_id: int
    reason: str  # an AnonymisedBecause


@event
class AccountErased(DomainEvent):
    """A user deleted their account. The address is carried because the row is gone by the time
    subscribers run: notifications drops the unsent emails to it."""

    user_id: int
    email: str


@event
class RetentionNoticeDue(DomainEvent):
    """A closed, idle thread will be anonymised on ``anonymise_after``: the candidate is told."""

    thread_id: int
    to_email: str
    anonymise_after: datetime
