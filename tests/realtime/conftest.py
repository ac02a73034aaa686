from __future__ import annotations

import threading
import time

import engineio
import pytest
import socketio

from tests.live import LiveServer, employer_and_candidate, fresh_database


class _InOrderEngineIO(engineio.Client):
    """python-engineio's sync client hands every incoming packet to a new thread,
    so a recorder could see two events in another order than the server sent
    them. Handle them on the reading thread instead: the record is wire order."""

    def _trigger_event(self, event, *args, **kwargs):
        if event == "message":
            kwargs["run_async"] = False
        return super()._trigger_event(event, *args, **kwargs)


class _InOrderClient(socketio.Client):
    def _engineio_client_class(self):
        return _InOrderEngineIO


class SocketClient:
    """A python-socketio client that records every event it receives."""

    def __init__(self, base: str, token: str | None = None):
        self.base, self.token = base, token
        self.sio = _InOrderClient(reconnection=False)
        self.events: list[tuple[str, dict]] = []
        self._cond = threading.Condition()
        for name in ("message", "thread", "read", "typing"):
            self.sio.on(name, self._recorder(name))

    def _recorder(self, name):
        def record(data):
            with self._cond:
                self.events.append((name, data))
                self._cond.notify_all()

        return record

    def connect(self) -> SocketClient:
        auth = {"token": self.token} if self.token else None
        self.sio.connect(self.base, auth=auth, transports=["websocket"], wait_timeout=10)
        return self

    def close(self) -> None:
        if self.sio.connected:
            self.sio.disconnect()

    def of(self, name: str) -> list[dict]:
        with self._cond:
            return [data for event, data in self.events if event == name]

    def wait_for(self, name: str, predicate=lambda data: True, count: int = 1, timeout: float = 10) -> list[dict]:
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [d for e, d in self.events if e == name and predicate(d)]
                if len(found) >= count:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(
                        f"waited {timeout}s for {count} {name!r} events, got {len(found)}: {self.events[-5:]}"
                    )
                self._cond.wait(remaining)

    def call(self, event: str, data, timeout: float = 10):
        return self.sio.call(event, data, timeout=timeout)


@pytest.fixture(scope="module")
def live_server():
    server = LiveServer(fresh_database(f"live_{time.monotonic_ns()}"))
    server.migrate()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def pair(live_server):
    return employer_and_candidate(live_server.url)


@pytest.fixture
def sockets(live_server):
    made = []

    def connect(token=None):
        client = SocketClient(live_server.url, token).connect()
        made.append(client)
        return client

    yield connect
    for client in made:
        client.close()
