"""Flask-Login wiring: the cookie rests on a server-side session row, so logging out ends it for real.

The signed cookie carries Flask-Login's "<user id>:<session_nonce>" and, under SESSION_KEY, the key of a
``user_sessions`` row (stored hashed). A cookie is accepted only while that row is live: logout revokes
it, sign out everywhere revokes them all (and rotates the nonce).
"""

from __future__ import annotations

from flask import request, session
from flask_login import login_user, logout_user

from ..extensions import login_manager
from .models import User, UserSession
from .operations import end_session, live_session, open_session, user_for_session

SESSION_KEY = "_candor_session"


@login_manager.user_loader
def _load_user(session_id: str):
    return user_for_session(session_id, session.get(SESSION_KEY))


def begin_browser_session(user: User) -> None:
    """Logs this browser in with a fresh session: nothing from before login (an old org choice, a stale
    CSRF token) carries over to the new identity."""
    session.clear()
    session[SESSION_KEY] = open_session(user, request.user_agent.string)
    login_user(user)


def end_browser_session() -> None:
    """Logs this browser out; a saved copy of its cookie no longer works."""
    end_session(session.get(SESSION_KEY))
    logout_user()
    session.clear()


def current_browser_session() -> UserSession | None:
    """The live session row this request's cookie rests on (the user loader's checks), else None."""
    return live_session(session.get("_user_id", ""), session.get(SESSION_KEY))


login_manager.login_view = "accounts.login"
login_manager.login_message = "Please log in to continue."
login_manager.login_message_category = "info"
login_manager.session_protection = "basic"
