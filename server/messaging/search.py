"""Finding a thread: the inbox's search and filters, for the page and ``GET /api/v1/threads``.

Every filter narrows the threads the caller sees (``access.visible_threads_clause``) and never widens
them: a hiring manager searching finds only their own threads, and a position, an assignee or a name
of someone else's organization simply matches nothing (an empty list, never a 404: nothing is
queried to tell "not yours" from "no such id", so an id cannot be probed).

The search matches the candidate's name or email as the candidacy holds them (what the inbox shows),
case-insensitively: each word of ``q`` must occur in the name or the email. (SQLite's lower() folds
ASCII letters only; PostgreSQL folds every letter.) LIKE wildcards in ``q`` are matched literally.
One query for the page, however many filters: each filter is a condition, not a query of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, TypeVar

from sqlalchemy import BindParameter, ColumnElement, Select, and_, bindparam, column, or_, select, table, tuple_
from sqlalchemy.orm import selectinload

from ..accounts.models import User
from ..core.errors import Invalid
from ..core.ids import MAX_ID, in_range
from ..core.text import CONTROL, CONTROL_MESSAGE
from ..core.time import utcnow
from ..extensions import db
from . import facts
from .access import handler_clause, visible_threads_clause
from .facts import ThreadFacts
from .models import Thread, ThreadStatus
from .operations import assignee_filter


class _Listed(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def last_message_at(self) -> datetime | None: ...


T = TypeVar("T", bound=_Listed)

QUERY_LIMIT = 200
# More words than a name and an email hold make no better search, only a longer query.
MAX_TERMS = 8

# hiring sits above messaging: its table is named here, not imported (as access.py does).
_candidacies = table("candidacies", column("id"), column("name"), column("email"))


@dataclass(frozen=True)
class ThreadFilters:
    """What a thread list keeps; the defaults keep everything the caller sees."""

    status: str | None = None
    # "me", "none" or a user id (text or a number): the threads that person handles.
    assignee: str | int | None = None
    q: str | None = None
    position_id: int | None = None
    # Feedback requested and its reply target passed.
    overdue: bool = False


def clean_query(q: str | None) -> str | None:
    """The search text with its spaces collapsed; None when empty; 422 past QUERY_LIMIT characters
    or with control characters."""
    if q is None:
        return None
    if len(q) > QUERY_LIMIT:
        raise Invalid("That search is too long.", fields={"q": f"At most {QUERY_LIMIT} characters."})
    if CONTROL.search(q):
        # PostgreSQL refuses a NUL in text outright (a 500): no name or email holds one anyway.
        raise Invalid("That search has characters no name or email has.", fields={"q": CONTROL_MESSAGE})
    return " ".join(q.split()) or None


def escape_like(text: str) -> str:
    """``text`` as a literal inside a LIKE pattern with ``escape="\\"``."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _matches(q: str) -> ColumnElement[bool]:
    """Every word of ``q`` occurs in the candidacy's name or email, whatever the case.

    ILIKE on the bare columns, so that PostgreSQL's trigram indexes on them serve it (a word of three
    letters or more; migration b5d9e2a7c4f1); SQLite gets lower(column) LIKE lower(pattern)."""
    terms = q.lower().split()[:MAX_TERMS]
    name, email = _candidacies.c.name, _candidacies.c.email
    return and_(
        *(
            or_(name.ilike(f"%{escape_like(t)}%", escape="\\"), email.ilike(f"%{escape_like(t)}%", escape="\\"))
            for t in terms
        )
    )


def _check_position_id(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not in_range(value):
        raise Invalid("Unknown position.", fields={"position_id": f"A position id from 1 to {MAX_ID}."})
    return value


def filters_clause(user: User, filters: ThreadFilters, now: datetime | None = None) -> ColumnElement[bool]:
    """The threads the user sees that pass the filters, as one SQL condition (422 for a bad filter)."""
    conditions: list[ColumnElement[bool]] = [visible_threads_clause(user)]
    if filters.status is not None:
        if filters.status not in set(ThreadStatus):
            raise Invalid("Unknown status.", fields={"status": "One of: " + ", ".join(ThreadStatus)})
        conditions.append(Thread.status == filters.status)
    handler = assignee_filter(user, filters.assignee)
    if handler is not False:
        conditions.append(handler_clause(handler))
    q = clean_query(filters.q)
    position_id = _check_position_id(filters.position_id)
    if position_id is not None:
        conditions.append(Thread.position_id == position_id)
    if q is not None:
        conditions.append(Thread.candidacy_id.in_(select(_candidacies.c.id).where(_matches(q))))
    if filters.overdue:
        conditions.append(
            and_(
                Thread.status == ThreadStatus.feedback_requested.value,
                Thread.feedback_due_at.is_not(None),
                Thread.feedback_due_at <= (now or utcnow()),
            )
        )
    return and_(*conditions)


def _page(query: Select[Any], user: User, filters: ThreadFilters, limit: int, cursor: tuple | None) -> Select[Any]:
    """One page of the threads the user sees that pass the filters, most recent activity first, and
    one more to tell whether another page follows."""
    query = query.where(filters_clause(user, filters))
    if cursor is not None:
        at, last_id = cursor
        # A row value, so the index seeks to the cursor (an OR walked every newer thread first).
        query = query.where(tuple_(Thread.last_message_at, Thread.id) < (at, last_id))
    # The page size as a literal in the SQL: with a LIMIT parameter PostgreSQL never takes the prepared
    # statement's generic plan (it costs a generic LIMIT as a tenth of the rows) and planned the page
    # again on every request, 1 to 3 ms against under 1 ms to run it. A search keeps the parameter:
    # its best plan depends on how many candidates the words match, so it is planned each time.
    size: BindParameter[int] | int = (
        bindparam("page_size", limit + 1, literal_execute=True) if filters.q is None else limit + 1
    )
    return query.order_by(Thread.last_message_at.desc(), Thread.id.desc()).limit(size)


def _cut(rows: list[T], limit: int) -> tuple[list[T], tuple | None]:
    """The page and the cursor after it: (last_message_at, id) of its last item, or None."""
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    return rows, (rows[-1].last_message_at, rows[-1].id)


def search_threads(
    user: User, filters: ThreadFilters, limit: int = 50, cursor: tuple | None = None
) -> tuple[list[Thread], tuple | None]:
    """The threads the user sees, most recent activity first, with every filter, in one query (the
    inbox page, which shows more of each thread than its summary)."""
    # A summary names the assignee; their memberships are not needed (loaded only if something asks).
    query = select(Thread).options(selectinload(Thread.assignee).lazyload(User.memberships))
    return _cut(list(db.session.scalars(_page(query, user, filters, limit, cursor))), limit)


def search_thread_facts(
    user: User, filters: ThreadFilters, limit: int = 50, cursor: tuple | None = None
) -> tuple[list[ThreadFacts], tuple | None]:
    """The same page as ``search_threads``, as plain values (the thread list API: only summaries)."""
    return _cut(facts.run(_page(facts.FACTS, user, filters, limit, cursor)), limit)
