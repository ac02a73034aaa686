"""Each user's email switches: read by the passes that write emails, changed in the settings
(page and API) and by one-click unsubscribe. Everything is on until switched off."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.exc import IntegrityError

from ..accounts.models import User
from ..core.errors import Invalid
from ..core.transaction import operation, savepoint
from ..extensions import db
from .models import EmailKind, NotificationSettings

KINDS: tuple[str, ...] = tuple(EmailKind)

# What each kind means, for the settings page and the unsubscribe page.
LABELS: dict[str, str] = {
    EmailKind.messages: "New messages",
    EmailKind.feedback: "Feedback requests and feedback",
    EmailKind.announcements: "Announcements",
    EmailKind.reminders: "Feedback reminders",
}

# "Stop emails about ..." in emails and on the unsubscribe page.
NOUNS: dict[str, str] = {
    EmailKind.messages: "new messages",
    EmailKind.feedback: "feedback",
    EmailKind.announcements: "announcements",
    EmailKind.reminders: "feedback reminders",
}

# The kinds that can reach each kind of user (the others are kept, but not shown on the page).
RELEVANT = {
    "candidate": (EmailKind.messages, EmailKind.feedback, EmailKind.announcements),
    "staff": (EmailKind.messages, EmailKind.feedback, EmailKind.reminders),
}


def relevant_kinds(user: User) -> tuple[str, ...]:
    return tuple(RELEVANT.get(user.kind, tuple(EmailKind)))


def _as_dict(row: NotificationSettings | None) -> dict[str, bool]:
    if row is None:
        return dict.fromkeys(KINDS, True)
    return {kind: bool(getattr(row, kind)) for kind in KINDS}


def email_settings(user_id: int) -> dict[str, bool]:
    """{kind: on} for every kind."""
    return _as_dict(db.session.get(NotificationSettings, user_id))


def wants(user_id: int, kind: str) -> bool:
    return email_settings(user_id).get(kind, True)


def _apply(user_id: int, changes: Mapping[str, bool]) -> dict[str, bool]:
    unknown = [key for key in changes if key not in KINDS]
    if unknown:
        raise Invalid("Unknown email kind.", fields=dict.fromkeys(unknown, "Unknown field."))
    row = db.session.get(NotificationSettings, user_id, with_for_update=True)
    if row is None:
        try:
            with savepoint():  # two first changes at once: the second finds the first one's row
                row = NotificationSettings(user_id=user_id, **dict.fromkeys(KINDS, True))
                db.session.add(row)
                db.session.flush()
        except IntegrityError:
            row = db.session.get(NotificationSettings, user_id, with_for_update=True, populate_existing=True)
            assert row is not None  # the other transaction committed it
    for kind, on in changes.items():
        setattr(row, kind, bool(on))
    db.session.flush()
    return _as_dict(row)


@operation
def update_email_settings(user: User, changes: Mapping[str, bool]) -> dict[str, bool]:
    """Sets the given switches (kinds left out keep their value); returns all of them."""
    return _apply(user.id, changes)


@operation
def unsubscribe(user_id: int, kind: str) -> User | None:
    """One-click unsubscribe: the same switch as the settings, turned off. None if the user is gone."""
    user = db.session.get(User, user_id)
    if user is None:
        return None
    _apply(user.id, {kind: False})
    return user
