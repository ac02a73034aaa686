"""Request and response schemas of guided feedback and the prompt library."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from ..api.fields import Id, Int, text
from ..api.schemas import Out, Query, Request
from ..core.text import CONTROL_CLASS
from ..messaging.operations import MAX_BODY
from ..messaging.schemas import MessageOut, ThreadOut
from .operations import MAX_ANSWER
from .prompts import HELP_LIMIT, KEY_PATTERN, LABEL_LIMIT
from .ratings import MAX_COMMENT, SCORES
from .topics import TOPICS
from .topics import TopicName as Topic

Message = Annotated[str, text(MAX_BODY, blank=False, enforced=False, description="At most 20,000 characters (413).")]
PromptKey = Annotated[str, Field(json_schema_extra={"pattern": KEY_PATTERN})]
# Keys of the organization's prompts (GET .../feedback-form); 422 names any other key and any missing
# required answer, and asks for at least one answer. Answers are trimmed.
Answers = Annotated[
    dict[str, Annotated[str, text(MAX_ANSWER, enforced=False)]],
    Field(json_schema_extra={"propertyNames": {"pattern": KEY_PATTERN}, "minProperties": 1}),
]


class PromptOut(Out):
    key: str
    label: str
    help: str
    required: bool


class PromptList(Out):
    items: list[PromptOut]


class FeedbackRequestIn(Request):
    topics: Annotated[list[Topic], Field(json_schema_extra={"minItems": 1})]
    message: Message


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
    answers: Answers
    acknowledge_risks: bool = False


class FeedbackOut(Out):
    message: MessageOut
    thread: ThreadOut
    findings: list[AnswerFindingOut]


class CheckIn(Request):
    text: Annotated[str, text(MAX_BODY, enforced=False, description="At most 20,000 characters (413).")]


class CheckOut(Out):
    findings: list[FindingOut]


# Topics between commas, each trimmed; empty ones are skipped (none at all: a general draft).
_SPACE = rf"[^\S{CONTROL_CLASS}]*"  # whitespace but the control characters
_TOPIC = rf"{_SPACE}(?:{'|'.join(TOPICS)})?{_SPACE}"
TOPICS_PATTERN = rf"^{_TOPIC}(?:,{_TOPIC})*$"


class DraftQuery(Query):
    topics: str = Field(
        description="Comma-separated topics, e.g. skills,interview.", json_schema_extra={"pattern": TOPICS_PATTERN}
    )


class DraftOut(Out):
    draft: str


class PromptListQuery(Query):
    include_retired: bool = False


class PromptAdminOut(PromptOut):
    position: int
    retired: bool


class PromptAdminList(Out):
    items: list[PromptAdminOut]


Label = Annotated[str, text(LABEL_LIMIT, blank=False)]
Help = Annotated[str, text(HELP_LIMIT)]


class PromptIn(Request):
    label: Label
    help: Help = ""
    required: bool = False


class PromptPatchIn(Request):
    label: Label | None = None
    help: Help | None = None
    required: bool | None = None


class PromptOrderIn(Request):
    keys: list[PromptKey] = Field(description="Every active prompt's key once, in the new order (else 422).")


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
    answers: Answers
    acknowledge_risks: bool = False


class RatingIn(Request):
    score: Int = Field(
        description="1 (not useful) to 5 (very useful).",
        json_schema_extra={"minimum": SCORES.start, "maximum": SCORES.stop - 1},
    )
    comment: Annotated[str, text(MAX_COMMENT, enforced=False)] | None = Field(
        default=None, description="Optional, at most 1,000 characters."
    )
    message_id: Id | None = Field(
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
