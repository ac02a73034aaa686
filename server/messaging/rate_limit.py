"""How many messages an author may post in one thread: ``CANDOR_MESSAGE_RATE_LIMIT`` (default
"30 per minute"), per author per thread, whatever the entry point (page, API, socket).

Counted here, in the service, because the socket's ``send`` is no Flask route for Flask-Limiter's
decorators. Switched off with Flask-Limiter (``RATELIMIT_ENABLED``, off in tests unless a test turns
it on). With a shared storage (``RATELIMIT_STORAGE_URI`` such as Redis) the count goes there, through
``core.rate_limits``; with the default per-process memory storage it is counted right here, because
the ``limits`` memory storage starts a timer thread, which under gevent gives the hub a turn: in the
middle of the message's SQLite transaction, another greenlet's commit makes its write fail ("database
is locked"). Nothing here waits, so nothing yields.
"""

from __future__ import annotations

import math
import time
from collections import deque

from flask import Flask, current_app
from limits import RateLimitItem, parse_many

from ..core import rate_limits
from ..core.errors import RateLimited

SETTING = "CANDOR_MESSAGE_RATE_LIMIT"
_KEY = "candor_message_rate_limit"
_SWEEP_AT = 10_000  # keys: beyond this, forget the authors whose windows are empty


class _InProcess:
    """Moving windows per key in this process (what ``memory://`` is anyway), without timers."""

    def __init__(self, app: Flask):
        self.enabled = bool(app.config.get("RATELIMIT_ENABLED"))
        self.shared = not str(app.config.get("RATELIMIT_STORAGE_URI", "memory://")).startswith("memory://")
        self.items: list[RateLimitItem] = parse_many(app.config[SETTING])
        self.longest = max((item.get_expiry() for item in self.items), default=0)
        self.hits: dict[tuple[int, int], deque[float]] = {}

    def hit(self, key: tuple[int, int]) -> int | None:
        now = time.monotonic()
        times = self.hits.setdefault(key, deque())
        while times and times[0] <= now - self.longest:
            times.popleft()
        waits = []
        for item in self.items:
            window = [t for t in times if t > now - item.get_expiry()]
            if len(window) >= item.amount:
                waits.append(math.ceil(window[-item.amount] + item.get_expiry() - now))
        if waits:
            return max(1, max(waits))
        times.append(now)
        if len(self.hits) > _SWEEP_AT:
            self.hits = {k: v for k, v in self.hits.items() if v and v[-1] > now - self.longest}
        return None


def _limit() -> _InProcess:
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    found = app.extensions.get(_KEY)
    if found is None:
        found = app.extensions[_KEY] = _InProcess(app)
    return found


def count_message(user_id: int, thread_id: int) -> None:
    """Counts one message of the author in the thread; raises 429 ``rate_limited`` (with the seconds
    until one more is allowed) when over the limit."""
    limit = _limit()
    if not limit.enabled:
        return
    shared = limit.shared
    wait = rate_limits.hit(SETTING, str(user_id), str(thread_id)) if shared else limit.hit((user_id, thread_id))
    if wait is not None:
        raise RateLimited(
            f"You are sending messages too quickly in this conversation. Wait {wait} seconds, then try again.",
            retry_after=wait,
        )
