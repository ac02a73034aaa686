"""Authenticate before reading the body: an API route that declares bearer security answers an anonymous
caller 401 before its JSON is parsed or validated (400 or 422 would tell a stranger about the route's
schema, and the answer should not depend on what the stranger sent)."""

from __future__ import annotations

from collections.abc import Callable

from flask import current_app, request

from ..api.blueprint import bp, spec
from .api_auth import require_user


def declares_security(view: Callable) -> bool:
    # spectree finds its metadata through decorators above it (rate limits), which use functools.wraps.
    return bool(getattr(spec.get_function_metadata(view), "security", None))


def authenticate_first() -> None:
    view = current_app.view_functions.get(request.endpoint or "")
    if view is not None and declares_security(view):
        require_user()


# First among the API's hooks: before api/errors.py's malformed-JSON check, which registered earlier.
bp.before_request_funcs.setdefault(None, []).insert(0, authenticate_first)
