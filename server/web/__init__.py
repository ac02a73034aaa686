"""Server-rendered pages: blueprint registration and shared page plumbing."""
from __future__ import annotations

from flask import Flask, g


def register_web(app: Flask) -> None:
    from ..accounts import session  # noqa: F401  (registers the user loader)
    from ..accounts.views import bp as accounts_bp
    from ..hiring.views import bp as hiring_bp
    from ..notifications.views import bp as notifications_bp
    from ..threads import feedback_views  # noqa: F401  (the guided feedback pages, on the threads blueprint)
    from ..threads.prompt_views import bp as prompts_bp
    from ..threads.views import bp as threads_bp
    from . import errors, filters, security
    from .context import template_context

    for blueprint in (accounts_bp, hiring_bp, threads_bp, notifications_bp, prompts_bp):
        app.register_blueprint(blueprint)

    @app.before_request
    def _forget_request_caches():
        # Flask-Login caches the user on g and Flask-WTF the CSRF token, and an
        # app context can outlive one request (the test client reuses an outer
        # one): never carry either over to the next request.
        g.pop("_login_user", None)
        g.pop(app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token"), None)

    errors.register(app)
    security.register(app)
    filters.register(app)
    app.context_processor(template_context)
