"""A thread and a message as plain values, for the live message path.

Posting a message is the request Candor serves most, and loading the thread through the ORM (the
thread, its organization, candidacy and position as objects) and writing the message through the
unit of work were a third of its cost. ``post_message`` reads what it needs in one statement into a
``ThreadFacts`` and writes the message with Core (operations.py). The rules take either shape:
``can_see``, ``require_open``, the summaries and the notification recipients read the same attribute
names from an ORM ``Thread`` and from ``ThreadFacts`` (``ThreadLike``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import DateTime, Integer, String, text

from ..core.transaction import held
from ..extensions import db
from .models import Message, Thread


class Named(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...


class PositionLike(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def assignee_id(self) -> int | None: ...


class CandidacyLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def position(self) -> PositionLike: ...


class ThreadLike(Protocol):
    """What the rules and the summaries read of a thread: an ORM ``Thread`` or ``ThreadFacts``."""

    @property
    def id(self) -> int: ...
    @property
    def organization_id(self) -> int: ...
    @property
    def candidate_user_id(self) -> int | None: ...
    @property
    def assignee_id(self) -> int | None: ...
    @property
    def status(self) -> str: ...
    @property
    def feedback_due_at(self) -> datetime | None: ...
    @property
    def last_message_at(self) -> datetime | None: ...
    @property
    def organization(self) -> Named: ...
    @property
    def candidacy(self) -> CandidacyLike: ...
    @property
    def assignee(self) -> Named | None: ...


@dataclass(frozen=True, slots=True)
class Ref:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class PositionFacts:
    id: int
    title: str
    assignee_id: int | None


@dataclass(frozen=True, slots=True)
class CandidacyFacts:
    id: int
    name: str
    position: PositionFacts


@dataclass(slots=True)
class ThreadFacts:
    id: int
    organization_id: int
    candidacy_id: int
    candidate_user_id: int | None
    assignee_id: int | None
    status: str
    feedback_due_at: datetime | None
    last_message_at: datetime | None
    organization: Ref
    candidacy: CandidacyFacts
    assignee: Ref | None


@dataclass(frozen=True, slots=True)
class PostedMessage:
    """A message just written by ``post_message``: what its live event, its ack and its notification
    rows need, with the attribute names of the ORM ``Message``."""

    id: int
    thread_id: int
    author: Ref | None
    author_id: int | None
    side: str
    kind: str
    body: str
    html: str
    client_id: str | None
    created_at: datetime
    meta: dict[str, Any] | None = None
    edited_at: datetime | None = None
    withdrawn_at: datetime | None = None


# hiring sits above messaging: its tables are named in the statement, not imported.
_THREAD_FACTS = text(
    "SELECT t.id, t.organization_id, t.candidacy_id, t.candidate_user_id, t.assignee_id, t.status,"
    " t.feedback_due_at, t.last_message_at, o.name AS organization_name, c.name AS candidacy_name,"
    " p.id AS position_id, p.title AS position_title, p.assignee_id AS position_assignee_id,"
    " a.name AS assignee_name"
    " FROM threads t"
    " JOIN organizations o ON o.id = t.organization_id"
    " JOIN candidacies c ON c.id = t.candidacy_id"
    " JOIN positions p ON p.id = c.position_id"
    " LEFT JOIN users a ON a.id = t.assignee_id"
    " WHERE t.id = :thread_id"
).columns(
    id=Integer,
    organization_id=Integer,
    candidacy_id=Integer,
    candidate_user_id=Integer,
    assignee_id=Integer,
    status=String,
    feedback_due_at=DateTime,
    last_message_at=DateTime,
    organization_name=String,
    candidacy_name=String,
    position_id=Integer,
    position_title=String,
    position_assignee_id=Integer,
    assignee_name=String,
)


def thread_facts(thread_id: int) -> ThreadFacts | None:
    """One statement: the thread with what its summary and its access rule read."""
    db.session.flush()  # Core statements do not autoflush: what this unit of work changed is read too
    row = db.session.connection().execute(_THREAD_FACTS, {"thread_id": thread_id}).first()
    if row is None:
        return None
    position = PositionFacts(row.position_id, row.position_title, row.position_assignee_id)
    return ThreadFacts(
        id=row.id,
        organization_id=row.organization_id,
        candidacy_id=row.candidacy_id,
        candidate_user_id=row.candidate_user_id,
        assignee_id=row.assignee_id,
        status=row.status,
        feedback_due_at=row.feedback_due_at,
        last_message_at=row.last_message_at,
        organization=Ref(row.organization_id, row.organization_name),
        candidacy=CandidacyFacts(row.candidacy_id, row.candidacy_name, position),
        assignee=Ref(row.assignee_id, row.assignee_name) if row.assignee_id is not None else None,
    )


def event_thread(thread_id: int) -> Thread | ThreadFacts | None:
    """The thread of a domain event: the values ``post_message`` held, or the ORM row."""
    return held(("thread", thread_id)) or db.session.get(Thread, thread_id)


def event_message(message_id: int) -> Message | PostedMessage | None:
    """The message of a domain event: the values ``post_message`` held, or the ORM row."""
    return held(("message", message_id)) or db.session.get(Message, message_id)
