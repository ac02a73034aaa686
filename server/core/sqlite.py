"""SQLite connection settings, and real transactions on pysqlite.

pysqlite (Python's sqlite3 module), left to itself, starts a transaction only
before INSERT/UPDATE/DELETE. A SAVEPOINT issued before any write then opens the
transaction itself, and its RELEASE commits everything: a rolled-back use case
would keep the rows written inside the savepoint. SQLAlchemy's documented
workaround takes transaction control away from the driver and emits BEGIN
itself, so SAVEPOINT always nests inside a real transaction.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    dbapi_connection.isolation_level = None  # the driver no longer begins or commits on its own
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # Readers do not block the writer; the web server and the mail worker share the file.
    cursor.execute("PRAGMA journal_mode=WAL")
    # In WAL mode NORMAL syncs at checkpoints, not at every commit: a commit stays atomic and the
    # database consistent; a power cut (not a crash of the process) may lose the last commits. FULL
    # cost an fsync per message, several milliseconds each, holding the whole process meanwhile.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _on_begin(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN")


def install() -> None:
    """Listens on every Engine (idempotent): tests and the CLI create several."""
    if not event.contains(Engine, "connect", _on_connect):
        event.listen(Engine, "connect", _on_connect)
    if not event.contains(Engine, "begin", _on_begin):
        event.listen(Engine, "begin", _on_begin)
