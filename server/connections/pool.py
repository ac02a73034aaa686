"""The talent pool: the candidates connected with an organization now (both sides opted in, consent
not expired), with their interests, since when they are connected and when they were last contacted.

Admins and recruiters see it; hiring managers get 403, anyone else 404. The interest filter and the
name search run in SQL on SQLite and PostgreSQL alike (``interests`` is a JSON array), so the pages
are exact: a page holds ``limit`` matching rows whenever that many are left.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import JSON, ColumnElement, and_, case, cast, exists, func, literal, or_, select

from ..accounts.access import MANAGE_CANDIDATES, require_membership
from ..accounts.models import Organization, User
from ..core.errors import Invalid
from ..core.time import isoformat, utcnow
from ..extensions import db
from ..messaging.models import Thread
from .models import Connection

INTEREST_LIMIT = 80
QUERY_LIMIT = 120


def connected_clause(now: datetime) -> ColumnElement[bool]:
    """Connection.is_connected(now), in SQL."""
    return and_(
        Connection.candidate_opt_in.is_(True),
        Connection.employer_opt_in.is_(True),
        or_(Connection.expires_at.is_(None), Connection.expires_at > now),
    )


def _interest_elements():
    """The elements of connections.interests as a table-valued function with a ``value`` column."""
    if db.session.get_bind().dialect.name == "postgresql":
        # A JSON array in practice; anything else counts as no interests instead of failing the query.
        array = case(
            (func.json_typeof(Connection.interests) == "array", Connection.interests),
            else_=cast(literal("[]"), JSON),
        )
        return func.json_array_elements_text(array).table_valued("value")
    return func.json_each(Connection.interests).table_valued("value")


def has_any_interest(interests: Iterable[str]) -> ColumnElement[bool]:
    """The connection lists at least one of ``interests``, compared case-insensitively.

    (SQLite's lower() folds ASCII letters only; PostgreSQL folds every letter.)"""
    lowered = sorted({interest.lower() for interest in interests})
    element = _interest_elements()
    return exists(select(literal(1)).select_from(element).where(func.lower(element.c.value).in_(lowered)))


def escape_like(text: str) -> str:
    """``text`` as a literal inside a LIKE pattern with ``escape="\\"``."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _clean_filter(value: str | None, field: str, limit: int) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    if len(value) > limit:
        raise Invalid("That filter is too long.", fields={field: f"At most {limit} characters."})
    return value or None


def require_pool_access(user: User, organization_id: int) -> Organization:
    """Admins and recruiters of the organization; hiring managers 403; anyone else 404."""
    return require_membership(user, organization_id, MANAGE_CANDIDATES)


def list_pool(
    user: User,
    organization_id: int,
    *,
    interest: str | None = None,
    q: str | None = None,
    limit: int = 50,
    before_id: int | None = None,
) -> tuple[list[tuple[Connection, User]], int | None]:
    """Connected candidates, newest connection row first: (rows, id to continue before, or None)."""
    require_pool_access(user, organization_id)
    interest = _clean_filter(interest, "interest", INTEREST_LIMIT)
    q = _clean_filter(q, "q", QUERY_LIMIT)
    query = (
        select(Connection, User)
        .join(User, User.id == Connection.candidate_user_id)
        .where(Connection.organization_id == organization_id, connected_clause(utcnow()))
    )
    if interest is not None:
        query = query.where(has_any_interest([interest]))
    if q is not None:
        query = query.where(User.name.ilike(f"%{escape_like(q)}%", escape="\\"))
    if before_id is not None:
        query = query.where(Connection.id < before_id)
    rows = [
        (connection, candidate)
        for connection, candidate in db.session.execute(query.order_by(Connection.id.desc()).limit(limit + 1))
    ]
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (rows[-1][0].id if more else None)


def pool_item(connection: Connection, candidate: User) -> dict:
    return {
        "candidate": {"id": candidate.id, "name": candidate.name},
        "interests": list(connection.interests or []),
        "connected_since": isoformat(connection.connected_since),
        "expires_at": isoformat(connection.expires_at),
        "last_contacted_at": isoformat(connection.last_contacted_at),
    }


def known_interests(user: User, organization_id: int) -> list[str]:
    """Every interest the organization's connected candidates gave, once each (case-insensitively),
    most frequent first: the choices offered when announcing a role."""
    require_pool_access(user, organization_id)
    counts: dict[str, int] = {}
    spelling: dict[str, str] = {}
    for interests in db.session.scalars(
        select(Connection.interests).where(Connection.organization_id == organization_id, connected_clause(utcnow()))
    ):
        for interest in interests or []:
            if not isinstance(interest, str) or not interest.strip():
                continue
            key = interest.lower()
            spelling.setdefault(key, interest)
            counts[key] = counts.get(key, 0) + 1
    return [spelling[key] for key in sorted(counts, key=lambda k: (-counts[k], k))]


def newest_threads(organization_id: int, candidate_ids: Iterable[int]) -> dict[int, Thread]:
    """candidate id -> their newest thread with the organization, in two queries."""
    ids = set(candidate_ids)
    if not ids:
        return {}
    found = db.session.execute(
        select(Thread.candidate_user_id, func.max(Thread.id))
        .where(Thread.organization_id == organization_id, Thread.candidate_user_id.in_(ids))
        .group_by(Thread.candidate_user_id)
    ).all()
    newest = {thread_id: candidate_id for candidate_id, thread_id in found if candidate_id is not None}
    threads = db.session.scalars(select(Thread).where(Thread.id.in_(set(newest))))
    return {newest[thread.id]: thread for thread in threads}
