"""Shared form plumbing: service errors onto forms, safe redirects, fields."""

from __future__ import annotations

import secrets
from urllib.parse import urlsplit

from flask_wtf import FlaskForm
from wtforms import SelectMultipleField
from wtforms.widgets import CheckboxInput, ListWidget

from ..core.errors import NotFound, ServiceError


def show_error(form: FlaskForm, exc: ServiceError, prefix: str = "", summary: bool = True) -> int:
    """Puts a service error on the form and returns the HTTP status to answer with.

    Field messages go under their fields (``prefix`` maps service field names to
    form field names); the sentence goes in the form's error summary unless the
    page shows it elsewhere (``summary=False``). A NotFound is re-raised: there
    is no form to show for something that is not there.
    """
    if isinstance(exc, NotFound):
        raise exc
    for name, message in (exc.fields or {}).items():
        field = form._fields.get(prefix + name)
        if field is not None and isinstance(message, str):
            field.errors = [*field.errors, message]
    if summary:
        form.form_errors.append(exc.message)
    return exc.status


def new_client_id() -> str:
    """A fresh id per rendered reply form: a double submit sends the same one."""
    return "web-" + secrets.token_urlsafe(16)


def safe_next(value: str | None) -> str | None:
    """Only a path on this site: no scheme, no host, no protocol-relative '//'."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return None
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or any(ord(c) < 32 for c in value):
        return None
    return value


class CheckboxesField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()
