"""What happens to a bulk rejection."""

from __future__ import annotations

from ..core.events import DomainEvent, event


@event
class BulkJobQueued(DomainEvent):
    """An upload passed validation and waits for processing: the serving process starts on it at once
    (realtime/bulk.py); the worker loop picks it up otherwise (worker.py)."""

    job_id: int


@event
class BulkJobProgressed(DomainEvent):
    """Rows of the job got their outcomes (sent every few rows, and always when the job is done):
    the uploader's open pages move their progress bar."""

    job_id: int
    user_id: int | None  # the uploader (None: their account is gone)
    processed: int
    total: int
    rejected: int
    already_rejected: int
    failed: int
    done: bool
