"""Signup, login, logout and signing out everywhere."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from ..core.errors import ServiceError
from ..extensions import limiter
from ..web.forms import safe_next, show_error
from . import operations
from .forms import LoginForm, SignupForm
from .session import begin_browser_session, end_browser_session

bp = Blueprint("accounts", __name__)

# Only attempts count, not looking at the form.
auth_limit = limiter.limit(lambda: current_app.config["CANDOR_AUTH_RATE_LIMIT"], methods=["POST"])


def start_session(user) -> None:
    """Logs this browser in: a new server-side session (see session.py)."""
    begin_browser_session(user)


@bp.route("/signup", methods=["GET", "POST"])
@auth_limit
def signup():
    if current_user.is_authenticated:
        return redirect(url_for("inbox.inbox"))
    form = SignupForm()
    if form.is_submitted():
        try:
            user, org = operations.signup_employer(
                form.organization.data or "", form.name.data or "", form.email.data or "", form.password.data or ""
            )
        except ServiceError as exc:
            status = show_error(form, exc)
            return render_template("accounts/signup.html", form=form), status
        start_session(user)
        flash(f"Welcome to Candor. {org.name} is set up; start by adding a position.", "success")
        return redirect(url_for("hiring.positions"))
    return render_template("accounts/signup.html", form=form)


@bp.route("/login", methods=["GET", "POST"])
@auth_limit
def login():
    form = LoginForm()
    next_url = safe_next(form.next.data or request.args.get("next"))
    if current_user.is_authenticated:
        return redirect(next_url or url_for("inbox.inbox"))
    form.next.data = next_url or ""
    if form.is_submitted():
        try:
            user = operations.authenticate(form.email.data or "", form.password.data or "")
        except ServiceError as exc:
            status = show_error(form, exc)
            return render_template("accounts/login.html", form=form), status
        start_session(user)
        return redirect(next_url or url_for("inbox.inbox"))
    return render_template("accounts/login.html", form=form)


@bp.post("/logout")
def logout():
    end_browser_session()
    flash("You are logged out.", "success")
    return redirect(url_for("accounts.login"))


@bp.get("/account")
@login_required
def account():
    return render_template("accounts/account.html")


@bp.post("/account/sign-out-everywhere")
@login_required
def sign_out_everywhere():
    operations.sign_out_everywhere(current_user._get_current_object())
    end_browser_session()  # already revoked above; this clears the cookie
    flash("You are signed out on every browser and device, and your API tokens are revoked.", "success")
    return redirect(url_for("accounts.login"))
