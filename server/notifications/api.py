"""The caller's notification settings over JSON."""

from __future__ import annotations

from spectree import Response

from ..accounts.api_auth import require_user
from ..api.blueprint import bp, spec
from ..api.schemas import errors
from ..api.validation import validated
from . import settings
from .schemas import NotificationSettingsIn, NotificationSettingsOut

SECURED: dict[str, list[str]] = {"bearer": []}


@bp.get("/me/notification-settings")
@spec.validate(resp=Response(HTTP_200=NotificationSettingsOut, **errors(401)), security=SECURED, tags=["account"])
def get_notification_settings():
    """Which emails the caller gets; everything is on until switched off."""
    user = require_user()
    return {"email": settings.email_settings(user.id)}


@bp.put("/me/notification-settings")
@spec.validate(
    json=NotificationSettingsIn,
    resp=Response(HTTP_200=NotificationSettingsOut, **errors(400, 401, 422)),
    security=SECURED,
    tags=["account"],
)
def put_notification_settings():
    """Switch kinds of email on or off; a kind left out keeps its value. Answers with all of them."""
    user = require_user()
    body: NotificationSettingsIn = validated().json
    return {"email": settings.update_email_settings(user, body.email.changes())}
