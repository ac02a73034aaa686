"""Who a live socket is, read once on connect and kept with the socket.

Re-reading the token or session, the user and their memberships on every event was a fifth of a
message's cost. The socket rests on its credential instead (session_end.py): while the socket is
tracked, its session or token is live. An ended session drops its sockets at once on this process
and within SWEEP_INTERVAL on the others, and an event on a dropped socket finds no identity here.

What authorization reads of the user (their kind, name and memberships) is a detached copy, reloaded
at most every REFRESH seconds (a role changed on another process shows within that time, as the
organization rooms do) and at once on this process when the user's memberships change (``stale``).
"""

from __future__ import annotations

import time
from typing import NamedTuple

from sqlalchemy.orm import Session

from ..accounts.models import User
from ..extensions import db
from . import session_end

REFRESH = session_end.SWEEP_INTERVAL  # seconds


class _Known(NamedTuple):
    user_id: int
    snapshot: User | None  # detached, with its memberships loaded; None: load on the next event
    loaded_at: float


# sid -> who the socket is. Only the gevent hub's greenlets touch it (no threads).
_sockets: dict[str, _Known] = {}


def remember(sid: str, user_id: int) -> None:
    """Called on connect, once the socket is accepted and tracked."""
    _sockets[sid] = _Known(user_id, None, 0.0)


def forget(sid: str) -> None:
    _sockets.pop(sid, None)


def stale(user_id: int) -> None:
    """The user's memberships changed: their sockets reload them on their next event."""
    for sid, known in list(_sockets.items()):
        if known.user_id == user_id:
            _sockets[sid] = known._replace(snapshot=None)


def _load(user_id: int) -> User | None:
    # A session of its own: the copy must outlive the event's session, detached and fully loaded.
    with Session(db.engine) as own:
        user = own.get(User, user_id)  # memberships (selectin) and their organizations (joined) come along
        if user is not None:
            own.expunge_all()
        own.rollback()
    return user


def user_of(sid: str) -> User | None:
    """The socket's user in this event's session, or None when the socket no longer rests on a live
    session or token (or the user is gone)."""
    known = _sockets.get(sid)
    if known is None or not session_end.is_tracked(sid):
        return None
    now = time.monotonic()
    snapshot = known.snapshot
    if snapshot is None or now - known.loaded_at > REFRESH:
        snapshot = _load(known.user_id)
        if snapshot is None:
            return None
        _sockets[sid] = _Known(known.user_id, snapshot, now)
    present = db.session.identity_map.get(db.session.identity_key(User, known.user_id))
    if isinstance(present, User):  # already in this session (in-process test clients share one)
        return present
    # No query: the copy's loaded state goes into this event's session as it is.
    return db.session.merge(snapshot, load=False)
