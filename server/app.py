"""The application factory: config, extensions, models, blueprints, subscribers, socket handlers, CLI.

This module sits on top of every package: it is the one place that knows them
all, so the packages themselves only ever import downwards (see README).
"""

from __future__ import annotations

import logging
import os

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

# Importing these modules registers what they hold: models with SQLAlchemy's
# metadata, routes on the API blueprint, subscribers of domain events, socket
# handlers and the session loader. Each import below is used only for that.
from .accounts import api as accounts_api  # noqa: F401
from .accounts import api_gate as accounts_api_gate  # noqa: F401
from .accounts import session as accounts_session  # noqa: F401
from .accounts import settings_api as accounts_settings_api  # noqa: F401
from .accounts import tokens_api as accounts_tokens_api  # noqa: F401
from .accounts.settings_views import bp as organization_settings_bp
from .accounts.views import bp as accounts_bp
from .api import register_api
from .bulk import api as bulk_api  # noqa: F401
from .bulk.views import bp as bulk_bp
from .commands import register_commands
from .config import load_config
from .connections import api as connections_api  # noqa: F401
from .connections import pool_api as connections_pool_api  # noqa: F401
from .connections import pool_views as connections_pool_views  # noqa: F401
from .connections.views import bp as connections_bp
from .core import postgres, sqlite
from .core.ids import IdConverter
from .dashboard import api as dashboard_api  # noqa: F401
from .dashboard.views import bp as dashboard_bp
from .extensions import csrf, db, limiter, login_manager, migrate, socketio
from .feedback import api as feedback_api  # noqa: F401
from .feedback.prompt_views import bp as prompts_bp
from .feedback.views import bp as feedback_bp
from .hiring import api as hiring_api  # noqa: F401
from .hiring.views import bp as hiring_bp
from .inbox.views import bp as inbox_bp
from .messaging import api as messaging_api  # noqa: F401
from .notifications import announcement_emails as notification_announcement_emails  # noqa: F401
from .notifications import api as notifications_api  # noqa: F401
from .notifications import connection_emails as notification_connection_emails  # noqa: F401
from .notifications import pending as notification_pending  # noqa: F401
from .notifications import privacy_emails as notification_privacy_emails  # noqa: F401
from .notifications import subscribers as notification_subscribers  # noqa: F401
from .notifications.settings_views import bp as settings_bp
from .notifications.unsubscribe_views import bp as unsubscribe_bp
from .notifications.views import bp as notifications_bp
from .privacy import api as privacy_api  # noqa: F401
from .privacy.views import bp as privacy_bp
from .realtime import bulk as realtime_bulk  # noqa: F401
from .realtime import handlers as socket_handlers  # noqa: F401
from .realtime import subscribers as realtime_subscribers  # noqa: F401
from .vendor import bp as vendor_bp
from .web import register_web

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = (
    accounts_bp,
    organization_settings_bp,
    hiring_bp,
    bulk_bp,
    connections_bp,
    inbox_bp,
    dashboard_bp,
    feedback_bp,
    prompts_bp,
    notifications_bp,
    settings_bp,
    unsubscribe_bp,
    privacy_bp,
    vendor_bp,
)


def create_app(overrides: dict | None = None) -> Flask:
    app = Flask(
        __name__,
        template_folder=os.path.join(ROOT, "client_templates"),
        static_folder=os.path.join(ROOT, "static"),
        instance_path=os.environ.get("CANDOR_INSTANCE_PATH") or os.path.join(ROOT, "instance"),
    )
    os.makedirs(app.instance_path, exist_ok=True)
    app.url_map.converters["int"] = IdConverter  # before any route is added: rules bind converters then
    app.config.update(load_config(app.instance_path, overrides))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    if app.config["PROXY_COUNT"]:
        n = app.config["PROXY_COUNT"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n)  # type: ignore[method-assign]
    register_extensions(app)
    register_blueprints(app)
    register_commands(app)
    return app


def register_extensions(app: Flask) -> None:
    sqlite.install()
    db.init_app(app)
    postgres.install(app)
    migrate.init_app(app, db, directory=os.path.join(ROOT, "migrations"), render_as_batch=True, compare_type=True)
    login_manager.init_app(app)
    csrf.init_app(app)
    limiter.init_app(app)
    socketio.init_app(app, message_queue=app.config["SOCKETIO_MESSAGE_QUEUE"], channel=app.config["SOCKETIO_CHANNEL"])


def register_blueprints(app: Flask) -> None:
    register_web(app)
    for blueprint in PAGES:
        app.register_blueprint(blueprint)
    register_api(app)
