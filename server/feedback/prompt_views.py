"""The prompt library pages: organization admins add, edit, reorder, retire and restore prompts.

Thin views over threads.prompts; who may do what is decided there (and in
require_membership): outsiders get 404, members who are not admins 403.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import login_required

from ..accounts.access import ADMIN, require_membership
from ..core.errors import ServiceError
from ..web.context import signed_in_user
from ..web.forms import show_error
from . import prompts
from .prompt_forms import PromptForm

bp = Blueprint("prompts", __name__)

MOVES = {"up": -1, "down": 1}


def _library(organization_id: int, form: PromptForm | None = None, status: int = 200, error: str | None = None):
    org = require_membership(signed_in_user(), organization_id, ADMIN)
    everything = prompts.all_prompts(organization_id)
    return render_template(
        "prompts/library.html",
        org=org,
        form=form or PromptForm(formdata=None),
        error=error,
        active=[p for p in everything if p.retired_at is None],
        retired=[p for p in everything if p.retired_at is not None],
        max_active=prompts.MAX_ACTIVE,
    ), status


def _refused(organization_id: int, exc: ServiceError):
    """A refused action shows the library again with the reason; 403 and 404 keep their own pages."""
    if exc.status in (403, 404):
        raise exc
    return _library(organization_id, status=exc.status, error=exc.message)


def _back(organization_id: int, key: str | None = None):
    return redirect(url_for(".library", organization_id=organization_id, _anchor=f"prompt-{key}" if key else None))


@bp.get("/organizations/<int:organization_id>/prompts")
@login_required
def library(organization_id: int):
    return _library(organization_id)


@bp.post("/organizations/<int:organization_id>/prompts")
@login_required
def add(organization_id: int):
    form = PromptForm()
    try:
        prompt = prompts.create_prompt(
            signed_in_user(), organization_id, form.label.data or "", form.help.data or "", bool(form.required.data)
        )
    except ServiceError as exc:
        if exc.status in (403, 404):
            raise
        return _library(organization_id, form, show_error(form, exc))
    flash(f"Added “{prompt.label}”. It is asked in new feedback from now on.", "success")
    return _back(organization_id, prompt.key)


@bp.route("/organizations/<int:organization_id>/prompts/<key>/edit", methods=["GET", "POST"])
@login_required
def edit(organization_id: int, key: str):
    org = require_membership(signed_in_user(), organization_id, ADMIN)
    prompt = prompts.get_prompt(organization_id, key)
    form = PromptForm(obj=prompt) if request.method == "GET" else PromptForm()
    status = 200
    if request.method == "POST":
        try:
            prompt = prompts.update_prompt(
                signed_in_user(),
                organization_id,
                key,
                form.label.data or "",
                form.help.data or "",
                bool(form.required.data),
            )
        except ServiceError as exc:
            if exc.status in (403, 404):
                raise
            status = show_error(form, exc)
        else:
            flash(f"Saved “{prompt.label}”. Feedback already sent keeps the wording it was written with.", "success")
            return _back(organization_id, key)
    return render_template("prompts/edit.html", org=org, prompt=prompt, form=form), status


@bp.post("/organizations/<int:organization_id>/prompts/<key>/move")
@login_required
def move(organization_id: int, key: str):
    require_membership(signed_in_user(), organization_id, ADMIN)
    step = MOVES.get(request.form.get("direction", ""))
    if step is None:
        abort(400)
    prompt = prompts.get_prompt(organization_id, key)
    keys = [p.key for p in prompts.active_prompts(organization_id)]
    if key not in keys:
        return _library(
            organization_id,
            status=409,
            error=f"“{prompt.label}” is retired, so it has no place in the order. Restore it first.",
        )
    index = keys.index(key)
    target = index + step
    if 0 <= target < len(keys):
        keys[index], keys[target] = keys[target], keys[index]
        try:
            prompts.reorder_prompts(signed_in_user(), organization_id, keys)
        except ServiceError as exc:
            return _refused(organization_id, exc)
    # At either end there is nowhere to go: nothing changes, and the page says where it is.
    return _back(organization_id, key)


@bp.post("/organizations/<int:organization_id>/prompts/<key>/retire")
@login_required
def retire(organization_id: int, key: str):
    try:
        prompt = prompts.retire_prompt(signed_in_user(), organization_id, key)
    except ServiceError as exc:
        return _refused(organization_id, exc)
    flash(f"Retired “{prompt.label}”. New feedback no longer asks it; you can restore it below.", "success")
    return _back(organization_id)


@bp.post("/organizations/<int:organization_id>/prompts/<key>/restore")
@login_required
def restore(organization_id: int, key: str):
    try:
        prompt = prompts.restore_prompt(signed_in_user(), organization_id, key)
    except ServiceError as exc:
        return _refused(organization_id, exc)
    flash(f"Restored “{prompt.label}” at the end of the list.", "success")
    return _back(organization_id, key)
