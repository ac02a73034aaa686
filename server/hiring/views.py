"""Positions, candidacies, rejection (staff) and the invitation landing page (candidates)."""

from __future__ import annotations

from collections.abc import Callable

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from ..accounts.access import ASSIGN, MANAGE_CANDIDATES
from ..accounts.operations import list_members
from ..accounts.views import start_session
from ..core.errors import ServiceError
from ..messaging import wording
from ..messaging.operations import threads_by_candidacy
from ..web.context import select_organization, signed_in_user
from ..web.forms import show_error
from ..web.rate_limits import invitation_lookup_limit
from . import operations
from .forms import CandidacyForm, InvitationAccountForm, PositionForm, RejectForm

bp = Blueprint("hiring", __name__)


def _everything(list_page: Callable[..., tuple[list, int | None]], *args: object) -> list:
    """Every row of a paginated listing, newest first (these pages show the whole list)."""
    rows, before = list_page(*args, limit=100)
    while before is not None:
        more, before = list_page(*args, limit=100, before_id=before)
        rows += more
    return rows


# -- positions -------------------------------------------------------------------


def _positions_page(form: PositionForm, status: int = 200):
    membership = select_organization()
    positions = _everything(operations.list_positions, signed_in_user(), membership.organization_id)
    form.organization_id.data = str(membership.organization_id)
    return render_template(
        "hiring/positions.html",
        membership=membership,
        positions=positions,
        form=form,
        can_manage=membership.role in MANAGE_CANDIDATES,
    ), status


@bp.get("/positions")
@login_required
def positions():
    return _positions_page(PositionForm())


@bp.post("/positions")
@login_required
def create_position():
    form = PositionForm()
    organization_id = form.organization_id.data or ""
    org_id = int(organization_id) if organization_id.isdigit() else 0
    try:
        position = operations.create_position(signed_in_user(), org_id, form.title.data or "", form.description.data)
    except ServiceError as exc:
        return _positions_page(form, show_error(form, exc))
    flash(f"Position “{position.title}” created. Add the people who applied.", "success")
    return redirect(url_for(".position", position_id=position.id))


def _position_page(position_id: int, form: CandidacyForm, status: int = 200):
    position = operations.get_position(signed_in_user(), position_id)
    candidacies = _everything(operations.list_candidacies, signed_in_user(), position.id)
    ids = [c.id for c in candidacies]
    can_assign = signed_in_user().role_in(position.organization_id) in ASSIGN
    return render_template(
        "hiring/position.html",
        position=position,
        can_assign=can_assign,
        team=[m.user for m in list_members(signed_in_user(), position.organization_id)] if can_assign else [],
        candidacies=candidacies,
        threads=threads_by_candidacy(ids),
        invitations=operations.invitations_by_candidacy(ids),
        can_manage=signed_in_user().role_in(position.organization_id) in MANAGE_CANDIDATES,
        form=form,
    ), status


@bp.get("/positions/<int:position_id>")
@login_required
def position(position_id: int):
    return _position_page(position_id, CandidacyForm())


@bp.post("/positions/<int:position_id>/candidacies")
@login_required
def add_candidacy(position_id: int):
    form = CandidacyForm()
    try:
        candidacy = operations.add_candidacy(signed_in_user(), position_id, form.name.data or "", form.email.data or "")
    except ServiceError as exc:
        return _position_page(position_id, form, show_error(form, exc))
    flash(f"{candidacy.name} added.", "success")
    return redirect(url_for(".position", position_id=position_id))


@bp.post("/positions/<int:position_id>/close")
@login_required
def close_position(position_id: int):
    """A button with only the CSRF token; 404, 403 and 409 land on the error page with the service's message."""
    position = operations.close_position(signed_in_user(), position_id)
    flash(f"“{position.title}” is closed: it takes no new candidates. Conversations carry on as before.", "success")
    return redirect(url_for(".position", position_id=position.id))


@bp.post("/positions/<int:position_id>/reopen")
@login_required
def reopen_position(position_id: int):
    position = operations.reopen_position(signed_in_user(), position_id)
    flash(f"“{position.title}” is open again: you can add candidates.", "success")
    return redirect(url_for(".position", position_id=position.id))


@bp.post("/positions/<int:position_id>/assignee")
@login_required
def assign_position(position_id: int):
    """The position page's "Hiring manager / assignee" select; 404, 403 and 422 land on the error
    page with the service's message."""
    value = (request.form.get("user_id") or "").strip()
    assignee_id: int | str | None = (int(value) if value.isdigit() and len(value) < 12 else value) or None
    position = operations.assign_position(signed_in_user(), position_id, assignee_id)  # type: ignore[arg-type]
    if position.assignee is not None:
        flash(f"“{position.title}” is assigned to {position.assignee.name}: its conversations are theirs.", "success")
    else:
        flash(f"Nobody is assigned to “{position.title}” now.", "success")
    return redirect(url_for(".position", position_id=position.id))


