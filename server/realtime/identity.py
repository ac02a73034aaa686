"""Who a live socket is, read once on connect and kept with the socket.

Re-reading the token or session, the user and their memberships on every event was a fifth of a
message's cost. The socket rests on its credential instead (session_end.py): while the socket is
tracked, its session or token is live. An ended session drops its sockets at once on this process
and within SWEEP_INTERVAL on the others, and an event on a dropped socket finds no identity here.

What authorization reads of the user (their kind, name and memberships) is a detached copy. It is
reloaded on the socket's next event when it no longer matches: at once on this process when the user's
memberships change (``stale``), and within SWEEP_INTERVAL on every process, whose sweep compares each kept
copy's name and (organization, role) memberships with the database in one query (``recheck``). A copy
older than MAX_AGE is reloaded anyway. (It used to be reloaded whenever it was older than the sweep
interval: with people writing every second or so, that was on nearly every message, two queries and an
ORM load, a fifth of a live message's cost on PostgreSQL.)
"""

from __future__ import annotations

import time
from typing import NamedTuple

from sqlalchemy.orm import Session

from ..accounts.access import standing
from ..accounts.models import User
from ..extensions import db
from . import session_end

MAX_AGE = 300.0  # seconds: a kept copy is reloaded at least this often, whatever the sweep saw

Standing = tuple[str, frozenset[tuple[int, str]]]  # name, (organization, role) memberships


class _Known(NamedTuple):
    user_id: int
    snapshot: User | None  # detached, with its memberships loaded; None: load on the next event
    loaded_at: float
    standing: Standing | None = None  # what the copy says of the user, to compare with the database


def _standing_of(user: User) -> Standing:
    return user.name, frozenset((m.organization_id, m.role) for m in user.memberships)


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
    if snapshot is None or now - known.loaded_at > MAX_AGE:
        snapshot = _load(known.user_id)
        if snapshot is None:
            return None
        _sockets[sid] = _Known(known.user_id, snapshot, now, _standing_of(snapshot))
    present = db.session.identity_map.get(db.session.identity_key(User, known.user_id))
    if isinstance(present, User):  # already in this session (in-process test clients share one)
        return present
    # No query: the copy's loaded state goes into this event's session as it is.
    return db.session.merge(snapshot, load=False)


def recheck() -> int:
    """Marks stale the kept copies whose user's name or memberships changed (on any process), in one query;
    returns how many. Run by every process's sweep (session_end.py)."""
    kept = {sid: known for sid, known in _sockets.items() if known.snapshot is not None}
    if not kept:
        return 0
    now = standing({known.user_id for known in kept.values()})
    changed = 0
    for sid, known in kept.items():
        if now.get(known.user_id) != known.standing and _sockets.get(sid) is known:
            _sockets[sid] = known._replace(snapshot=None)
            changed += 1
    return changed


session_end.on_sweep(recheck)
