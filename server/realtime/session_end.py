"""A live socket ends with the browser session or API token it was opened with.

On connect, the handler notes here which session or token the socket rests on (``track``). Two paths
then end it, and neither trusts the client to hang up:

- ``SessionsEnded`` (subscribers.py, after the commit) disconnects at once the sockets of the ended
  sessions and tokens that are on *this* process: in a single process, that is all of them.
- Every process re-checks its own sockets every SWEEP_INTERVAL seconds with one query ("which of these
  sessions and tokens are still live?") and disconnects the rest: sockets on other processes, and any
  session ended without the event (a row deleted with its user, a connect that raced the logout).

Why a sweep and not a signal through the message queue: python-socketio's pub/sub manager carries to
the other processes only emits (which go to clients), room changes, and disconnects of a *known sid*.
The process that handles a logout cannot know the sids of that session's sockets on other processes,
and there is no message every process itself acts on for a room. A sweep needs no Redis (it works with
any message queue or none), loses nothing (Redis pub/sub is fire and forget: a process reconnecting to
Redis misses what was published meanwhile) and catches every way a session can end. Its cost is one
indexed query per process every SWEEP_INTERVAL, and none while the process has no sockets.

The same sweep re-checks the organizations of each staff socket (``sync_rooms``, one more query): a
member removed on another process leaves that organization's room ``org:<id>`` within SWEEP_INTERVAL
(and one added joins it); on the process that removed them, ``MemberRemoved`` (after the commit)
takes their sockets out at once. The room is for the organization's admins and recruiters only: a
member whose role becomes hiring manager leaves it the same way (``MembershipChanged`` at once on
this process, the sweep on the others), and one who becomes a recruiter or an admin joins it.
"""

from __future__ import annotations

import enum
import logging
import os
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from flask import Flask, current_app

from ..accounts.access import full_access_organizations
from ..accounts.operations import live_credentials
from ..extensions import socketio
from .rooms import org_room

log = logging.getLogger(__name__)

SWEEP_INTERVAL = 0.4  # seconds: with the query and the disconnect, well within the promised second
NAMESPACE = "/"


class Kind(enum.StrEnum):
    session = "session"
    token = "token"


class Credential(NamedTuple):
    """What a socket rests on: a browser session (user_sessions.id) or an API token (api_tokens.id)."""

    kind: Kind
    id: int


class Staff(NamedTuple):
    """A staff socket: its user, and the organizations whose rooms (``org:<id>``) it is in (those
    where the user is an admin or a recruiter)."""

    user_id: int
    organization_ids: set[int]


# This process's sockets: sid -> credential, and sid -> organization rooms of the staff sockets.
# Only the gevent hub's greenlets touch them (no threads).
_sockets: dict[str, Credential] = {}
_staff: dict[str, Staff] = {}
_sweeper: dict[str, Any] = {}
# More re-checks each sweep runs, registered by the modules that keep per-socket state (identity.py), so that
# this module needs none of them.
_also: list[Callable[[], Any]] = []


def on_sweep(check: Callable[[], Any]) -> None:
    if check not in _also:
        _also.append(check)


def track(sid: str, credential: Credential, staff: Staff | None = None) -> None:
    """Called on connect, once the socket is accepted (and, for staff, in its organizations' rooms)."""
    _sockets[sid] = credential
    if staff is not None:
        _staff[sid] = staff
    _ensure_sweeper(current_app._get_current_object())  # type: ignore[attr-defined]


def forget(sid: str) -> None:
    """Called on disconnect, whoever ended it."""
    _sockets.pop(sid, None)
    _staff.pop(sid, None)


def leave_organization(user_id: int, organization_id: int) -> int:
    """This process's sockets of the user leave the organization's room at once (a member removed);
    returns how many. The other processes' sweeps do the same for theirs."""
    sids = [sid for sid, staff in list(_staff.items()) if staff.user_id == user_id]
    for sid in sids:
        _leave(sid, organization_id)
    return len(sids)


