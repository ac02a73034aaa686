"""What the unseen-items email says: the items grouped by thread, a subject, both parts, and
the unsubscribe links (one per kind in the email; the List-Unsubscribe header names one)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from ..accounts.models import User
from ..extensions import db
from ..feedback.models import FeedbackRequest
from ..feedback.topics import label as topic_label
from ..messaging.models import Message, MessageKind, Thread
from .models import EmailKind
from .templates import excerpt, render_email, thread_url
from .unsubscribe import unsubscribe_headers, unsubscribe_url

# The one-click header of an email that mixes kinds stops the chattiest kind it holds, and
# keeps the rarer, weightier ones (feedback) coming; the body links to each kind's own switch.
HEADER_KIND_ORDER = (EmailKind.messages, EmailKind.announcements, EmailKind.feedback, EmailKind.reminders)


@dataclass(frozen=True)
class Unseen:
    """One item to tell the user about, with the switch that covers it."""

    kind: str
    message: Message
    thread: Thread


@dataclass
class Item:
    message: Message
    kind: str
    label: str
    text: str
    due_at: datetime | None = None
    topics: list[str] = field(default_factory=list)


@dataclass
class ThreadGroup:
    thread: Thread
    title: str
    url: str
    items: list[Item] = field(default_factory=list)


@dataclass
class DigestEmail:
    subject: str
    text: str
    html: str
    headers: dict[str, str]
    organization_id: int | None


def _item(message: Message, kind: str, thread: Thread) -> Item:
    author = message.author.name if message.author is not None else thread.organization.name
    if message.kind == MessageKind.feedback_request.value:
        request = db.session.scalar(select(FeedbackRequest).where(FeedbackRequest.message_id == message.id))
        topics = [topic_label(t) for t in (request.topics if request else [])]
        return Item(
            message,
            kind,
            f"{author} asked for feedback",
            excerpt(message.body),
            due_at=request.due_at if request and request.answered_at is None else None,
            topics=topics,
        )
    if message.kind == MessageKind.feedback.value:
        # Feedback is composed as "**prompt**" then the answer: the bold markers read badly as text.
        body = message.body.replace("**", "")
        return Item(message, kind, f"{thread.organization.name} sent you feedback", excerpt(body, 800))
    return Item(message, kind, f"{author} wrote", excerpt(message.body))


def _group_title(user: User, thread: Thread) -> str:
    position = thread.candidacy.position.title
    if user.is_staff:
        return f"{thread.candidacy.name} · {position}"
    return f"{thread.organization.name} · {position}"


def _subject(user: User, groups: Sequence[ThreadGroup]) -> str:
    items = [item for group in groups for item in group.items]
    if len(items) == 1:
        item, thread = items[0], groups[0].thread
        where = thread.candidacy.name if user.is_staff else thread.organization.name
        if item.message.kind == MessageKind.feedback.value:
            return f"{thread.organization.name} sent you feedback"
        if item.message.kind == MessageKind.feedback_request.value:
            return f"{thread.candidacy.name} asked for feedback ({thread.candidacy.position.title})"
        return f"New message from {where} on Candor"
    if len(groups) == 1:
        thread = groups[0].thread
        where = thread.candidacy.name if user.is_staff else thread.organization.name
        return f"{len(items)} new updates in your conversation with {where}"
    return f"{len(items)} new updates in {len(groups)} conversations on Candor"


def compose(user: User, unseen: Sequence[Unseen]) -> DigestEmail:
    """The one email for ``unseen`` (oldest first), grouped by thread in order of their first item."""
    groups: dict[int, ThreadGroup] = {}
    for entry in sorted(unseen, key=lambda u: u.message.id):
        thread = entry.thread
        group = groups.setdefault(thread.id, ThreadGroup(thread, _group_title(user, thread), thread_url(thread)))
        group.items.append(_item(entry.message, entry.kind, thread))
    ordered = list(groups.values())
    kinds = [kind for kind in HEADER_KIND_ORDER if any(entry.kind == kind for entry in unseen)]
    text, html = render_email(
        "digest",
        user=user,
        groups=ordered,
        unsubscribe=[(kind, unsubscribe_url(user.id, kind)) for kind in kinds],
    )
    # Staff emails show on their organization's Outbox page; a candidate's (with their own
    # unsubscribe links) belongs to no organization.
    organizations = {group.thread.organization_id for group in ordered} if user.is_staff else set()
    return DigestEmail(
        subject=_subject(user, ordered),
        text=text,
        html=html,
        headers=unsubscribe_headers(user.id, kinds[0]),
        organization_id=organizations.pop() if len(organizations) == 1 else None,
    )
