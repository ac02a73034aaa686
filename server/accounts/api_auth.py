"""Who is calling the API: a bearer token, or the browser session (with CSRF on writes)."""

from __future__ import annotations

from functools import wraps

from flask import request
from flask_login import current_user

from ..core.errors import Unauthorized
from ..extensions import csrf
from .models import ApiToken, User
from .operations import note_token_use, user_for_token

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def _bearer() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if not header:
        return None
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("Use 'Authorization: Bearer <token>'.", code="invalid_token")
    return token.strip()


def current_user_or_none() -> User | None:
    # Cached on the request (not g): an app context can outlive one request.
    if "candor.api_user" in request.environ:
        return request.environ["candor.api_user"]
    token = _bearer()
    user = None
    if token is not None:
        found = user_for_token(token)
        if found is None:
            raise Unauthorized("That token is not valid or has been revoked.", code="invalid_token")
        user, row = found
        request.environ["candor.api_token"] = row
        note_token_use(row)
    elif current_user.is_authenticated:
        if request.method not in SAFE_METHODS:
            csrf.protect()
        user = current_user._get_current_object()
    request.environ["candor.api_user"] = user
    return user


def require_user() -> User:
    user = current_user_or_none()
    if user is None:
        raise Unauthorized("Log in first: send 'Authorization: Bearer <token>'.", code="unauthorized")
    return user


def authenticated(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        require_user()
        return view(*args, **kwargs)

    return wrapper


def current_token() -> ApiToken | None:
    """The ApiToken row of a bearer-authenticated request, else None."""
    current_user_or_none()
    return request.environ.get("candor.api_token")
