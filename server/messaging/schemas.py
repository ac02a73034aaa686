"""Request and response schemas of threads and messages (validation and the OpenAPI document)."""

from __future__ import annotations

from typing import Annotated, Literal, get_args

from pydantic import Field

from ..api.fields import NO_CONTROL, Id, text
from ..api.pagination import cursor_field
from ..api.schemas import ConnectionOut, OrganizationRef, Out, PersonRef, PositionRef, Query, Request
from ..core.ids import MAX_ID
from .models import MessageKind, ThreadStatus
from .operations import ASSIGNEE_PATTERN, CLIENT_ID_LIMIT, MAX_BODY
from .search import QUERY_LIMIT

Status = Literal["open", "feedback_requested", "feedback_given", "closed"]
Kind = Literal["text", "feedback_request", "feedback", "system", "announcement"]
# The OpenAPI document needs literal types; they must name exactly the model's values.
assert set(get_args(Status)) == set(ThreadStatus) and set(get_args(Kind)) == set(MessageKind)


class ThreadOut(Out):
    id: int
    organization: OrganizationRef
    position: PositionRef
    candidate: PersonRef
    status: Status
    unread_count: int
    last_message_at: str | None
    feedback_due_at: str | None
    connection: ConnectionOut
    assignee: PersonRef | None = Field(description="The member who handles the thread, or null.")


class ThreadList(Out):
    items: list[ThreadOut]
    next_cursor: str | None


class ThreadListQuery(Query):
    status: Status | None = None
    assignee: Annotated[str, Field(max_length=20, json_schema_extra={"pattern": ASSIGNEE_PATTERN})] | None = Field(
        None,
        description="`me`, `none` or a user id: the threads that person handles (assigned to them, or "
        "unassigned in a position assigned to them).",
    )
    q: Annotated[str, Field(max_length=QUERY_LIMIT, json_schema_extra={"pattern": NO_CONTROL})] | None = Field(
        None,
        description="Search: every word must occur in the candidate's name or email (case-insensitive; "
        "`%` and `_` match themselves).",
    )
    position_id: int | None = Field(
        None,
        ge=1,
        le=MAX_ID,
        description="Only threads of this position. A position the caller does not see matches nothing "
        "(an empty list, not 404).",
    )
    overdue: bool = Field(
        False, description="Only threads whose feedback request is past its reply target (`feedback_due_at`)."
    )
    limit: int = Field(50, ge=1, le=100)
    cursor: (
        Annotated[str, cursor_field("time_id", "Send the same filters with it (the cursor holds only the position).")]
        | None
    ) = None


class AuthorOut(Out):
    id: int | None
    name: str
    side: Literal["candidate", "employer", "system"]


class MessageOut(Out):
    id: int
    thread_id: int
    author: AuthorOut
    kind: Kind
    body: str
    html: str
    client_id: str | None
    created_at: str


class MessageList(Out):
    items: list[MessageOut]
    next_cursor: str | None


# Ranges are checked by the service (400 invalid_cursor, like a bad cursor), not here (422).
Position = Annotated[int, Field(json_schema_extra={"minimum": 0, "maximum": MAX_ID})]


class MessageListQuery(Query):
    after: Position | None = Field(None, description="Only messages with a greater id, oldest first (catch-up).")
    before: Position | None = Field(
        None,
        description="Only messages with a smaller id: the `limit` newest of them, still oldest first "
        "(scrolling back); `next_cursor` then continues further back. Not with `after`.",
    )
    limit: int = Field(50, ge=1, le=100)
    cursor: Annotated[str, cursor_field("message", "It continues in the same direction.")] | None = None


class MessageIn(Request):
    body: Annotated[
        str,
        text(MAX_BODY, blank=False, enforced=False, description="Markdown; at most 20,000 characters (longer is 413)."),
    ]
    client_id: Annotated[str, text(CLIENT_ID_LIMIT, blank=False, enforced=False)] | None = Field(
        None, description="Your id for this send; a retry with it never duplicates."
    )
    acknowledge_risks: bool = Field(
        False,
        description="Staff: send despite a legal_risk wording finding (recorded with your name). Without it such "
        "a message is 422 `legal_risk` with the findings in `error.fields.findings`, and nothing is sent.",
    )


class ReadIn(Request):
    message_id: Id = Field(description="A message of this thread (another id is 422).")


class AssigneeIn(Request):
    user_id: Id | None = Field(description="A staff member of the thread's organization, or null to unassign.")
