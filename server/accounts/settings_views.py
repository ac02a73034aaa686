"""The organization's Settings page (admins; other members get the 403 page, outsiders 404)."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import login_required
from flask_wtf import FlaskForm
from wtforms import StringField

from ..core.errors import Invalid
from ..web.context import signed_in_user
from ..web.forms import show_error
from .settings import BOUNDS, FIELDS, organization_settings, update_organization_settings

bp = Blueprint("organization_settings", __name__)

LABELS = {
    "reply_target_days": "Reply target for feedback requests (days)",
    "retention_months": "Keep closed conversations for (months)",
    "connection_months": "Stay-in-touch consent lasts (months)",
    "announcement_interval_days": "At most one announcement per candidate every (days)",
}
HELP = {
    "reply_target_days": "Candidates see this promise when they ask for feedback; it applies to new requests.",
    "retention_months": "A closed conversation idle this long is anonymised; its candidate is told beforehand.",
    "connection_months": "Applies to consents given or renewed from now on. Candidates get a reminder "
    "30 days before theirs ends.",
    "announcement_interval_days": "A connected candidate hears of at most one new role from you in this period.",
}


def _field(name: str) -> StringField:
    low, high, _unit = BOUNDS[name]
    return StringField(
        LABELS[name],
        render_kw={"inputmode": "numeric", "pattern": "[0-9]*", "required": True, "min": low, "max": high},
    )


class OrganizationSettingsForm(FlaskForm):
    reply_target_days = _field("reply_target_days")
    retention_months = _field("retention_months")
    connection_months = _field("connection_months")
    announcement_interval_days = _field("announcement_interval_days")


def _as_number(text: str | None) -> object:
    """A whole number from the form, or the text as typed (the service says what is wrong with it)."""
    text = (text or "").strip()
    return int(text) if text.isdigit() and len(text) < 10 else text


def _page(organization_id: int, form: OrganizationSettingsForm | None = None, status: int = 200):
    organization, settings = organization_settings(signed_in_user(), organization_id)
    if form is None:
        form = OrganizationSettingsForm(formdata=None, data={k: str(v) for k, v in settings.items()})
    return (
        render_template(
            "accounts/organization_settings.html", organization=organization, form=form, bounds=BOUNDS, help=HELP
        ),
        status,
    )


@bp.get("/organizations/<int:organization_id>/settings")
@login_required
def settings(organization_id: int):
    return _page(organization_id)


@bp.post("/organizations/<int:organization_id>/settings")
@login_required
def save_settings(organization_id: int):
    form = OrganizationSettingsForm()
    organization_settings(signed_in_user(), organization_id)  # 404/403 before looking at the form
    if not form.validate():  # the CSRF token
        return _page(organization_id, form, 400)
    changes = {name: _as_number(getattr(form, name).data) for name in FIELDS}
    try:
        update_organization_settings(signed_in_user(), organization_id, changes)
    except Invalid as exc:
        return _page(organization_id, form, show_error(form, exc))
    flash("Settings saved.", "success")
    return redirect(url_for(".settings", organization_id=organization_id))
