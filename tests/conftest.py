"""Test setup: one database per xdist worker, on SQLite or PostgreSQL.

CANDOR_TEST_DATABASE_URL selects PostgreSQL, e.g.
postgresql://postgres@127.0.0.1:5432/test; each worker then uses its own
database next to it (test_gw0, test_gw1, ...). Without it, SQLite files in a
temporary folder are used.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from server import create_app
from server.extensions import db
from tests.live import fresh_database

pytest_plugins = ["tests.fixtures"]


@pytest.fixture(scope="session")
def database_url(worker_id):
    return fresh_database(worker_id)


@pytest.fixture(scope="session")
def _schema(database_url):
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": database_url, "CANDOR_ENV": "testing"})
    with app.app_context():
        db.create_all()
        db.engine.dispose()
    return database_url


def _empty_tables() -> None:
    tables = db.metadata.sorted_tables
    if db.engine.dialect.name == "postgresql":
        names = ", ".join(f'"{t.name}"' for t in tables)
        db.session.execute(sa.text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    else:
        for table in reversed(tables):
            db.session.execute(table.delete())
    db.session.commit()


@pytest.fixture
def make_app(_schema, tmp_path):
    apps = []

    def factory(**overrides):
        config = {
            "TESTING": True,
            "CANDOR_ENV": "testing",
            "SQLALCHEMY_DATABASE_URI": _schema,
            "CANDOR_BASE_URL": "http://candor.test",
            "SERVER_NAME": None,
        }
        config.update(overrides)
        application = create_app(config)
        apps.append(application)
        return application

    yield factory
    for application in apps:
        with application.app_context():
            db.session.remove()
            _empty_tables()
            db.engine.dispose()


@pytest.fixture
def app(make_app):
    application = make_app()
    with application.app_context():
        yield application


@pytest.fixture
def client(app):
    return app.test_client()
