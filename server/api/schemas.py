"""Shared request and response schemas (pydantic) for the API and its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from .pagination import cursor_field


class Request(BaseModel):
    """JSON bodies: exact types (no "5" for 5) and no unknown fields."""

    model_config = ConfigDict(strict=True, extra="forbid")


class Query(BaseModel):
    """Query strings arrive as text, so they are parsed leniently."""

    model_config = ConfigDict(extra="forbid")


class Out(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorBody(Out):
    code: str
    message: str
    fields: dict | None = None


class ErrorResponse(Out):
    error: ErrorBody


class UserOut(Out):
    id: int
    name: str
    email: str
    kind: Literal["candidate", "staff"]


class OrganizationRef(Out):
    id: int
    name: str


class PositionRef(Out):
    id: int
    title: str


class PersonRef(Out):
    id: int | None
    name: str


class ConnectionOut(Out):
    candidate_opt_in: bool
    employer_opt_in: bool
    connected: bool
    expires_at: str | None


IdCursor = Annotated[str, cursor_field("id")]


class PageQuery(Query):
    limit: int = Field(50, ge=1, le=100)
    cursor: IdCursor | None = None


class NamePageQuery(PageQuery):
    """A list in order of names: its cursor holds a name and an id."""

    cursor: Annotated[str, cursor_field("text_id")] | None = None


ERRORS = {f"HTTP_{code}": ErrorResponse for code in (400, 401, 403, 404, 409, 413, 422, 429)}


def errors(*codes: int) -> dict:
    return {f"HTTP_{code}": ErrorResponse for code in codes}
