"""Bulk rejection pages: the upload (with every line's problems when some are wrong) and an upload's
progress and outcome, live over the socket (static/js/bulk.js) and on refresh without JavaScript."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import login_required

from ..accounts.access import MANAGE_CANDIDATES, require_membership
from ..core.errors import RateLimited, ServiceError
from ..hiring.operations import rejection_reasons
from ..web.body_limit import allow_body
from ..web.context import signed_in_user
from ..web.forms import show_error
from . import operations
from .checks import RowError
from .csv_input import MAX_BYTES, MAX_ROWS
from .forms import UploadForm
from .operations import RowsInvalid

bp = Blueprint("bulk", __name__)


def _upload_page(organization_id: int, form: UploadForm, status: int = 200, problems: list[RowError] | None = None):
    user = signed_in_user()
    organization = require_membership(user, organization_id, MANAGE_CANDIDATES)
    jobs = operations.recent_jobs(user, organization_id)
    return render_template(
        "bulk/upload.html",
        organization=organization,
        form=form,
        problems=problems or [],
        problem_lines=len({problem.line for problem in problems or []}),
        reasons=rejection_reasons(organization_id),
        jobs=jobs,
        counts=operations.outcome_counts([job.id for job in jobs]),
        max_rows=MAX_ROWS,
        max_megabytes=MAX_BYTES // (1024 * 1024),
    ), status


@bp.get("/organizations/<int:organization_id>/bulk-rejections")
@login_required
def upload(organization_id: int):
    return _upload_page(organization_id, UploadForm())


@bp.post("/organizations/<int:organization_id>/bulk-rejections")
@allow_body(2 * MAX_BYTES)  # a file up to twice the limit still gets the page's own message
@login_required
def upload_file(organization_id: int):
    form = UploadForm()
    upload = form.file.data
    data = upload.read(MAX_BYTES + 1) if upload is not None and upload.filename else None
    try:
        job = operations.upload_csv(
            signed_in_user(),
            organization_id,
            data,
            upload.filename if upload is not None else None,
            acknowledge_risks=bool(form.acknowledge.data),
        )
    except RowsInvalid as exc:
        form.form_errors.append(exc.message)
        return _upload_page(organization_id, form, exc.status, exc.errors)
    except ServiceError as exc:
        page = _upload_page(organization_id, form, show_error(form, exc))
        return (*page, {"Retry-After": str(exc.retry_after)}) if isinstance(exc, RateLimited) else page
    people = f"{job.total:,} {'person is' if job.total == 1 else 'people are'}"
    flash(f"Every line checked: {people} being rejected, one by one.", "success")
    return redirect(url_for(".job", job_id=job.id))


@bp.get("/bulk-rejections/<int:job_id>")
@login_required
def job(job_id: int):
    job = operations.get_job(signed_in_user(), job_id)
    counts = operations.outcome_counts([job.id])[job.id]
    return render_template(
        "bulk/job.html",
        job=job,
        rows=operations.job_rows(job),
        counts=counts,
        processed=sum(counts.values()),
        done=operations.is_done(job),
    )
