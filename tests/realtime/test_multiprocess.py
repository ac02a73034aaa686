"""Two `candor serve` processes share events through Redis."""

from __future__ import annotations

import os
import time
import uuid

import pytest
import redis

from tests.live import LiveServer, employer_and_candidate, fresh_database
from tests.realtime.conftest import SocketClient

REDIS_URL = os.environ.get("CANDOR_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def _redis_available() -> bool:
    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


def _wait_until_subscribed(channel: str, processes: int, timeout: float = 10) -> None:
    """Both processes listen on the channel before the test publishes: Redis drops what no one hears."""
    client = redis.Redis.from_url(REDIS_URL)
    deadline = time.monotonic() + timeout
    while dict(client.pubsub_numsub(channel)).get(channel.encode(), 0) < processes:
        assert time.monotonic() < deadline, f"{processes} processes did not subscribe to {channel}"
        time.sleep(0.05)


@pytest.fixture(scope="module")
def two_servers():
    if not _redis_available():
        if os.environ.get("CI"):
            pytest.fail(f"Redis is not reachable at {REDIS_URL}; CI must run this test")
        pytest.skip(f"Redis is not reachable at {REDIS_URL}")
    database = fresh_database(f"multi_{time.monotonic_ns()}")
    channel = f"candor-test-{uuid.uuid4().hex}"  # parallel test runs must not hear each other
    env = {"SOCKETIO_MESSAGE_QUEUE": REDIS_URL, "SOCKETIO_CHANNEL": channel}
    a = LiveServer(database, **env)
    a.migrate()
    b = LiveServer(database, **env)
    a.start()
    b.start()
    _wait_until_subscribed(channel, 2)
    yield a, b
    a.stop()
    b.stop()


def test_message_posted_on_one_process_reaches_a_client_on_the_other(two_servers):
    a, b = two_servers
    pair = employer_and_candidate(a.url)
    on_b = SocketClient(b.url, pair["staff_token"]).connect()
    on_a = SocketClient(a.url, pair["candidate_token"]).connect()
    try:
        posted = pair["candidate"].post(
            f"/api/v1/threads/{pair['thread_id']}/messages", {"body": "via process A"}, expect=201
        )
        assert (
            on_b.wait_for("message", lambda d: d["message"]["id"] == posted["id"])[0]["message"]["body"]
            == "via process A"
        )
        ack = on_b.call("send", {"thread_id": pair["thread_id"], "body": "via process B", "client_id": "x1"})
        assert ack["ok"]
        on_a.wait_for("message", lambda d: d["message"]["id"] == ack["message"]["id"])
        assert on_b.call("typing", {"thread_id": pair["thread_id"]}) == {"ok": True}
        on_a.wait_for("typing")
    finally:
        on_a.close()
        on_b.close()
