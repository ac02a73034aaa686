"""The Settings page: which emails the signed-in user gets."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, url_for
from flask_login import login_required

from ..web.context import signed_in_user
from . import settings
from .forms import EmailSettingsForm

bp = Blueprint("settings", __name__)

# What each switch covers, by the kind of user reading the page.
HELP = {
    "candidate": {
        "messages": "When the employer writes to you and you have not seen it within a few minutes.",
        "feedback": "When feedback you asked for arrives.",
        "announcements": "News about new roles from employers you chose to stay in touch with.",
    },
    "staff": {
        "messages": "When a candidate writes in a conversation of your organization and you have not seen it.",
        "feedback": "When a candidate asks for feedback, with the reply target.",
        "reminders": "Shortly before a feedback reply is due, and once if it becomes overdue.",
    },
}


@bp.route("/settings", methods=["GET", "POST"])
@login_required
def email_settings():
    user = signed_in_user()
    kinds = settings.relevant_kinds(user)
    form = EmailSettingsForm()
    if form.validate_on_submit():
        settings.update_email_settings(user, {kind: bool(form[kind].data) for kind in kinds})
        flash("Your email settings are saved.", "success")
        return redirect(url_for("settings.email_settings"))
    current = settings.email_settings(user.id)
    if not form.is_submitted():
        for kind in kinds:
            form[kind].data = current[kind]
    status = 400 if form.is_submitted() else 200
    return render_template(
        "notifications/settings.html",
        form=form,
        kinds=kinds,
        labels=settings.LABELS,
        help=HELP.get(user.kind, {}),
        delay_minutes=max(1, round(int(current_app.config["CANDOR_NOTIFY_DELAY_SECONDS"]) / 60)),
    ), status
