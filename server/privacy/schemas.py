"""Privacy over JSON: the export's outline and the erasure's confirmation."""

from __future__ import annotations

from typing import Annotated

from ..api.fields import current_password
from ..api.schemas import Out, Request, UserOut


class ExportOut(Out):
    """The caller's data. Candidates also get `threads` (messages, feedback requests, feedback
    received), `connections` (with their consent history) and `ratings`; staff get `memberships`
    and what they wrote (`messages`, `feedback`)."""

    exported_at: str
    user: UserOut


class EraseIn(Request):
    password: Annotated[
        str, current_password("The caller's current password, to confirm (422 `wrong_password` if it is not).")
    ]
