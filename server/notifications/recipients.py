"""Who is emailed about what happens in a thread.

- Employer messages and feedback go to the candidate (once they joined the thread).
- Candidate messages and feedback requests go to the staff who handle the thread: its
  assignee if it has one, else its position's assignee if that has one, else the
  organization's recruiters and admins (an unassigned hiring manager does not see it).
- System messages (joined, closed, reopened) go to nobody; nobody is told of their own item.
"""

from __future__ import annotations

from ..accounts.access import staff_roles
from ..accounts.models import Role
from ..messaging.facts import PostedMessage, ThreadLike
from ..messaging.models import Message, MessageKind, Side, Thread
from .models import EmailKind

STAFF_ROLES = (Role.admin.value, Role.recruiter.value)

# (side of the author, kind of message) -> the email switch that covers it.
# "announcement" is the message kind announcements will use.
EMAIL_KIND = {
    (Side.employer.value, MessageKind.text.value): EmailKind.messages,
    (Side.employer.value, MessageKind.feedback.value): EmailKind.feedback,
    (Side.employer.value, "announcement"): EmailKind.announcements,
    (Side.candidate.value, MessageKind.text.value): EmailKind.messages,
    (Side.candidate.value, MessageKind.feedback_request.value): EmailKind.feedback,
}


def team(organization_id: int) -> list[int]:
    """The organization's recruiters and admins."""
    return [user_id for user_id, role in staff_roles(organization_id) if role in STAFF_ROLES]


def staff_recipients(thread: ThreadLike) -> list[int]:
    """The staff to tell about a thread: whoever handles it (the thread's assignee, else its
    position's), else the organization's recruiters and admins. Removing a member clears their
    assignments, so an assignee is always a member."""
    if thread.assignee_id is not None:
        return [thread.assignee_id]
    position_assignee = thread.candidacy.position.assignee_id
    if position_assignee is not None:
        return [position_assignee]
    return team(thread.organization_id)


def email_kind(message: Message | PostedMessage) -> EmailKind | None:
    return EMAIL_KIND.get((message.side, message.kind))


def recipients(thread: ThreadLike, message: Message | PostedMessage) -> list[int]:
    """User ids to email about ``message`` if they have not seen it in time (never its author)."""
    if email_kind(message) is None:
        return []
    if message.side == Side.candidate.value:
        users = staff_recipients(thread)
    else:
        users = [thread.candidate_user_id] if thread.candidate_user_id is not None else []
    return [user_id for user_id in users if user_id != message.author_id]


def still_recipient(thread: Thread, user_id: int) -> bool:
    """Whether the user should still hear of the thread (left the team, detached...)."""
    if thread.candidate_user_id == user_id:
        return True
    return user_id in staff_recipients(thread)
