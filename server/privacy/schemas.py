"""Privacy over JSON: the export's outline and the erasure's confirmation."""

from __future__ import annotations

from pydantic import Field

from ..api.schemas import Out, Request, UserOut


class ExportOut(Out):
    """The caller's data. Candidates also get `threads` (messages, feedback requests, feedback
    received), `connections` (with their consent history) and `ratings`; staff get `memberships`
    and what they wrote (`messages`, `feedback`)."""

    exported_at: str
    user: UserOut


class EraseIn(Request):
    password: str = Field(max_length=1024, description="The caller's current password, to confirm.")
