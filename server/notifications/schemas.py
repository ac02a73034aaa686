"""Request and response schemas of the notification settings (validation and OpenAPI)."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from ..api.schemas import Out, Request
from .models import EmailKind


def _no_default(schema: dict[str, Any]) -> None:
    schema.pop("default", None)


def _switch(description: str) -> Any:
    """An optional boolean: left out keeps the current value; null or "true" is a wrong type."""
    return Field(None, description=description, json_schema_extra=_no_default)


class EmailSwitchesIn(Request):
    """Each switch is optional: one left out keeps its current value."""

    messages: bool = _switch("New messages in your threads.")
    feedback: bool = _switch("Feedback requests (staff) and feedback (candidates).")
    announcements: bool = _switch("Announcements from employers you stay in touch with.")
    reminders: bool = _switch("Reminders before a feedback reply is due, and overdue notices (staff).")

    def changes(self) -> dict[str, bool]:
        """The switches the request gave."""
        return {name: getattr(self, name) for name in self.model_fields_set}


class NotificationSettingsIn(Request):
    email: EmailSwitchesIn


class EmailSwitchesOut(Out):
    messages: bool
    feedback: bool
    announcements: bool
    reminders: bool


class NotificationSettingsOut(Out):
    email: EmailSwitchesOut


# The schemas name every kind the service knows, and no other.
assert set(EmailSwitchesIn.model_fields) == set(EmailKind) == set(EmailSwitchesOut.model_fields)
