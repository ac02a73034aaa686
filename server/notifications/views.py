"""The outbox page: organization admins see the emails Candor queued (in development, the only inbox)."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask_login import login_required

from ..web.context import select_organization, signed_in_user
from . import operations

bp = Blueprint("notifications", __name__)


@bp.get("/outbox")
@login_required
def outbox():
    membership = select_organization()
    emails = operations.pending_emails(signed_in_user(), membership.organization_id)
    return render_template("notifications/outbox.html", membership=membership, emails=emails)
