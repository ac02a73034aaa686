"""The schema comes only from Alembic revisions, and they match the models."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade

from server import create_app
from server.extensions import db
from tests.live import fresh_database


def built_here(dialect: str):
    """Models' objects this database builds: an index declared for another one only (``ddl_if``, e.g.
    PostgreSQL's trigram indexes) is neither built nor expected here."""

    def include(obj, name, type_, reflected, compare_to) -> bool:
        condition = getattr(obj, "_ddl_if", None)
        return condition is None or condition.dialect in (None, dialect)

    return include


def test_migrations_build_the_models_schema_and_roll_back(worker_id):
    url = fresh_database(f"migrations_{worker_id}")
    app = create_app({"TESTING": True, "CANDOR_ENV": "testing", "SQLALCHEMY_DATABASE_URI": url})
    with app.app_context():
        upgrade()
        with db.engine.connect() as conn:
            opts = {"compare_type": True, "include_object": built_here(conn.dialect.name)}
            diff = compare_metadata(MigrationContext.configure(conn, opts=opts), db.metadata)
        assert diff == [], f"models and migrations differ: {diff}"
        downgrade(revision="base")
        with db.engine.connect() as conn:
            assert set(sa.inspect(conn).get_table_names()) <= {"alembic_version"}
        db.engine.dispose()


def insert_at_revision(conn, name: str, rows: list[dict]) -> None:
    """Inserts into the table as an earlier revision built it (reflected): columns it lacks are not
    written, and those it requires are filled from the models' Python-side defaults, as the
    application of that time did."""
    table = sa.Table(name, sa.MetaData(), autoload_with=conn)
    model = db.metadata.tables[name]
    filled = []
    for row in rows:
        row = dict(row)
        for column in table.columns:
            default = model.columns[column.name].default if column.name in model.columns else None
            if column.name not in row and default is not None and default.is_scalar:
                row[column.name] = default.arg
            elif column.name not in row and default is not None and default.is_callable:
                row[column.name] = default.arg(None)
        filled.append(row)
    conn.execute(table.insert(), filled)


def test_thread_position_revision_fills_the_position_of_existing_threads(worker_id):
    """Threads opened before c6e1f3a8b2d4 get their candidacy's position, and the column is then required."""
    url = fresh_database(f"thread_position_{worker_id}")
    app = create_app({"TESTING": True, "CANDOR_ENV": "testing", "SQLALCHEMY_DATABASE_URI": url})
    with app.app_context():
        upgrade(revision="b5d9e2a7c4f1")
        with db.engine.begin() as conn:
            insert_at_revision(conn, "organizations", [{"id": 1, "name": "Acme"}])
            insert_at_revision(
                conn, "positions", [{"id": p, "organization_id": 1, "title": f"Role {p}"} for p in (1, 2)]
            )
            pairs = ((10, 2), (11, 1), (12, 2))
            insert_at_revision(
                conn,
                "candidacies",
                [{"id": c, "position_id": p, "name": "Casey", "email": f"c{c}@example.com"} for c, p in pairs],
            )
            insert_at_revision(
                conn, "threads", [{"id": c + 100, "organization_id": 1, "candidacy_id": c} for c, _p in pairs]
            )
            insert_at_revision(
                conn,
                "messages",
                [
                    {"thread_id": t, "side": "system", "kind": "system", "body": "Hi", "html": "<p>Hi</p>"}
                    for t in (110, 112)
                ],
            )
        upgrade()
        with db.engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT id, position_id FROM threads ORDER BY id")).all()
            assert [tuple(r) for r in rows] == [(110, 2), (111, 1), (112, 2)]
            # SQLite rebuilds the table: with foreign keys on, that used to delete its messages (cascade).
            assert conn.execute(sa.text("SELECT thread_id FROM messages ORDER BY thread_id")).scalars().all() == [
                110,
                112,
            ]
            if conn.dialect.name == "sqlite":
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # on again after the upgrade
            columns = {c["name"]: c for c in sa.inspect(conn).get_columns("threads")}
            assert columns["position_id"]["nullable"] is False
        downgrade(revision="base")
        db.engine.dispose()


def test_message_seq_revision_numbers_each_threads_messages_and_read_positions(worker_id):
    """Before d7a2f4c9e1b5 unread counts counted rows; after it, every message has its place in its thread
    (1, 2, ... in id order, with other threads' messages in between), each thread its count, and each read
    position the place of the message read, so the unread counts read the same as before."""
    url = fresh_database(f"message_seq_{worker_id}")
    app = create_app({"TESTING": True, "CANDOR_ENV": "testing", "SQLALCHEMY_DATABASE_URI": url})
    with app.app_context():
        upgrade(revision="c6e1f3a8b2d4")
        with db.engine.begin() as conn:
            insert_at_revision(conn, "organizations", [{"id": 1, "name": "Acme"}])
            insert_at_revision(
                conn,
                "users",
                [
                    {"id": u, "email": f"u{u}@example.com", "name": "U", "kind": "staff", "password_hash": "x"}
                    for u in (1, 2)
                ],
            )
            insert_at_revision(conn, "positions", [{"id": 1, "organization_id": 1, "title": "Role"}])
            insert_at_revision(
                conn,
                "candidacies",
                [{"id": c, "position_id": 1, "name": "Casey", "email": f"c{c}@example.com"} for c in (10, 11, 12)],
            )
            insert_at_revision(
                conn,
                "threads",
                [{"id": c + 100, "organization_id": 1, "candidacy_id": c, "position_id": 1} for c in (10, 11, 12)],
            )
            # Messages of threads 110 and 111 interleaved by id; 112 has none.
            order = (110, 111, 110, 110, 111, 110)
            insert_at_revision(
                conn,
                "messages",
                [
                    {"id": 500 + n, "thread_id": t, "side": "system", "kind": "system", "body": "Hi", "html": "Hi"}
                    for n, t in enumerate(order)
                ],
            )
            insert_at_revision(
                conn,
                "read_states",
                [
                    {"user_id": 1, "thread_id": 110, "last_read_message_id": 503},  # the third of 110's four
                    {"user_id": 2, "thread_id": 110, "last_read_message_id": 0},  # opened, nothing read
                    {"user_id": 1, "thread_id": 111, "last_read_message_id": 504},  # all of 111
                ],
            )
        upgrade()
        with db.engine.connect() as conn:
            seqs = conn.execute(sa.text("SELECT id, thread_id, seq FROM messages ORDER BY id")).all()
            assert [tuple(r) for r in seqs] == [
                (500, 110, 1),
                (501, 111, 1),
                (502, 110, 2),
                (503, 110, 3),
                (504, 111, 2),
                (505, 110, 4),
            ]
            counts = conn.execute(sa.text("SELECT id, message_count FROM threads ORDER BY id")).all()
            assert [tuple(r) for r in counts] == [(110, 4), (111, 2), (112, 0)]
            read = conn.execute(
                sa.text("SELECT user_id, thread_id, last_read_seq FROM read_states ORDER BY thread_id, user_id")
            ).all()
            assert [tuple(r) for r in read] == [(1, 110, 3), (2, 110, 0), (1, 111, 2)]
            columns = {c["name"]: c for c in sa.inspect(conn).get_columns("messages")}
            assert columns["seq"]["nullable"] is False and columns["seq"]["default"] is None  # every writer gives it
        downgrade(revision="base")
        db.engine.dispose()
