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
from server.extensions import db, limiter, socketio
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


def _config(database_url: str, **overrides) -> dict:
    return {
        "TESTING": True,
        "CANDOR_ENV": "testing",
        "SQLALCHEMY_DATABASE_URI": database_url,
        "CANDOR_BASE_URL": "http://candor.test",
        "SERVER_NAME": None,
        **overrides,
    }


@pytest.fixture
def make_app(_schema):
    """A new application with these settings (a test that needs other settings than ``app``'s)."""
    apps = []

    def factory(**overrides):
        application = create_app(_config(_schema, **overrides))
        apps.append(application)
        return application

    yield factory
    for application in apps:
        with application.app_context():
            db.session.remove()
            _empty_tables()
            db.engine.dispose()


@pytest.fixture(scope="session")
def _default_app(_schema):
    # One application per worker with the default settings, as a server process has one: building an
    # application compiles every URL rule (about 75 ms), which was a sixth of the suite's time.
    return create_app(_config(_schema))


@pytest.fixture
def app(_default_app):
    """The application with the default test settings, its tables emptied after the test."""
    # The extension objects are global and a ``make_app`` application re-binds them: bind them back.
    # Flask-Limiter takes its on/off switch from the application (off here, so it adds no hooks again);
    # the Socket.IO server is a new one per test, as a new application had (no rooms or sockets of an
    # earlier test), and the WSGI stack keeps its one Socket.IO layer.
    limiter.init_app(_default_app)
    wsgi_app = _default_app.wsgi_app
    config = _default_app.config
    socketio.init_app(_default_app, message_queue=config["SOCKETIO_MESSAGE_QUEUE"], channel=config["SOCKETIO_CHANNEL"])
    _default_app.wsgi_app = wsgi_app  # type: ignore[method-assign]
    with _default_app.app_context():
        yield _default_app
        db.session.remove()
        _empty_tables()


@pytest.fixture
def client(app):
    return app.test_client()
