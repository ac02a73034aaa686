"""Live sockets end with their session: logout, a revoked token, sign out everywhere (real servers)."""

from __future__ import annotations

import contextlib
import json
import threading
import time

import requests
import socketio
import websocket

from tests.live import HttpApi, employer_and_candidate
from tests.realtime.conftest import SocketClient
from tests.realtime.test_multiprocess import two_servers  # noqa: F401  (the fixture, for the last test)
from tests.web.helpers import csrf_token

PASSWORD = "a long password"  # what tests.live.employer_and_candidate signs up with
ENDS_WITHIN = 1.0  # seconds, the promise
STAYS_FOR = 1.5  # seconds: longer than a sweep round, so a socket that should stay had its chance to go


class Browser:
    """A person's browser against a live server: its cookie jar, logged in through the login form."""

    def __init__(self, base: str, email: str):
        self.base, self.http = base, requests.Session()
        r = self.submit("/login", data={"email": email, "password": PASSWORD})
        assert r.status_code == 302, r.text

    def submit(self, page: str, action: str | None = None, data: dict | None = None) -> requests.Response:
        html = self.http.get(self.base + page, timeout=10).text
        return self.http.post(
            self.base + (action or page),
            data={**(data or {}), "csrf_token": csrf_token(html)},
            allow_redirects=False,
            timeout=10,
        )

    def cookie_header(self) -> str:
        return "; ".join(f"{c.name}={c.value}" for c in self.http.cookies)

    def socket(self) -> Watched:
        client = Watched(self.base)
        client.sio.connect(
            self.base, headers={"Cookie": self.cookie_header()}, transports=["websocket"], wait_timeout=10
        )
        return client


class Watched(SocketClient):
    """A socket client that notes when the server ended its connection."""

    def __init__(self, base: str, token: str | None = None):
        super().__init__(base, token)
        # The stock client: the in-order one handles packets on its reading thread, and its
        # disconnect, run from there, tries to join that very thread.
        self.sio = socketio.Client(reconnection=False)
        for name in ("message", "thread", "read", "typing"):
            self.sio.on(name, self._recorder(name))
        self.ended = threading.Event()
        self.sio.on("disconnect", lambda *_reason: self.ended.set())

    def assert_ends(self, within: float = ENDS_WITHIN) -> None:
        assert self.ended.wait(within), f"the socket was still connected {within}s after its session ended"
        assert not self.sio.connected


def _connected(*clients: Watched) -> None:
    time.sleep(STAYS_FOR)
    for client in clients:
        assert not client.ended.is_set() and client.sio.connected


def _still_hears(pair: dict, *clients: Watched) -> None:
    posted = pair["candidate"].post(
        f"/api/v1/threads/{pair['thread_id']}/messages", {"body": "still there?"}, expect=201
    )
    for client in clients:
        client.wait_for("message", lambda d: d["message"]["id"] == posted["id"])


def _token_socket(base: str, token: str, made: list) -> Watched:
    client = Watched(base, token).connect()
    made.append(client)
    return client


def test_logout_drops_the_sockets_of_that_session_only(live_server, pair):
    email = pair["staff_user"]["email"]
    laptop, phone = Browser(live_server.url, email), Browser(live_server.url, email)
    made = [laptop.socket(), laptop.socket(), phone.socket()]
    on_laptop, on_laptop_too, on_phone = made
    on_api = _token_socket(live_server.url, pair["staff_token"], made)
    try:
        _still_hears(pair, on_laptop, on_phone)
        assert laptop.submit("/", "/logout").status_code == 302
        on_laptop.assert_ends()
        on_laptop_too.assert_ends()
        _connected(on_phone, on_api)
        _still_hears(pair, on_phone, on_api)
        # The saved cookie no longer opens a socket either.
        refused = Watched(live_server.url)
        with contextlib.suppress(socketio.exceptions.ConnectionError):
            refused.sio.connect(
                live_server.url, headers={"Cookie": laptop.cookie_header()}, transports=["websocket"], wait_timeout=10
            )
        assert not refused.sio.connected
    finally:
        for client in made:
            client.close()


def test_revoking_a_token_drops_its_sockets_only(live_server, pair):
    other_token = HttpApi(live_server.url).post(
        "/api/v1/tokens", {"email": pair["staff_user"]["email"], "password": PASSWORD}, expect=201
    )["token"]
    made: list[Watched] = []
    try:
        revoked = _token_socket(live_server.url, pair["staff_token"], made)
        other = _token_socket(live_server.url, other_token, made)
        on_browser = Browser(live_server.url, pair["staff_user"]["email"]).socket()
        made.append(on_browser)
        pair["staff"].call("DELETE", "/api/v1/tokens/current", expect=204)
        revoked.assert_ends()
        _connected(other, on_browser)
        _still_hears(pair, other, on_browser)
    finally:
        for client in made:
            client.close()


def test_sign_out_everywhere_drops_every_socket_of_the_user(live_server, pair):
    email = pair["candidate_user"]["email"]
    laptop, phone = Browser(live_server.url, email), Browser(live_server.url, email)
    made = [laptop.socket(), phone.socket()]
    made.append(_token_socket(live_server.url, pair["candidate_token"], made))
    staff = _token_socket(live_server.url, pair["staff_token"], [])
    made.append(staff)
    try:
        r = laptop.submit("/account", "/account/sign-out-everywhere")
        assert r.status_code == 302 and r.headers["Location"] == "/login"
        for client in made[:3]:
            client.assert_ends()
        _connected(staff)  # someone else's socket stays
    finally:
        for client in made:
            client.close()


def test_a_client_that_ignores_the_disconnect_is_cut_off(live_server, pair):
    """The server does not rely on the client to hang up: it closes the transport itself."""
    ws = websocket.create_connection(live_server.url.replace("http", "ws") + "/socket.io/?EIO=4&transport=websocket")
    try:
        assert ws.recv().startswith("0")  # engine.io open
        ws.send("40" + json.dumps({"token": pair["staff_token"]}))
        assert ws.recv().startswith("40")  # socket.io connected
        pair["staff"].call("DELETE", "/api/v1/tokens/current", expect=204)
        frames, deadline = [], time.monotonic() + ENDS_WITHIN
        while time.monotonic() < deadline:
            ws.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                frame = ws.recv()
            except websocket.WebSocketConnectionClosedException:
                break
            except websocket.WebSocketTimeoutException:
                continue
            if not frame:  # closed by the server
                break
            frames.append(frame)
        else:
            raise AssertionError(f"the server kept the connection open; it sent {frames}")
        assert frames[:1] == ["41"]  # socket.io DISCONNECT, then nothing but engine.io's close
    finally:
        ws.close()


def test_a_socket_on_another_process_is_dropped_too(two_servers):  # noqa: F811
    a, b = two_servers
    pair = employer_and_candidate(a.url)
    browser = Browser(a.url, pair["staff_user"]["email"])  # the cookie works on B too: one secret key
    on_b_cookie = Watched(b.url)
    on_b_cookie.sio.connect(
        b.url, headers={"Cookie": browser.cookie_header()}, transports=["websocket"], wait_timeout=10
    )
    made = [on_b_cookie]
    on_b_token = _token_socket(b.url, pair["candidate_token"], made)
    on_a_staff = _token_socket(a.url, pair["staff_token"], made)
    try:
        pair["candidate"].call("DELETE", "/api/v1/tokens/current", expect=204)  # handled by process A
        on_b_token.assert_ends()
        assert browser.submit("/", "/logout").status_code == 302  # handled by process A
        on_b_cookie.assert_ends()
        _connected(on_a_staff)
    finally:
        for client in made:
            client.close()
