"""Domain events: what happened, recorded in the unit of work, dispatched around its commit.

Services record events (``record(MessagePosted(...))``) and know nothing of who
listens. Subscribers register per event type in one of two phases:

- ``IN_TRANSACTION``: runs just before the commit, when the state is final, inside
  the same transaction. It may write rows (an outbox email) or compute payloads
  from the state being committed and queue them with ``after_commit``.
- ``AFTER_COMMIT``: runs once the commit succeeded (a wake-up, a log line).

On rollback every recorded event is dropped: nothing is announced that did not
happen. Equal events recorded twice in one unit of work are dispatched once, at
the place of the last one (a status change followed by a message is announced
with both).
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, dataclass_transform


class DomainEvent:
    """Base of the events; subclasses are frozen dataclasses holding ids, not rows."""


E = TypeVar("E", bound=DomainEvent)
Handler = Callable[[Any], None]


class Phase(enum.Enum):
    IN_TRANSACTION = "in_transaction"
    AFTER_COMMIT = "after_commit"


_subscribers: dict[Phase, dict[type, list[Handler]]] = {phase: defaultdict(list) for phase in Phase}


def subscribe(*event_types: type[DomainEvent], phase: Phase = Phase.IN_TRANSACTION) -> Callable[[Handler], Handler]:
    """Registers the decorated function for the given event types (idempotent per function)."""

    def register(handler: Handler) -> Handler:
        for event_type in event_types:
            handlers = _subscribers[phase][event_type]
            if handler not in handlers:
                handlers.append(handler)
        return handler

    return register


def handlers_for(event: DomainEvent, phase: Phase) -> list[Handler]:
    found: list[Handler] = []
    for cls in type(event).__mro__:
        found += _subscribers[phase].get(cls, [])
    return found


def coalesce(events: list[DomainEvent]) -> list[DomainEvent]:
    """Equal events once, each at the position of its last occurrence."""
    last = {event: index for index, event in enumerate(events)}
    return [event for index, event in enumerate(events) if last[event] == index]


@dataclass_transform(frozen_default=True)  # tells type checkers the class is a frozen dataclass
def event(cls: type[E]) -> type[E]:
    """Decorator for event classes: a frozen, hashable dataclass."""
    return dataclass(frozen=True)(cls)
