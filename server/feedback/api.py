"""Guided feedback and the prompt library over JSON."""

from __future__ import annotations

from spectree import Response

from ..accounts.access import require_membership
from ..accounts.api_auth import require_user
from ..api.blueprint import bp, spec
from ..api.schemas import errors
from ..api.validation import validated
from ..core.time import isoformat
from ..messaging.operations import get_thread
from ..messaging.schemas import MessageOut
from ..messaging.serializers import serialize_message
from ..messaging.summaries import summarize_one
from . import edits, operations, prompts, ratings
from .schemas import (
    CheckIn,
    CheckOut,
    DraftOut,
    DraftQuery,
    FeedbackEditIn,
    FeedbackFormOut,
    FeedbackIn,
    FeedbackOut,
    FeedbackRequestIn,
    FeedbackRequestOut,
    PromptAdminList,
    PromptAdminOut,
    PromptIn,
    PromptList,
    PromptListQuery,
    PromptOrderIn,
    PromptPatchIn,
    RatingIn,
    RatingList,
    RatingOut,
)

SECURED: dict[str, list[str]] = {"bearer": []}


@bp.get("/organizations/<int:organization_id>/prompts")
@spec.validate(
    query=PromptListQuery,
    resp=Response(HTTP_200=PromptList, **errors(400, 401, 404)),
    security=SECURED,
    tags=["feedback"],
)
def list_prompts(organization_id: int):
    """The organization's active feedback prompts, in order (include_retired=true adds the retired ones)."""
    require_membership(require_user(), organization_id)
    if validated().query.include_retired:
        return {"items": [prompts.serialize_prompt_admin(p) for p in prompts.all_prompts(organization_id)]}
    return {"items": [prompts.serialize_prompt_admin(p) for p in prompts.active_prompts(organization_id)]}


@bp.post("/organizations/<int:organization_id>/prompts")
@spec.validate(
    json=PromptIn,
    resp=Response(HTTP_201=PromptAdminOut, **errors(400, 401, 403, 404, 409, 422)),
    security=SECURED,
    tags=["feedback"],
)
def create_prompt(organization_id: int):
    """Add a prompt to the library (organization admins)."""
    body: PromptIn = validated().json
    prompt = prompts.create_prompt(require_user(), organization_id, body.label, body.help, body.required)
    return prompts.serialize_prompt_admin(prompt), 201


@bp.patch("/organizations/<int:organization_id>/prompts/<key>")
@spec.validate(
    json=PromptPatchIn,
    resp=Response(HTTP_200=PromptAdminOut, **errors(400, 401, 403, 404, 422)),
    security=SECURED,
    tags=["feedback"],
)
def update_prompt(organization_id: int, key: str):
    """Change a prompt's label, help text or whether it is required. Past feedback keeps its wording."""
    body: PromptPatchIn = validated().json
    prompt = prompts.update_prompt(require_user(), organization_id, key, body.label, body.help, body.required)
    return prompts.serialize_prompt_admin(prompt)


@bp.put("/organizations/<int:organization_id>/prompts/order")
@spec.validate(
    json=PromptOrderIn,
    resp=Response(HTTP_200=PromptAdminList, **errors(400, 401, 403, 404, 422)),
    security=SECURED,
    tags=["feedback"],
)
def reorder_prompts(organization_id: int):
    """Set the order of the active prompts."""
    ordered = prompts.reorder_prompts(require_user(), organization_id, validated().json.keys)
    return {"items": [prompts.serialize_prompt_admin(p) for p in ordered]}


@bp.delete("/organizations/<int:organization_id>/prompts/<key>")
@spec.validate(resp=Response("HTTP_204", **errors(401, 403, 404, 409)), security=SECURED, tags=["feedback"])
def retire_prompt(organization_id: int, key: str):
    """Retire a prompt: new feedback no longer asks it; past feedback is unchanged."""
    prompts.retire_prompt(require_user(), organization_id, key)
    return "", 204


@bp.post("/organizations/<int:organization_id>/prompts/<key>/restore")
@spec.validate(
    resp=Response(HTTP_200=PromptAdminOut, **errors(401, 403, 404, 409)), security=SECURED, tags=["feedback"]
)
def restore_prompt(organization_id: int, key: str):
    """Bring a retired prompt back, at the end of the list."""
    return prompts.serialize_prompt_admin(prompts.restore_prompt(require_user(), organization_id, key))


@bp.get("/threads/<int:thread_id>/feedback-form")
@spec.validate(resp=Response(HTTP_200=FeedbackFormOut, **errors(401, 403, 404)), security=SECURED, tags=["feedback"])
def feedback_form(thread_id: int):
    """What the staff composer needs: prompts with the hints of the rejection reason, and the open request."""
    user = require_user()
    thread = get_thread(user, thread_id)
    form_prompts = prompts.prompts_for_thread(user, thread)
    pending = operations.open_request(thread)
    return {
        "prompts": form_prompts,
        "request": {"message_id": pending.message_id, "topics": pending.topics, "due_at": isoformat(pending.due_at)}
        if pending
        else None,
    }


