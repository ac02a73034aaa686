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
