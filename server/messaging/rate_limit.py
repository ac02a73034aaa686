"""How many messages an author may post in one thread: ``CANDOR_MESSAGE_RATE_LIMIT`` (default
"30 per minute"), per author per thread, whatever the entry point (page, API, socket). Counted in the
service, because the socket's ``send`` is no Flask route for Flask-Limiter's decorators
(``core.rate_limits`` says where the count lives and why it never yields)."""

from __future__ import annotations

from ..core import rate_limits

SETTING = "CANDOR_MESSAGE_RATE_LIMIT"


def count_message(user_id: int, thread_id: int) -> None:
    """Counts one message of the author in the thread; raises 429 ``rate_limited`` (with the seconds
    until one more is allowed) when over the limit."""
    rate_limits.count(
        SETTING,
        "message",
        str(user_id),
        str(thread_id),
        refusal="You are sending messages too quickly in this conversation. Wait {wait}, then try again.",
    )
