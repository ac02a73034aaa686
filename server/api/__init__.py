"""JSON API plumbing: the blueprint, the OpenAPI spec, errors, auth."""
from __future__ import annotations

from flask import Blueprint, Flask, jsonify
from spectree import SecurityScheme, SpecTree
from spectree.models import SecuritySchemeData

from .errors import handle_validation_error

bp = Blueprint("api", __name__, url_prefix="/api/v1")

spec = SpecTree(
    "flask",
    title="Candor API",
    version="1",
    description="Rejection as a respectful conversation. See API.md for the contract.",
    # spectree leaves routes under its own path out of the document, so it lives
    # below the API; /api/v1/openapi.json itself is served by the view below.
    path="api/v1/spec",
    filename="openapi.json",
    mode="strict",
    page_templates={},  # no documentation page loading assets from a CDN
    annotations=False,
    before=handle_validation_error,
    security_schemes=[SecurityScheme(name="bearer", data=SecuritySchemeData(type="http", scheme="bearer"))],
)


def register_api(app: Flask) -> None:
    from ..accounts import api as _accounts  # noqa: F401
    from ..connections import api as _connections  # noqa: F401
    from ..hiring import api as _hiring  # noqa: F401
    from ..threads import api as _threads  # noqa: F401
    from . import errors

    errors.register(app, bp)

    @bp.get("/openapi.json")
    def openapi_document():
        return jsonify(spec.spec)

    from ..extensions import csrf

    # The API authenticates with bearer tokens; cookie-authenticated writes are
    # checked for a CSRF token in auth.current_user() instead.
    csrf.exempt(bp)
    app.register_blueprint(bp)
    spec.register(app)
