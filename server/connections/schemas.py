"""Request schemas of staying in touch (the response is api.schemas.ConnectionOut)."""

from __future__ import annotations

from ..api.schemas import Request


class ConnectionIn(Request):
    opt_in: bool
    interests: list[str] | None = None
