"""Answers that take the same time whatever the answer: a floor on a request's duration.

A password reset request for an address with an account writes a link and an email and commits
(tens of milliseconds); for an unknown address it does nothing. Both answer 202 with the same body,
and with this floor (``CANDOR_PASSWORD_RESET_MIN_SECONDS``, default 0.25 s) the same time too, so
the clock does not tell who has an account. Under gevent the wait yields to other requests.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import current_app, request

DEFAULT_MIN_SECONDS = 0.25


def uniform_duration(view: Callable[..., Any]) -> Callable[..., Any]:
    """POSTs to the view take at least the configured time, success or error alike."""

    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if request.method != "POST":
            return view(*args, **kwargs)
        floor = float(current_app.config.get("CANDOR_PASSWORD_RESET_MIN_SECONDS", DEFAULT_MIN_SECONDS))
        started = time.monotonic()
        try:
            return view(*args, **kwargs)
        finally:
            remaining = floor - (time.monotonic() - started)
            if remaining > 0:
                time.sleep(remaining)

    return wrapper
