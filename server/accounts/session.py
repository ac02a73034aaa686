"""Flask-Login wiring: the session id carries a nonce so sessions are revocable."""

from __future__ import annotations

from ..extensions import login_manager
from .operations import user_for_session


@login_manager.user_loader
def _load_user(session_id: str):
    return user_for_session(session_id)


login_manager.login_view = "accounts.login"
login_manager.login_message = "Please log in to continue."
login_manager.login_message_category = "info"
login_manager.session_protection = "basic"
