"""Emails from Jinja templates in client_templates/emails/: ``<name>.txt`` and ``<name>.html``.

The HTML is autoescaped (the .html suffix), has its styles inline and loads nothing
remote. Templates are rendered straight from the Jinja environment, so no page context
(signed-in user, CSRF token) is needed: the worker renders them outside any request.
"""

from __future__ import annotations

from typing import Any

from flask import current_app
from jinja2 import Environment

from ..messaging.models import Thread
from .settings import NOUNS

_TEXT_ENV = "candor.email_text_env"


def base_url() -> str:
    return str(current_app.config["CANDOR_BASE_URL"])


def thread_url(thread: Thread | int) -> str:
    thread_id = thread if isinstance(thread, int) else thread.id
    return f"{base_url()}/threads/{thread_id}"


def settings_url() -> str:
    return f"{base_url()}/settings"


def quote(text: str) -> str:
    """Plain-text quoting: every line starts with "> "."""
    return "\n".join(("> " + line).rstrip() for line in text.splitlines() or [""])


def _text_env() -> Environment:
    """The app's environment (loader, filters) with block tags that leave no blank lines behind.

    Its own template cache: the overlay's compiled templates differ from the app's.
    """
    env = current_app.extensions.get(_TEXT_ENV)
    if env is None:
        env = current_app.jinja_env.overlay(trim_blocks=True, lstrip_blocks=True, autoescape=False, cache_size=50)
        current_app.extensions[_TEXT_ENV] = env
    return env


def render_email(name: str, **context: Any) -> tuple[str, str]:
    """(plain text, HTML) of ``emails/<name>``: the .txt unescaped, the .html autoescaped."""
    context = {"settings_url": settings_url(), "nouns": NOUNS, "quote": quote, **context}
    text = _text_env().get_template(f"emails/{name}.txt").render(**context)
    html = current_app.jinja_env.get_template(f"emails/{name}.html").render(**context)
    return text.strip() + "\n", html


def excerpt(body: str, limit: int = 400) -> str:
    """The start of a message as plain text, on whole words."""
    text = body.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(None, 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(".,;: ") + "…"
