"""Account forms. The rules (lengths, email syntax, uniqueness) live in the services."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import EmailField, HiddenField, PasswordField, SelectField, StringField
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]  # WTForms 3.3; the stubs are 3.2


class SignupForm(FlaskForm):
    organization = StringField("Organization", render_kw={"autocomplete": "organization", "required": True})
    name = StringField("Your name", render_kw={"autocomplete": "name", "required": True})
    email = EmailField("Work email", render_kw={"autocomplete": "email", "required": True})
    password = PasswordField("Password", render_kw={"autocomplete": "new-password", "required": True, "minlength": 10})


class LoginForm(FlaskForm):
    email = EmailField("Email", render_kw={"autocomplete": "username", "required": True})
    password = PasswordField("Password", render_kw={"autocomplete": "current-password", "required": True})
    next = HiddenField()


class ForgotPasswordForm(FlaskForm):
    email = EmailField("Email", render_kw={"autocomplete": "email", "required": True})


class NewPasswordForm(FlaskForm):
    password = PasswordField(
        "New password", render_kw={"autocomplete": "new-password", "required": True, "minlength": 10}
    )


class NameForm(FlaskForm):
    name = StringField("Name", render_kw={"autocomplete": "name", "required": True})


# The Account page holds several forms: their fields get ids of their own.
class ChangePasswordForm(FlaskForm):
    current_password = PasswordField(
        "Current password", id="current-password", render_kw={"autocomplete": "current-password", "required": True}
    )
    password = PasswordField(
        "New password",
        id="new-password",
        render_kw={"autocomplete": "new-password", "required": True, "minlength": 10},
    )


class ChangeEmailForm(FlaskForm):
    email = EmailField("New email", render_kw={"autocomplete": "email", "required": True})
    password = PasswordField("Current password", render_kw={"autocomplete": "current-password", "required": True})


class ConfirmForm(FlaskForm):
    """Only the CSRF token: a button that confirms (a GET never changes anything)."""


ROLE_CHOICES = [
    SelectChoice("recruiter", "Recruiter"),
    SelectChoice("hiring_manager", "Hiring manager"),
    SelectChoice("admin", "Admin"),
]


class InviteMemberForm(FlaskForm):
    email = EmailField("Email", render_kw={"autocomplete": "off", "required": True})
    role = SelectField("Role", choices=ROLE_CHOICES, validate_choice=False)


class MemberRoleForm(FlaskForm):
    role = SelectField("Role", choices=ROLE_CHOICES, validate_choice=False)


class JoinForm(FlaskForm):
    """Accepting a member invitation: a new account (name and password), or, logged in, just the button."""

    name = StringField("Your name", render_kw={"autocomplete": "name"})
    password = PasswordField("Password", render_kw={"autocomplete": "new-password", "minlength": 10})
