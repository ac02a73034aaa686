"""Pages of the talent pool: the pool, announcing a role to it, and the role page an announcement
links to. Routes live on the connections blueprint; the rules are in pool.py and announcements.py."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import login_required
from flask_wtf import FlaskForm
from wtforms import BooleanField, StringField, SubmitField, TextAreaField

from ..core.errors import Invalid, ServiceError
from ..hiring.models import Position, PositionStatus
from ..hiring.operations import list_positions
from ..web.context import signed_in_user
from ..web.forms import show_error
from . import announcements, pool
from .views import bp

PAGE = 50


def _int_arg(name: str) -> int | None:
    value = request.args.get(name)
    if value is None or value == "":
        return None
    if not value.isdigit() or len(value) > 18:
        abort(400)
    return int(value)


def _open_positions(organization_id: int) -> list[Position]:
    rows, before = list_positions(signed_in_user(), organization_id, limit=100)
    while before is not None:
        more, before = list_positions(signed_in_user(), organization_id, limit=100, before_id=before)
        rows += more
    return [p for p in rows if p.status == PositionStatus.open.value]


@bp.get("/organizations/<int:organization_id>/talent-pool")
@login_required
def talent_pool(organization_id: int):
    user = signed_in_user()
    organization = pool.require_pool_access(user, organization_id)
    interest = request.args.get("interest", "")
    q = request.args.get("q", "")
    rows, next_id = pool.list_pool(
        user, organization_id, interest=interest, q=q, limit=PAGE, before_id=_int_arg("before")
    )
    return render_template(
        "connections/pool.html",
        organization=organization,
        items=[pool.pool_item(connection, candidate) for connection, candidate in rows],
        interest=interest,
        q=q,
        filtered=bool(interest.strip() or q.strip()),
        next_url=url_for(
            ".talent_pool", organization_id=organization_id, interest=interest or None, q=q or None, before=next_id
        )
        if next_id is not None
        else None,
        positions=_open_positions(organization_id),
        known_interests=pool.known_interests(user, organization_id),
    )


@bp.get("/organizations/<int:organization_id>/announce")
@login_required
def choose_role(organization_id: int):
    """The pool page's "Announce a role" picker: on to that position's announce page."""
    pool.require_pool_access(signed_in_user(), organization_id)
    position_id = _int_arg("position")
    if position_id is None:
        return redirect(url_for(".talent_pool", organization_id=organization_id))
    return redirect(url_for(".announce", position_id=position_id, interests=request.args.get("interests") or None))


class AnnounceForm(FlaskForm):
    message = TextAreaField("Your note", render_kw={"rows": 6, "required": True, "maxlength": 2000})
    interests = StringField("Interests (optional)")
    acknowledge = BooleanField("I have reviewed this wording and want to send it anyway")
    preview = SubmitField("Check and count recipients")
    send = SubmitField("Send announcement")

    def interest_list(self) -> list[str]:
        return [part for part in (self.interests.data or "").split(",") if part.strip()]


def _announce_page(position: Position, form: AnnounceForm, interests: list[str], findings: list[dict], status=200):
    user = signed_in_user()
    try:
        reach = announcements.preview(user, position.id, interests)
    except Invalid:  # the form's interests are wrong: the error is on the form; count without them
        reach = announcements.preview(user, position.id, [])
    return render_template(
        "connections/announce.html",
        position=position,
        form=form,
        reach=reach,
        findings=findings,
        risky=any(f["category"] == "legal_risk" for f in findings),
        known_interests=pool.known_interests(user, position.organization_id),
    ), status


@bp.route("/positions/<int:position_id>/announce", methods=["GET", "POST"])
@login_required
def announce(position_id: int):
    user = signed_in_user()
    position = announcements.staff_position(user, position_id)
    form = AnnounceForm()
    if not form.is_submitted():
        if request.args.get("interests"):
            form.interests.data = request.args["interests"]
        return _announce_page(position, form, form.interest_list(), [])
    interests = form.interest_list()
    note = form.message.data or ""
    if form.preview.data:
        return _announce_page(position, form, interests, announcements.check_note(note))
    try:
        sent = announcements.announce(user, position_id, note, interests, acknowledge_risks=bool(form.acknowledge.data))
    except ServiceError as exc:
        findings = announcements.check_note(note) if exc.code == "legal_risk" else []
        if exc.code == "legal_risk":
            exc.fields = None  # the findings are shown under the note
        status = show_error(form, exc)
        return _announce_page(position, form, interests, findings, status)
    interval = position.organization.announcement_interval_days
    message = f"Sent to {sent.recipients}."
    if sent.skipped_recently_contacted:
        skipped = sent.skipped_recently_contacted
        message = f"Sent to {sent.recipients}; {skipped} skipped: contacted in the last {interval} days."
    flash(message, "success")
    return redirect(url_for(".talent_pool", organization_id=position.organization_id))


@bp.get("/roles/<int:position_id>")
@login_required
def role(position_id: int):
    position = announcements.get_role(signed_in_user(), position_id)
    return render_template("connections/role.html", position=position)
