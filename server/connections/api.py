"""Staying in touch over JSON."""

from __future__ import annotations

from spectree import Response

from ..accounts.api_auth import require_user
from ..api.blueprint import bp, spec
from ..api.schemas import ConnectionOut, errors
from ..api.validation import validated
from . import operations
from .schemas import ConnectionIn


@bp.put("/threads/<int:thread_id>/connection")
@spec.validate(
    json=ConnectionIn,
    resp=Response(HTTP_200=ConnectionOut, **errors(400, 401, 404, 409, 422)),
    security={"bearer": []},
    tags=["connections"],
)
def set_connection(thread_id: int):
    """Opt in or out of staying in touch; connected only when both sides opt in."""
    user = require_user()
    body: ConnectionIn = validated().json
    connection = operations.set_connection(user, thread_id, body.opt_in, body.interests)
    return operations.serialize_connection(connection)
