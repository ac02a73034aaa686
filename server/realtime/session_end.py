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
"""

from __future__ import annotations

import enum
import logging
import os
from collections.abc import Iterable
from typing import Any, NamedTuple

from flask import Flask, current_app

from ..accounts.operations import live_credentials
from ..extensions import socketio

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


# This process's sockets: sid -> credential. Only the gevent hub's greenlets touch it (no threads).
_sockets: dict[str, Credential] = {}
_sweeper: dict[str, Any] = {}


def track(sid: str, credential: Credential) -> None:
    """Called on connect, once the socket is accepted."""
    _sockets[sid] = credential
    _ensure_sweeper(current_app._get_current_object())  # type: ignore[attr-defined]


def forget(sid: str) -> None:
    """Called on disconnect, whoever ended it."""
    _sockets.pop(sid, None)


def tracked() -> dict[str, Credential]:
    return dict(_sockets)


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
        except Exception:  # a failed round (the database away) must not end the sweeping
            log.exception("re-checking the sessions of live sockets failed")
