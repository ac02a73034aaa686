"""The email settings form: one checkbox per kind of email (CSRF from Flask-WTF)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField


class EmailSettingsForm(FlaskForm):
    messages = BooleanField("New messages")
    feedback = BooleanField("Feedback")
    announcements = BooleanField("Announcements")
    reminders = BooleanField("Reminders")
