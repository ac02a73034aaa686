"""Connections tests share the notification tests' real SMTP server and mail app, the API tests'
JSON clients and the web tests' browsers."""

from __future__ import annotations

from tests.api.conftest import anon, candidate_api, staff_api  # noqa: F401  (fixtures)
from tests.notifications.conftest import mail_app, mailbox  # noqa: F401  (fixtures)
from tests.web.conftest import casey, new_browser, staff  # noqa: F401  (fixtures)