@bp.post("/threads/<int:thread_id>/feedback-request")
@spec.validate(
    json=FeedbackRequestIn,
    resp=Response(HTTP_201=FeedbackRequestOut, **errors(400, 401, 403, 404, 409, 413, 422)),
    security=SECURED,
    tags=["feedback"],
)
def request_feedback(thread_id: int):
    """The candidate asks for feedback on chosen topics."""
    user = require_user()
    body: FeedbackRequestIn = validated().json
    message, thread = operations.request_feedback(user, thread_id, list(body.topics), body.message)
    return {"message": serialize_message(message), "thread": summarize_one(user, thread)}, 201


@bp.get("/threads/<int:thread_id>/feedback-request/draft")
@spec.validate(
    query=DraftQuery, resp=Response(HTTP_200=DraftOut, **errors(401, 404, 422)), security=SECURED, tags=["feedback"]
)
def feedback_request_draft(thread_id: int):
    """A tactful, specific starting draft for a feedback request on the given topics."""
    user = require_user()
    thread = get_thread(user, thread_id)
    topics = [t.strip() for t in validated().query.topics.split(",") if t.strip()]
    return {"draft": operations.draft_for_thread(thread, topics)}


@bp.post("/threads/<int:thread_id>/feedback")
@spec.validate(
    json=FeedbackIn,
    resp=Response(HTTP_201=FeedbackOut, **errors(400, 401, 403, 404, 409, 422)),
    security=SECURED,
    tags=["feedback"],
)
def give_feedback(thread_id: int):
    """Staff answer with the organization's prompts. legal_risk findings need acknowledge_risks."""
    user = require_user()
    body: FeedbackIn = validated().json
    message, thread, findings = operations.give_feedback(user, thread_id, body.answers, body.acknowledge_risks)
    return {"message": serialize_message(message), "thread": summarize_one(user, thread), "findings": findings}, 201


@bp.post("/feedback/check")
@spec.validate(
    json=CheckIn, resp=Response(HTTP_200=CheckOut, **errors(400, 401, 413, 422)), security=SECURED, tags=["feedback"]
)
def check_feedback():
    """Quality findings for a text: platitude, legal_risk, harsh, with offsets."""
    user = require_user()
    return {"findings": operations.check_text(validated().json.text, author=user)}


@bp.patch("/threads/<int:thread_id>/feedback/<int:message_id>")
@spec.validate(
    json=FeedbackEditIn,
    resp=Response(HTTP_200=MessageOut, **errors(400, 401, 403, 404, 409, 422)),
    security=SECURED,
    tags=["feedback"],
)
def edit_feedback(thread_id: int, message_id: int):
    """The author changes their feedback within 10 minutes of sending (409 edit_window_closed after).
    The same wording gate as sending; the earlier version is kept on the server."""
    body: FeedbackEditIn = validated().json
    message, _findings = edits.edit_feedback(
        require_user(), thread_id, message_id, body.answers, body.acknowledge_risks
    )
    return serialize_message(message)


@bp.delete("/threads/<int:thread_id>/feedback/<int:message_id>")
@spec.validate(resp=Response("HTTP_204", **errors(401, 403, 404, 409)), security=SECURED, tags=["feedback"])
def withdraw_feedback(thread_id: int, message_id: int):
    """The author withdraws their feedback within 10 minutes: the candidate sees "Feedback withdrawn
    by <name>", and a feedback request it answered is open again."""
    edits.withdraw_feedback(require_user(), thread_id, message_id)
    return "", 204


@bp.post("/threads/<int:thread_id>/rating")
@spec.validate(
    json=RatingIn,
    resp=Response(HTTP_201=RatingOut, **errors(400, 401, 403, 404, 409, 422)),
    security=SECURED,
    tags=["feedback"],
)
def rate_feedback(thread_id: int):
    """The candidate rates feedback they received, 1 to 5, once per feedback message."""
    body: RatingIn = validated().json
    rating, message = ratings.rate_feedback(require_user(), thread_id, body.score, body.comment, body.message_id)
    return ratings.serialize_rating(rating, message.id), 201


@bp.get("/threads/<int:thread_id>/ratings")
@spec.validate(resp=Response(HTTP_200=RatingList, **errors(401, 404)), security=SECURED, tags=["feedback"])
def list_ratings(thread_id: int):
    """The ratings of the thread's feedback that the caller may see: the candidate their own, the
    author those of their feedback, the organization's admins all; other staff none."""
    found = ratings.list_ratings(require_user(), thread_id)
    return {"items": [ratings.serialize_rating(r, message_id) for message_id, r in found], "next_cursor": None}
