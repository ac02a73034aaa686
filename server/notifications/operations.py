"""The outbox: every email is a row first, sent later by the worker."""

from __future__ import annotations

import logging
from typing import Any, cast

from flask import current_app
from sqlalchemy import CursorResult, delete, or_, select, update

from ..accounts.access import ADMIN, require_membership
from ..accounts.models import User
from ..core.time import utcnow
from ..core.transaction import after_commit
from ..extensions import db
from .models import EmailStatus, OutboxEmail

log = logging.getLogger(__name__)


def queue_email(
    dedupe_key: str,
    to_email: str,
    subject: str,
    body_text: str,
    organization_id: int | None = None,
    *,
    body_html: str | None = None,
    headers: dict[str, str] | None = None,
    held: bool = False,
) -> OutboxEmail:
    """Writes the email in the caller's transaction; the same key again returns the first row.

    A ``held`` email waits (status held) until ``release_held_emails`` makes it due."""
    existing = db.session.scalar(select(OutboxEmail).where(OutboxEmail.dedupe_key == dedupe_key))
    if existing is not None:
        return existing
    row = OutboxEmail(
        dedupe_key=dedupe_key,
        to_email=to_email,
        subject=subject,
        body_text=body_text,
        body_html=body_html,
        headers=headers or None,
        organization_id=organization_id,
        status=(EmailStatus.held if held else EmailStatus.pending).value,
    )
    db.session.add(row)
    db.session.flush()
    if current_app.config["CANDOR_ENV"] == "development":
        # Development has no mail server: the log (and the Outbox page) is where links are found.
        after_commit(lambda: log.info("outbox: email to %s queued: %s", to_email, subject))
        after_commit(lambda: log.debug("outbox: body of email to %s:\n%s", to_email, body_text))
    return row


def pending_emails(user: User, organization_id: int, limit: int = 100) -> list[OutboxEmail]:
    require_membership(user, organization_id, ADMIN)
    return list(
        db.session.scalars(
            select(OutboxEmail)
            .where(OutboxEmail.organization_id == organization_id)
            .order_by(OutboxEmail.id.desc())
            .limit(limit)
        )
    )


def release_held_emails(organization_id: int) -> int:
    """The organization's held emails become due now (its founder confirmed their address).
    Returns how many."""
    result = cast(
        CursorResult[Any],
        db.session.execute(
            update(OutboxEmail)
            .where(OutboxEmail.organization_id == organization_id, OutboxEmail.status == EmailStatus.held.value)
            .values(status=EmailStatus.pending.value, next_attempt_at=utcnow())
            .execution_options(synchronize_session=False)
        ),
    )
    return result.rowcount


def drop_held_emails(dedupe_key: str) -> None:
    """Deletes the held emails of this key and of its "<key>:..." variants: replaced before anyone
    received them (a resent invitation's older link is dead, so its held email would only mislead)."""
    db.session.execute(
        delete(OutboxEmail)
        .where(
            or_(OutboxEmail.dedupe_key == dedupe_key, OutboxEmail.dedupe_key.startswith(dedupe_key + ":")),
            OutboxEmail.status == EmailStatus.held.value,
        )
        .execution_options(synchronize_session=False)
    )
