"""Guided feedback: the candidate's request, the employer's answers, and the wording check."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from .. import quality
from ..accounts.models import Organization, User
from ..core.errors import Conflict, Forbidden, Invalid, TooLarge
from ..core.time import isoformat, utcnow
from ..core.transaction import operation, record
from ..extensions import db
from ..messaging import wording
from ..messaging.access import get_visible_thread
from ..messaging.models import Message, MessageKind, Thread, ThreadStatus
from ..messaging.operations import MAX_BODY, add_message, check_body, require_open, set_status
from . import topics as topic_vocabulary
from .events import FeedbackGiven, FeedbackRequested
from .models import Feedback, FeedbackRequest
from .prompts import active_prompts, serialize_prompt

MAX_ANSWER = 5_000


def open_request(thread: Thread) -> FeedbackRequest | None:
    return db.session.scalar(
        select(FeedbackRequest)
        .where(FeedbackRequest.thread_id == thread.id, FeedbackRequest.answered_at.is_(None))
        .order_by(FeedbackRequest.id.desc())
        .limit(1)
    )


def _topics_error(message: str) -> Invalid:
    return Invalid(message, fields={"topics": "One or more of: " + ", ".join(topic_vocabulary.TOPICS) + "."})


def draft_request(topics: list[str], organization: str, position: str) -> str:
    """A tactful, specific starting point the candidate edits."""
    chosen = topic_vocabulary.ordered(topics) or ["other"]
    labels = [topic_vocabulary.IN_A_REQUEST[t] for t in chosen]
    areas = ", ".join(labels[:-1]) + " and " + labels[-1] if len(labels) > 1 else labels[0]
    lines = [
        f"Thank you for considering me for the {position} role at {organization}.",
        "",
        f"I'd really value your honest view on {areas}. "
        "Was there a specific moment or piece of work where I fell short of what you needed?",
    ]
    if "skills" in chosen or "experience" in chosen:
        lines.append(
            "If there is one thing you would suggest I work on before applying for a similar role, "
            "I'd be glad to hear it."
        )
    if "interview" in chosen:
        lines.append("Anything about how I prepared for or handled the interviews would help too.")
    lines += ["", "A few sentences would already help a lot. Thank you for your time."]
    return "\n".join(lines)


def draft_for_thread(thread: Thread, topics: list[str]) -> str:
    if topic_vocabulary.unknown(topics):
        raise _topics_error("Unknown topic.")
    return draft_request(topics, thread.organization.name, thread.candidacy.position.title)


@operation
def request_feedback(user: User, thread_id: int, topics: list[str], message: str) -> tuple[Message, Thread]:
    thread = get_visible_thread(user, thread_id, for_update=True)
    if not user.is_candidate:
        raise Forbidden("Only the candidate can ask for feedback.", code="candidate_only")
    require_open(thread)
    if not topics or topic_vocabulary.unknown(topics):
        raise _topics_error("Choose at least one topic from the list.")
    body = check_body(message, "message")
    if open_request(thread) is not None:
        raise Conflict(
            "You already asked for feedback; the employer has not answered yet.", code="feedback_already_requested"
        )
    org = db.session.get(Organization, thread.organization_id)
    assert org is not None  # the thread's foreign key guarantees it
    now = utcnow()
    due = now + timedelta(days=org.reply_target_days)
    chosen = topic_vocabulary.ordered(topics)
    msg = add_message(
        thread, user, MessageKind.feedback_request, body, meta={"topics": chosen, "due_at": isoformat(due)}
    )
    request = FeedbackRequest(thread_id=thread.id, message_id=msg.id, topics=chosen, due_at=due, created_at=now)
    db.session.add(request)
    db.session.flush()
    set_status(thread, ThreadStatus.feedback_requested, due)
    record(FeedbackRequested(thread.id, request.id))
    return msg, thread


def check_answers(answers: dict[str, str]) -> list[dict]:
    """Findings for every answer, each tagged with its prompt key (offsets are per answer)."""
    return wording.check_texts(answers)


def compose_feedback(prompts: list[dict], answers: dict[str, str]) -> str:
    parts = []
    for prompt in prompts:
        text = answers.get(prompt["key"], "").strip()
        if text:
            parts.append(f"**{prompt['label']}**\n\n{text}")
    return "\n\n".join(parts)


def clean_answers(prompts: list[dict], answers: dict[str, str]) -> dict[str, str]:
    keys = {p["key"] for p in prompts}
    errors: dict[str, str] = {key: "Not one of this organization's prompts." for key in answers if key not in keys}
    cleaned = {k: (v or "").strip() for k, v in answers.items() if k in keys}
    for prompt in prompts:
        text = cleaned.get(prompt["key"], "")
        if prompt["required"] and not text:
            errors[prompt["key"]] = "This prompt needs an answer."
        elif len(answers.get(prompt["key"]) or "") > MAX_ANSWER:  # as sent, as the API's document says
            errors[prompt["key"]] = f"At most {MAX_ANSWER:,} characters."
    if not errors and not any(cleaned.values()):
        errors["answers"] = "Answer at least one prompt."
    if errors:
        raise Invalid("Some answers need attention.", code="validation_failed", fields=errors)
    return {k: v for k, v in cleaned.items() if v}


@operation
def give_feedback(
    user: User, thread_id: int, answers: dict[str, str], acknowledge_risks: bool = False
) -> tuple[Message, Thread, list[dict]]:
    thread = get_visible_thread(user, thread_id, for_update=True)
    if not user.is_staff:
        raise Forbidden("Only the employer can give feedback.", code="staff_only")
    require_open(thread)
    prompts = [serialize_prompt(p) for p in active_prompts(thread.organization_id)]
    cleaned = clean_answers(prompts, answers)

    findings = wording.require_acceptable(cleaned, acknowledge_risks)
    risky = wording.risky(findings)

    now = utcnow()
    request = open_request(thread)
    msg = add_message(
        thread,
        user,
        MessageKind.feedback,
        compose_feedback(prompts, cleaned),
        meta={"answers": cleaned, "prompts": [p for p in prompts if p["key"] in cleaned]},
    )
    feedback = Feedback(
        thread_id=thread.id,
        request_id=request.id if request else None,
        message_id=msg.id,
        author_id=user.id,
        answers=cleaned,
        prompts=prompts,
        findings=findings,
        risks_acknowledged_at=now if risky else None,
        risks_acknowledged_by_id=user.id if risky else None,
        response_seconds=int((now - request.created_at).total_seconds()) if request else None,
    )
    db.session.add(feedback)
    if request is not None:
        request.answered_at = now
    db.session.flush()
    wording.record_acknowledgement(
        user, thread.organization_id, "feedback", findings, thread_id=thread.id, message_id=msg.id
    )
    set_status(thread, ThreadStatus.feedback_given, None)
    record(FeedbackGiven(thread.id, feedback.id))
    return msg, thread, findings


def check_text(text: str, *, author: User | None = None) -> list[dict]:
    """The quality check as offered to authors while they write. A candidate gets the rules alone:
    the statistical fallbacks learnt employers' feedback, and read a candidate's first-person
    request ("Was there a moment where I fell short?") as contempt."""
    if len(text) > MAX_BODY:
        raise TooLarge(
            f"That text is too long to check: at most {MAX_BODY:,} characters.",
            code="body_too_large",
            fields={"text": f"At most {MAX_BODY:,} characters."},
        )
    use_model = author is None or not author.is_candidate
    return [finding.to_dict() for finding in quality.check(text, use_model=use_model)]
