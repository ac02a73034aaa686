"""Signup, login, logout, signing out everywhere; the Account page (name, password, email);
password reset and email confirmation from their emailed links; the Team page (admins) and the
member invitation link."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, logout_user

from ..core.errors import Conflict, Forbidden, RateLimited, ServiceError
from ..extensions import limiter
from ..web.forms import safe_next, show_error
from ..web.rate_limits import invitation_lookup_limit
from . import operations
from .access import ADMIN, require_membership
from .forms import (
    ChangeEmailForm,
    ChangePasswordForm,
    ConfirmForm,
    ForgotPasswordForm,
    InviteMemberForm,
    JoinForm,
    LoginForm,
    MemberRoleForm,
    NameForm,
    NewPasswordForm,
    SignupForm,
)
from .session import begin_browser_session, current_browser_session, end_browser_session
from .timing import uniform_duration

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
            headers = {"Retry-After": str(exc.retry_after)} if isinstance(exc, RateLimited) else {}
            return render_template("accounts/login.html", form=form), status, headers
        start_session(user)
        return redirect(next_url or url_for("inbox.inbox"))
    return render_template("accounts/login.html", form=form)


@bp.post("/logout")
def logout():
    end_browser_session()
    flash("You are logged out.", "success")
    return redirect(url_for("accounts.login"))


@bp.app_context_processor
def _confirmation_banner() -> dict:
    """Every page tells a founding admin whose address is unconfirmed that invitations wait."""

    def pending() -> bool:
        if not current_user.is_authenticated or not current_user.is_staff:
            return False
        return bool(operations.unconfirmed_organizations(current_user._get_current_object()))

    return {"email_confirmation_pending": pending}


def _account_page(status: int = 200, **forms):
    user = current_user._get_current_object()
    forms.setdefault("name_form", NameForm(formdata=None, name=user.name))
    forms.setdefault("password_form", ChangePasswordForm(formdata=None))
    forms.setdefault("email_form", ChangeEmailForm(formdata=None))
    return (
        render_template("accounts/account.html", pending_email=operations.pending_email_change(user), **forms),
        status,
    )


@bp.get("/account")
@login_required
def account():
    return _account_page()


@bp.post("/account/name")
@login_required
def change_name():
    form = NameForm()
    try:
        operations.change_name(current_user._get_current_object(), form.name.data or "")
    except ServiceError as exc:
        return _account_page(show_error(form, exc), name_form=form)
    flash("Your name is changed.", "success")
    return redirect(url_for("accounts.account"))


@bp.post("/account/password")
@login_required
def change_password():
    form = ChangePasswordForm()
    kept = current_browser_session()
    try:
        operations.change_password(
            current_user._get_current_object(),
            form.current_password.data or "",
            form.password.data or "",
            keep_session_id=kept.id if kept is not None else None,
        )
    except ServiceError as exc:
        return _account_page(show_error(form, exc), password_form=form)
    flash("Your password is changed. Every other browser and device is logged out.", "success")
    return redirect(url_for("accounts.account"))


@bp.post("/account/email")
@auth_limit
@login_required
def change_email():
    form = ChangeEmailForm()
    try:
        address = operations.request_email_change(
            current_user._get_current_object(), form.email.data or "", form.password.data or ""
        )
    except ServiceError as exc:
        return _account_page(show_error(form, exc), email_form=form)
    flash(f"Open the link we sent to {address} to confirm it. Until then you log in with your current address.", "info")
    return redirect(url_for("accounts.account"))


@bp.post("/account/confirmation")
@auth_limit
@login_required
def resend_confirmation():
    user = current_user._get_current_object()
    try:
        operations.resend_confirmation(user)
    except Conflict as exc:
        flash(exc.message, "info")
    else:
        flash(f"A new confirmation link is on its way to {user.email}.", "success")
    return redirect(safe_next(request.form.get("next")) or url_for("accounts.account"))


@bp.route("/password-reset", methods=["GET", "POST"])
@auth_limit
@uniform_duration
def forgot_password():
    form = ForgotPasswordForm()
    if form.is_submitted():
        try:
            operations.request_password_reset(form.email.data or "")
        except ServiceError as exc:
            status = show_error(form, exc)  # before rendering: it puts the errors on the form
            return render_template("accounts/forgot_password.html", form=form), status
        return redirect(url_for("accounts.reset_sent"))
    return render_template("accounts/forgot_password.html", form=form)


@bp.get("/password-reset/sent")
def reset_sent():
    return render_template("accounts/reset_sent.html")


@bp.route("/password-reset/<token>", methods=["GET", "POST"])
@auth_limit
def reset_password(token: str):
    form = NewPasswordForm()
    try:
        operations.check_password_reset(token)  # NotFound -> 404 page
    except Conflict as exc:
        return render_template("accounts/link_problem.html", message=exc.message, reset=True), exc.status
    if form.is_submitted():
        try:
            operations.reset_password(token, form.password.data or "")
        except ServiceError as exc:
            status = show_error(form, exc)  # before rendering: it puts the errors on the form
            return render_template("accounts/reset_password.html", form=form), status
        # Every session of the account ended, this browser's too (if it was logged in).
        logout_user()
        session.clear()
        flash("Your password is changed, and your account is logged out everywhere. Log in with it.", "success")
        return redirect(url_for("accounts.login"))
    return render_template("accounts/reset_password.html", form=form)


@bp.route("/confirm-email/<token>", methods=["GET", "POST"])
@auth_limit
def confirm_email(token: str):
    """A GET shows a button; only the POST (with its CSRF token) confirms."""
    form = ConfirmForm()
    try:
        operations.check_email_confirmation(token)  # NotFound -> 404 page
    except Conflict as exc:
        return render_template("accounts/link_problem.html", message=exc.message, reset=False), exc.status
    if form.is_submitted():
        try:
            user = operations.confirm_email(token)
        except Conflict as exc:
            return render_template("accounts/link_problem.html", message=exc.message, reset=False), exc.status
        flash(f"{user.email} is confirmed.", "success")
        if current_user.is_authenticated:
            return redirect(url_for("accounts.account"))
        return redirect(url_for("accounts.login"))
    return render_template("accounts/confirm_email.html", form=form)


@bp.post("/account/sign-out-everywhere")
@login_required
def sign_out_everywhere():
    operations.sign_out_everywhere(current_user._get_current_object())
    end_browser_session()  # already revoked above; this clears the cookie
    flash("You are signed out on every browser and device, and your API tokens are revoked.", "success")
    return redirect(url_for("accounts.login"))


# Teams: the Team page (admins manage members; outsiders 404, other members 403, as the services
# decide) and the emailed member invitation link.


def _team_page(organization_id: int, status: int = 200, invite_form: InviteMemberForm | None = None):
    user = current_user._get_current_object()
    org = require_membership(user, organization_id, ADMIN)
    members = operations.list_members(user, organization_id)
    role_forms = {m.user_id: MemberRoleForm(formdata=None, prefix=f"m{m.user_id}", role=m.role) for m in members}
    return (
        render_template(
            "accounts/team.html",
            organization=org,
            members=members,
            role_forms=role_forms,
            invite_form=invite_form or InviteMemberForm(formdata=None),
            remove_form=ConfirmForm(formdata=None),
        ),
        status,
    )


@bp.get("/organizations/<int:organization_id>/team")
@login_required
def team(organization_id: int):
    return _team_page(organization_id)


@bp.post("/organizations/<int:organization_id>/team/invitations")
@login_required
def invite_member(organization_id: int):
    form = InviteMemberForm()
    if not form.validate():  # the CSRF token
        return _team_page(organization_id, 400, form)
    try:
        invitation = operations.invite_member(
            current_user._get_current_object(), organization_id, form.email.data or "", form.role.data or ""
        )
    except ServiceError as exc:
        if isinstance(exc, Forbidden):
            raise
        status = show_error(form, exc)
        return _team_page(organization_id, status, form)
    flash(f"An invitation is on its way to {invitation.email}.", "success")
    return redirect(url_for("accounts.team", organization_id=organization_id))


@bp.post("/organizations/<int:organization_id>/team/<int:user_id>/role")
@login_required
def change_member_role(organization_id: int, user_id: int):
    form = MemberRoleForm(prefix=f"m{user_id}")
    if not form.validate():
        flash("The form expired; please try again.", "error")
        return redirect(url_for("accounts.team", organization_id=organization_id))
    try:
        membership = operations.change_member_role(
            current_user._get_current_object(), organization_id, user_id, form.role.data or ""
        )
    except Conflict as exc:
        flash(exc.message, "error")
        return redirect(url_for("accounts.team", organization_id=organization_id))
    flash(f"{membership.user.name} is now {membership.role.replace('_', ' ')}.", "success")
    return redirect(url_for("accounts.team", organization_id=organization_id))


@bp.post("/organizations/<int:organization_id>/team/<int:user_id>/remove")
@login_required
def remove_member(organization_id: int, user_id: int):
    form = ConfirmForm()
    if not form.validate():
        flash("The form expired; please try again.", "error")
        return redirect(url_for("accounts.team", organization_id=organization_id))
    user = current_user._get_current_object()
    try:
        operations.remove_member(user, organization_id, user_id)
    except Conflict as exc:
        flash(exc.message, "error")
        return redirect(url_for("accounts.team", organization_id=organization_id))
    flash("The member is removed.", "success")
    if user_id == user.id:
        return redirect(url_for("inbox.inbox"))
    return redirect(url_for("accounts.team", organization_id=organization_id))


@bp.route("/member-invitations/<token>", methods=["GET", "POST"])
@auth_limit
@invitation_lookup_limit
def accept_member_invitation(token: str):
    """The emailed link. Logged in with the invited address: a button joins. Otherwise a new account
    (name and password); an address with an account already is asked to log in first."""
    form = JoinForm()
    try:
        invitation = operations.check_member_invitation(token)  # NotFound -> 404 page
    except Conflict as exc:
        return render_template("accounts/link_problem.html", message=exc.message, reset=False), exc.status
    logged_in = current_user.is_authenticated
    if form.is_submitted():
        try:
            if not form.validate():  # the CSRF token
                raise Conflict("The form expired; please try again.")
            if logged_in:
                _user, org = operations.join_with_member_invitation(current_user._get_current_object(), token)
            else:
                user, org, _token = operations.accept_member_invitation(
                    token, form.name.data or "", form.password.data or ""
                )
                start_session(user)
        except ServiceError as exc:
            if isinstance(exc, Conflict) and exc.code in ("link_used", "link_expired"):
                return render_template("accounts/link_problem.html", message=exc.message, reset=False), exc.status
            status = show_error(form, exc)
            return render_template("accounts/join.html", form=form, invitation=invitation), status
        flash(f"Welcome to {org.name}.", "success")
        return redirect(url_for("hiring.positions"))
    return render_template("accounts/join.html", form=form, invitation=invitation)
