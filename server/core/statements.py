"""Core statements on the unit of work's own connection, for the hot paths: no ORM layer to pass."""

from __future__ import annotations

from typing import Any

from sqlalchemy import CursorResult, Executable

from ..extensions import db


def execute(statement: Executable, params: dict[str, Any] | None = None) -> CursorResult[*tuple[Any, ...]]:
    """Runs ``statement`` in the session's transaction. Core statements do not autoflush, so what this
    unit of work changed is flushed first: it is read too."""
    db.session.flush()
    return db.session.connection().execute(statement, params or {})
