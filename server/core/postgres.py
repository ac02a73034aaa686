"""PostgreSQL: a request that only read ends its transaction with COMMIT, not ROLLBACK.

psycopg drops every prepared statement on ROLLBACK (it cannot tell which ones the server kept), and
Flask-SQLAlchemy ends each request by closing the session, which rolls back. So no statement stayed
prepared from one request to the next: each was parsed and planned again, 1 to 3 ms for a page of
threads against under 1 ms to run it. Committing a transaction that wrote nothing changes nothing and
costs the same round trip; psycopg then keeps its prepared statements and PostgreSQL its plans.

A transaction that wrote anything (any statement but a SELECT, noted before it runs), one where a
statement failed, or a request that failed, still rolls back: only reads are ever committed this way.
"""

from __future__ import annotations

from typing import Any

from flask import Flask
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine, ExceptionContext

from ..extensions import db

_WROTE = "candor_wrote"


def _note_writes(conn: Connection, _cursor: Any, statement: str, *_args: Any) -> None:
    if conn.dialect.name == "postgresql" and statement.lstrip()[:6].upper() != "SELECT":
        conn.info[_WROTE] = True


def _note_failure(context: ExceptionContext) -> None:
    if context.connection is not None:
        context.connection.info[_WROTE] = True


def _forget(conn: Connection) -> None:
    conn.info.pop(_WROTE, None)


def _end_reads(exc: BaseException | None) -> None:
    if exc is not None or not db.session.registry.has():
        return
    session = db.session()
    if exc is not None or not session.in_transaction() or session.new or session.dirty or session.deleted:
        return
    conn = session.connection()
    if conn.dialect.name == "postgresql" and not conn.info.get(_WROTE):
        session.commit()


def install(app: Flask) -> None:
    """Registered after Flask-SQLAlchemy, so it runs before the session is closed (teardowns run in
    reverse order)."""
    if not event.contains(Engine, "before_cursor_execute", _note_writes):
        event.listen(Engine, "before_cursor_execute", _note_writes)
        event.listen(Engine, "handle_error", _note_failure)
        event.listen(Engine, "commit", _forget)
        event.listen(Engine, "rollback", _forget)
    app.teardown_appcontext(_end_reads)
