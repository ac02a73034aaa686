"""Socket.IO handlers: identity on connect, then send, typing and read.

Every event is authorized through the same services the web pages and the API
use; only the transport differs. Who the socket is was established on connect
and is kept with it (identity.py); the socket ends with its session (session_end.py).
"""

from __future__ import annotations

import logging
import time
from typing import Any

from flask import request
from flask_login import current_user
from flask_socketio import ConnectionRefusedError, disconnect, join_room
from pydantic import BaseModel, ConfigDict, ValidationError

from ..accounts.access import organizations_by_access
from ..accounts.operations import user_for_token
from ..accounts.session import current_browser_session
from ..core import rate_limits
from ..core.errors import RateLimited, ServiceError
from ..core.ids import NO_ID, in_range
from ..core.text import CONTROL_MESSAGE, field_with_control_characters
from ..extensions import db, socketio
from ..messaging import operations
from ..messaging.access import get_visible_thread
from ..messaging.serializers import serialize_message
from . import identity
from .rooms import org_room, thread_rooms, user_room
from .session_end import Credential, Kind, Staff, forget, track
from .subscribers import posted_payload

log = logging.getLogger(__name__)

TYPING_INTERVAL = 2.0  # seconds; clients send at most this often, extra ones are dropped
_last_typing: dict[tuple[str, int], float] = {}


class _Event(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


class SendEvent(_Event):
    thread_id: int
    body: str
    client_id: str | None = None
    acknowledge_risks: bool = False


class TypingEvent(_Event):
    thread_id: int


class ReadEvent(_Event):
    thread_id: int
    message_id: int


def _sid() -> str:
    """This connection's Socket.IO session id (Flask-SocketIO sets it on the request)."""
    return request.sid  # type: ignore[attr-defined]


SOCKET_EVENTS = "CANDOR_SOCKET_EVENT_LIMIT"  # per connection, every event


def _error(code: str, message: str, fields: dict | None = None, retry_after: int | None = None) -> dict:
    error: dict[str, Any] = {"code": code, "message": message}
    if fields:
        error["fields"] = fields
    if retry_after is not None:
        error["retry_after"] = retry_after  # seconds, as HTTP's Retry-After
    return {"ok": False, "error": error}


def _parse(model: type[_Event], data):
    if not isinstance(data, dict):
        return None, _error("bad_request", "Send an object.")
    field = field_with_control_characters(data)
    if field:
        return None, _error("validation_failed", "Some fields need attention.", {field: CONTROL_MESSAGE})
    try:
        event = model.model_validate(data)
    except ValidationError as exc:
        fields = {".".join(map(str, e["loc"])) or "body": e["msg"] for e in exc.errors()}
        return None, _error("validation_failed", "Some fields need attention.", fields)
    # An id past the database's range is one that does not exist (as in every route: core/ids.py).
    for name in ("thread_id", "message_id"):
        if not in_range(getattr(event, name, 1)):
            setattr(event, name, NO_ID)
    return event, None


@socketio.on("connect")
def on_connect(auth=None):
    user, credential = None, None
    if isinstance(auth, dict) and isinstance(auth.get("token"), str):
        found = user_for_token(auth["token"])
        if found is not None:
            user, token = found
            credential = Credential(Kind.token, token.id)
    elif current_user.is_authenticated:
        browser_session = current_browser_session()
        if browser_session is not None:
            user, credential = browser_session.user, Credential(Kind.session, browser_session.id)
    if user is None or credential is None:
        raise ConnectionRefusedError({"code": "unauthorized", "message": "Log in first."})
    join_room(user_room(user.id))
    staff = None
    if user.is_staff:
        # Only where they see every thread: a hiring manager's threads come to their own room.
        full_access, _assigned_only = organizations_by_access(user)
        staff = Staff(user.id, set(full_access))
        for organization_id in staff.organization_ids:
            join_room(org_room(organization_id))
    # The socket ends when this session or token does, and leaves the room of an organization the
    # user is removed from (session_end.py).
    track(_sid(), credential, staff)
    identity.remember(_sid(), user.id)


@socketio.on("disconnect")
def on_disconnect(*_args):
    forget(_sid())
    identity.forget(_sid())
    for key in [k for k in _last_typing if k[0] == _sid()]:
        _last_typing.pop(key, None)


def _authenticated(handler):
    def wrapper(data=None):
        # Handlers run in order per socket (async_handlers=False) and nothing in them waits on the
        # network, so one client's burst would hold the process until it is through: give the other
        # sockets (their events, every queued ack and delivery) a turn before each event.
        socketio.sleep(0)
        # One event, one unit of work: what it committed is what it answers with, without reloading
        # every row after the commit. (Restored after: in-process test clients share one session.)
        session = db.session()
        expire_on_commit, session.expire_on_commit = session.expire_on_commit, False
        try:
            user = identity.user_of(_sid())
            if user is None:
                disconnect()
                return _error("unauthorized", "Your session has ended. Log in again.")
            rate_limits.count(
                SOCKET_EVENTS, "socket", _sid(), refusal="Too many events from this connection. Wait {wait}."
            )
            return handler(user, data)
        except RateLimited as exc:
            return _error(exc.code, exc.message, retry_after=exc.retry_after)
        except ServiceError as exc:
            return _error(exc.code, exc.message, exc.fields)
        finally:
            session.expire_on_commit = expire_on_commit

    wrapper.__name__ = handler.__name__
    return wrapper


@socketio.on("send")
@_authenticated
def on_send(user, data):
    event, error = _parse(SendEvent, data)
    if error:
        return error
    # A staff message with a legal-risk finding is held: {ok: false, error: {code: "legal_risk",
    # message, fields: {findings}}}; the same send with acknowledge_risks: true goes out.
    message, created = operations.post_message(
        user, event.thread_id, event.body, event.client_id, event.acknowledge_risks
    )
    # A new message was serialized once for its live event, in the transaction; the ack reuses it.
    return {"ok": True, "message": (created and posted_payload(message.id)) or serialize_message(message)}


@socketio.on("typing")
@_authenticated
def on_typing(user, data):
    event, error = _parse(TypingEvent, data)
    if error:
        return error
    thread = get_visible_thread(user, event.thread_id)
    key = (_sid(), thread.id)
    now = time.monotonic()
    if now - _last_typing.get(key, 0.0) >= TYPING_INTERVAL:
        _last_typing[key] = now
        # Not stored, so nothing to commit: sent at once. Clients ignore their own user's typing.
        socketio.emit(
            "typing",
            {"thread_id": thread.id, "user": {"id": user.id, "name": user.name}},
            to=thread_rooms(thread),
            skip_sid=_sid(),
        )
    return {"ok": True}


@socketio.on("read")
@_authenticated
def on_read(user, data):
    event, error = _parse(ReadEvent, data)
    if error:
        return error
    operations.mark_read(user, event.thread_id, event.message_id)
    return {"ok": True}


@socketio.on_error_default
def on_unexpected_error(exc):
    log.exception("socket event failed")
    return _error("server_error", "Something went wrong on our side. Nothing was changed; please try again.")
