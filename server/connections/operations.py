"""Staying in touch: each side opts in or out; connected only when both do."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Row, Select, Table, and_, func, select

from ..accounts.models import Organization, User
from ..core import statements
from ..core.errors import Conflict, Forbidden, Invalid, NotFound
from ..core.time import isoformat, utcnow
from ..core.transaction import operation, record
from ..extensions import db
from ..messaging.access import get_visible_thread, side_of
from ..messaging.facts import ThreadLike, join_part, joined
from ..messaging.models import MessageKind, Side, Thread
from ..messaging.operations import add_message, system_message, thread_changed
from ..messaging.summaries import summary_part
from .events import ConnectionChanged
from .links import claim_renew_token, claim_withdraw_token
from .models import Connection, ConsentAction, ConsentEvent, SummaryConnection, is_connected

DEFAULT_CONNECTION_MONTHS = 12
MAX_INTERESTS = 10
INTEREST_LIMIT = 80


def connection_for(thread: Thread, *, for_update: bool = False) -> Connection | None:
    if thread.candidate_user_id is None:
        return None
    query = select(Connection).where(
        Connection.candidate_user_id == thread.candidate_user_id,
        Connection.organization_id == thread.organization_id,
    )
    if for_update:  # two changes of one consent at once: the second waits and sees the first
        query = query.with_for_update().execution_options(populate_existing=True)
    return db.session.scalar(query)


# What a thread summary shows of a connection: its columns, read without loading Connection objects
# (every live message carries its thread's summary).
_SUMMARY_COLUMNS = (
    Connection.candidate_user_id,
    Connection.organization_id,
    Connection.candidate_opt_in,
    Connection.employer_opt_in,
    Connection.interests,
    Connection.expires_at,
    Connection.lapsed_at,
)
_LABELS = tuple(f"connection_{c.key}" for c in _SUMMARY_COLUMNS)


def _join_connection(query: Select[Any]) -> Select[Any]:
    threads = cast(Table, Thread.__table__)
    connections = cast(Table, Connection.__table__)
    return query.add_columns(*(c.label(label) for c, label in zip(_SUMMARY_COLUMNS, _LABELS, strict=True))).outerjoin(
        connections,
        and_(
            connections.c.candidate_user_id == threads.c.candidate_user_id,
            connections.c.organization_id == threads.c.organization_id,
        ),
    )


def _joined_connection(values: tuple[Any, ...]) -> SummaryConnection | None:
    return None if values[0] is None else SummaryConnection(*values)


# The thread's statement (a page of summaries, a live message) brings its connection along: the
# candidate and the organization are unique together, so it adds no row.
join_part("connection", _join_connection, _joined_connection)

# Built once: building a statement cost more than running it (every live message carries a summary).
_SUMMARY_CONNECTIONS = select(*_SUMMARY_COLUMNS).where(
    statements.AnyOf(Connection.candidate_user_id, "candidates"),
    statements.AnyOf(Connection.organization_id, "organizations"),
)


def connections_for(threads: Sequence[ThreadLike]) -> dict[int, Any]:
    """thread id -> its connection's summary columns: joined to the thread's statement, else in one
    query for a whole inbox page."""
    result: dict[int, Any] = {}
    pairs: dict[tuple[int, int], int] = {}
    for t in threads:
        came, connection = joined(t, "connection")
        if came:
            if connection is not None:
                result[t.id] = connection
        elif t.candidate_user_id:
            pairs[(t.candidate_user_id, t.organization_id)] = t.id
    if not pairs:
        return result
    rows = statements.execute(
        _SUMMARY_CONNECTIONS, {"candidates": list({c for c, _ in pairs}), "organizations": list({o for _, o in pairs})}
    )
    for row in rows:
        thread_id = pairs.get((row.candidate_user_id, row.organization_id))
        if thread_id is not None:
            result[thread_id] = row
    return result


@summary_part("connection")
def connection_summaries(threads: Sequence[ThreadLike]) -> dict[int, object]:
    """Every thread summary carries its connection, as both sides see it."""
    found = connections_for(threads)
    return {thread.id: serialize_connection(found.get(thread.id)) for thread in threads}


def serialize_connection(connection: Connection | SummaryConnection | Row[Any] | None) -> dict:
    if connection is None:
        return {"candidate_opt_in": False, "employer_opt_in": False, "connected": False, "expires_at": None}
    return {
        "candidate_opt_in": connection.candidate_opt_in,
        "employer_opt_in": connection.employer_opt_in,
        "connected": is_connected(connection, utcnow()),
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


def add_months(moment: datetime, months: int) -> datetime:
    """The same day ``months`` later (the month's last day where it is shorter)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def consent_period_end(organization_id: int, start: datetime) -> datetime:
    """When a consent period starting at ``start`` ends: the organization's connection_months later."""
    organization = db.session.get(Organization, organization_id)
    assert organization is not None
    return add_months(start, organization.connection_months or DEFAULT_CONNECTION_MONTHS)


def newest_thread(candidate_user_id: int, organization_id: int) -> Thread | None:
    """The candidate's newest thread with the organization: where consent changes are told."""
    return db.session.scalar(
        select(Thread)
        .where(Thread.candidate_user_id == candidate_user_id, Thread.organization_id == organization_id)
        .order_by(Thread.id.desc())
        .limit(1)
    )


@operation
def set_connection(user: User, thread_id: int, opt_in: bool, interests: list[str] | None = None) -> Connection:
    thread = get_visible_thread(user, thread_id)
    if thread.candidate_user_id is None:
        raise Conflict("The candidate has not joined this conversation yet.", code="candidate_not_joined")
    interests = _clean_interests(interests)
    connection = connection_for(thread, for_update=True)
    if connection is None:
        connection = Connection(
            candidate_user_id=thread.candidate_user_id,
            organization_id=thread.organization_id,
            interests=[],
            candidate_opt_in=False,
            employer_opt_in=False,
        )
        db.session.add(connection)
        db.session.flush()
    return change_consent(user, side_of(user), connection, thread, opt_in, interests)


def change_consent(
    actor: User,
    side: str,
    connection: Connection,
    thread: Thread | None,
    opt_in: bool,
    interests: list[str] | None,
    now: datetime | None = None,
) -> Connection:
    """One side's choice, inside the caller's operation: the new state and its ConsentEvent.

    The candidate's consent runs for one period (the organization's connection_months) from the
    moment both sides agree; only the candidate starts a new period (opting in again while connected
    renews it by a full period from now). The employer opting in again never extends the candidate's
    consent, and after a lapse only the candidate can connect the pair again."""
    now = now or utcnow()
    was_connected = connection.is_connected(now)
    action = ConsentAction.opt_out if not opt_in else ConsentAction.opt_in
    new_period = False
    if side == Side.candidate.value:
        stale = connection.expires_at is not None and connection.expires_at <= now
        changed_interests = interests is not None and interests != list(connection.interests or [])
        if not opt_in:
            connection.candidate_opt_in = False
            connection.expires_at = None
        elif was_connected:
            if changed_interests:
                action = ConsentAction.interests_changed
            else:
                action, new_period = ConsentAction.renew, True
        elif connection.candidate_opt_in and not stale and changed_interests:
            action = ConsentAction.interests_changed
        else:
            connection.candidate_opt_in = True
            if connection.employer_opt_in:
                new_period = True
            else:
                connection.expires_at = None  # consent given; its period starts when the employer agrees
        if interests is not None:
            connection.interests = interests
    else:
        connection.employer_opt_in = opt_in
        if opt_in and connection.candidate_opt_in and connection.expires_at is None:
            new_period = True
    if new_period:
        connection.expires_at = consent_period_end(connection.organization_id, now)
        connection.reminded_at = None
        connection.lapsed_at = None
    is_connected = connection.is_connected(now)
    if is_connected and not was_connected:
        connection.connected_since = now
    elif not is_connected:
        connection.connected_since = None
    connection.updated_at = now
    db.session.add(
        ConsentEvent(
            connection_id=connection.id,
            actor_id=actor.id,
            side=side,
            action=action.value,
            opt_in=connection.candidate_opt_in if side == Side.candidate.value else connection.employer_opt_in,
            interests=list(connection.interests or []) if side == Side.candidate.value else [],
            thread_id=thread.id if thread is not None else None,
            created_at=now,
        )
    )
    if is_connected != was_connected:
        if thread is not None:
            _announce(thread, is_connected, actor)
        record(ConnectionChanged(connection.id, thread.id if thread is not None else None, is_connected))
    if thread is not None:
        thread_changed(thread)
    return connection


def _announce(thread: Thread, connected: bool, actor: User) -> None:
    if connected:
        org = db.session.get(Organization, thread.organization_id)
        assert org is not None
        name = thread.candidacy.name
        # Said to no one in particular; the pages give each side its own sentence (meta.event).
        body = f"{name} and {org.name} are now connected: {org.name} may contact {name} about future roles."
        add_message(thread, None, MessageKind.system, body, meta={"event": "connected"})
    else:
        # The stored line names the actor; each side reads its own (meta.event).
        side = "candidate" if actor.is_candidate else "employer"
        system_message(
            thread, f"{actor.name} chose not to stay in touch. You are no longer connected.", event=f"{side}_opted_out"
        )


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
        "connected_since": isoformat(connection.connected_since),
        "interests": list(connection.interests or []),
        "thread_id": thread.id if thread is not None else None,
    }


