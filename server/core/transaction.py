"""One transaction per use case; side effects only after it commits.

Services are wrapped in @operation. The outermost operation commits; anything
queued with after_commit() (socket events, wake-ups for the mail worker) runs
only once the commit succeeded, and is dropped if the operation fails.
"""
from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from ..extensions import db

log = logging.getLogger(__name__)
P = ParamSpec("P")
R = TypeVar("R")

_DEPTH = "candor_op_depth"
_QUEUE = "candor_after_commit"
_BEFORE = "candor_before_commit"


def after_commit(callback: Callable[[], None]) -> None:
    info = db.session.info
    if not info.get(_DEPTH):
        raise RuntimeError("after_commit() outside an operation")
    info.setdefault(_QUEUE, []).append(callback)


def before_commit(key: str, callback: Callable[[], None]) -> None:
    """Runs once per key just before the outermost commit, when the state is final.

    Used to build event payloads from the finished state (a status change
    followed by a system message is announced once, with both).
    """
    info = db.session.info
    if not info.get(_DEPTH):
        raise RuntimeError("before_commit() outside an operation")
    info.setdefault(_BEFORE, {})[key] = callback


def _run_before_commit(info: dict) -> None:
    while info.get(_BEFORE):
        pending = info.pop(_BEFORE)
        for callback in pending.values():
            callback()


def operation(fn: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        session = db.session
        info = session.info
        depth = info.get(_DEPTH, 0)
        info[_DEPTH] = depth + 1
        try:
            result = fn(*args, **kwargs)
            if depth == 0:
                _run_before_commit(info)
                session.commit()
        except BaseException:
            if depth == 0:
                session.rollback()
                info.pop(_QUEUE, None)
                info.pop(_BEFORE, None)
            raise
        finally:
            info[_DEPTH] = depth
        if depth == 0:
            for callback in info.pop(_QUEUE, []):
                try:
                    callback()
                except Exception:  # a lost notification must not fail a committed request
                    log.exception("after-commit callback failed")
        return result

    return wrapper
