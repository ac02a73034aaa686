"""JSON API plumbing: the blueprint, the OpenAPI spec, errors, auth."""
from __future__ import annotations

from flask import Flask, jsonify

from .blueprint import bp, spec


@bp.get("/openapi.json")
def openapi_document():
    return jsonify(spec.spec)


def register_api(app: Flask) -> None:
    from ..accounts import api as _accounts  # noqa: F401
    from ..connections import api as _connections  # noqa: F401
    from ..extensions import csrf
    from ..hiring import api as _hiring  # noqa: F401
    from ..threads import api as _threads  # noqa: F401
    from . import errors

    errors.register_app_hooks(app)
    # The API authenticates with bearer tokens; cookie-authenticated writes are
    # checked for a CSRF token in auth.current_user_or_none() instead.
    csrf.exempt(bp)
    app.register_blueprint(bp)
    spec.register(app)
