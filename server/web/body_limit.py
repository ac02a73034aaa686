"""A larger request body for the few routes that take one (a CSV upload): every other route keeps
the small MAX_CONTENT_LENGTH. The limit is set before any hook reads the body."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from flask import Flask, request

F = TypeVar("F", bound=Callable)
_ATTRIBUTE = "candor_max_body"


def allow_body(max_bytes: int) -> Callable[[F], F]:
    """Marks a view (under its route decorator) as taking bodies of up to ``max_bytes``."""

    def mark(view: F) -> F:
        setattr(view, _ATTRIBUTE, max_bytes)
        return view

    return mark


def register(app: Flask) -> None:
    def _body_limit() -> None:
        view = app.view_functions.get(request.endpoint or "")
        limit = getattr(view, _ATTRIBUTE, None)
        if limit is not None:
            request.max_content_length = limit

    # First of the application's hooks, whenever registered: CSRF protection reads the form before
    # the pages' hooks run (its hook is registered with the extension).
    app.before_request_funcs.setdefault(None, []).insert(0, _body_limit)
