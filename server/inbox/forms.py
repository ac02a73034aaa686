"""The thread page's forms: reply and stay in touch. The rules live in the services."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import HiddenField, StringField, TextAreaField


class ReplyForm(FlaskForm):
    body = TextAreaField("Your message", render_kw={"rows": 4, "required": True})
    client_id = HiddenField()


class ConnectionForm(FlaskForm):
    interests = StringField("Roles you would like to hear about (optional)", render_kw={"autocomplete": "off"})

    def interest_list(self) -> list[str]:
        return [item.strip() for item in (self.interests.data or "").split(",") if item.strip()]
