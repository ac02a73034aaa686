"""JSON API plumbing: the blueprint and its OpenAPI spec, errors, validation, pagination, shared schemas.

The endpoints live in the feature packages (``*/api.py``), which add their routes
to ``blueprint.bp``; ``server.app`` imports them before calling ``register_api``.
"""

from __future__ import annotations

from flask import Flask

from ..extensions import csrf
from . import errors, session  # noqa: F401  (session: its request hooks)
from .blueprint import bp, spec


def register_api(app: Flask) -> None:
    errors.register_app_hooks(app)
    # The API authenticates with bearer tokens; cookie-authenticated writes are
    # checked for a CSRF token in accounts.api_auth.current_user_or_none() instead.
    csrf.exempt(bp)
    app.register_blueprint(bp)
    # spec.register(app) would also serve a second copy of the document under spectree's own path;
    # the spec needs only the app, to find the routes. The one document is /api/v1/openapi.json.
    spec.app = app
