"""Announcing a role to the talent pool.

Staff (admins, recruiters) write a short note about an open position and may pick interests. Each
candidate connected with the organization *now* whose interests overlap (all of them without
interests), and who was not contacted within the organization's ``announcement_interval_days``, gets a
message of kind ``announcement`` in their newest thread with the organization, linking to the role
page. The wording check applies as on feedback: a legal-risk finding blocks until acknowledged.
Everything happens in one transaction; ``AnnouncementSent`` per recipient lets notifications email
them (respecting their ``announcements`` switch) and realtime deliver the message live.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from ..accounts.access import MANAGE_CANDIDATES, require_membership
from ..accounts.models import Organization, User
from ..core.errors import Conflict, Invalid, NotFound
from ..core.time import utcnow
from ..core.transaction import operation, record
from ..extensions import db
from ..hiring.models import Position, PositionStatus
from ..hiring.operations import can_see_position, get_position
from ..messaging import wording
from ..messaging.models import Message, MessageKind, Thread
from ..messaging.operations import add_message, check_body
from .models import Announcement, Connection
from .pool import connected_clause, has_any_interest, newest_threads
from .pool_events import AnnouncementSent

MAX_MESSAGE = 2000
MAX_INTERESTS = 10
INTEREST_LIMIT = 80


@dataclass(frozen=True)
class Audience:
    """Who an announcement reaches: (connection, newest thread) pairs, and how many matching connected
    candidates the frequency limit leaves out."""

    recipients: list[tuple[Connection, Thread]]
    skipped_recently_contacted: int
    interval_days: int


@dataclass(frozen=True)
class Sent:
    announcement: Announcement
    recipients: int
    skipped_recently_contacted: int
    findings: list[dict]


def role_url(position_id: int) -> str:
    """The role page, as linked from the announcement message (a path: the thread is on this site)."""
    return f"/roles/{position_id}"


def staff_position(user: User, position_id: int) -> Position:
    """The position, for its organization's admins and recruiters. Whoever does not see the position
    gets 404 (a hiring manager sees only the positions assigned to them); a hiring manager who does, 403."""
    position = get_position(user, position_id)
    require_membership(user, position.organization_id, MANAGE_CANDIDATES)
    return position


def clean_interests(interests: Iterable[object] | None) -> list[str]:
    """Trimmed, single-spaced, once each (case-insensitively); at most MAX_INTERESTS."""
    if interests is None:
        return []
    items = list(interests)
    if len(items) > MAX_INTERESTS:
        raise Invalid(f"At most {MAX_INTERESTS} interests.", fields={"interests": f"At most {MAX_INTERESTS}."})
    cleaned: list[str] = []
    for item in items:
        if not isinstance(item, str):
            raise Invalid("Interests are words or short phrases.", fields={"interests": "Text only."})
        text = " ".join(item.split())
        if not text:
            continue
        if len(text) > INTEREST_LIMIT:
            raise Invalid(
                "An interest is too long.", fields={"interests": f"Each at most {INTEREST_LIMIT} characters."}
            )
        if text.lower() not in {c.lower() for c in cleaned}:
            cleaned.append(text)
    return cleaned


def audience(organization: Organization, interests: list[str], now: datetime, *, lock: bool = False) -> Audience:
    """The connected candidates an announcement with ``interests`` reaches now."""
    query = select(Connection).where(Connection.organization_id == organization.id, connected_clause(now))
    if interests:
        query = query.where(has_any_interest(interests))
    if lock:  # two announcements at once: the second waits and sees the first one's last_contacted_at
        query = query.with_for_update(of=Connection)
    matching = list(db.session.scalars(query.order_by(Connection.id)))
    interval = max(int(organization.announcement_interval_days or 0), 0)
    cutoff = now - timedelta(days=interval)
    due = [c for c in matching if c.last_contacted_at is None or c.last_contacted_at <= cutoff]
    threads = newest_threads(organization.id, [c.candidate_user_id for c in due])
    recipients = [(c, threads[c.candidate_user_id]) for c in due if c.candidate_user_id in threads]
    return Audience(recipients, len(matching) - len(due), interval)


def preview(user: User, position_id: int, interests: Iterable[object] | None = None) -> Audience:
    """How many an announcement of the position would reach now (nothing is sent)."""
    position = staff_position(user, position_id)
    return audience(position.organization, clean_interests(interests), utcnow())


def _markdown_text(text: str) -> str:
    """A position title as literal link text."""
    return "".join("\\" + ch if ch in "\\[]*_`<>" else ch for ch in text)


def compose(note: str, position: Position) -> str:
    return f"{note}\n\nThe role: [{_markdown_text(position.title)}]({role_url(position.id)})"


@operation
def announce(
    user: User,
    position_id: int,
    message: str,
    interests: Iterable[object] | None = None,
    acknowledge_risks: bool = False,
) -> Sent:
    position = staff_position(user, position_id)
    note = check_body(message, "message", MAX_MESSAGE)
    chosen = clean_interests(interests)
    if position.status == PositionStatus.closed.value:
        raise Conflict("This position is closed: reopen it to announce it.", code="position_closed")
    # The one wording gate of every employer text: 422 legal_risk unless acknowledged.
    findings = [_untagged(f) for f in wording.require_acceptable({"message": note}, acknowledge_risks)]
    risky = wording.risky(findings)
    now = utcnow()
    organization = position.organization
    reached = audience(organization, chosen, now, lock=True)
    announcement = Announcement(
        organization_id=organization.id,
        position_id=position.id,
        author_id=user.id,
        body=note,
        interests=chosen,
        recipients=len(reached.recipients),
        acknowledged_risks=bool(risky),
        created_at=now,
    )
    db.session.add(announcement)
    db.session.flush()
    wording.record_acknowledgement(user, organization.id, "announcement", findings)
    body = compose(note, position)
    meta = {"announcement_id": announcement.id, "position_id": position.id}
    for connection, thread in reached.recipients:
        posted = add_message(thread, user, MessageKind.announcement, body, meta=meta)
        connection.last_contacted_at = now
        record(AnnouncementSent(announcement.id, connection.id, posted.id))
    db.session.flush()
    return Sent(announcement, len(reached.recipients), reached.skipped_recently_contacted, findings)


def _untagged(finding: dict) -> dict:
    """A finding as the announcement's callers have always had it (without the gate's field key)."""
    return {k: v for k, v in finding.items() if k != "key"}


def check_note(text: str) -> list[dict]:
    """The wording check on a note, as the announce page shows it before sending."""
    return [_untagged(f) for f in wording.check_texts({"message": text or ""})]


# -- the role page ---------------------------------------------------------------------------


def _was_announced_to(user: User, position: Position) -> bool:
    metas = db.session.scalars(
        select(Message.meta)
        .join(Thread, Thread.id == Message.thread_id)
        .where(
            Thread.candidate_user_id == user.id,
            Thread.organization_id == position.organization_id,
            Message.kind == MessageKind.announcement.value,
        )
    )
    return any(isinstance(meta, dict) and meta.get("position_id") == position.id for meta in metas)


def get_role(user: User, position_id: int) -> Position:
    """The role page: the staff who see the position, and the candidates who received an announcement of it."""
    position = db.session.get(Position, position_id)
    if position is None:
        raise NotFound("Role not found.")
    if user.is_staff and can_see_position(user, position):
        return position
    if user.is_candidate and _was_announced_to(user, position):
        return position
    raise NotFound("Role not found.")
