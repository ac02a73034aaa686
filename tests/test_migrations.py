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


def test_thread_position_revision_fills_the_position_of_existing_threads(worker_id):
    """Threads opened before c6e1f3a8b2d4 get their candidacy's position, and the column is then required."""
    url = fresh_database(f"thread_position_{worker_id}")
    app = create_app({"TESTING": True, "CANDOR_ENV": "testing", "SQLALCHEMY_DATABASE_URI": url})
    tables = db.metadata.tables
    with app.app_context():
        upgrade(revision="b5d9e2a7c4f1")
        with db.engine.begin() as conn:
            # Core inserts fill the models' Python-side defaults; threads.position_id is left out (it
            # has none), as the table of that revision has no such column.
            conn.execute(tables["organizations"].insert(), [{"id": 1, "name": "Acme"}])
            conn.execute(
                tables["positions"].insert(), [{"id": p, "organization_id": 1, "title": f"Role {p}"} for p in (1, 2)]
            )
            pairs = ((10, 2), (11, 1), (12, 2))
            conn.execute(
                tables["candidacies"].insert(),
                [{"id": c, "position_id": p, "name": "Casey", "email": f"c{c}@example.com"} for c, p in pairs],
            )
            conn.execute(
                tables["threads"].insert(),
                [{"id": c + 100, "organization_id": 1, "candidacy_id": c} for c, _p in pairs],
            )
            conn.execute(
                tables["messages"].insert(),
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