# --- the candidate's history ---------------------------------------------------------------------


def consent_history(
    user: User, organization_id: int, limit: int = 100, after_id: int | None = None
) -> tuple[list[ConsentEvent], int | None]:
    """Every change of the candidate's consent with the organization, oldest first (candidates only:
    staff 403; no connection with that organization 404). Staff never read it: they see the state."""
    if not user.is_candidate:
        raise Forbidden("Only candidates have connections with organizations.", code="not_a_candidate")
    connection = db.session.scalar(
        select(Connection).where(Connection.candidate_user_id == user.id, Connection.organization_id == organization_id)
    )
    if connection is None:
        raise NotFound("You have no connection with that organization.")
    query = select(ConsentEvent).where(ConsentEvent.connection_id == connection.id)
    if after_id is not None:
        query = query.where(ConsentEvent.id > after_id)
    rows = list(db.session.scalars(query.order_by(ConsentEvent.id).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (rows[-1].id if more else None)


def histories(user: User, organization_ids: list[int]) -> dict[int, list[ConsentEvent]]:
    """organization id -> the candidate's consent history with it, oldest first (My connections page)."""
    if not user.is_candidate or not organization_ids:
        return {}
    rows = db.session.execute(
        select(Connection.organization_id, ConsentEvent)
        .join(ConsentEvent, ConsentEvent.connection_id == Connection.id)
        .where(Connection.candidate_user_id == user.id, Connection.organization_id.in_(organization_ids))
        .order_by(ConsentEvent.id)
    )
    found: dict[int, list[ConsentEvent]] = {}
    for organization_id, event in rows:
        found.setdefault(organization_id, []).append(event)
    return found


def history_out(event: ConsentEvent) -> dict:
    return {
        "action": event.action,
        "side": event.side,
        "at": isoformat(event.created_at),
        "interests": list(event.interests or []),
    }


# --- one-click links from emails (the token authenticates the candidate) ------------------------


def link_details(connection: Connection) -> dict:
    """What a renew or withdraw page shows: the organization, the current expiry and, for a renewal,
    the expiry it would get now."""
    organization = db.session.get(Organization, connection.organization_id)
    assert organization is not None
    return {
        "organization": organization,
        "expires_at": connection.expires_at,
        "renewed_until": consent_period_end(connection.organization_id, utcnow()),
    }


def _by_link(connection: Connection, opt_in: bool) -> Connection:
    candidate = db.session.get(User, connection.candidate_user_id)
    assert candidate is not None
    thread = newest_thread(connection.candidate_user_id, connection.organization_id)
    return change_consent(candidate, Side.candidate.value, connection, thread, opt_in, None)


@operation
def _renew_by_link(token: str) -> Connection:
    return _by_link(claim_renew_token(token), True)


@operation
def _withdraw_by_link(token: str) -> Connection:
    return _by_link(claim_withdraw_token(token), False)


def renew_by_link(token: str) -> Connection:
    """The reminder email's one-click renewal: a full new period from now (action renew), by the
    candidate. An entry point: it ends the request's read transaction first, so the link's claim is
    the first statement of its own (see links._claim)."""
    db.session.commit()
    return _renew_by_link(token)


def withdraw_by_link(token: str) -> Connection:
    """An email's one-click withdrawal (action opt_out): the organization may no longer contact them."""
    db.session.commit()
    return _withdraw_by_link(token)
