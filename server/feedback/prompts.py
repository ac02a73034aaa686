"""The organization's feedback prompts: the default set, and the library admins edit."""

from __future__ import annotations

import re

from sqlalchemy import select

from ..accounts.access import ADMIN, require_membership
from ..accounts.events import OrganizationCreated
from ..accounts.models import Organization, User
from ..core.errors import Conflict, Forbidden, Invalid, NotFound
from ..core.events import subscribe
from ..core.time import utcnow
from ..core.transaction import operation
from ..extensions import db
from ..hiring.operations import rejection_reason_of
from ..messaging.models import Thread
from .models import Prompt

DEFAULT_PROMPTS = [
    (
        "strengths",
        "What stood out in a good way",
        "One or two concrete things they did well, so they know what to keep doing. "
        "Point to a moment: an answer, a piece of work, a question they asked.",
        True,
    ),
    (
        "gaps",
        "What would have made the difference",
        "The main job-related reason, stated plainly and specifically: the skill or experience the role "
        "needed and where it showed in the process. Describe the work, not the person.",
        True,
    ),
    (
        "communication",
        "How they came across",
        "Optional. Something specific about how they explained their thinking, listened or asked "
        "questions. Leave empty if nothing stood out.",
        False,
    ),
    (
        "advice",
        "One thing to try next time",
        "Optional. A practical next step: a resource, a kind of project, a way to prepare. "
        "Kind and concrete beats general encouragement.",
        False,
    ),
]


@subscribe(OrganizationCreated)
def seed_prompts(created: OrganizationCreated) -> None:
    for index, (key, label, help_text, required) in enumerate(DEFAULT_PROMPTS):
        db.session.add(
            Prompt(
                organization_id=created.organization_id,
                key=key,
                label=label,
                help=help_text,
                required=required,
                position=index,
            )
        )


def active_prompts(organization_id: int) -> list[Prompt]:
    return list(
        db.session.scalars(
            select(Prompt)
            .where(Prompt.organization_id == organization_id, Prompt.retired_at.is_(None))
            .order_by(Prompt.position, Prompt.id)
        )
    )


def serialize_prompt(prompt: Prompt) -> dict:
    return {"key": prompt.key, "label": prompt.label, "help": prompt.help, "required": prompt.required}


def serialize_prompt_admin(prompt: Prompt) -> dict:
    return {**serialize_prompt(prompt), "position": prompt.position, "retired": prompt.retired_at is not None}


# -- the prompt library (organization admins) --------------------------------------

LABEL_LIMIT = 200
HELP_LIMIT = 1_000
MAX_ACTIVE = 12
# What _key_for makes (and the default keys are): lower-case words joined by "_", at most 40 characters.
KEY_PATTERN = r"^[a-z0-9_]{1,40}$"


def _admin_org(user: User, organization_id: int) -> Organization:
    return require_membership(user, organization_id, ADMIN)


def _clean(value: str | None, field: str, label: str, limit: int, required: bool) -> str:
    value = " ".join((value or "").split()) if field == "label" else (value or "").strip()
    if required and not value:
        raise Invalid(f"{label} is required.", fields={field: "Required."})
    if len(value) > limit:
        raise Invalid(f"{label} is too long.", fields={field: f"At most {limit:,} characters."})
    return value


def _key_for(label: str, taken: set[str]) -> str:
    words = re.sub(r"[^a-z0-9]+", " ", label.lower()).split()
    base = ""
    for word in words:  # whole words only, at most 32 characters (the column holds 40)
        if len(base) + len(word) + 1 > 32:
            break
        base = f"{base}_{word}" if base else word
    base = base or (words[0][:32] if words else "prompt")
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


def all_prompts(organization_id: int) -> list[Prompt]:
    return list(
        db.session.scalars(
            select(Prompt)
            .where(Prompt.organization_id == organization_id)
            .order_by(Prompt.retired_at.is_not(None), Prompt.position, Prompt.id)
        )
    )


