"""What happens to feedback. Notifications will subscribe (reminders, emails)."""

from __future__ import annotations

from ..core.events import DomainEvent, event


@event
class FeedbackRequested(DomainEvent):
    thread_id: int
    request_id: int


@event
class FeedbackGiven(DomainEvent):
    thread_id: int
    feedback_id: int
