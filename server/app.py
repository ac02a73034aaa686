"""Candor application factory: config, extensions, blueprints, socket handlers, CLI."""
from __future__ import annotations

import logging
import os

from flask import Flask

from .config import load_config
from .extensions import csrf, db, limiter, login_manager, migrate, socketio

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def create_app(overrides: dict | None = None) -> Flask:
    app = Flask(
        __name__,
        template_folder=os.path.join(ROOT, "client_templates"),
        static_folder=os.path.join(ROOT, "static"),
        instance_path=os.environ.get("CANDOR_INSTANCE_PATH") or os.path.join(ROOT, "instance"),
    )
    os.makedirs(app.instance_path, exist_ok=True)
    app.config.update(load_config(app.instance_path, overrides))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    if app.config["PROXY_COUNT"]:
        from werkzeug.middleware.proxy_fix import ProxyFix

        n = app.config["PROXY_COUNT"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n)
    register_extensions(app)
    register_models()
    register_blueprints(app)
    register_socket_handlers()
    register_cli(app)
    return app


def register_extensions(app: Flask) -> None:
    db.init_app(app)
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    if not event.contains(Engine, "connect", _sqlite_pragmas):
        event.listen(Engine, "connect", _sqlite_pragmas)
    migrate.init_app(app, db, directory=os.path.join(ROOT, "migrations"), render_as_batch=True,
                     compare_type=True)
    login_manager.init_app(app)
    csrf.init_app(app)
    limiter.init_app(app)
    socketio.init_app(app, message_queue=app.config["SOCKETIO_MESSAGE_QUEUE"],
                      channel=app.config["SOCKETIO_CHANNEL"])


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    import sqlite3

    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        # Readers do not block the writer; the web server and worker share the file.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()


def register_models() -> None:
    # Import every model module so metadata (and Alembic) sees all tables.
    from .accounts import models as _accounts  # noqa: F401
    from .connections import models as _connections  # noqa: F401
    from .hiring import models as _hiring  # noqa: F401
    from .notifications import models as _notifications  # noqa: F401
    from .threads import models as _threads  # noqa: F401


def register_blueprints(app: Flask) -> None:
    from . import vendor
    from .api import register_api
    from .web import register_web

    register_web(app)
    register_api(app)
    app.register_blueprint(vendor.bp)


def register_socket_handlers() -> None:
    from .threads import events  # noqa: F401  (handlers register on import)


def register_cli(app: Flask) -> None:
    from .cli import register_commands

    register_commands(app)
