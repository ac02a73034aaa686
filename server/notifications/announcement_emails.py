"""An announced role, emailed to each recipient who wants announcements by email.

The announcement is also a message in the candidate's thread, which the unseen-messages digest
(pending.py) would email again after the delay: this email stands for it, so its pending row is
settled here in the same transaction (outcome ``emailed``, or ``switched_off`` when the candidate's
``announcements`` switch is off and no email goes out at all).
"""

from __future__ import annotations

from sqlalchemy import update

from ..accounts.models import User
from ..connections.links import withdraw_url
from ..connections.models import Announcement, Connection
from ..connections.pool_events import AnnouncementSent
from ..core.events import subscribe
from ..core.time import utcnow
from ..extensions import db
from ..hiring.models import Position
from ..messaging.models import Message
from .models import EmailKind, PendingNotification, PendingOutcome
from .operations import queue_email
from .settings import wants
from .templates import base_url, render_email, thread_url
from .unsubscribe import unsubscribe_headers, unsubscribe_url


def _settle_pending(user_id: int, message_id: int, outcome: PendingOutcome) -> None:
    db.session.flush()  # the pending row of the message's own MessagePosted, written just before
    db.session.execute(
        update(PendingNotification)
        .where(
            PendingNotification.user_id == user_id,
            PendingNotification.message_id == message_id,
            PendingNotification.done_at.is_(None),
        )
        .values(done_at=utcnow(), outcome=outcome.value)
        .execution_options(synchronize_session=False)
    )


@subscribe(AnnouncementSent)
def email_announcement(sent: AnnouncementSent) -> None:
    connection = db.session.get(Connection, sent.connection_id)
    announcement = db.session.get(Announcement, sent.announcement_id)
    message = db.session.get(Message, sent.message_id)
    if connection is None or announcement is None or message is None:
        return
    candidate = db.session.get(User, connection.candidate_user_id)
    position = db.session.get(Position, announcement.position_id)
    if candidate is None or position is None:
        return
    kind = EmailKind.announcements
    if not wants(candidate.id, kind):
        _settle_pending(candidate.id, message.id, PendingOutcome.switched_off)
        return
    _settle_pending(candidate.id, message.id, PendingOutcome.emailed)
    organization = position.organization
    text, html = render_email(
        "announcement",
        person=candidate.name,
        organization=organization.name,
        position=position.title,
        note=announcement.body,
        role_url=f"{base_url()}/roles/{position.id}",
        thread_url=thread_url(message.thread_id),
        withdraw_url=withdraw_url(connection),
        unsubscribe=[(kind.value, unsubscribe_url(candidate.id, kind.value))],
    )
    queue_email(
        f"announcement:{announcement.id}:{connection.id}",
        candidate.email,
        f"{organization.name}: a new role, {position.title}",
        text,
        organization.id,
        body_html=html,
        headers=unsubscribe_headers(candidate.id, kind.value),
        held=organization.confirmed_at is None,
    )
