"""The organization's numbers over JSON: ``GET /api/v1/organizations/{id}/stats``."""

from __future__ import annotations

from spectree import Response

from ..accounts.api_auth import require_user
from ..api.blueprint import bp, spec
from ..api.schemas import errors
from ..api.validation import validated
from . import operations
from .schemas import StatsOut, StatsQuery

SECURED: dict[str, list[str]] = {"bearer": []}


@bp.get("/organizations/<int:organization_id>/stats")
@spec.validate(
    query=StatsQuery,
    resp=Response(HTTP_200=StatsOut, **errors(400, 401, 403, 404, 422)),
    security=SECURED,
    tags=["dashboard"],
)
def organization_stats(organization_id: int):
    """Feedback usefulness and numbers over a period (admins and recruiters; hiring managers 403).

    ``from`` and ``to`` are whole UTC days, both included (default: the last 90 days). The counts
    are about the candidacies rejected in the period; ``overdue`` and ``connections_active`` are now."""
    query: StatsQuery = validated().query
    user = require_user()
    operations.require_dashboard_access(user, organization_id)
    period = operations.parse_period(query.from_, query.to)
    stats = operations.organization_stats(user, organization_id, period, position_id=query.position_id)
    return operations.serialize_stats(stats)
