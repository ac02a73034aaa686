"""The thread page's forms: reply and stay in touch. The rules live in the services."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, HiddenField, StringField, TextAreaField


class ReplyForm(FlaskForm):
    body = TextAreaField("Your message", render_kw={"rows": 4, "required": True})
    client_id = HiddenField()
    # Staff: send despite a legal-risk wording finding (shown only once one is found).
    acknowledge = BooleanField("I have reviewed this wording and want to send it anyway")


class ConnectionForm(FlaskForm):
    interests = StringField("Roles you would like to hear about (optional)", render_kw={"autocomplete": "off"})

    def interest_list(self) -> list[str]:
        return [item.strip() for item in (self.interests.data or "").split(",") if item.strip()]
