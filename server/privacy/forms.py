"""Privacy forms. The rules live in the services."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import PasswordField


class DeleteAccountForm(FlaskForm):
    password = PasswordField(
        "Your password", render_kw={"autocomplete": "current-password", "required": True, "maxlength": 1024}
    )
