"""Opaque cursors and limits for list endpoints."""

from __future__ import annotations

import base64
import json
from datetime import datetime

from ..core.ids import in_range
from .exceptions import ApiError

DEFAULT_LIMIT = 50
MAX_LIMIT = 100


def encode_cursor(value) -> str:
    if isinstance(value, tuple) and value and isinstance(value[0], datetime):
        value = [value[0].isoformat(), value[1]]
    raw = json.dumps(value, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _an_id(value) -> bool:
    # An id beyond the database's range would fail in the query (a 500): such a cursor is invalid.
    return isinstance(value, int) and not isinstance(value, bool) and in_range(value)


def _decode(value, kind: str):
    if kind == "id" and _an_id(value):
        return value
    if isinstance(value, list) and len(value) == 2 and _an_id(value[1]):
        if kind == "time_id":
            return datetime.fromisoformat(value[0]), value[1]
        if kind == "text_id" and isinstance(value[0], str):
            return value[0], value[1]
    return None


def decode_cursor(cursor: str | None, kind: str):
    """The position an opaque cursor carries: an id, a (time, id) or a (text, id); 400 if it is not one."""
    if cursor is None:
        return None
    try:
        decoded = _decode(json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))), kind)
    except (ValueError, TypeError):
        decoded = None
    if decoded is None:
        raise ApiError(
            400, "invalid_cursor", "That cursor is not valid; start again without it.", {"cursor": "Invalid cursor."}
        )
    return decoded


def page(items: list, next_value, cursor_kind: str) -> dict:
    return {"items": items, "next_cursor": encode_cursor(next_value) if next_value is not None else None}
