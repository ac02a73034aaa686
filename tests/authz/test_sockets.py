"""The authorization matrix for Socket.IO events (policy.SOCKET_RULES) × every principal.

Each cell connects the principal (flask_socketio's test client, with their browser session or API
token), sends the event about a thread of organization A (the hiring manager's unassigned column
names A's unassigned thread), and checks the ack. Two observers are connected meanwhile, the admin
and the thread's candidate: an allowed event reaches them; a refused one reaches nobody and changes
no table.
"""

from __future__ import annotations

import pytest
from flask import g

from server.extensions import db, socketio
from server.messaging.models import Thread
from tests.authz.matrix import socket_events
from tests.authz.policy import LOGIN, OK, SOCKET_RULES, SOCKET_WHY
from tests.authz.world import (
    ADMIN,
    ADMIN_ON_OTHER_ORG,
    ANONYMOUS,
    CANDIDATE,
    FORMER_MEMBER,
    HM,
    OTHER_CANDIDATE,
    SIGNED_OUT_ADMIN,
    STRANGER,
    UMA,
    World,
    footprint,
)

THREAD_EVENTS = ("send", "typing", "read")
# What each event says, and what the observers receive when it is allowed.
PAYLOADS = {
    "send": lambda w, p: {"thread_id": w.targets(p).thread, "body": "Hello over the socket", "client_id": f"s-{p}"},
    "typing": lambda w, p: {"thread_id": w.targets(p).thread},
    "read": lambda w, p: {"thread_id": w.targets(p).thread, "message_id": w.targets(p).message},
}
DELIVERED = {"send": "message", "typing": "typing", "read": "read"}


def _fresh_identity() -> None:
    """Socket events run in a request context on the app context this module holds (the world's), whose
    ``g`` would keep Flask-Login's user of the previous request; a real server gives each event a new one."""
    g.pop("_login_user", None)


def emit(client, event: str, payload: dict):
    _fresh_identity()
    return client.emit(event, payload, callback=True)


def connect(world: World, principal: str, *, with_token: bool = False):
    """A socket of the principal: their browser session (cookie), or their API token."""
    _fresh_identity()
    if with_token and principal in world.api_tokens:
        return socketio.test_client(world.app, auth={"token": world.api_tokens[principal]})
    # The session cookie as the browser sends it (the test client's own builder leaves cookies out).
    cookie = f"{world.app.config.get('SESSION_COOKIE_NAME', 'session')}={world.cookies[principal]}"
    return socketio.test_client(world.app, headers={"Cookie": cookie})


def _about(thread_id: int, received: list[dict]) -> list[str]:
    """Names of the received events that concern the thread."""
    found = []
    for event in received:
        args = event.get("args")
        data = (args[0] if args else {}) if isinstance(args, list) else (args or {})
        if not isinstance(data, dict):
            continue
        message, thread = data.get("message") or {}, data.get("thread") or {}
        ids = {data.get("thread_id"), message.get("thread_id"), thread.get("id")}
        if thread_id in ids:
            found.append(event["name"])
    return found


def _thread_candidate(world: World, thread_id: int) -> str:
    thread = db.session.get(Thread, thread_id)
    assert thread is not None
    return CANDIDATE if thread.candidate_user_id == world.users[CANDIDATE] else OTHER_CANDIDATE


def _expected(event: str) -> dict:
    """The event's rule, and the derived columns as for the routes: the removed member gets the
    stranger's, the signed-out admin (old cookie, revoked token) the anonymous one, and A's admin
    naming B's thread the stranger's."""
    rule = SOCKET_RULES[event]
    derived = {FORMER_MEMBER: rule[STRANGER], SIGNED_OUT_ADMIN: rule[ANONYMOUS]}
    if event in THREAD_EVENTS:
        derived[ADMIN_ON_OTHER_ORG] = rule[STRANGER]  # A's admin naming B's thread
    return {**rule, **derived}


def _cells():
    for event in sorted(set(SOCKET_RULES) & set(THREAD_EVENTS)):
        for principal in _expected(event):
            yield pytest.param(event, principal, id=f"{event} as {principal}")


