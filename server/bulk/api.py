"""Bulk rejection over JSON: send the rows, get 202 and the job; read the job for each row's outcome."""

from __future__ import annotations

from flask import url_for
from spectree import Response

from ..accounts.api_auth import require_user
from ..api.blueprint import bp, spec
from ..api.schemas import errors
from ..api.validation import validated
from ..web.body_limit import allow_body
from . import operations
from .csv_input import MAX_BYTES
from .models import BulkJob
from .schemas import BulkJobOut, BulkRejectionIn, job_out

SECURED: dict[str, list[str]] = {"bearer": []}
BODY_LIMIT = 2 * MAX_BYTES  # the rows as JSON take more room than as CSV


def _job(job: BulkJob) -> dict:
    return job_out(job, operations.job_rows(job), operations.outcome_counts([job.id])[job.id])


@bp.post("/organizations/<int:organization_id>/bulk-rejections")
@allow_body(BODY_LIMIT)
@spec.validate(
    json=BulkRejectionIn,
    resp=Response(HTTP_202=BulkJobOut, **errors(400, 401, 403, 404, 413, 422, 429)),
    security=SECURED,
    tags=["bulk rejections"],
)
def upload_bulk_rejection(organization_id: int):
    """Reject many people at once (admins and recruiters): each row as a single rejection would.

    Every row is checked first; if any is wrong nothing happens (422, each problem in `error.fields`
    as `rows.<index>.<field>`; `legal_risk` when the only problems are held notes). The organization's
    hourly rejection limit must have room for every person to reject (429 with `Retry-After`; 422
    `over_rejection_limit` for more people than the limit allows in an hour). Then 202: the job is
    processed in the background, each row in its own transaction; `GET /bulk-rejections/{id}` (the
    `Location`) gives each row's outcome. A person whose candidacy is already rejected is not rejected
    again (`already_rejected`); one without a candidacy for the position is added first.
    """
    body: BulkRejectionIn = validated().json
    job = operations.upload_rows(
        require_user(), organization_id, [row.model_dump() for row in body.rows], body.acknowledge_risks
    )
    return _job(job), 202, {"Location": url_for(".get_bulk_rejection", job_id=job.id)}


@bp.get("/bulk-rejections/<int:job_id>")
@spec.validate(resp=Response(HTTP_200=BulkJobOut, **errors(401, 403, 404)), security=SECURED, tags=["bulk rejections"])
def get_bulk_rejection(job_id: int):
    """A bulk rejection of the caller's organization, with each row's outcome (admins and recruiters)."""
    return _job(operations.get_job(require_user(), job_id))
