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


@event
class FeedbackRevised(DomainEvent):
    """The author edited or withdrew a feedback message: everyone who sees the thread gets it again."""

    thread_id: int
    message_id: int


@event
class FeedbackRated(DomainEvent):
    thread_id: int
    feedback_id: int
    rating_id: int
