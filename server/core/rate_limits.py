"""Rate limits that services count themselves, where no Flask route is (a socket event) or where the key
is not the caller's address (an account, a thread). Same library (``limits``) and storage as Flask-Limiter
(``RATELIMIT_STORAGE_URI``: per process in memory, or shared in Redis), switched off with it
(``RATELIMIT_ENABLED``, off in tests unless a test turns it on). Each limit is named by the config key
that holds its rule, e.g. "5 per 5 minutes;20 per day" (several windows: a backoff in steps)."""

from __future__ import annotations

import math
import time

from flask import Flask, current_app
from limits import RateLimitItem, parse_many
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

from .errors import RateLimited

_KEY = "candor_rate_limits"


class _Limits:
    def __init__(self, app: Flask):
        self.app = app
        self.enabled = bool(app.config.get("RATELIMIT_ENABLED"))
        self.strategy = MovingWindowRateLimiter(storage_from_string(app.config["RATELIMIT_STORAGE_URI"]))
        self.items: dict[str, list[RateLimitItem]] = {}

    def of(self, setting: str) -> list[RateLimitItem]:
        if setting not in self.items:
            self.items[setting] = parse_many(self.app.config[setting])
        return self.items[setting]


def _limits() -> _Limits:
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    found = app.extensions.get(_KEY)
    if found is None:
        found = app.extensions[_KEY] = _Limits(app)
    return found


def _wait(limits: _Limits, item: RateLimitItem, key: tuple[str, ...]) -> int:
    reset_at = limits.strategy.get_window_stats(item, *key).reset_time
    return max(1, math.ceil(reset_at - time.time()))


def hit(setting: str, *key: str) -> int | None:
    """Counts one event under ``key``; the seconds to wait if that was one too many, else None."""
    limits = _limits()
    if not limits.enabled:
        return None
    for item in limits.of(setting):
        if not limits.strategy.hit(item, setting, *key):
            return _wait(limits, item, (setting, *key))
    return None


def blocked_for(setting: str, *key: str) -> int | None:
    """The seconds until one more event under ``key`` is allowed (counting nothing), or None if it is."""
    limits = _limits()
    if not limits.enabled:
        return None
    waits = [
        _wait(limits, item, (setting, *key))
        for item in limits.of(setting)
        if not limits.strategy.test(item, setting, *key)
    ]
    return max(waits) if waits else None


def clear(setting: str, *key: str) -> None:
    limits = _limits()
    if limits.enabled:
        for item in limits.of(setting):
            limits.strategy.clear(item, setting, *key)


def wait_in_words(seconds: int) -> str:
    if seconds < 90:
        return f"{seconds} seconds"
    minutes = -(-seconds // 60)
    return f"{minutes} minutes" if minutes < 90 else f"{-(-minutes // 60)} hours"


def count(setting: str, *key: str, refusal: str) -> None:
    """Counts one event under ``key``, or raises 429 ``rate_limited`` with ``refusal`` (its ``{wait}``
    filled in, e.g. "5 minutes") when it is one too many. Call before writing anything."""
    wait = hit(setting, *key)
    if wait is not None:
        raise RateLimited(refusal.format(wait=wait_in_words(wait)), retry_after=wait)
