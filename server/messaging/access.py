"""Thread visibility: participants only; everyone else gets 404."""

from __future__ import annotations

from sqlalchemy import Select, false

from ..accounts.models import User
from ..core.errors import NotFound
from ..extensions import db
from .models import Side, Thread


def visible_threads_clause(user: User):
    if user.is_candidate:
        return Thread.candidate_user_id == user.id
    org_ids = user.organization_ids
    return Thread.organization_id.in_(org_ids) if org_ids else false()


def can_see(user: User, thread: Thread) -> bool:
    if user.is_candidate:
        return thread.candidate_user_id == user.id
    return thread.organization_id in user.organization_ids


def get_visible_thread(user: User, thread_id: int, *, for_update: bool = False) -> Thread:
    thread = db.session.get(Thread, thread_id, with_for_update={"of": Thread} if for_update else None)
    if thread is None or not can_see(user, thread):
        raise NotFound("Conversation not found.")
    return thread


def side_of(user: User) -> str:
    return Side.candidate.value if user.is_candidate else Side.employer.value


def restrict(query: Select, user: User) -> Select:
    return query.where(visible_threads_clause(user))