@pytest.mark.parametrize(("event", "principal"), list(_cells()))
def test_thread_event(world, event, principal):
    outcome = _expected(event)[principal]
    payload = PAYLOADS[event](world, principal)
    thread_id = payload["thread_id"]
    where = f"socket {event} {payload} as {principal}: expected {outcome.label}"
    # Who would hear of it: A's admin and the thread's candidate; for B's thread, B's admin.
    watching = (STRANGER,) if principal == ADMIN_ON_OTHER_ORG else (ADMIN, _thread_candidate(world, thread_id))
    observers = {who: connect(world, who) for who in watching}
    sender = connect(world, principal, with_token=principal in (HM,))  # one of them by token
    try:
        for observer in observers.values():
            observer.get_received()  # only what follows counts
        if outcome is LOGIN:
            assert not sender.is_connected(), f"{where}: an anonymous socket connected"
            return
        assert sender.is_connected(), f"{where}: could not connect"
        ack = emit(sender, event, payload)
        heard = {who: _about(thread_id, observer.get_received()) for who, observer in observers.items()}
        changed = world.changes()
        if outcome is OK:
            assert ack == {"ok": True} or (ack.get("ok") is True and "message" in ack), f"{where}: ack {ack}"
            # A read receipt goes out only when it moves someone's mark forward.
            for who, names in heard.items():
                if who != principal and event != "read":
                    assert DELIVERED[event] in names, f"{where}: {who} did not get {DELIVERED[event]!r} ({names})"
        else:
            assert ack == {"ok": False, "error": {"code": "not_found", "message": "Conversation not found."}}, (
                f"{where}: ack {ack}"
            )
            assert not any(heard.values()), f"{where}: refused, yet delivered {heard}"
            assert not changed, f"{where}: refused, yet it changed {changed}"
    finally:
        for client in [sender, *observers.values()]:
            if client.is_connected():
                client.disconnect()
        if world.changes():
            world.restore()


@pytest.mark.parametrize("with_token", [False, True], ids=["session", "token"])
@pytest.mark.parametrize("principal", list(_expected("connect")))
def test_connect_and_disconnect(world, principal, with_token):
    outcome = _expected("connect")[principal]
    client = connect(world, principal, with_token=with_token)
    if outcome is LOGIN:
        assert not client.is_connected(), f"connect as {principal}: {SOCKET_WHY['connect']}"
        return
    assert client.is_connected(), f"connect as {principal} ({'token' if with_token else 'session'})"
    assert _expected("disconnect")[principal] is OK
    client.disconnect()
    assert not client.is_connected()


def test_a_hiring_manager_hears_only_their_threads(world):
    """Live events of a thread not assigned to the hiring manager never reach their socket; those of
    their threads (through the position, or assigned directly) do."""
    manager = connect(world, HM)
    admin = connect(world, ADMIN)
    uma = socketio.test_client(world.app, auth={"token": world.api_tokens[OTHER_CANDIDATE]})
    casey = socketio.test_client(world.app, auth={"token": world.api_tokens[CANDIDATE]})
    before = footprint()
    try:
        for client in (manager, admin):
            client.get_received()
        unassigned = world.elsewhere
        assert emit(uma, "typing", {"thread_id": unassigned.thread}) == {"ok": True}
        sent = emit(uma, "send", {"thread_id": unassigned.thread, "body": f"{UMA} here"})
        assert sent["ok"] is True, sent
        assert emit(uma, "read", {"thread_id": unassigned.thread, "message_id": sent["message"]["id"]})
        assert _about(unassigned.thread, manager.get_received()) == [], "the hiring manager heard an unassigned thread"
        assert {"typing", "message"} <= set(_about(unassigned.thread, admin.get_received()))

        mine = world.mine
        assert emit(casey, "typing", {"thread_id": mine.thread}) == {"ok": True}
        assert emit(casey, "send", {"thread_id": mine.thread, "body": "Hello"})["ok"] is True
        assert {"typing", "message"} <= set(_about(mine.thread, manager.get_received()))
    finally:
        for client in (manager, admin, uma, casey):
            if client.is_connected():
                client.disconnect()
        if footprint() != before:
            world.restore()


def test_the_socket_registry_is_the_servers():
    """The rules are checked against the handlers the Socket.IO server dispatches to."""
    assert set(SOCKET_RULES) == set(socket_events())


def test_outsiders_hear_nothing_of_the_organization(world):
    """Sockets of another organization's admin, a removed member (still logged in) and another candidate
    stay silent while the candidate and the admin talk in A's thread; the admin's socket hears it."""
    listeners = {who: connect(world, who) for who in (STRANGER, FORMER_MEMBER, OTHER_CANDIDATE, ADMIN)}
    casey = socketio.test_client(world.app, auth={"token": world.api_tokens[CANDIDATE]})
    before = footprint()
    try:
        for client in listeners.values():
            assert client.is_connected()
            client.get_received()
        thread = world.mine.thread
        assert emit(casey, "typing", {"thread_id": thread}) == {"ok": True}
        sent = emit(casey, "send", {"thread_id": thread, "body": "Is the role still open?"})
        assert sent["ok"] is True, sent
        heard = {who: _about(thread, client.get_received()) for who, client in listeners.items()}
        assert {"typing", "message"} <= set(heard.pop(ADMIN))
        assert heard == {STRANGER: [], FORMER_MEMBER: [], OTHER_CANDIDATE: []}
    finally:
        for client in [casey, *listeners.values()]:
            if client.is_connected():
                client.disconnect()
        if footprint() != before:
            world.restore()
