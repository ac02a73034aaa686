"""Server-rendered page plumbing: error pages, security headers, filters, the page context.

The pages themselves live in the feature packages (``*/views.py``); ``server.app``
registers their blueprints.
"""

from __future__ import annotations

from flask import Flask, g

from . import access_log, body_limit, errors, filters, security, text_input
from .context import template_context


def register_web(app: Flask) -> None:
    access_log.register(app)  # first: its clock starts before every other hook
    body_limit.register(app)  # before any hook reads the body (it puts itself first)

    @app.before_request
    def _forget_request_caches() -> None:
        # Flask-Login caches the user on g and Flask-WTF the CSRF token, and an
        # app context can outlive one request (the test client reuses an outer
        # one): never carry either over to the next request.
        g.pop("_login_user", None)
        g.pop(app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token"), None)

    errors.register(app)
    text_input.register(app)
    security.register(app)
    filters.register(app)
    app.context_processor(template_context)
