"""Signed one-click unsubscribe links: (user id, kind) signed with SECRET_KEY, no login needed.

The link does not expire (an old email must still work); changing SECRET_KEY voids every link.
"""

from __future__ import annotations

from flask import current_app
from itsdangerous import BadSignature, URLSafeSerializer

from .models import EmailKind

SALT = "candor.unsubscribe.v1"


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=SALT)


def make_token(user_id: int, kind: str) -> str:
    return _serializer().dumps([user_id, str(kind)])


def read_token(token: str) -> tuple[int, str] | None:
    """(user id, kind) of a genuine token, else None."""
    try:
        data = _serializer().loads(token)
    except BadSignature:
        return None
    if (
        not isinstance(data, list)
        or len(data) != 2
        or not isinstance(data[0], int)
        or isinstance(data[0], bool)
        or data[1] not in set(EmailKind)
    ):
        return None
    return data[0], data[1]


def unsubscribe_url(user_id: int, kind: str) -> str:
    return f"{current_app.config['CANDOR_BASE_URL']}/unsubscribe/{make_token(user_id, kind)}"


def unsubscribe_headers(user_id: int, kind: str) -> dict[str, str]:
    """RFC 2369 and RFC 8058: mail programs offer their own one-click unsubscribe button."""
    return {
        "List-Unsubscribe": f"<{unsubscribe_url(user_id, kind)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
