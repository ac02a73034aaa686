"""Request and response schemas of guided feedback and the prompt library."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..api.schemas import Out, Query, Request
from ..messaging.schemas import MessageOut, ThreadOut
from .topics import TopicName as Topic


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


class FeedbackEditIn(Request):
    answers: dict[str, str]
    acknowledge_risks: bool = False


class RatingIn(Request):
    score: int = Field(description="1 (not useful) to 5 (very useful).")
    comment: str | None = Field(default=None, description="Optional, at most 1,000 characters.")
    message_id: int | None = Field(
        default=None,
        description="The feedback message to rate; by default the newest feedback that is not withdrawn and not rated.",
    )


class RatingOut(Out):
    id: int
    thread_id: int
    message_id: int
    score: int
    comment: str | None
    created_at: str


class RatingList(Out):
    items: list[RatingOut]
    next_cursor: str | None