def get_prompt(organization_id: int, key: str) -> Prompt:
    # A key no prompt can have is not looked up (PostgreSQL refuses a NUL in text outright: a 500).
    if not re.fullmatch(KEY_PATTERN, key):
        raise NotFound("Prompt not found.")
    prompt = db.session.scalar(select(Prompt).where(Prompt.organization_id == organization_id, Prompt.key == key))
    if prompt is None:
        raise NotFound("Prompt not found.")
    return prompt


@operation
def create_prompt(user: User, organization_id: int, label: str, help_text: str = "", required: bool = False) -> Prompt:
    _admin_org(user, organization_id)
    label = _clean(label, "label", "Label", LABEL_LIMIT, True)
    help_text = _clean(help_text, "help", "Help text", HELP_LIMIT, False)
    existing = all_prompts(organization_id)
    active = [p for p in existing if p.retired_at is None]
    if len(active) >= MAX_ACTIVE:
        raise Conflict(
            f"An organization can have at most {MAX_ACTIVE} active prompts; retire one first.", code="too_many_prompts"
        )
    prompt = Prompt(
        organization_id=organization_id,
        key=_key_for(label, {p.key for p in existing}),
        label=label,
        help=help_text,
        required=bool(required),
        position=max((p.position for p in active), default=-1) + 1,
    )
    db.session.add(prompt)
    db.session.flush()
    return prompt


@operation
def update_prompt(
    user: User,
    organization_id: int,
    key: str,
    label: str | None = None,
    help_text: str | None = None,
    required: bool | None = None,
) -> Prompt:
    """Past feedback keeps the wording it was written with (a snapshot in each Feedback)."""
    _admin_org(user, organization_id)
    prompt = get_prompt(organization_id, key)
    if label is not None:
        prompt.label = _clean(label, "label", "Label", LABEL_LIMIT, True)
    if help_text is not None:
        prompt.help = _clean(help_text, "help", "Help text", HELP_LIMIT, False)
    if required is not None:
        prompt.required = bool(required)
    return prompt


@operation
def reorder_prompts(user: User, organization_id: int, keys: list[str]) -> list[Prompt]:
    _admin_org(user, organization_id)
    active = active_prompts(organization_id)
    if sorted(keys) != sorted(p.key for p in active) or len(set(keys)) != len(keys):
        raise Invalid(
            "List every active prompt exactly once.",
            fields={"keys": "Must be the active prompt keys in the new order."},
        )
    by_key = {p.key: p for p in active}
    for index, key in enumerate(keys):
        by_key[key].position = index
    db.session.flush()
    return active_prompts(organization_id)


@operation
def retire_prompt(user: User, organization_id: int, key: str) -> Prompt:
    _admin_org(user, organization_id)
    prompt = get_prompt(organization_id, key)
    if prompt.retired_at is not None:
        raise Conflict("This prompt is already retired.", code="prompt_retired")
    if len(active_prompts(organization_id)) <= 1:
        raise Conflict("Keep at least one prompt, or feedback could not be written.", code="last_prompt")
    prompt.retired_at = utcnow()
    return prompt


@operation
def restore_prompt(user: User, organization_id: int, key: str) -> Prompt:
    _admin_org(user, organization_id)
    prompt = get_prompt(organization_id, key)
    if prompt.retired_at is None:
        raise Conflict("This prompt is active.", code="prompt_active")
    if len(active_prompts(organization_id)) >= MAX_ACTIVE:
        raise Conflict(f"An organization can have at most {MAX_ACTIVE} active prompts.", code="too_many_prompts")
    prompt.retired_at = None
    prompt.position = max((p.position for p in active_prompts(organization_id)), default=-1) + 1
    return prompt


def prompts_for_thread(user: User, thread: Thread) -> list[dict]:
    """The composer's prompts with the hint preselected by the (internal) rejection reason."""
    if not user.is_staff:
        raise Forbidden("Only the employer writes feedback.", code="staff_only")
    reason = rejection_reason_of(thread.candidacy)
    hints = reason.hints if reason else {}
    return [{**serialize_prompt(p), "hint": hints.get(p.key)} for p in active_prompts(thread.organization_id)]
