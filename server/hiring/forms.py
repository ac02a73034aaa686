"""Hiring forms. The rules (required, lengths, known reasons) live in the services."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, HiddenField, PasswordField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]  # WTForms 3.3; the stubs are 3.2


class PositionForm(FlaskForm):
    organization_id = HiddenField()
    title = StringField("Title", render_kw={"required": True, "autocomplete": "off"})
    description = TextAreaField("Description (optional)", render_kw={"rows": 3})


class CandidacyForm(FlaskForm):
    name = StringField("Name", render_kw={"required": True, "autocomplete": "off"})
    email = EmailField("Email", render_kw={"required": True, "autocomplete": "off"})


class RejectForm(FlaskForm):
    reason = SelectField("Reason (internal)", validate_choice=False)
    message = TextAreaField("A personal first message (optional)", render_kw={"rows": 5})
    acknowledge = BooleanField("I have reviewed this wording and want to send it anyway")

    def set_reasons(self, reasons) -> None:
        self.reason.choices = [SelectChoice("", "No reason recorded")] + [
            SelectChoice(r.code, r.label) for r in reasons
        ]


class InvitationAccountForm(FlaskForm):
    name = StringField("Your name", render_kw={"autocomplete": "name", "required": True})
    password = PasswordField(
        "Choose a password", render_kw={"autocomplete": "new-password", "required": True, "minlength": 10}
    )
