"""The caller's data over JSON: export and erasure."""

from __future__ import annotations

from flask import jsonify
from spectree import Response

from ..accounts.api_auth import authenticated, require_user
from ..api.blueprint import bp, spec
from ..api.schemas import errors
from ..api.validation import validated
from . import operations
from .schemas import EraseIn, ExportOut

SECURED: dict[str, list[str]] = {"bearer": []}


@bp.get("/me/export")
@authenticated
@spec.validate(resp=Response(HTTP_200=ExportOut, **errors(401)), security=SECURED, tags=["account"])
def export_me():
    """Everything Candor holds about the caller, as JSON."""
    response = jsonify(operations.export_data(require_user()))
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.delete("/me")
@authenticated
@spec.validate(
    json=EraseIn, resp=Response("HTTP_204", **errors(400, 401, 409, 413, 422)), security=SECURED, tags=["account"]
)
def erase_me():
    """Delete the caller's account (password required). Employers keep an anonymised record of
    their side of a candidate's threads; a staff member's messages stay, by "Former colleague";
    the last admin of an organization is refused (409)."""
    body: EraseIn = validated().json
    operations.erase_account(require_user(), body.password)
    return "", 204
