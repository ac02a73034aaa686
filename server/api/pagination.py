"""Opaque cursors and limits for list endpoints."""

from __future__ import annotations

import base64
import json
from datetime import datetime
from typing import Any

from pydantic import Field

from ..core.ids import in_range
from ..core.text import CONTROL
from .exceptions import ApiError

DEFAULT_LIMIT = 50
MAX_LIMIT = 100

# What each kind of cursor holds, by the name the OpenAPI document gives its format: a cursor is
# opaque to clients, who only send back a `next_cursor`; the test suite generates valid ones by kind.
CURSOR_FORMATS = {"id": "id-cursor", "time_id": "time-cursor", "text_id": "name-cursor", "message": "message-cursor"}


def cursor_field(kind: str, description: str = "") -> Any:
    """A cursor parameter: the `next_cursor` of the previous page; anything else is 400. (Its format alone,
    without a pattern: a schema with more than the format keeps generators from using the format's own.)"""
    return Field(
        json_schema_extra={"format": CURSOR_FORMATS[kind]},
        description=" ".join(
            part
            for part in (
                "The `next_cursor` of the previous page (base64url).",
                description,
                "Else 400 `invalid_cursor`.",
            )
            if part
        ),
    )


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
        if kind == "time_id" and isinstance(value[0], str):
            at = datetime.fromisoformat(value[0])
            # The server writes naive UTC times; an offset would compare differently on each database.
            return (at, value[1]) if at.tzinfo is None else None
        # No name holds a control character (PostgreSQL refuses a NUL outright: a 500).
        if kind == "text_id" and isinstance(value[0], str) and not CONTROL.search(value[0]):
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
