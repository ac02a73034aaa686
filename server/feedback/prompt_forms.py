"""Forms for the prompt library pages. Limits and rules live in threads.prompts."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, StringField, TextAreaField

from .prompts import HELP_LIMIT, LABEL_LIMIT


class PromptForm(FlaskForm):
    # Field names match the service's error fields ("label", "help") so show_error() finds them.
    label = StringField("Question", render_kw={"maxlength": LABEL_LIMIT, "required": True, "autocomplete": "off"})
    help = TextAreaField("Help for the person answering", render_kw={"rows": 3, "maxlength": HELP_LIMIT})
    required = BooleanField("Required: feedback cannot be sent without an answer")
