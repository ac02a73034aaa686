"""How many messages an author may post in one thread: ``CANDOR_MESSAGE_RATE_LIMIT`` (default
"30 per minute"), per author per thread, whatever the entry point (page, API, socket).

Counted here, in the service, because the socket's ``send`` is no Flask route for Flask-Limiter's
decorators; the counting is the same library (``limits``) in the same storage as the login limits
(``RATELIMIT_STORAGE_URI``: per process in memory, or shared in Redis), and it is switched off with
them (``RATELIMIT_ENABLED``, off in tests unless a test turns it on).
"""

from __future__ import annotations

import math
import time

from flask import Flask, current_app
from limits import RateLimitItem, parse_many
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

from ..core.errors import RateLimited

_KEY = "candor_message_rate_limit"


class _Limit:
    def __init__(self, app: Flask):
        self.enabled = bool(app.config.get("RATELIMIT_ENABLED"))
        self.items: list[RateLimitItem] = parse_many(app.config["CANDOR_MESSAGE_RATE_LIMIT"])
        self.strategy = MovingWindowRateLimiter(storage_from_string(app.config["RATELIMIT_STORAGE_URI"]))


def _limit() -> _Limit:
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    found = app.extensions.get(_KEY)
    if found is None:
        found = app.extensions[_KEY] = _Limit(app)
    return found


def count_message(user_id: int, thread_id: int) -> None:
    """Counts one message of the author in the thread; raises 429 ``rate_limited`` (with the seconds
    until one more is allowed) when over the limit. Call before writing anything."""
    limit = _limit()
    if not limit.enabled:
        return
    key = ("message", str(user_id), str(thread_id))
    for item in limit.items:
        if not limit.strategy.hit(item, *key):
            reset_at = limit.strategy.get_window_stats(item, *key).reset_time
            retry_after = max(1, math.ceil(reset_at - time.time()))
            raise RateLimited(
                f"You are sending messages too quickly in this conversation. Wait {retry_after} seconds, "
                "then try again.",
                retry_after=retry_after,
            )
