"""A user's API tokens: list the ones that still work, revoke any of them (issue 12). Tokens expire after
CANDOR_TOKEN_IDLE_DAYS without use; the token itself is shown only once, when it is made."""

from __future__ import annotations

from spectree import Response

from ..api.blueprint import bp, spec
from ..api.pagination import decode_cursor, page
from ..api.schemas import PageQuery, errors
from ..api.validation import validated
from ..core.time import isoformat
from . import operations
from .api_auth import current_token, require_user
from .models import ApiToken
from .schemas import TokenListOut

SECURED: dict[str, list[str]] = {"bearer": []}


def _token_out(row: ApiToken, current: ApiToken | None) -> dict:
    return {
        "id": row.id,
        "created_at": isoformat(row.created_at),
        "last_used_at": isoformat(row.last_used_at),
        "expires_at": isoformat(operations.token_expires_at(row)),
        "current": current is not None and current.id == row.id,
    }


@bp.get("/me/tokens")
@spec.validate(
    query=PageQuery, resp=Response(HTTP_200=TokenListOut, **errors(400, 401, 422)), security=SECURED, tags=["accounts"]
)
def list_my_tokens():
    """Your API tokens that still work, newest first (never the tokens themselves)."""
    query: PageQuery = validated().query
    rows, next_id = operations.list_tokens(require_user(), query.limit, decode_cursor(query.cursor, "id"))
    current = current_token()
    return page([_token_out(row, current) for row in rows], next_id, "id")


@bp.delete("/me/tokens/<int:token_id>")
@spec.validate(resp=Response("HTTP_204", **errors(401, 404)), security=SECURED, tags=["accounts"])
def revoke_my_token(token_id: int):
    """Revoke one of your tokens; sockets opened with it close. Anyone else's token is 404."""
    operations.revoke_own_token(require_user(), token_id)
    return "", 204
