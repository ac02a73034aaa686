"""Privacy events in the outbox: the retention notice to a candidate, and what must no longer go
out once a thread is anonymised or an account erased."""

from __future__ import annotations

from sqlalchemy import delete

from ..core.events import subscribe
from ..core.time import isoformat
from ..extensions import db
from ..messaging.models import Thread
from ..privacy.events import AccountErased, RetentionNoticeDue, ThreadAnonymised
from ..privacy.models import retention_months
from .models import OutboxEmail, PendingNotification
from .operations import queue_email
from .templates import base_url, render_email


@subscribe(RetentionNoticeDue)
def email_retention_notice(due: RetentionNoticeDue) -> None:
    thread = db.session.get(Thread, due.thread_id)
    if thread is None:
        return
    organization = thread.organization.name
    name = thread.candidate.name if thread.candidate is not None else thread.candidacy.name
    text, html = render_email(
        "retention_notice",
        person=name,
        organization=organization,
        position=thread.candidacy.position.title,
        months=retention_months(thread.organization),
        anonymise_after=due.anonymise_after,
        account_url=f"{base_url()}/account",
    )
    queue_email(
        f"retention-notice:{thread.id}:{isoformat(due.anonymise_after)}",
        due.to_email,
        f"Your conversation with {organization} will be anonymised",
        text,
        thread.organization_id,
        body_html=html,
    )


@subscribe(ThreadAnonymised)
def drop_pending_for_thread(anonymised: ThreadAnonymised) -> None:
    """Nothing queued about the thread's removed messages goes out."""
    db.session.execute(
        delete(PendingNotification).where(
            PendingNotification.thread_id == anonymised.thread_id, PendingNotification.done_at.is_(None)
        )
    )


@subscribe(AccountErased)
def drop_emails_to_erased(erased: AccountErased) -> None:
    """The outbox keeps no email to an erased address, sent or not: none goes out any more."""
    db.session.execute(delete(OutboxEmail).where(OutboxEmail.to_email == erased.email))
