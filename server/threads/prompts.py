"""The organization's feedback prompts."""
from __future__ import annotations

from sqlalchemy import select

from ..accounts.models import Organization
from ..extensions import db
from .models import Prompt

DEFAULT_PROMPTS = [
    ("strengths", "What stood out in a good way",
     "One or two concrete things they did well, so they know what to keep doing. "
     "Point to a moment: an answer, a piece of work, a question they asked.", True),
    ("gaps", "What would have made the difference",
     "The main job-related reason, stated plainly and specifically: the skill or experience the role "
     "needed and where it showed in the process. Describe the work, not the person.", True),
    ("communication", "How they came across",
     "Optional. Something specific about how they explained their thinking, listened or asked "
     "questions. Leave empty if nothing stood out.", False),
    ("advice", "One thing to try next time",
     "Optional. A practical next step: a resource, a kind of project, a way to prepare. "
     "Kind and concrete beats general encouragement.", False),
]


def seed_prompts(org: Organization) -> None:
    for index, (key, label, help_text, required) in enumerate(DEFAULT_PROMPTS):
        db.session.add(Prompt(organization_id=org.id, key=key, label=label, help=help_text,
                              required=required, position=index))


def active_prompts(organization_id: int) -> list[Prompt]:
    return list(db.session.scalars(
        select(Prompt).where(Prompt.organization_id == organization_id, Prompt.retired_at.is_(None))
        .order_by(Prompt.position, Prompt.id)))


def serialize_prompt(prompt: Prompt) -> dict:
    return {"key": prompt.key, "label": prompt.label, "help": prompt.help, "required": prompt.required}