def _leave(sid: str, organization_id: int) -> None:
    staff = _staff.get(sid)
    if staff is not None:
        staff.organization_ids.discard(organization_id)
    socketio.server.leave_room(sid, org_room(organization_id), namespace=NAMESPACE)


def _enter(sid: str, organization_id: int) -> None:
    staff = _staff.get(sid)
    if staff is not None:
        staff.organization_ids.add(organization_id)
    socketio.server.enter_room(sid, org_room(organization_id), namespace=NAMESPACE)


def sync_rooms(user_id: int | None = None) -> int:
    """Puts this process's staff sockets (of ``user_id`` only, when given) in the rooms of exactly the
    organizations where their users are admins or recruiters now (one query): a member removed or made
    a hiring manager on another process leaves, one added or promoted joins. Returns how many sockets
    changed."""
    snapshot = {
        sid: staff for sid, staff in _staff.items() if sid in _sockets and (user_id is None or staff.user_id == user_id)
    }
    if not snapshot:
        return 0
    current = full_access_organizations({staff.user_id for staff in snapshot.values()})
    changed = 0
    for sid, staff in snapshot.items():
        now = current.get(staff.user_id, set())
        gone, new = staff.organization_ids - now, now - staff.organization_ids
        for organization_id in gone:
            _leave(sid, organization_id)
        for organization_id in new:
            _enter(sid, organization_id)
        changed += bool(gone or new)
    return changed


def tracked() -> dict[str, Credential]:
    return dict(_sockets)


def is_tracked(sid: str) -> bool:
    """Whether the socket still rests on a live session or token, as far as this process knows."""
    return sid in _sockets


def end(session_ids: Iterable[int] = (), token_ids: Iterable[int] = ()) -> int:
    """Disconnects this process's sockets that rest on these sessions or tokens; returns how many."""
    ended = {Credential(Kind.session, i) for i in session_ids} | {Credential(Kind.token, i) for i in token_ids}
    sids = [sid for sid, credential in list(_sockets.items()) if credential in ended]
    for sid in sids:
        _disconnect(sid)
    return len(sids)


def sweep() -> int:
    """Disconnects this process's sockets whose session or token is no longer live (one query)."""
    snapshot = dict(_sockets)
    if not snapshot:
        return 0
    live_sessions, live_tokens = live_credentials(
        [c.id for c in snapshot.values() if c.kind is Kind.session],
        [c.id for c in snapshot.values() if c.kind is Kind.token],
    )
    live = {Kind.session: live_sessions, Kind.token: live_tokens}
    dead = [sid for sid, credential in snapshot.items() if credential.id not in live[credential.kind]]
    for sid in dead:
        _disconnect(sid)
    return len(dead)


def _disconnect(sid: str) -> None:
    server = socketio.server
    forget(sid)
    eio_sid = server.manager.eio_sid_from_sid(sid, NAMESPACE)
    # The socket is ours (this process): no need to go through the queue. The client gets a
    # DISCONNECT, our disconnect handler runs and the socket leaves every room at once ...
    server.disconnect(sid, namespace=NAMESPACE, ignore_queue=True)
    if eio_sid is not None:
        # ... and the transport itself is closed: a client that ignored the DISCONNECT has nothing left.
        # Apart, because closing waits for the socket's queue to drain, and a slow client must not stall
        # the sweep or the request that logged out.
        socketio.start_background_task(server.eio.disconnect, eio_sid)


def _ensure_sweeper(app: Flask) -> None:
    """One sweeping greenlet per process, started with its first socket (and again after a fork)."""
    task = _sweeper.get("task")
    if task is not None and _sweeper.get("pid") == os.getpid() and not getattr(task, "dead", False):
        return
    _sweeper["pid"] = os.getpid()
    _sweeper["task"] = socketio.start_background_task(_sweep_forever, app)


def _sweep_forever(app: Flask) -> None:
    while True:
        socketio.sleep(SWEEP_INTERVAL)
        try:
            with app.app_context():
                sweep()
                sync_rooms()
                for check in _also:
                    check()
        except Exception:  # a failed round (the database away) must not end the sweeping
            log.exception("re-checking the sessions of live sockets failed")
