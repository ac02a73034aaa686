"""Threads, messages, read state and guided feedback over JSON."""
from __future__ import annotations

from flask import request
from spectree import Response

from ..accounts.access import require_membership
from ..api import bp, spec
from ..api.auth import require_user
from ..api.pagination import decode_cursor, page
from ..api.schemas import errors
from ..core.time import isoformat
from . import operations, prompts
from .schemas import (CheckIn, CheckOut, DraftOut, DraftQuery, FeedbackFormOut, FeedbackIn, FeedbackOut,
                      FeedbackRequestIn, FeedbackRequestOut, MessageIn, MessageList, MessageListQuery, MessageOut,
                      PromptAdminList, PromptAdminOut, PromptIn, PromptList, PromptListQuery, PromptOrderIn,
                      PromptPatchIn, ReadIn, ThreadList, ThreadListQuery, ThreadOut)
from .serializers import serialize_message
from .summaries import summarize, summarize_one

SECURED = {"bearer": []}


@bp.get("/threads")
@spec.validate(query=ThreadListQuery, resp=Response(HTTP_200=ThreadList, **errors(400, 401, 422)),
               security=SECURED, tags=["threads"])
def list_threads():
    """The caller's threads, most recent activity first."""
    user = require_user()
    query: ThreadListQuery = request.context.query
    threads, next_value = operations.list_threads(user, query.status, query.limit,
                                                  decode_cursor(query.cursor, "time_id"))
    return page(summarize(user, threads), next_value, "time_id")


@bp.get("/threads/<int:thread_id>")
@spec.validate(resp=Response(HTTP_200=ThreadOut, **errors(401, 404)), security=SECURED, tags=["threads"])
def get_thread(thread_id: int):
    """One thread the caller takes part in."""
    user = require_user()
    return summarize_one(user, operations.get_thread(user, thread_id))


@bp.get("/threads/<int:thread_id>/messages")
@spec.validate(query=MessageListQuery, resp=Response(HTTP_200=MessageList, **errors(400, 401, 404, 422)),
               security=SECURED, tags=["threads"])
def list_messages(thread_id: int):
    """Messages oldest first; `after` (or `cursor`) continues from a message id."""
    user = require_user()
    query: MessageListQuery = request.context.query
    after = decode_cursor(query.cursor, "id") if query.cursor else query.after
    messages, next_value = operations.list_messages(user, thread_id, after, query.limit)
    return page([serialize_message(m) for m in messages], next_value, "id")


@bp.post("/threads/<int:thread_id>/messages")
@spec.validate(json=MessageIn, resp=Response(HTTP_200=MessageOut, HTTP_201=MessageOut,
                                             **errors(400, 401, 404, 409, 413, 422)),
               security=SECURED, tags=["threads"])
def post_message(thread_id: int):
    """Send a message. The same client_id again returns the first message with 200."""
    user = require_user()
    body: MessageIn = request.context.json
    message, created = operations.post_message(user, thread_id, body.body, body.client_id)
    return serialize_message(message), 201 if created else 200


@bp.post("/threads/<int:thread_id>/read")
@spec.validate(json=ReadIn, resp=Response("HTTP_204", **errors(400, 401, 404, 422)), security=SECURED,
               tags=["threads"])
def mark_read(thread_id: int):
    """Everything up to this message has been read by the caller."""
    user = require_user()
    operations.mark_read(user, thread_id, request.context.json.message_id)
    return "", 204


@bp.post("/threads/<int:thread_id>/close")
@spec.validate(resp=Response(HTTP_200=ThreadOut, **errors(401, 404, 409)), security=SECURED, tags=["threads"])
def close_thread(thread_id: int):
    """Close the thread (either side); it becomes read-only."""
    user = require_user()
    return summarize_one(user, operations.close_thread(user, thread_id))


@bp.post("/threads/<int:thread_id>/reopen")
@spec.validate(resp=Response(HTTP_200=ThreadOut, **errors(401, 403, 404, 409)), security=SECURED,
               tags=["threads"])
def reopen_thread(thread_id: int):
    """Reopen a closed thread (staff only)."""
    user = require_user()
    return summarize_one(user, operations.reopen_thread(user, thread_id))


@bp.get("/organizations/<int:organization_id>/prompts")
@spec.validate(query=PromptListQuery, resp=Response(HTTP_200=PromptList, **errors(401, 404)), security=SECURED,
               tags=["feedback"])
def list_prompts(organization_id: int):
    """The organization's active feedback prompts, in order (include_retired=true adds the retired ones)."""
    require_membership(require_user(), organization_id)
    if request.context.query.include_retired:
        return {"items": [prompts.serialize_prompt_admin(p) for p in prompts.all_prompts(organization_id)]}
    return {"items": [prompts.serialize_prompt_admin(p) for p in prompts.active_prompts(organization_id)]}


@bp.post("/organizations/<int:organization_id>/prompts")
@spec.validate(json=PromptIn, resp=Response(HTTP_201=PromptAdminOut, **errors(400, 401, 403, 404, 409, 422)),
               security=SECURED, tags=["feedback"])
