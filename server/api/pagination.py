"""Opaque cursors and limits for list endpoints."""

from __future__ import annotations

import base64
import json
from datetime import datetime

from .exceptions import ApiError

DEFAULT_LIMIT = 50
MAX_LIMIT = 100


def encode_cursor(value) -> str:
    if isinstance(value, tuple) and value and isinstance(value[0], datetime):
        value = [value[0].isoformat(), value[1]]
    raw = json.dumps(value, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None, kind: str):
    if cursor is None:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        value = json.loads(raw)
        if kind == "id" and isinstance(value, int) and not isinstance(value, bool):
            return value
        if kind == "time_id" and isinstance(value, list) and len(value) == 2 and isinstance(value[1], int):
            return datetime.fromisoformat(value[0]), value[1]
    except (ValueError, TypeError):
        pass
    raise ApiError(
        400, "invalid_cursor", "That cursor is not valid; start again without it.", {"cursor": "Invalid cursor."}
    )


def page(items: list, next_value, cursor_kind: str) -> dict:
    return {"items": items, "next_cursor": encode_cursor(next_value) if next_value is not None else None}
