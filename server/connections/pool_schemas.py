"""Request and response schemas of the talent pool and announcements."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from ..api.fields import text
from ..api.schemas import Out, PageQuery, Request
from .announcements import MAX_MESSAGE
from .pool import INTEREST_LIMIT, QUERY_LIMIT
from .schemas import Interests


class PoolQuery(PageQuery):
    interest: Annotated[str, text(INTEREST_LIMIT)] | None = Field(
        None, description="One interest, matched exactly but case-insensitively."
    )
    q: Annotated[str, text(QUERY_LIMIT)] | None = Field(
        None, description="Part of the candidate's name (case-insensitive)."
    )


class PoolCandidate(Out):
    id: int
    name: str


class PoolItem(Out):
    candidate: PoolCandidate
    interests: list[str]
    connected_since: str | None
    expires_at: str | None
    last_contacted_at: str | None


class PoolList(Out):
    items: list[PoolItem]
    next_cursor: str | None


class AnnouncementIn(Request):
    message: Annotated[
        str, text(MAX_MESSAGE, blank=False, enforced=False, description="The note, 1 to 2,000 characters (413 past).")
    ]
    interests: Interests | None = Field(
        None, description="At most 10; candidates with any of them (case-insensitively). None: everyone connected."
    )
    acknowledge_risks: bool = False


class AnnouncementOut(Out):
    announcement_id: int
    recipients: int
    skipped_recently_contacted: int
