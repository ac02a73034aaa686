"""The talent pool and announcements over JSON."""

from __future__ import annotations

from spectree import Response

from ..accounts.api_auth import require_user
from ..api.blueprint import bp, spec
from ..api.pagination import decode_cursor, page
from ..api.schemas import errors
from ..api.validation import validated
from . import announcements, pool
from .pool_schemas import AnnouncementIn, AnnouncementOut, PoolList, PoolQuery

SECURED: dict[str, list[str]] = {"bearer": []}


@bp.get("/organizations/<int:organization_id>/talent-pool")
@spec.validate(
    query=PoolQuery,
    resp=Response(HTTP_200=PoolList, **errors(400, 401, 403, 404, 422)),
    security=SECURED,
    tags=["connections"],
)
def talent_pool(organization_id: int):
    """The candidates connected with the organization now (admins and recruiters; hiring managers 403).

    ``interest`` keeps those who gave that interest (case-insensitive); ``q`` searches their names."""
    query: PoolQuery = validated().query
    rows, next_id = pool.list_pool(
        require_user(),
        organization_id,
        interest=query.interest,
        q=query.q,
        limit=query.limit,
        before_id=decode_cursor(query.cursor, "id"),
    )
    return page([pool.pool_item(connection, candidate) for connection, candidate in rows], next_id, "id")


@bp.post("/positions/<int:position_id>/announcements")
@spec.validate(
    json=AnnouncementIn,
    resp=Response(HTTP_201=AnnouncementOut, **errors(400, 401, 403, 404, 409, 413, 422)),
    security=SECURED,
    tags=["connections"],
)
def announce(position_id: int):
    """Tell the connected candidates with matching interests about an open position.

    Each gets a message in their thread with the organization and an email (if they want
    announcements by email); candidates contacted within the organization's interval are skipped.
    A legal-risk wording finding answers 422 ``legal_risk`` unless ``acknowledge_risks`` is true."""
    body: AnnouncementIn = validated().json
    sent = announcements.announce(
        require_user(), position_id, body.message, body.interests, acknowledge_risks=body.acknowledge_risks
    )
    return {
        "announcement_id": sent.announcement.id,
        "recipients": sent.recipients,
        "skipped_recently_contacted": sent.skipped_recently_contacted,
    }, 201
