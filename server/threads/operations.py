"""Threads: messages, read state, closing, feedback requests and feedback."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.exc import IntegrityError

from .. import quality
from ..accounts.models import Organization, User
from ..core.errors import Conflict, Forbidden, Invalid, NotFound, TooLarge
from ..core.markdown import render
from ..core.time import isoformat, utcnow
from ..core.transaction import after_commit, operation
from ..extensions import db
from ..hiring.models import Candidacy
from . import broadcast
from .access import get_visible_thread, side_of, visible_threads_clause
from .models import Feedback, FeedbackRequest, Message, MessageKind, ReadState, Thread, ThreadStatus
from .prompts import active_prompts, serialize_prompt

MAX_BODY = 20_000
MAX_ANSWER = 5_000
CLIENT_ID_LIMIT = 64
TOPICS = ("experience", "skills", "communication", "interview", "other")
TOPIC_LABELS = {
    "experience": "my experience",
    "skills": "my skills",
    "communication": "how I communicated",
    "interview": "the interviews",
    "other": "anything else you noticed",
}


def _check_body(body: str, field: str = "body", limit: int = MAX_BODY) -> str:
    if not isinstance(body, str) or not body.strip():
        raise Invalid("Write a message before sending.", fields={field: "Required."})
    if len(body) > limit:
        raise TooLarge(f"That message is too long: at most {limit:,} characters.",
                       code="body_too_large", fields={field: f"At most {limit:,} characters."})
    return body.strip()


def _add_message(thread: Thread, author: User | None, kind: MessageKind, body: str,
                 client_id: str | None = None, meta: dict | None = None, announce: bool = True) -> Message:
    message = Message(
        thread_id=thread.id, author=author,
        side=side_of(author) if author else "system", kind=kind.value, body=body,
        html=render(body), client_id=client_id, meta=meta,
    )
    db.session.add(message)
    db.session.flush()
    thread.last_message_at = message.created_at
    if author is not None:
        _advance_read_state(author.id, thread.id, message.id)
    if announce:
        broadcast.message_created(thread, message)
    return message


def _system(thread: Thread, body: str) -> Message:
    return _add_message(thread, None, MessageKind.system, body)


# -- opening and joining (called from hiring) -------------------------------------

def open_thread(candidacy: Candidacy, staff: User, first_message: str | None) -> Thread:
    org = candidacy.position.organization
    thread = Thread(organization_id=org.id, candidacy_id=candidacy.id, status=ThreadStatus.open.value,
                    last_message_at=utcnow())
    db.session.add(thread)
    db.session.flush()
    _system(thread, f"This is a private conversation between {candidacy.name} and {org.name} about the "
                    f"{candidacy.position.title} role. You can ask for feedback, reply, and choose "
                    f"whether to stay in touch.")
    if first_message:
        _add_message(thread, staff, MessageKind.text, _check_body(first_message, "message"))
    broadcast.thread_changed(thread)
    return thread


def candidate_joined(candidacy: Candidacy, user: User) -> Thread:
    thread = db.session.scalar(select(Thread).where(Thread.candidacy_id == candidacy.id))
    if thread is None:
        raise NotFound("Conversation not found.")
    thread.candidate_user_id = user.id
    _system(thread, f"{user.name} joined the conversation.")
    db.session.flush()
    broadcast.thread_changed(thread)
    return thread


# -- reading ---------------------------------------------------------------------

def get_thread(user: User, thread_id: int) -> Thread:
    return get_visible_thread(user, thread_id)


def list_threads(user: User, status: str | None = None, limit: int = 50,
                 cursor: tuple | None = None) -> tuple[list[Thread], tuple | None]:
    """Most recent activity first. The cursor is (last_message_at, id) of the last item."""
    query = select(Thread).where(visible_threads_clause(user))
    if status is not None:
        if status not in {s.value for s in ThreadStatus}:
            raise Invalid("Unknown status.", fields={"status": "One of: " + ", ".join(s.value for s in ThreadStatus)})
        query = query.where(Thread.status == status)
    if cursor is not None:
        at, last_id = cursor
        query = query.where(or_(Thread.last_message_at < at,
                                and_(Thread.last_message_at == at, Thread.id < last_id)))
    rows = list(db.session.scalars(query.order_by(Thread.last_message_at.desc(), Thread.id.desc())
                                   .limit(limit + 1)))
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        next_cursor = (rows[-1].last_message_at, rows[-1].id)
    return rows, next_cursor


def unread_counts(user: User, thread_ids: list[int]) -> dict[int, int]:
    """Messages by others after the user's last read one, for many threads in one query."""
    if not thread_ids:
        return {}
    last_read = func.coalesce(ReadState.last_read_message_id, 0)
    rows = db.session.execute(
        select(Message.thread_id, func.count(Message.id))
        .outerjoin(ReadState, and_(ReadState.thread_id == Message.thread_id, ReadState.user_id == user.id))
        .where(Message.thread_id.in_(thread_ids), Message.id > last_read,
               or_(Message.author_id.is_(None), Message.author_id != user.id))
        .group_by(Message.thread_id)
    ).all()
    counts = dict.fromkeys(thread_ids, 0)
    counts.update({thread_id: count for thread_id, count in rows})
    return counts


