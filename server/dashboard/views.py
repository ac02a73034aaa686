"""The Dashboard page: the organization's numbers as charts, each with a data table behind it.

GET only: the period and the position are in the URL (a bookmark keeps them). The rules and the
figures are in operations.py; the charts' geometry in charts.py.
"""

from __future__ import annotations

from flask import Blueprint, abort, render_template, request
from flask_login import login_required

from ..core.errors import Invalid
from ..web.context import signed_in_user
from . import charts, operations

bp = Blueprint("dashboard", __name__)


def _position_arg() -> int | None:
    value = request.args.get("position", "")
    if value == "":
        return None
    if not value.isdigit() or len(value) > 18:
        abort(404)  # as a position that is not there
    return int(value)


@bp.get("/organizations/<int:organization_id>/dashboard")
@login_required
def dashboard(organization_id: int):
    user = signed_in_user()
    organization = operations.require_dashboard_access(user, organization_id)
    start = request.args.get("from")
    end = request.args.get("to")
    status = 200
    error = None
    field_errors: dict[str, str] = {}
    try:
        period = operations.parse_period(start, end)
    except Invalid as exc:
        status, error, field_errors = 422, exc.message, dict(exc.fields or {})
        period = operations.parse_period(None, None)
    stats = operations.organization_stats(user, organization_id, period, position_id=_position_arg())
    promise, promise_h = charts.promise_bars(stats)
    replies, replies_h, target_x = charts.reply_bars(stats)
    ratings, ratings_h = charts.rating_columns(stats)
    rows, rows_h = charts.position_rows(stats)
    connections, connections_h = charts.connection_bars(stats)
    return render_template(
        "dashboard/dashboard.html",
        organization=organization,
        stats=stats,
        positions=operations.positions_for_filter(user, organization_id),
        form={"from": start if error else period.start.isoformat(), "to": end if error else period.end.isoformat()},
        error=error,
        field_errors=field_errors,
        chart_width=charts.WIDTH,
        label_h=charts.LABEL_H,
        promise=promise,
        promise_h=promise_h,
        replies=replies,
        replies_h=replies_h,
        target_x=target_x,
        ratings=ratings,
        ratings_h=ratings_h,
        connections=connections,
        connections_h=connections_h,
        position_rows=rows,
        position_rows_h=rows_h,
        hours_text=charts.hours_text,
        max_positions=charts.MAX_POSITIONS,
    ), status
