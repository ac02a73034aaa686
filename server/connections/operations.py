"""Staying in touch: each side opts in or out; connected only when both do."""

from __future__ import annotations

from datetime import timedelta

from flask import current_app
from sqlalchemy import func, select

from ..accounts.models import Organization, User
from ..core.errors import Conflict, Forbidden, Invalid
from ..core.time import isoformat, utcnow
from ..core.transaction import operation, record
from ..extensions import db
from ..messaging.access import get_visible_thread, side_of
from ..messaging.models import Thread
from ..messaging.operations import system_message, thread_changed
from ..messaging.summaries import summary_part
from .events import ConnectionChanged
from .models import Connection, ConsentAction, ConsentEvent

MAX_INTERESTS = 10
INTEREST_LIMIT = 80


def connection_for(thread: Thread) -> Connection | None:
    if thread.candidate_user_id is None:
        return None
    return db.session.scalar(
        select(Connection).where(
            Connection.candidate_user_id == thread.candidate_user_id,
            Connection.organization_id == thread.organization_id,
        )
    )


def connections_for(threads: list[Thread]) -> dict[int, Connection]:
    """thread id -> connection, in one query for a whole inbox page."""
    pairs = {(t.candidate_user_id, t.organization_id): t.id for t in threads if t.candidate_user_id}
    if not pairs:
        return {}
    rows = db.session.scalars(
        select(Connection).where(
            Connection.candidate_user_id.in_({c for c, _ in pairs}),
            Connection.organization_id.in_({o for _, o in pairs}),
        )
    )
    result = {}
    for row in rows:
        thread_id = pairs.get((row.candidate_user_id, row.organization_id))
        if thread_id is not None:
            result[thread_id] = row
    return result


@summary_part("connection")
def connection_summaries(threads: list[Thread]) -> dict[int, object]:
    """Every thread summary carries its connection, as both sides see it."""
    found = connections_for(threads)
    return {thread.id: serialize_connection(found.get(thread.id)) for thread in threads}


def serialize_connection(connection: Connection | None) -> dict:
    if connection is None:
        return {"candidate_opt_in": False, "employer_opt_in": False, "connected": False, "expires_at": None}
    return {
        "candidate_opt_in": connection.candidate_opt_in,
        "employer_opt_in": connection.employer_opt_in,
        "connected": connection.is_connected(utcnow()),
        "expires_at": isoformat(connection.expires_at),
        "interests": list(connection.interests or []),
    }


def _clean_interests(interests: list[str] | None) -> list[str] | None:
    if interests is None:
        return None
    if len(interests) > MAX_INTERESTS:
        raise Invalid(f"At most {MAX_INTERESTS} interests.", fields={"interests": f"At most {MAX_INTERESTS}."})
    cleaned: list[str] = []
    for item in interests:
        item = " ".join(str(item).split())
        if not item:
            continue
        if len(item) > INTEREST_LIMIT:
            raise Invalid(
                "An interest is too long.", fields={"interests": f"Each at most {INTEREST_LIMIT} characters."}
            )
        if item.lower() not in {c.lower() for c in cleaned}:
            cleaned.append(item)
    return cleaned


@operation
def set_connection(user: User, thread_id: int, opt_in: bool, interests: list[str] | None = None) -> Connection:
    thread = get_visible_thread(user, thread_id)
    if thread.candidate_user_id is None:
        raise Conflict("The candidate has not joined this conversation yet.", code="candidate_not_joined")
    interests = _clean_interests(interests)
    connection = connection_for(thread)
    if connection is None:
        connection = Connection(
            candidate_user_id=thread.candidate_user_id,
            organization_id=thread.organization_id,
            interests=[],
            candidate_opt_in=False,
            employer_opt_in=False,
        )
        db.session.add(connection)
    was_connected = bool(connection.is_connected(utcnow()))
    side = side_of(user)
    if side == "candidate":
        connection.candidate_opt_in = opt_in
        if interests is not None:
            connection.interests = interests
    else:
        connection.employer_opt_in = opt_in
    now = utcnow()
    if connection.candidate_opt_in and connection.employer_opt_in and opt_in:
        # Each opt-in while both agree renews the consent period.
        connection.expires_at = now + timedelta(days=current_app.config["CONNECTION_TTL_DAYS"])
    elif not opt_in:
        connection.expires_at = None
    connection.updated_at = now
    db.session.flush()
    db.session.add(
        ConsentEvent(
            connection_id=connection.id,
            actor_id=user.id,
            side=side,
            action=ConsentAction.opt_in.value if opt_in else ConsentAction.opt_out.value,
            opt_in=opt_in,
            interests=interests or [],
            thread_id=thread.id,
            created_at=now,
        )
    )
    is_connected = connection.is_connected(now)
    if is_connected != was_connected:
        _announce(thread, is_connected, user)
        record(ConnectionChanged(connection.id, thread.id, is_connected))
    thread_changed(thread)
    return connection


def _announce(thread: Thread, connected: bool, actor: User) -> None:
    if connected:
        org = db.session.get(Organization, thread.organization_id)
        assert org is not None
        system_message(thread, f"You are now connected: {org.name} may contact you about future roles.")
    else:
        system_message(thread, f"{actor.name} chose not to stay in touch. You are no longer connected.")


def list_my_connections(
    user: User, limit: int = 50, before_id: int | None = None
) -> tuple[list[tuple[Connection, Thread | None]], int | None]:
    """The candidate's own connections, one per organization, newest first, each with the candidate's
    newest thread with that organization (where renewing or withdrawing happens). Staff: 403."""
    if not user.is_candidate:
        raise Forbidden("Only candidates have connections with organizations.", code="not_a_candidate")
    query = select(Connection).where(Connection.candidate_user_id == user.id)
    if before_id is not None:
        query = query.where(Connection.id < before_id)
    rows = list(db.session.scalars(query.order_by(Connection.id.desc()).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    found = db.session.execute(
        select(Thread.organization_id, func.max(Thread.id))
        .where(Thread.candidate_user_id == user.id, Thread.organization_id.in_({c.organization_id for c in rows}))
        .group_by(Thread.organization_id)
    )
    newest: dict[int, int] = {organization_id: thread_id for organization_id, thread_id in found}
    threads = {t.id: t for t in db.session.scalars(select(Thread).where(Thread.id.in_(set(newest.values()))))}
    pairs = [(c, threads.get(newest.get(c.organization_id, 0))) for c in rows]
    return pairs, (rows[-1].id if more else None)


@operation
def set_my_connection(user: User, thread_id: int, opt_in: bool) -> Connection:
    """The candidate's My connections page: renew (opt in again, interests kept) or withdraw."""
    if not user.is_candidate:
        raise Forbidden("Only candidates have connections with organizations.", code="not_a_candidate")
    return set_connection(user, thread_id, opt_in)


def my_connection_out(connection: Connection, thread: Thread | None) -> dict:
    organization = db.session.get(Organization, connection.organization_id)
    assert organization is not None
    return {
        "organization": {"id": organization.id, "name": organization.name},
        "connected": connection.is_connected(utcnow()),
        "candidate_opt_in": connection.candidate_opt_in,
        "employer_opt_in": connection.employer_opt_in,
        "expires_at": isoformat(connection.expires_at),
        "interests": list(connection.interests or []),
        "thread_id": thread.id if thread is not None else None,
    }
