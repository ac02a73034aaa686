"""How many messages an author may post in one thread: ``CANDOR_MESSAGE_RATE_LIMIT`` (default
"30 per minute"), per author per thread, whatever the entry point (page, API, socket).

Counted here, in the service, because the socket's ``send`` is no Flask route for Flask-Limiter's
decorators; ``core.rate_limits`` counts it in Flask-Limiter's storage, switched off with it.
"""

from __future__ import annotations

from ..core import rate_limits
from ..core.errors import RateLimited

SETTING = "CANDOR_MESSAGE_RATE_LIMIT"


def count_message(user_id: int, thread_id: int) -> None:
    """Counts one message of the author in the thread; raises 429 ``rate_limited`` (with the seconds
    until one more is allowed) when over the limit. Call before writing anything."""
    wait = rate_limits.hit(SETTING, str(user_id), str(thread_id))
    if wait is not None:
        raise RateLimited(
            f"You are sending messages too quickly in this conversation. Wait {wait} seconds, then try again.",
            retry_after=wait,
        )
