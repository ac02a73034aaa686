"""The caller's data over JSON: export and erasure."""

from __future__ import annotations

from flask import current_app, jsonify, request
from pydantic import ValidationError
from spectree import Response

from ..accounts.api_auth import authenticated, require_user
from ..api.blueprint import bp, spec
from ..api.exceptions import ApiError
from ..api.schemas import errors
from ..api.validation import handle_validation_error, validated
from ..extensions import limiter
from . import operations
from .schemas import EraseIn, ExportOut

SECURED: dict[str, list[str]] = {"bearer": []}
# Erasure checks a password: limited like login, so a stolen token cannot be used to guess it.
password_limit = limiter.limit(lambda: current_app.config["CANDOR_AUTH_RATE_LIMIT"])


@bp.get("/me/export")
@authenticated
@spec.validate(resp=Response(HTTP_200=ExportOut, **errors(401)), security=SECURED, tags=["account"])
def export_me():
    """Everything Candor holds about the caller, as JSON."""
    response = jsonify(operations.export_data(require_user()))
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.delete("/me")
@password_limit
@authenticated
@spec.validate(
    json=EraseIn, resp=Response("HTTP_204", **errors(400, 401, 409, 413, 422, 429)), security=SECURED, tags=["account"]
)
def erase_me():
    """Delete the caller's account (password required). Employers keep an anonymised record of
    their side of a candidate's threads; a staff member's messages stay, by "Former colleague";
    the last admin of an organization is refused (409)."""
    user = require_user()
    operations.erase_account(user, _erase_body().password)
    return "", 204


def _erase_body() -> EraseIn:
    """spectree documents the body of a DELETE but leaves it unparsed: checked here the same way
    (400 malformed JSON or wrong type, 422 missing or invalid)."""
    body = validated().json
    if isinstance(body, EraseIn):
        return body
    if request.content_length or request.data:
        if not request.is_json:
            raise ApiError(415, "unsupported_media_type", "Send JSON with Content-Type: application/json.")
        data = request.get_json(silent=True)
        if not isinstance(data, dict):
            raise ApiError(400, "malformed_json", "The request body must be a JSON object.")
    else:
        data = {}
    try:
        return EraseIn.model_validate(data)
    except ValidationError as exc:
        handle_validation_error(None, None, exc, None)
        raise  # not reached: the hook always raises