def create_prompt(organization_id: int):
    """Add a prompt to the library (organization admins)."""
    body: PromptIn = request.context.json
    prompt = prompts.create_prompt(require_user(), organization_id, body.label, body.help, body.required)
    return prompts.serialize_prompt_admin(prompt), 201


@bp.patch("/organizations/<int:organization_id>/prompts/<key>")
@spec.validate(json=PromptPatchIn, resp=Response(HTTP_200=PromptAdminOut, **errors(400, 401, 403, 404, 422)),
               security=SECURED, tags=["feedback"])
def update_prompt(organization_id: int, key: str):
    """Change a prompt's label, help text or whether it is required. Past feedback keeps its wording."""
    body: PromptPatchIn = request.context.json
    prompt = prompts.update_prompt(require_user(), organization_id, key, body.label, body.help, body.required)
    return prompts.serialize_prompt_admin(prompt)


@bp.put("/organizations/<int:organization_id>/prompts/order")
@spec.validate(json=PromptOrderIn, resp=Response(HTTP_200=PromptAdminList, **errors(400, 401, 403, 404, 422)),
               security=SECURED, tags=["feedback"])
def reorder_prompts(organization_id: int):
    """Set the order of the active prompts."""
    ordered = prompts.reorder_prompts(require_user(), organization_id, request.context.json.keys)
    return {"items": [prompts.serialize_prompt_admin(p) for p in ordered]}


@bp.delete("/organizations/<int:organization_id>/prompts/<key>")
@spec.validate(resp=Response("HTTP_204", **errors(401, 403, 404, 409)), security=SECURED, tags=["feedback"])
def retire_prompt(organization_id: int, key: str):
    """Retire a prompt: new feedback no longer asks it; past feedback is unchanged."""
    prompts.retire_prompt(require_user(), organization_id, key)
    return "", 204


@bp.post("/organizations/<int:organization_id>/prompts/<key>/restore")
@spec.validate(resp=Response(HTTP_200=PromptAdminOut, **errors(401, 403, 404, 409)), security=SECURED,
               tags=["feedback"])
def restore_prompt(organization_id: int, key: str):
    """Bring a retired prompt back, at the end of the list."""
    return prompts.serialize_prompt_admin(prompts.restore_prompt(require_user(), organization_id, key))


@bp.get("/threads/<int:thread_id>/feedback-form")
@spec.validate(resp=Response(HTTP_200=FeedbackFormOut, **errors(401, 403, 404)), security=SECURED,
               tags=["feedback"])
def feedback_form(thread_id: int):
    """What the staff composer needs: prompts with the hints of the rejection reason, and the open request."""
    user = require_user()
    thread = operations.get_thread(user, thread_id)
    form_prompts = prompts.prompts_for_thread(user, thread)
    pending = operations.open_request(thread)
    return {"prompts": form_prompts,
            "request": {"message_id": pending.message_id, "topics": pending.topics,
                        "due_at": isoformat(pending.due_at)} if pending else None}


@bp.post("/threads/<int:thread_id>/feedback-request")
@spec.validate(json=FeedbackRequestIn, resp=Response(HTTP_201=FeedbackRequestOut,
                                                     **errors(400, 401, 403, 404, 409, 413, 422)),
               security=SECURED, tags=["feedback"])
def request_feedback(thread_id: int):
    """The candidate asks for feedback on chosen topics."""
    user = require_user()
    body: FeedbackRequestIn = request.context.json
    message, thread = operations.request_feedback(user, thread_id, list(body.topics), body.message)
    return {"message": serialize_message(message), "thread": summarize_one(user, thread)}, 201


@bp.get("/threads/<int:thread_id>/feedback-request/draft")
@spec.validate(query=DraftQuery, resp=Response(HTTP_200=DraftOut, **errors(401, 404, 422)), security=SECURED,
               tags=["feedback"])
def feedback_request_draft(thread_id: int):
    """A tactful, specific starting draft for a feedback request on the given topics."""
    user = require_user()
    thread = operations.get_thread(user, thread_id)
    topics = [t.strip() for t in request.context.query.topics.split(",") if t.strip()]
    return {"draft": operations.draft_for_thread(thread, topics)}


@bp.post("/threads/<int:thread_id>/feedback")
@spec.validate(json=FeedbackIn, resp=Response(HTTP_201=FeedbackOut, **errors(400, 401, 403, 404, 409, 422)),
               security=SECURED, tags=["feedback"])
def give_feedback(thread_id: int):
    """Staff answer with the organization's prompts. legal_risk findings need acknowledge_risks."""
    user = require_user()
    body: FeedbackIn = request.context.json
    message, thread, findings = operations.give_feedback(user, thread_id, body.answers, body.acknowledge_risks)
    return {"message": serialize_message(message), "thread": summarize_one(user, thread),
            "findings": findings}, 201


@bp.post("/feedback/check")
@spec.validate(json=CheckIn, resp=Response(HTTP_200=CheckOut, **errors(400, 401, 413, 422)), security=SECURED,
               tags=["feedback"])
def check_feedback():
    """Quality findings for a text: platitude, legal_risk, harsh, with offsets."""
    require_user()
    return {"findings": operations.check_text(request.context.json.text)}
