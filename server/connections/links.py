"""Signed one-click links to renew or withdraw a stay-in-touch consent, for emails (no login needed).

A token is signed with SECRET_KEY under its own salt (a renewal token is no withdrawal token) and
carries the connection id and the connection's ``expires_at`` when the link was made. It only works
while the connection is still connected with that same ``expires_at``: once renewed (a new expiry),
withdrawn (no expiry) or lapsed, every earlier link is spent. Links also die after LINK_MAX_AGE.

Absolute URLs start with CANDOR_BASE_URL, like every emailed link: emails are written by the worker,
outside any request.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, cast

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import CursorResult, update

from ..core.errors import NotFound, ServiceError
from ..core.time import utcnow
from ..extensions import db
from .models import Connection

RENEW_SALT = "candor.connection.renew.v1"
WITHDRAW_SALT = "candor.connection.withdraw.v1"
LINK_MAX_AGE = timedelta(days=45)


class LinkGone(ServiceError):
    """A genuine link that no longer works: expired, already used, or the consent changed since."""

    status = 410
    code = "link_gone"


def _serializer(salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=salt)


def _stamp(expires_at: datetime | None) -> str | None:
    """The expiry to the microsecond: a renewal a moment later still changes it."""
    return expires_at.isoformat() if expires_at is not None else None


def make_renew_token(connection: Connection) -> str:
    return _serializer(RENEW_SALT).dumps([connection.id, _stamp(connection.expires_at)])


def make_withdraw_token(connection: Connection) -> str:
    return _serializer(WITHDRAW_SALT).dumps([connection.id, _stamp(connection.expires_at)])


def renew_url(connection: Connection) -> str:
    """The one-click renewal page of ``connection`` (for the consent reminder email)."""
    return f"{current_app.config['CANDOR_BASE_URL']}/connections/renew/{make_renew_token(connection)}"


def withdraw_url(connection: Connection) -> str:
    """The one-click withdrawal page of ``connection`` (reminder and announcement emails)."""
    return f"{current_app.config['CANDOR_BASE_URL']}/connections/withdraw/{make_withdraw_token(connection)}"


def _read(token: str, salt: str) -> tuple[int, str | None]:
    """(connection id, expiry stamp) of a genuine token. NotFound (404) for a token that is not ours,
    LinkGone (410) for an expired one."""
    try:
        data = _serializer(salt).loads(token, max_age=int(LINK_MAX_AGE.total_seconds()))
    except SignatureExpired as exc:
        raise LinkGone("This link has expired.", code="link_expired") from exc
    except BadSignature as exc:
        raise NotFound("This link is not valid.") from exc
    if (
        not isinstance(data, list)
        or len(data) != 2
        or not isinstance(data[0], int)
        or isinstance(data[0], bool)
        or not (data[1] is None or isinstance(data[1], str))
    ):
        raise NotFound("This link is not valid.")
    return data[0], data[1]


def _spent() -> LinkGone:
    return LinkGone("This link was already used, or your consent has changed since.", code="link_used")


def _load(token: str, salt: str, now: datetime | None) -> Connection:
    connection_id, stamp = _read(token, salt)
    connection = db.session.get(Connection, connection_id)
    if connection is None:
        raise NotFound("This link is not valid.")
    if (
        _stamp(connection.expires_at) != stamp
        or connection.lapsed_at is not None
        or not connection.is_connected(now or utcnow())
    ):
        raise _spent()
    return connection


def _claim(token: str, salt: str, now: datetime | None) -> Connection:
    """Like _load, for the use of the link: a conditional UPDATE that only matches while the link is
    current. Made the first statement of its transaction, it makes two clicks at once use the link
    once: on PostgreSQL the second waits for the first's row lock and then finds the expiry changed;
    on SQLite it waits for the write lock and then reads the first's commit."""
    connection_id, stamp = _read(token, salt)
    now = now or utcnow()
    if stamp is None:
        raise _spent()
    try:
        expires = datetime.fromisoformat(stamp).replace(tzinfo=None)
    except ValueError as exc:
        raise NotFound("This link is not valid.") from exc
    result = cast(
        CursorResult[Any],
        db.session.execute(
            update(Connection)
            .where(
                Connection.id == connection_id,
                Connection.candidate_opt_in,
                Connection.employer_opt_in,
                Connection.lapsed_at.is_(None),
                Connection.expires_at > now,
                Connection.expires_at == expires,
            )
            .values(updated_at=now)
            .execution_options(synchronize_session=False)
        ),
    )
    if result.rowcount != 1:
        if db.session.get(Connection, connection_id) is None:
            raise NotFound("This link is not valid.")
        raise _spent()
    connection = db.session.get(Connection, connection_id, populate_existing=True)
    assert connection is not None
    return connection


def load_renew_token(token: str, now: datetime | None = None) -> Connection:
    """The connection to renew, to show the page; raises NotFound (bad token) or LinkGone (expired,
    used, lapsed). Changes nothing."""
    return _load(token, RENEW_SALT, now)


def load_withdraw_token(token: str, now: datetime | None = None) -> Connection:
    """The connection to withdraw from, to show the page; raises NotFound (bad token) or LinkGone
    (expired, used, lapsed). Changes nothing."""
    return _load(token, WITHDRAW_SALT, now)


def claim_renew_token(token: str, now: datetime | None = None) -> Connection:
    """For the renewal itself (inside its operation, as the first statement): the connection, or
    NotFound / LinkGone as load_renew_token."""
    return _claim(token, RENEW_SALT, now)


def claim_withdraw_token(token: str, now: datetime | None = None) -> Connection:
    """For the withdrawal itself (inside its operation, as the first statement)."""
    return _claim(token, WITHDRAW_SALT, now)
