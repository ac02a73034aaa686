"""Rate limits that services count themselves, where no Flask route is (a socket event) or where the key
is not the caller's address (an account, a thread, an organization). Each limit is named by the config
key holding its rule, e.g. "5 per 5 minutes;20 per day" (several windows: a backoff in steps).
Switched off with Flask-Limiter (``RATELIMIT_ENABLED``, off in tests unless a test turns it on).

Storage follows Flask-Limiter's ``RATELIMIT_STORAGE_URI``: a shared one (Redis) goes through the
``limits`` library, for several processes; the default ``memory://`` is counted here, in this
process, because the ``limits`` memory storage starts a timer thread on a hit, which under gevent
gives the hub a turn in the middle of the caller's SQLite transaction, where another greenlet's
commit then makes its write fail ("database is locked"). Nothing here waits, so nothing yields.
"""

from __future__ import annotations

import bisect
import math
import time
from collections import deque

from flask import Flask, current_app
from limits import RateLimitItem, parse_many
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

from .errors import RateLimited

_KEY = "candor_rate_limits"
_SWEEP_AT = 10_000  # keys per limit: beyond this, forget the ones whose windows are empty


def _first_after(times: deque[float], moment: float) -> int:
    """The index of the first hit after ``moment``: hits are appended in time order, so a binary search
    (a limit raised high, as benchmarks do, holds thousands of hits in a window)."""
    return bisect.bisect_right(times, moment)


class _InProcess:
    """Moving windows per key in this process (what ``memory://`` is anyway), without timers."""

    def __init__(self) -> None:
        self.hits: dict[tuple[str, ...], deque[float]] = {}

    def _window(self, items: list[RateLimitItem], key: tuple[str, ...], now: float) -> deque[float]:
        longest = max(item.get_expiry() for item in items)
        times = self.hits.setdefault(key, deque())
        while times and times[0] <= now - longest:
            times.popleft()
        return times

    def wait(self, items: list[RateLimitItem], key: tuple[str, ...], cost: int = 1) -> int | None:
        """Seconds until ``cost`` more events fit in every window (None: they fit now). ``cost`` is at
        most each window's amount (see ``capacity``)."""
        now = time.monotonic()
        times = self._window(items, key, now)
        waits = []
        for item in items:
            expiry = item.get_expiry()
            first = _first_after(times, now - expiry)
            excess = len(times) - first + cost - item.amount
            if excess > 0:
                waits.append(math.ceil(times[first + excess - 1] + expiry - now))
        return max(1, max(waits)) if waits else None

    def remaining(self, items: list[RateLimitItem], key: tuple[str, ...]) -> int:
        now = time.monotonic()
        times = self._window(items, key, now)
        return max(0, min(item.amount - (len(times) - _first_after(times, now - item.get_expiry())) for item in items))

    def hit(self, items: list[RateLimitItem], key: tuple[str, ...], cost: int = 1) -> int | None:
        wait = self.wait(items, key, cost)
        if wait is None:
            self.hits[key].extend([time.monotonic()] * cost)
            if len(self.hits) > _SWEEP_AT:
                now, longest = time.monotonic(), max(item.get_expiry() for item in items)
                self.hits = {k: v for k, v in self.hits.items() if v and v[-1] > now - longest}
        return wait

    def clear(self, key: tuple[str, ...]) -> None:
        self.hits.pop(key, None)


class _Shared:
    """Through the ``limits`` library, in the storage every process shares."""

    def __init__(self, uri: str) -> None:
        self.strategy = MovingWindowRateLimiter(storage_from_string(uri))

    def _wait(self, item: RateLimitItem, key: tuple[str, ...]) -> int:
        reset_at = self.strategy.get_window_stats(item, *key).reset_time
        return max(1, math.ceil(reset_at - time.time()))

    def wait(self, items: list[RateLimitItem], key: tuple[str, ...], cost: int = 1) -> int | None:
        # The window's reset is when its oldest event expires: for a cost above one, the soonest
        # moment worth trying again (the shared storage does not say when ``cost`` will fit).
        waits = [self._wait(item, key) for item in items if not self.strategy.test(item, *key, cost=cost)]
        return max(waits) if waits else None

    def remaining(self, items: list[RateLimitItem], key: tuple[str, ...]) -> int:
        return max(0, min(self.strategy.get_window_stats(item, *key).remaining for item in items))

    def hit(self, items: list[RateLimitItem], key: tuple[str, ...], cost: int = 1) -> int | None:
        if cost > 1:
            wait = self.wait(items, key, cost)
            if wait is not None:
                return wait
        for item in items:
            if not self.strategy.hit(item, *key, cost=cost):
                return self._wait(item, key)
        return None


class _Limits:
    def __init__(self, app: Flask):
        self.app = app
        self.enabled = bool(app.config.get("RATELIMIT_ENABLED"))
        uri = str(app.config.get("RATELIMIT_STORAGE_URI") or "memory://")
        self.store: _InProcess | _Shared = _InProcess() if uri.startswith("memory://") else _Shared(uri)
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


def hit(setting: str, *key: str) -> int | None:
    """Counts one event under ``key``; the seconds to wait if that was one too many (then nothing is
    counted), else None."""
    limits = _limits()
    return limits.store.hit(limits.of(setting), (setting, *key)) if limits.enabled else None


def blocked_for(setting: str, *key: str) -> int | None:
    """The seconds until one more event under ``key`` is allowed (counting nothing), or None if it is."""
    limits = _limits()
    return limits.store.wait(limits.of(setting), (setting, *key)) if limits.enabled else None


def capacity(setting: str) -> int | None:
    """The most events ``setting`` ever allows at once (its smallest window's amount), or None when
    limits are off."""
    limits = _limits()
    return min(item.amount for item in limits.of(setting)) if limits.enabled else None


def remaining(setting: str, *key: str) -> int | None:
    """How many more events under ``key`` are allowed now, or None when limits are off."""
    limits = _limits()
    return limits.store.remaining(limits.of(setting), (setting, *key)) if limits.enabled else None


def reserve(setting: str, cost: int, *key: str) -> int | None:
    """Counts ``cost`` events under ``key`` at once, or none of them: the seconds to wait until that many
    fit (then nothing is counted), else None. ``cost`` must not exceed ``capacity(setting)``."""
    limits = _limits()
    if not limits.enabled or cost <= 0:
        return None
    return limits.store.hit(limits.of(setting), (setting, *key), cost)


def clear(setting: str, *key: str) -> None:
    limits = _limits()
    if not limits.enabled:
        return
    if isinstance(limits.store, _Shared):
        for item in limits.of(setting):
            limits.store.strategy.clear(item, setting, *key)
    else:
        limits.store.clear((setting, *key))


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
