"""A thread and a message as plain values, for the live message path.

Posting a message is the request Candor serves most, and loading the thread through the ORM (the
thread, its organization, candidacy and position as objects) and writing the message through the
unit of work were a third of its cost. ``post_message`` reads what it needs in one statement into a
``ThreadFacts`` and writes the message with Core (operations.py). The rules take either shape:
``can_see``, ``require_open``, the summaries and the notification recipients read the same attribute
names from an ORM ``Thread`` and from ``ThreadFacts`` (``ThreadLike``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, cast

from sqlalchemy import Row, Select, Table, bindparam, column, select, table

from ..accounts.models import Organization, User
from ..core import statements
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
    # What packages above messaging joined to the statement (``join_part``), by part name.
    joined: dict[str, object] = field(default_factory=dict)


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


# hiring sits above messaging: its tables are named here, not imported (as access.py does).
_candidacies = table("candidacies", column("id"), column("name"), column("position_id"))
_positions = table("positions", column("id"), column("title"), column("assignee_id"))
_threads = cast(Table, Thread.__table__)
_organizations = cast(Table, Organization.__table__)
_assignees = cast(Table, User.__table__).alias("assignees")

# The thread with what its summary and its access rule read; ``thread_facts`` takes one, the thread
# list a page (search.py adds its conditions and order). Tables, not mapped classes: built at import.
FACTS: Select[Any] = (
    select(
        _threads.c.id,
        _threads.c.organization_id,
        _threads.c.candidacy_id,
        _threads.c.candidate_user_id,
        _threads.c.assignee_id,
        _threads.c.status,
        _threads.c.feedback_due_at,
        _threads.c.last_message_at,
        _organizations.c.name.label("organization_name"),
        _candidacies.c.name.label("candidacy_name"),
        _positions.c.id.label("position_id"),
        _positions.c.title.label("position_title"),
        _positions.c.assignee_id.label("position_assignee_id"),
        _assignees.c.name.label("assignee_name"),
    )
    .join(_organizations, _organizations.c.id == _threads.c.organization_id)
    .join(_candidacies, _candidacies.c.id == _threads.c.candidacy_id)
    .join(_positions, _positions.c.id == _candidacies.c.position_id)
    .outerjoin(_assignees, _assignees.c.id == _threads.c.assignee_id)
)
_ONE = FACTS.where(_threads.c.id == bindparam("thread_id"))
_BASE = len(FACTS.selected_columns)
# name -> (its first column, past its last, what it makes of those values): the parts joined to the
# statement, after the thread's own columns.
_JOINED: dict[str, tuple[int, int, Callable[[tuple[Any, ...]], object]]] = {}


def join_part(
    name: str, add: Callable[[Select[Any]], Select[Any]], extract: Callable[[tuple[Any, ...]], object]
) -> None:
    """Lets a package above messaging join what its summary part shows to the thread's statement (one
    row per thread at most), so that a page of summaries or a live message needs no statement of its
    own for it. ``add`` appends its columns and joins; ``extract`` makes the part's value of those
    columns' values, in order, and it lands in ``ThreadFacts.joined``. Called at import."""
    global FACTS, _ONE
    start = len(FACTS.selected_columns)
    FACTS = add(FACTS)
    _ONE = FACTS.where(_threads.c.id == bindparam("thread_id"))
    _JOINED[name] = (start, len(FACTS.selected_columns), extract)


def joined(thread: object, name: str) -> tuple[bool, object]:
    """(True, value) when the thread came with the part ``name`` joined, else (False, None)."""
    parts = getattr(thread, "joined", None)
    if parts is not None and name in parts:
        return True, parts[name]
    return False, None


def from_row(row: Row[Any]) -> ThreadFacts:
    # By position: a page is 50 rows, and reading a row's fields by name cost more than the query.
    values = tuple(row)
    (
        thread_id,
        organization_id,
        candidacy_id,
        candidate_user_id,
        assignee_id,
        status,
        feedback_due_at,
        last_message_at,
        organization_name,
        candidacy_name,
        position_id,
        position_title,
        position_assignee_id,
        assignee_name,
    ) = values[:_BASE]
    return ThreadFacts(
        thread_id,
        organization_id,
        candidacy_id,
        candidate_user_id,
        assignee_id,
        status,
        feedback_due_at,
        last_message_at,
        Ref(organization_id, organization_name),
        CandidacyFacts(candidacy_id, candidacy_name, PositionFacts(position_id, position_title, position_assignee_id)),
        Ref(assignee_id, assignee_name) if assignee_id is not None else None,
        {name: extract(values[start:end]) for name, (start, end, extract) in _JOINED.items()},
    )


def run(statement: Select[Any], params: dict[str, Any] | None = None) -> list[ThreadFacts]:
    """The facts of the threads a ``FACTS`` statement selects, in its order."""
    return [from_row(row) for row in statements.execute(statement, params)]


def thread_facts(thread_id: int) -> ThreadFacts | None:
    """One statement: the thread with what its summary and its access rule read."""
    found = run(_ONE, {"thread_id": thread_id})
    return found[0] if found else None


def event_thread(thread_id: int) -> Thread | ThreadFacts | None:
    """The thread of a domain event: the values ``post_message`` held, or the ORM row."""
    return held(("thread", thread_id)) or db.session.get(Thread, thread_id)


def event_message(message_id: int) -> Message | PostedMessage | None:
    """The message of a domain event: the values ``post_message`` held, or the ORM row."""
    return held(("message", message_id)) or db.session.get(Message, message_id)
