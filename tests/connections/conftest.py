"""Connections tests share the notification tests' real SMTP server and mail app."""

from __future__ import annotations

from tests.notifications.conftest import mail_app, mailbox  # noqa: F401  (fixtures)
