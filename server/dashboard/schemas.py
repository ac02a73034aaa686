"""Request and response schemas of the organization's numbers."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import ConfigDict, Field, WithJsonSchema

from ..api.schemas import Out, Query
from .operations import EARLIEST, LATEST

# A day from EARLIEST to LATEST as YYYY-MM-DD (the years by pattern, the rest by format); empty: the default.
_YEARS = "(?:19[0-9]{2}|[2-8][0-9]{3}|9000)"
assert (date(1900, 1, 1), date(9000, 12, 31)) == (EARLIEST, LATEST)  # what _YEARS says
Day = Annotated[
    str,
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "format": "date", "pattern": rf"^{_YEARS}-[0-9]{{2}}-[0-9]{{2}}$"},
                {"type": "string", "maxLength": 0},
            ]
        }
    ),
]


class StatsQuery(Query):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    from_: Day | None = Field(
        None,
        alias="from",
        description="First day, YYYY-MM-DD (UTC); default: 89 days before `to`. At most ten years before `to`, "
        "and not after it (else 422).",
    )
    to: Day | None = Field(None, description="Last day, inclusive, YYYY-MM-DD (UTC); default: today.")
    position_id: int | None = Field(None, description="Only this position of the organization.")


class RatingCount(Out):
    score: int
    count: int


class PositionStats(Out):
    id: int
    title: str
    rejected: int
    asked: int
    answered: int
    answered_on_time: int


class StatsOut(Out):
    organization_id: int
    position_id: int | None
    from_: str = Field(alias="from")
    to: str
    rejected: int = Field(description="Candidacies rejected in the period (the cohort).")
    asked: int = Field(description="Of the cohort: asked for feedback.")
    answered: int = Field(description="Of the cohort: their first request was answered.")
    answered_on_time: int = Field(description="Of the cohort: answered by the request's due time.")
    reply_hours_p50: float | None = Field(description="Hours from request to feedback, median (nearest rank).")
    reply_hours_p90: float | None = Field(description="Hours from request to feedback, 90th percentile.")
    reply_target_hours: int = Field(description="The organization's promise, in hours.")
    overdue: int = Field(description="Threads waiting for feedback past their due time now (not by period).")
    rating_avg: float | None = Field(description="Average usefulness score (1-5) of the cohort's feedback.")
    rating_count: int
    rating_distribution: list[RatingCount]
    connections: int = Field(description="Connections begun in the period that still stand.")
    connections_active: int = Field(description="Connected now.")
    positions: list[PositionStats] = Field(description="The cohort by position, most rejections first.")
