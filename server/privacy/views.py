"""Privacy pages: download my data, delete my account (linked from the Account page)."""

from __future__ import annotations

import json

from flask import Blueprint, Response, current_app, flash, redirect, render_template, url_for
from flask_login import current_user, login_required

from ..accounts.session import end_browser_session
from ..core.errors import ServiceError
from ..core.time import utcnow
from ..extensions import limiter
from ..web.forms import show_error
from . import operations
from .forms import DeleteAccountForm

bp = Blueprint("privacy", __name__)
# Only attempts count (a password is checked), as for login.
password_limit = limiter.limit(lambda: current_app.config["CANDOR_AUTH_RATE_LIMIT"], methods=["POST"])


@bp.get("/account/export")
@login_required
def export():
    """The same JSON as GET /api/v1/me/export, as a file to keep."""
    data = operations.export_data(current_user._get_current_object())
    filename = f"candor-export-{utcnow():%Y-%m-%d}.json"
    return Response(
        json.dumps(data, indent=2, ensure_ascii=False) + "\n",
        mimetype="application/json",
        headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"},
    )


@bp.route("/account/delete", methods=["GET", "POST"])
@password_limit
@login_required
def delete_account():
    form = DeleteAccountForm()
    if form.validate_on_submit():
        try:
            operations.erase_account(current_user._get_current_object(), form.password.data or "")
        except ServiceError as exc:
            status = show_error(form, exc)
            return render_template("privacy/delete.html", form=form), status
        end_browser_session()  # the session row went with the account; this clears the cookie
        flash("Your account is deleted. Thank you for using Candor.", "success")
        return redirect(url_for("accounts.login"))
    status = 400 if form.is_submitted() else 200  # a submission without a valid CSRF token
    return render_template("privacy/delete.html", form=form), status
