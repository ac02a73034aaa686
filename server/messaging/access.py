"""Thread visibility: participants only; everyone else gets 404.

Per organization, by role: admins and recruiters see every thread of the organization; a hiring
manager sees a thread assigned to them, or a thread of a position assigned to them. A user may have
different roles in several organizations; ``visible_threads_clause`` is one SQL condition for all of
them, and ``can_see`` the same rule for one loaded thread (no query: the thread's candidacy and
position are loaded with it).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, and_, column, false, or_, select, table

from ..accounts.access import FULL_ACCESS, HIRING_MANAGER, organizations_by_access, staff_roles
from ..accounts.models import User
from ..core.errors import NotFound
from ..extensions import db
from .facts import ThreadFacts, ThreadLike, thread_facts
from .models import Side, Thread

# hiring sits above messaging: its table is named here, not imported.
_positions = table("positions", column("id"), column("assignee_id"))


def positions_assigned_to(user_id: int | None):
    """A subquery: the ids of the positions assigned to the user (None: to nobody)."""
    assignee = _positions.c.assignee_id
    return select(_positions.c.id).where(assignee.is_(None) if user_id is None else assignee == user_id)


def handled_by_clause(user_id: int):
    """Threads assigned to the user, directly or through their position."""
    return or_(Thread.assignee_id == user_id, Thread.position_id.in_(positions_assigned_to(user_id)))


def handler_clause(user_id: int | None):
    """Threads the user handles: assigned to them, or unassigned in a position assigned to them.
    With None: threads nobody handles (neither they nor their position have an assignee)."""
    in_positions = Thread.position_id.in_(positions_assigned_to(user_id))
    if user_id is None:
        return and_(Thread.assignee_id.is_(None), in_positions)
    return or_(Thread.assignee_id == user_id, and_(Thread.assignee_id.is_(None), in_positions))


def visible_threads_clause(user: User):
    if user.is_candidate:
        return Thread.candidate_user_id == user.id
    full, limited = organizations_by_access(user)
    clauses: list[ColumnElement[bool]] = []
    if full:
        clauses.append(Thread.organization_id.in_(full))
    if limited:
        clauses.append(and_(Thread.organization_id.in_(limited), handled_by_clause(user.id)))
    return or_(*clauses) if clauses else false()


def position_assignee_id(thread: ThreadLike) -> int | None:
    return thread.candidacy.position.assignee_id


def is_assigned(user_id: int, thread: ThreadLike) -> bool:
    return user_id in (thread.assignee_id, position_assignee_id(thread))


def can_see(user: User, thread: ThreadLike) -> bool:
    if user.is_candidate:
        return thread.candidate_user_id == user.id
    role = user.role_in(thread.organization_id) if user.is_staff else None
    if role in FULL_ACCESS:
        return True
    return role == HIRING_MANAGER and is_assigned(user.id, thread)


def staff_viewers(thread: ThreadLike) -> list[int]:
    """Ids of the staff who see the thread: the organization's admins and recruiters, and its hiring
    managers the thread or its position is assigned to."""
    assigned = {i for i in (thread.assignee_id, position_assignee_id(thread)) if i is not None}
    return [
        user_id
        for user_id, role in staff_roles(thread.organization_id)
        if role in FULL_ACCESS or (role == HIRING_MANAGER and user_id in assigned)
    ]


def get_visible_thread(user: User, thread_id: int, *, for_update: bool = False) -> Thread:
    thread = db.session.get(Thread, thread_id, with_for_update={"of": Thread} if for_update else None)
    if thread is None or not can_see(user, thread):
        raise NotFound("Conversation not found.")
    return thread


def get_visible_thread_facts(user: User, thread_id: int) -> ThreadFacts:
    """The same rule as ``get_visible_thread``, read into plain values in one statement (the live
    message path: facts.py)."""
    thread = thread_facts(thread_id)
    if thread is None or not can_see(user, thread):
        raise NotFound("Conversation not found.")
    return thread


def side_of(user: User) -> str:
    return Side.candidate.value if user.is_candidate else Side.employer.value


def restrict(query: Select, user: User) -> Select:
    return query.where(visible_threads_clause(user))
