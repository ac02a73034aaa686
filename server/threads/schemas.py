from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..api.schemas import OrganizationRef, Out, Query, Request

Status = Literal["open", "feedback_requested", "feedback_given", "closed"]
Topic = Literal["experience", "skills", "communication", "interview", "other"]


class ConnectionOut(Out):
    candidate_opt_in: bool
    employer_opt_in: bool
    connected: bool
    expires_at: str | None


class PersonRef(Out):
    id: int | None
    name: str


class PositionRef(Out):
    id: int
    title: str


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


class ThreadList(Out):
    items: list[ThreadOut]
    next_cursor: str | None


class ThreadListQuery(Query):
    status: Status | None = None
    limit: int = Field(50, ge=1, le=100)
    cursor: str | None = None


class AuthorOut(Out):
    id: int | None
    name: str
    side: Literal["candidate", "employer", "system"]


class MessageOut(Out):
    id: int
    thread_id: int
    author: AuthorOut
    kind: Literal["text", "feedback_request", "feedback", "system"]
    body: str
    html: str
    client_id: str | None
    created_at: str


class MessageList(Out):
    items: list[MessageOut]
    next_cursor: str | None


class MessageListQuery(Query):
    after: int | None = Field(None, ge=0, description="Only messages with a greater id (catch-up).")
    limit: int = Field(50, ge=1, le=100)
    cursor: str | None = None


class MessageIn(Request):
    body: str = Field(description="Markdown; at most 20,000 characters (longer is 413).")
    client_id: str | None = Field(None, description="Your id for this send; a retry with it never duplicates.")


class ReadIn(Request):
    message_id: int


class PromptOut(Out):
    key: str
    label: str
    help: str
    required: bool


class PromptList(Out):
    items: list[PromptOut]


class FeedbackRequestIn(Request):
    topics: list[Topic]
    message: str


class FeedbackRequestOut(Out):
    message: MessageOut
    thread: ThreadOut


class FindingOut(Out):
    category: Literal["platitude", "legal_risk", "harsh"]
    start: int
    end: int
    phrase: str
    message: str
    suggestion: str


class AnswerFindingOut(FindingOut):
    key: str


class FeedbackIn(Request):
    answers: dict[str, str]
    acknowledge_risks: bool = False


class FeedbackOut(Out):
    message: MessageOut
    thread: ThreadOut
    findings: list[AnswerFindingOut]


class CheckIn(Request):
    text: str


class CheckOut(Out):
    findings: list[FindingOut]


class ConnectionIn(Request):
    opt_in: bool
    interests: list[str] | None = None


class DraftQuery(Query):
    topics: str = Field(description="Comma-separated topics, e.g. skills,interview.")


class DraftOut(Out):
    draft: str


class PromptListQuery(Query):
    include_retired: bool = False


class PromptAdminOut(PromptOut):
    position: int
    retired: bool


class PromptAdminList(Out):
    items: list[PromptAdminOut]


class PromptIn(Request):
    label: str
    help: str = ""
    required: bool = False


class PromptPatchIn(Request):
    label: str | None = None
    help: str | None = None
    required: bool | None = None


class PromptOrderIn(Request):
    keys: list[str]


class ComposerPromptOut(PromptOut):
    hint: str | None


class OpenRequestOut(Out):
    message_id: int
    topics: list[Topic]
    due_at: str


class FeedbackFormOut(Out):
    prompts: list[ComposerPromptOut]
    request: OpenRequestOut | None
