"""Request schemas of staying in touch (the response is api.schemas.ConnectionOut)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from ..api.fields import text
from ..api.schemas import OrganizationRef, Out, Request
from .operations import INTEREST_LIMIT, MAX_INTERESTS

# Trimmed and single-spaced; blank ones and repeats (whatever the case) are dropped.
Interests = Annotated[
    list[Annotated[str, text(INTEREST_LIMIT)]],
    Field(json_schema_extra={"maxItems": MAX_INTERESTS}, description=f"At most {MAX_INTERESTS} interests."),
]


class ConnectionIn(Request):
    opt_in: bool
    interests: Interests | None = None


class MyConnectionOut(Out):
    organization: OrganizationRef
    connected: bool
    candidate_opt_in: bool
    employer_opt_in: bool
    expires_at: str | None
    connected_since: str | None
    interests: list[str]
    thread_id: int | None


class MyConnectionList(Out):
    items: list[MyConnectionOut]
    next_cursor: str | None


class ConsentHistoryItem(Out):
    action: Literal["opt_in", "opt_out", "renew", "lapse", "interests_changed"]
    side: Literal["candidate", "employer", "system"]
    at: str
    interests: list[str]


class ConsentHistoryList(Out):
    items: list[ConsentHistoryItem]
    next_cursor: str | None
