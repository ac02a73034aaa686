"""Guided feedback forms: the candidate's request and the staff composer.

The rules (required answers, lengths, topics, states) live in the services.
"""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]  # WTForms 3.3; the stubs are 3.2

from ..web.forms import CheckboxesField
from .topics import HELP, LABELS, TOPICS


class FeedbackRequestForm(FlaskForm):
    topics = CheckboxesField(
        "What would you like feedback on?",
        validate_choice=False,
        choices=[SelectChoice(t, f"{LABELS[t]}: {HELP[t]}") for t in TOPICS],
    )
    message = TextAreaField("Your message", render_kw={"rows": 10, "required": True})
    build = SubmitField("Build my draft")
    send = SubmitField("Send my request")


class FeedbackForm(FlaskForm):
    """One textarea per active prompt is added by feedback_form_for()."""

    acknowledge = BooleanField("I have reviewed this wording and want to send it anyway")
    check = SubmitField("Check my wording")
    preview = SubmitField("Preview as the candidate sees it")
    send = SubmitField("Send feedback")


ANSWER_PREFIX = "answer_"


def feedback_form_for(prompts: list[dict]) -> FeedbackForm:
    """``prompts`` as feedback.prompts.prompts_for_thread() gives them."""

    class PromptFeedbackForm(FeedbackForm):
        pass

    for prompt in prompts:
        setattr(
            PromptFeedbackForm,
            ANSWER_PREFIX + prompt["key"],
            TextAreaField(prompt["label"], render_kw={"rows": 4, "required": prompt["required"]}),
        )
    return PromptFeedbackForm()


def answers_from(form: FeedbackForm, prompts: list[dict]) -> dict[str, str]:
    return {p["key"]: (form[ANSWER_PREFIX + p["key"]].data or "").strip() for p in prompts}