# -- rejection ---------------------------------------------------------------------


def _reject_page(candidacy, form: RejectForm, status: int = 200, findings: list[dict] | None = None):
    """``findings``: the wording findings of a held note, shown under it with the checkbox."""
    form.set_reasons(operations.rejection_reasons(candidacy.position.organization_id))
    thread = threads_by_candidacy([candidacy.id]).get(candidacy.id)
    findings = findings or []
    return render_template(
        "hiring/reject.html",
        candidacy=candidacy,
        form=form,
        thread=thread,
        findings=findings,
        risky=bool(wording.risky(findings)),
    ), status


@bp.get("/candidacies/<int:candidacy_id>/reject")
@login_required
def reject(candidacy_id: int):
    return _reject_page(operations.candidacy_to_reject(signed_in_user(), candidacy_id), RejectForm())


@bp.post("/candidacies/<int:candidacy_id>/reject")
@login_required
def reject_candidacy(candidacy_id: int):
    form = RejectForm()
    try:
        candidacy, thread, invitation = operations.reject_candidacy(
            signed_in_user(),
            candidacy_id,
            reason=form.reason.data or None,
            message=form.message.data,
            acknowledge_risks=bool(form.acknowledge.data),
        )
    except ServiceError as exc:
        findings = []
        if exc.code == wording.LEGAL_RISK:
            findings = wording.check_texts({"message": (form.message.data or "").strip()})
            exc.fields = None  # the findings are shown under the note
        status = show_error(form, exc)
        return _reject_page(operations.get_candidacy(signed_in_user(), candidacy_id), form, status, findings)
    # The link is the candidate's secret: it goes to their email only, never onto a staff page.
    flash(
        f"Candor emailed {candidacy.name} an invitation to this private conversation at {invitation.email}. "
        "The link in it is personal to them.",
        "success",
    )
    return redirect(url_for("inbox.thread", thread_id=thread.id))


@bp.post("/candidacies/<int:candidacy_id>/invitation/resend")
@login_required
def resend_invitation(candidacy_id: int):
    """A new link by email (the old one stops working). A button with only the CSRF token (checked
    for every POST); 404, 403 and 409 land on the error page with the service's message."""
    invitation = operations.resend_invitation(signed_in_user(), candidacy_id)
    candidacy = invitation.candidacy
    flash(
        f"A new invitation is on its way to {candidacy.name} at {invitation.email}. The previous link no longer works.",
        "success",
    )
    return redirect(url_for(".position", position_id=candidacy.position_id, _anchor=f"candidacy-{candidacy.id}"))


# -- invitations (the candidate's side) ---------------------------------------------


def _invitation_page(token: str, form: InvitationAccountForm, status: int = 200):
    # 404 for an unknown token, 409 for a used or expired one: the error page
    # shows the service's message.
    invitation = operations.get_invitation(token)
    if not form.is_submitted() and not form.name.data:
        # The name the employer entered, for the candidate to keep or correct.
        form.name.data = invitation.candidacy.name
    return render_template(
        "hiring/invitation.html", invitation=invitation, token=token, form=form, candidacy=invitation.candidacy
    ), status


@bp.get("/invitations/<token>")
@invitation_lookup_limit
def invitation(token: str):
    return _invitation_page(token, InvitationAccountForm())


@bp.post("/invitations/<token>")
@invitation_lookup_limit
def create_account(token: str):
    """A new candidate account for the invited email, then straight into the thread."""
    form = InvitationAccountForm()
    if current_user.is_authenticated:
        flash("You are already logged in: accept with this account, or log out first.", "info")
        return redirect(url_for(".invitation", token=token))
    try:
        user, thread = operations.accept_invitation(token, name=form.name.data or "", password=form.password.data or "")
    except ServiceError as exc:
        return _invitation_page(token, form, show_error(form, exc))
    start_session(user)
    flash(f"Welcome, {user.name}. This conversation is private to you and {thread.organization.name}.", "success")
    return redirect(url_for("inbox.thread", thread_id=thread.id))


@bp.post("/invitations/<token>/accept")
@login_required
def accept(token: str):
    """A logged-in candidate with the invited email adds the thread to their inbox."""
    form = InvitationAccountForm()
    try:
        _candidate, thread = operations.accept_invitation(token, user=signed_in_user())
    except ServiceError as exc:
        return _invitation_page(token, form, show_error(form, exc))
    flash(f"The conversation with {thread.organization.name} is now in your inbox.", "success")
    return redirect(url_for("inbox.thread", thread_id=thread.id))
