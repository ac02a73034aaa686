"""The in-process moving windows (``core.rate_limits._InProcess``): what a caller is told to wait and what
remains, with several windows, a cost above one, and thousands of hits in a window (a raised limit)."""

from __future__ import annotations

import pytest
from limits import parse_many

from server.core import rate_limits


@pytest.fixture
def clock(monkeypatch):
    now = {"t": 1000.0}
    monkeypatch.setattr(rate_limits.time, "monotonic", lambda: now["t"])
    return now


def test_two_windows_each_refuse_with_the_wait_until_their_oldest_hit_expires(clock):
    store, items, key = rate_limits._InProcess(), parse_many("2 per 10 seconds;3 per minute"), ("k",)
    assert store.hit(items, key) is None
    clock["t"] += 4
    assert store.hit(items, key) is None
    assert store.remaining(items, key) == 0
    assert store.hit(items, key) == 6  # the short window: the first hit leaves it at 1010
    clock["t"] += 7  # 1011: the first hit is out of the short window, not of the minute
    assert store.remaining(items, key) == 1
    assert store.hit(items, key) is None
    assert store.hit(items, key) == 49  # the minute: the first hit leaves it at 1060
    assert len(store.hits[key]) == 3  # refusals are not counted


def test_a_cost_waits_for_as_many_hits_to_expire_and_counts_all_or_nothing(clock):
    store, items, key = rate_limits._InProcess(), parse_many("5 per 10 seconds"), ("k",)
    for step in range(4):
        clock["t"] = 1000.0 + step
        assert store.hit(items, key) is None
    assert store.hit(items, key, cost=3) == 8  # two must leave: the second left at 1011, now 1003
    assert store.remaining(items, key) == 1
    clock["t"] = 1011.5
    assert store.hit(items, key, cost=3) is None
    assert store.remaining(items, key) == 0


def test_thousands_of_hits_in_a_window_are_counted_exactly(clock):
    store, items, key = rate_limits._InProcess(), parse_many("5000 per minute"), ("k",)
    for n in range(5000):
        clock["t"] = 1000.0 + n * 0.01
        assert store.hit(items, key) is None
    assert store.remaining(items, key) == 0
    assert store.hit(items, key) == 11  # the first hit (at 1000) leaves the minute at 1060; now 1049.99
    clock["t"] = 1060.005  # the first hit is out
    assert store.remaining(items, key) == 1