def list_messages(user: User, thread_id: int, after: int | None = None, limit: int = 50):
    thread = get_visible_thread(user, thread_id)
    query = select(Message).where(Message.thread_id == thread.id)
    if after is not None:
        query = query.where(Message.id > after)
    rows = list(db.session.scalars(query.order_by(Message.id).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (rows[-1].id if more and rows else None)


def read_receipts(thread: Thread) -> dict[int, int]:
    """user id -> last message id they have read, for everyone who read the thread."""
    return dict(db.session.execute(
        select(ReadState.user_id, ReadState.last_read_message_id).where(ReadState.thread_id == thread.id)).all())


# -- writing ---------------------------------------------------------------------

def _require_open(thread: Thread) -> None:
    if thread.status == ThreadStatus.closed.value:
        raise Conflict("This conversation is closed, so no new messages can be added.", code="thread_closed")


def _check_client_id(client_id: str | None) -> str | None:
    if client_id is None:
        return None
    if not isinstance(client_id, str) or not client_id.strip() or len(client_id) > CLIENT_ID_LIMIT:
        raise Invalid("client_id must be a non-empty string of at most 64 characters.",
                      fields={"client_id": "At most 64 characters."})
    return client_id.strip()


def find_by_client_id(thread_id: int, author_id: int, client_id: str) -> Message | None:
    return db.session.scalar(select(Message).where(
        Message.thread_id == thread_id, Message.author_id == author_id, Message.client_id == client_id))


@operation
def post_message(user: User, thread_id: int, body: str, client_id: str | None = None) -> tuple[Message, bool]:
    """Returns (message, created). A repeated client_id returns the first message."""
    thread = get_visible_thread(user, thread_id)
    client_id = _check_client_id(client_id)
    if client_id:
        existing = find_by_client_id(thread.id, user.id, client_id)
        if existing is not None:
            return existing, False
    _require_open(thread)
    body = _check_body(body)
    try:
        with db.session.begin_nested():
            message = _add_message(thread, user, MessageKind.text, body, client_id, announce=False)
    except IntegrityError:
        # The same client_id raced in from another connection: theirs is the message.
        existing = find_by_client_id(thread.id, user.id, client_id) if client_id else None
        if existing is None:
            raise
        return existing, False
    broadcast.message_created(thread, message)
    return message, True


def _advance_read_state(user_id: int, thread_id: int, message_id: int) -> bool:
    state = db.session.get(ReadState, (user_id, thread_id))
    if state is None:
        db.session.add(ReadState(user_id=user_id, thread_id=thread_id, last_read_message_id=message_id))
        return True
    if message_id > state.last_read_message_id:  # never moves backwards
        state.last_read_message_id = message_id
        return True
    return False


@operation
def mark_read(user: User, thread_id: int, message_id: int) -> None:
    thread = get_visible_thread(user, thread_id)
    message = db.session.get(Message, message_id)
    if message is None or message.thread_id != thread.id:
        raise Invalid("That message is not part of this conversation.",
                      fields={"message_id": "Not a message of this thread."})
    if _advance_read_state(user.id, thread.id, message.id):
        db.session.flush()
        broadcast.read_updated(thread, user, message.id)


def _status_after_reopen(thread: Thread) -> str:
    if _open_request(thread) is not None:
        return ThreadStatus.feedback_requested.value
    given = db.session.scalar(select(Feedback.id).where(Feedback.thread_id == thread.id).limit(1))
    return ThreadStatus.feedback_given.value if given else ThreadStatus.open.value


@operation
def close_thread(user: User, thread_id: int) -> Thread:
    thread = get_visible_thread(user, thread_id, for_update=True)
    if thread.status == ThreadStatus.closed.value:
        raise Conflict("This conversation is already closed.", code="thread_closed")
    thread.status = ThreadStatus.closed.value
    thread.closed_at = utcnow()
    _system(thread, f"{user.name} closed the conversation.")
    broadcast.thread_changed(thread)
    return thread


@operation
def reopen_thread(user: User, thread_id: int) -> Thread:
    thread = get_visible_thread(user, thread_id, for_update=True)
    if not user.is_staff:
        raise Forbidden("Only the employer can reopen a conversation.", code="staff_only")
    if thread.status != ThreadStatus.closed.value:
        raise Conflict("This conversation is not closed.", code="thread_not_closed")
    thread.status = _status_after_reopen(thread)
    thread.closed_at = None
    _system(thread, f"{user.name} reopened the conversation.")
    broadcast.thread_changed(thread)
    return thread


# -- feedback --------------------------------------------------------------------

def _open_request(thread: Thread) -> FeedbackRequest | None:
    return db.session.scalar(select(FeedbackRequest).where(
        FeedbackRequest.thread_id == thread.id, FeedbackRequest.answered_at.is_(None))
        .order_by(FeedbackRequest.id.desc()).limit(1))


def open_request(thread: Thread) -> FeedbackRequest | None:
    return _open_request(thread)


def draft_request(topics: list[str], organization: str, position: str) -> str:
    """A tactful, specific starting point the candidate edits."""
    chosen = [t for t in TOPICS if t in topics] or ["other"]
    labels = [TOPIC_LABELS[t] for t in chosen]
    if len(labels) > 1:
        areas = ", ".join(labels[:-1]) + " and " + labels[-1]
    else:
        areas = labels[0]
    lines = [
        f"Thank you for considering me for the {position} role at {organization}.",
        "",
        f"I'd really value your honest view on {areas}. "
        "Was there a specific moment or piece of work where I fell short of what you needed?",
    ]
    if "skills" in chosen or "experience" in chosen:
        lines.append("If there is one thing you would suggest I work on before applying for a similar role, "
                     "I'd be glad to hear it.")
    if "interview" in chosen:
        lines.append("Anything about how I prepared for or handled the interviews would help too.")
    lines += ["", "A few sentences would already help a lot. Thank you for your time."]
    return "\n".join(lines)


def draft_for_thread(thread: Thread, topics: list[str]) -> str:
    unknown = [t for t in topics if t not in TOPICS]
    if unknown:
        raise Invalid("Unknown topic.", fields={"topics": "One or more of: " + ", ".join(TOPICS) + "."})
    return draft_request(topics, thread.organization.name, thread.candidacy.position.title)


@operation
def request_feedback(user: User, thread_id: int, topics: list[str], message: str) -> tuple[Message, Thread]:
    thread = get_visible_thread(user, thread_id, for_update=True)
    if not user.is_candidate:
        raise Forbidden("Only the candidate can ask for feedback.", code="candidate_only")
    _require_open(thread)
    unknown = [t for t in topics if t not in TOPICS]
    if not topics or unknown:
        raise Invalid("Choose at least one topic from the list.",
                      fields={"topics": "One or more of: " + ", ".join(TOPICS) + "."})
    body = _check_body(message, "message")
    if _open_request(thread) is not None:
        raise Conflict("You already asked for feedback; the employer has not answered yet.",
                       code="feedback_already_requested")
    org = db.session.get(Organization, thread.organization_id)
    now = utcnow()
    due = now + timedelta(days=org.reply_target_days)
    ordered = [t for t in TOPICS if t in topics]
    msg = _add_message(thread, user, MessageKind.feedback_request, body,
                       meta={"topics": ordered, "due_at": isoformat(due)})
    db.session.add(FeedbackRequest(thread_id=thread.id, message_id=msg.id, topics=ordered, due_at=due,
                                   created_at=now))
    thread.status = ThreadStatus.feedback_requested.value
    thread.feedback_due_at = due
    broadcast.thread_changed(thread)
    return msg, thread


def check_answers(answers: dict[str, str]) -> list[dict]:
    """Findings for every answer, each tagged with its prompt key (offsets are per answer)."""
    findings = []
    for key, text in answers.items():
        for finding in quality.check(text):
            findings.append({"key": key, **finding.to_dict()})
    return findings


def compose_feedback(prompts: list[dict], answers: dict[str, str]) -> str:
    parts = []
    for prompt in prompts:
        text = answers.get(prompt["key"], "").strip()
        if text:
            parts.append(f"**{prompt['label']}**\n\n{text}")
    return "\n\n".join(parts)


@operation
def give_feedback(user: User, thread_id: int, answers: dict[str, str],
                  acknowledge_risks: bool = False) -> tuple[Message, Thread, list[dict]]:
    thread = get_visible_thread(user, thread_id, for_update=True)
    if not user.is_staff:
        raise Forbidden("Only the employer can give feedback.", code="staff_only")
    _require_open(thread)
    prompts = [serialize_prompt(p) for p in active_prompts(thread.organization_id)]
    keys = {p["key"] for p in prompts}
    errors: dict[str, str] = {}
    for key in answers:
        if key not in keys:
            errors[key] = "Not one of this organization's prompts."
    cleaned = {k: (v or "").strip() for k, v in answers.items() if k in keys}
    for prompt in prompts:
        text = cleaned.get(prompt["key"], "")
        if prompt["required"] and not text:
            errors[prompt["key"]] = "This prompt needs an answer."
        elif len(text) > MAX_ANSWER:
            errors[prompt["key"]] = f"At most {MAX_ANSWER:,} characters."
    if not errors and not any(cleaned.values()):
        errors["answers"] = "Answer at least one prompt."
    if errors:
        raise Invalid("Some answers need attention.", code="validation_failed", fields=errors)
    cleaned = {k: v for k, v in cleaned.items() if v}

    findings = check_answers(cleaned)
    risky = [f for f in findings if f["category"] == "legal_risk"]
    if risky and not acknowledge_risks:
        raise Invalid("Some wording may refer to a protected characteristic. Change it, or confirm "
                      "that you have reviewed it.", code="legal_risk", fields={"findings": risky})

    now = utcnow()
    request = _open_request(thread)
    body = compose_feedback(prompts, cleaned)
    msg = _add_message(thread, user, MessageKind.feedback, body,
                       meta={"answers": cleaned, "prompts": [p for p in prompts if p["key"] in cleaned]})
    db.session.add(Feedback(
        thread_id=thread.id, request_id=request.id if request else None, message_id=msg.id,
        author_id=user.id, answers=cleaned, prompts=prompts, findings=findings,
        risks_acknowledged_at=now if risky else None,
        risks_acknowledged_by_id=user.id if risky else None,
        response_seconds=int((now - request.created_at).total_seconds()) if request else None,
    ))
    if request is not None:
        request.answered_at = now
    thread.status = ThreadStatus.feedback_given.value
    thread.feedback_due_at = None
    broadcast.thread_changed(thread)
    return msg, thread, findings


def announce_connection(thread: Thread, connected: bool, actor: User) -> None:
    org = db.session.get(Organization, thread.organization_id)
    if connected:
        _system(thread, f"You are now connected: {org.name} may contact you about future roles.")
    else:
        _system(thread, f"{actor.name} chose not to stay in touch. You are no longer connected.")


def check_text(text: str) -> list[dict]:
    """The quality check as offered to authors while they write."""
    if len(text) > MAX_BODY:
        raise TooLarge(f"That text is too long to check: at most {MAX_BODY:,} characters.",
                       code="body_too_large", fields={"text": f"At most {MAX_BODY:,} characters."})
    return [finding.to_dict() for finding in quality.check(text)]


def threads_by_candidacy(candidacy_ids: list[int]) -> dict[int, Thread]:
    """candidacy id -> its thread, in one query (for candidacies the caller may already see)."""
    if not candidacy_ids:
        return {}
    rows = db.session.scalars(select(Thread).where(Thread.candidacy_id.in_(candidacy_ids)))
    return {thread.candidacy_id: thread for thread in rows}
