"""Staying in touch over JSON."""

from __future__ import annotations

from spectree import Response

from ..accounts.api_auth import require_user
from ..api.blueprint import bp, spec
from ..api.pagination import decode_cursor, page
from ..api.schemas import ConnectionOut, PageQuery, errors
from ..api.validation import validated
from . import operations
from .schemas import ConnectionIn, ConsentHistoryList, MyConnectionList


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


@bp.get("/me/connections")
@spec.validate(
    query=PageQuery,
    resp=Response(HTTP_200=MyConnectionList, **errors(400, 401, 403, 422)),
    security={"bearer": []},
    tags=["connections"],
)
def my_connections():
    """The caller's connections across organizations (candidates only; staff get 403), newest first.

    Renew with ``PUT /threads/{thread_id}/connection {opt_in: true}``; withdraw with ``opt_in: false``.
    """
    query: PageQuery = validated().query
    rows, next_id = operations.list_my_connections(require_user(), query.limit, decode_cursor(query.cursor, "id"))
    return page([operations.my_connection_out(c, t) for c, t in rows], next_id, "id")


@bp.get("/me/connections/<int:organization_id>/history")
@spec.validate(
    query=PageQuery,
    resp=Response(HTTP_200=ConsentHistoryList, **errors(400, 401, 403, 404, 422)),
    security={"bearer": []},
    tags=["connections"],
)
def my_connection_history(organization_id: int):
    """Every change of the caller's consent with the organization, oldest first: opt_in, opt_out,
    renew, lapse (side "system") and interests_changed, with the interests at that moment.
    Candidates only (staff 403); no connection with that organization 404."""
    query: PageQuery = validated().query
    rows, next_id = operations.consent_history(
        require_user(), organization_id, query.limit, decode_cursor(query.cursor, "id")
    )
    return page([operations.history_out(event) for event in rows], next_id, "id")
