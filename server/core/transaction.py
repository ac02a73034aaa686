"""One transaction per use case; domain events and side effects only after it commits.

Services are wrapped in ``@operation``. Nested operations join the outermost one,
which commits. Inside, services ``record()`` domain events; just before the
commit the in-transaction subscribers run (they may write rows or compute
payloads and queue them with ``after_commit()``), then the transaction commits,
then the after-commit callbacks and subscribers run. If anything fails, the
transaction rolls back and every recorded event and queued callback is dropped.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, ParamSpec, TypeVar

from ..extensions import db
from .events import DomainEvent, Phase, coalesce, handlers_for

log = logging.getLogger(__name__)
P = ParamSpec("P")
R = TypeVar("R")

_DEPTH = "candor_op_depth"
_EVENTS = "candor_events"
_AFTER = "candor_after_commit"
_KEEP = "candor_keep"
_HELD = "candor_held"
_MEMO = "candor_round_memo"
# Events may cause events (a subscriber records another); more rounds than this is a loop.
_MAX_ROUNDS = 10


def _unit_of_work() -> dict[str, Any]:
    info = db.session.info
    if not info.get(_DEPTH):
        raise RuntimeError("domain events and after-commit callbacks need an @operation")
    return info


def in_operation() -> bool:
    return bool(db.session.info.get(_DEPTH))


def record(event: DomainEvent) -> None:
    """Something happened in this unit of work; subscribers hear of it around the commit."""
    _unit_of_work().setdefault(_EVENTS, []).append(event)


def keep(*rows: object) -> None:
    """Holds rows in the session until the unit of work ends. The session's identity map holds them
    weakly: a row the service no longer references (the thread of a posted message) would be
    dropped, and each subscriber's ``session.get`` would load it again."""
    _unit_of_work().setdefault(_KEEP, []).extend(rows)


def hold(key: tuple, value: object) -> None:
    """Keeps a value a service built without the ORM (a row written with Core) until the unit of work
    ends, so its subscribers find it under ``key`` instead of loading it."""
    _unit_of_work().setdefault(_HELD, {})[key] = value


def held(key: tuple) -> Any:
    """What ``hold`` kept under ``key`` in this unit of work, or None."""
    return db.session.info.get(_HELD, {}).get(key)


def memo(key: tuple, compute: Callable[[], R]) -> R:
    """``compute()`` once per round of in-transaction subscribers: several events about one thing in
    one unit of work (a rejection posts two messages and changes the thread) share one result. A round
    starts when the state is final and only events recorded in it can change it again, so a result is
    kept until the next round. Outside the subscribers, it just computes."""
    cache = db.session.info.get(_MEMO)
    if cache is None:
        return compute()
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def after_commit(callback: Callable[[], None]) -> None:
    """Runs once the outermost operation committed; dropped on rollback."""
    _unit_of_work().setdefault(_AFTER, []).append(callback)


@contextmanager
def savepoint() -> Iterator[None]:
    """A nested transaction: on failure its writes, events and callbacks are undone, the rest stays."""
    info = _unit_of_work()
    events, callbacks = len(info.get(_EVENTS, [])), len(info.get(_AFTER, []))
    try:
        with db.session.begin_nested():
            yield
    except BaseException:
        del info.get(_EVENTS, [])[events:]
        del info.get(_AFTER, [])[callbacks:]
        raise


def _dispatch_in_transaction(info: dict[str, Any]) -> list[DomainEvent]:
    dispatched: list[DomainEvent] = []
    try:
        for _round in range(_MAX_ROUNDS):
            events = coalesce(info.pop(_EVENTS, []))
            if not events:
                return dispatched
            db.session.flush()  # subscribers see ids and the final state
            info[_MEMO] = {}
            for event in events:
                for handler in handlers_for(event, Phase.IN_TRANSACTION):
                    handler(event)
            dispatched += events
    finally:
        info.pop(_MEMO, None)
    raise RuntimeError("domain events keep causing new events; is there a loop between subscribers?")


def _run_after_commit(callbacks: list[Callable[[], None]], events: list[DomainEvent]) -> None:
    for callback in callbacks:
        try:
            callback()
        except Exception:  # a lost notification must not fail a committed request
            log.exception("after-commit callback failed")
    for event in coalesce(events):
        for handler in handlers_for(event, Phase.AFTER_COMMIT):
            try:
                handler(event)
            except Exception:
                log.exception("after-commit subscriber failed for %r", event)


def operation(fn: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        session = db.session
        info = session.info
        depth = info.get(_DEPTH, 0)
        info[_DEPTH] = depth + 1
        dispatched: list[DomainEvent] = []
        try:
            result = fn(*args, **kwargs)
            if depth == 0:
                dispatched = _dispatch_in_transaction(info)
                session.commit()
        except BaseException:
            if depth == 0:
                session.rollback()
                info.pop(_EVENTS, None)
                info.pop(_AFTER, None)
            raise
        finally:
            info[_DEPTH] = depth
            if depth == 0:
                info.pop(_KEEP, None)
                info.pop(_HELD, None)
        if depth == 0:
            _run_after_commit(info.pop(_AFTER, []), dispatched)
        return result

    return wrapper
