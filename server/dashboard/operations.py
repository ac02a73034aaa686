"""The organization's numbers over a period: rejections, feedback asked and given (on time), reply
times against the target, overdue threads, how useful candidates found the feedback, connections.

Definitions (the page and the API show the same figures):

- The period is whole days in UTC, ``start`` to ``end`` inclusive (default: the last 90 days).
- The *cohort* is the candidacies rejected in the period (``candidacies.rejected_at``). ``asked``,
  ``answered``, ``answered_on_time``, the reply times and the ratings are about the cohort: of those
  rejected in the period, how many asked for feedback, how many got it and how fast. A thread's
  first feedback request counts (a second request after feedback is a follow-up, not a new promise).
- ``answered_on_time``: the first request was answered no later than its due time (the thread's
  ``feedback_due_at`` when it was asked).
- Reply times: request to feedback, in hours, nearest-rank percentiles (p50: the smallest time that
  at least half of the answers met).
- ``overdue``: threads waiting for feedback past their due time *now*, whatever the period.
- ``connections``: connections that began in the period and still stand (a withdrawn or lapsed one
  no longer counts); ``connections_active``: connected now.

Who sees them: the organization's admins and recruiters. Hiring managers get 403: the figures cover
every thread of the organization (or of a position), most of which they are not allowed to see.
Ratings appear only as an average and a distribution; no single rating or comment is shown here.

Every figure is aggregated in SQL: one query for the cohort (grouped by position), one for the reply
time percentiles, one for the rating distribution, one for overdue threads, one for connections.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql import Subquery

from ..accounts.access import MANAGE_CANDIDATES, require_membership
from ..accounts.models import Organization, User
from ..connections.models import Connection
from ..core.errors import Invalid, NotFound
from ..core.ids import in_range
from ..core.time import utcnow
from ..extensions import db
from ..feedback.models import Feedback, FeedbackRating, FeedbackRequest
from ..hiring.models import Candidacy, Position
from ..messaging.models import Thread, ThreadStatus

DEFAULT_DAYS = 90
MAX_DAYS = 3660  # ten years: enough for any report, and a bound on what one request scans
SCORES = (1, 2, 3, 4, 5)
DATE_HELP = "A date as YYYY-MM-DD."
# Dates far enough from date.min and date.max that the default start and the end's next day exist.
EARLIEST = date(1900, 1, 1)
LATEST = date(9000, 12, 31)


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    @property
    def start_at(self) -> datetime:
        return datetime.combine(self.start, time())

    @property
    def end_before(self) -> datetime:
        return datetime.combine(self.end + timedelta(days=1), time())

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass
class PositionFigures:
    id: int
    title: str
    rejected: int = 0
    asked: int = 0
    answered: int = 0
    answered_on_time: int = 0


@dataclass
class Stats:
    organization: Organization
    period: Period
    position: Position | None
    rejected: int
    asked: int
    answered: int
    answered_on_time: int
    reply_hours_p50: float | None
    reply_hours_p90: float | None
    reply_target_hours: int
    overdue: int
    rating_distribution: dict[int, int]
    connections: int
    connections_active: int
    positions: list[PositionFigures] = field(default_factory=list)

    @property
    def rating_count(self) -> int:
        return sum(self.rating_distribution.values())

    @property
    def rating_avg(self) -> float | None:
        if not self.rating_count:
            return None
        return round(sum(score * n for score, n in self.rating_distribution.items()) / self.rating_count, 2)

    @property
    def is_empty(self) -> bool:
        return not (self.rejected or self.overdue or self.connections or self.connections_active)


def _parse_date(value: str | None, name: str) -> date | None:
    """YYYY-MM-DD exactly (date.fromisoformat alone also takes week dates such as 2026-W49-1); empty: none."""
    if not value:
        return None
    try:
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise Invalid("That is not a date.", fields={name: DATE_HELP}) from None


def parse_period(start: str | None, end: str | None, *, today: date | None = None) -> Period:
    """The period from the ``from`` and ``to`` texts; a missing end is today, a missing start the
    90 days up to the end. 422 for a text that is not a date, a start after the end, or a span of
    more than ten years."""
    first = _parse_date(start, "from")
    last = _parse_date(end, "to")
    for value, name in ((first, "from"), (last, "to")):
        if value is not None and not EARLIEST <= value <= LATEST:
            raise Invalid("That date is out of range.", fields={name: f"A date from {EARLIEST} to {LATEST}."})
    last = last or today or utcnow().date()
    first = first or last - timedelta(days=DEFAULT_DAYS - 1)
    if first > last:
        raise Invalid("The period starts after it ends.", fields={"from": "On or before the end date."})
    if (last - first).days + 1 > MAX_DAYS:
        raise Invalid("That period is too long.", fields={"from": f"At most {MAX_DAYS:,} days before the end."})
    return Period(first, last)


def require_dashboard_access(user: User, organization_id: int) -> Organization:
    """Admins and recruiters of the organization; hiring managers 403; anyone else 404."""
    return require_membership(user, organization_id, MANAGE_CANDIDATES)


def positions_for_filter(user: User, organization_id: int) -> list[Position]:
    """The organization's positions, titles in order: the choices of the page's position filter."""
    require_dashboard_access(user, organization_id)
    return list(
        db.session.scalars(
            select(Position).where(Position.organization_id == organization_id).order_by(Position.title, Position.id)
        )
    )


def _position_in(organization_id: int, position_id: int | None) -> Position | None:
    if position_id is None:
        return None
    position = db.session.get(Position, position_id) if in_range(position_id) else None
    if position is None or position.organization_id != organization_id:
        raise NotFound("Position not found.")
    return position


def _seconds_between(later: Any, earlier: Any) -> ColumnElement[Any]:
    if db.session.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", later - earlier)
    return (func.julianday(later) - func.julianday(earlier)) * 86400.0


def _cohort_where(organization_id: int, period: Period, position_id: int | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [
        Position.organization_id == organization_id,
        Candidacy.rejected_at >= period.start_at,
        Candidacy.rejected_at < period.end_before,
    ]
    if position_id is not None:
        conditions.append(Position.id == position_id)
    return conditions


def _first_requests() -> Subquery:
    """Each thread's first feedback request (a subquery: thread_id, id)."""
    return (
        select(FeedbackRequest.thread_id, func.min(FeedbackRequest.id).label("id"))
        .group_by(FeedbackRequest.thread_id)
        .subquery()
    )


def _per_position(organization_id: int, period: Period, position_id: int | None) -> list[PositionFigures]:
    first = _first_requests()
    request = aliased(FeedbackRequest)
    on_time = case((and_(request.answered_at.is_not(None), request.answered_at <= request.due_at), 1), else_=0)
    rows = db.session.execute(
        select(
            Position.id,
            Position.title,
            func.count(Candidacy.id),
            func.count(request.id),
            func.count(request.answered_at),
            func.coalesce(func.sum(on_time), 0),
        )
        .select_from(Candidacy)
        .join(Position, Position.id == Candidacy.position_id)
        .outerjoin(Thread, Thread.candidacy_id == Candidacy.id)
        .outerjoin(first, first.c.thread_id == Thread.id)
        .outerjoin(request, request.id == first.c.id)
        .where(*_cohort_where(organization_id, period, position_id))
        .group_by(Position.id, Position.title)
        .order_by(func.count(Candidacy.id).desc(), Position.title, Position.id)
    ).all()
    return [PositionFigures(pid, title, int(n), int(a), int(b), int(c)) for pid, title, n, a, b, c in rows]


def _reply_percentiles(organization_id: int, period: Period, position_id: int | None) -> tuple[float | None, ...]:
    """(p50, p90) of the hours from the first request to its answer, nearest rank, in one query."""
    first = _first_requests()
    request = aliased(FeedbackRequest)
    seconds = _seconds_between(request.answered_at, request.created_at)
    ranked = (
        select(
            seconds.label("seconds"),
            func.row_number().over(order_by=seconds).label("rank"),
            func.count().over().label("n"),
        )
        .select_from(Candidacy)
        .join(Position, Position.id == Candidacy.position_id)
        .join(Thread, Thread.candidacy_id == Candidacy.id)
        .join(first, first.c.thread_id == Thread.id)
        .join(request, request.id == first.c.id)
        .where(*_cohort_where(organization_id, period, position_id), request.answered_at.is_not(None))
        .subquery()
    )
    p50, p90 = db.session.execute(
        select(
            func.min(case((ranked.c.rank * 100 >= ranked.c.n * 50, ranked.c.seconds))),
            func.min(case((ranked.c.rank * 100 >= ranked.c.n * 90, ranked.c.seconds))),
        )
    ).one()
    return tuple(None if value is None else round(float(value) / 3600, 1) for value in (p50, p90))


def _rating_distribution(organization_id: int, period: Period, position_id: int | None) -> dict[int, int]:
    rows = db.session.execute(
        select(FeedbackRating.score, func.count())
        .select_from(FeedbackRating)
        .join(Feedback, Feedback.id == FeedbackRating.feedback_id)
        .join(Thread, Thread.id == Feedback.thread_id)
        .join(Candidacy, Candidacy.id == Thread.candidacy_id)
        .join(Position, Position.id == Candidacy.position_id)
        .where(*_cohort_where(organization_id, period, position_id))
        .group_by(FeedbackRating.score)
    ).all()
    found = dict.fromkeys(SCORES, 0)
    for score, n in rows:
        if score in found:
            found[score] = int(n)
    return found


def _overdue(organization_id: int, position_id: int | None, now: datetime) -> int:
    query = select(func.count(Thread.id)).where(
        Thread.organization_id == organization_id,
        Thread.status == ThreadStatus.feedback_requested.value,
        Thread.feedback_due_at < now,
    )
    if position_id is not None:
        query = query.where(Thread.candidacy_id.in_(select(Candidacy.id).where(Candidacy.position_id == position_id)))
    return int(db.session.scalar(query) or 0)


def _connections(organization_id: int, period: Period, position_id: int | None, now: datetime) -> tuple[int, int]:
    """(begun in the period and still standing, connected now)."""
    connected = and_(
        Connection.candidate_opt_in.is_(True),
        Connection.employer_opt_in.is_(True),
        Connection.lapsed_at.is_(None),
        or_(Connection.expires_at.is_(None), Connection.expires_at > now),
    )
    begun = and_(Connection.connected_since >= period.start_at, Connection.connected_since < period.end_before)
    query = select(
        func.coalesce(func.sum(case((and_(connected, begun), 1), else_=0)), 0),
        func.coalesce(func.sum(case((connected, 1), else_=0)), 0),
    ).where(Connection.organization_id == organization_id)
    if position_id is not None:
        # The candidates of the position: a connection is with the organization, not one role.
        query = query.where(
            exists(
                select(Thread.id)
                .join(Candidacy, Candidacy.id == Thread.candidacy_id)
                .where(
                    Thread.organization_id == organization_id,
                    Thread.candidate_user_id == Connection.candidate_user_id,
                    Candidacy.position_id == position_id,
                )
            )
        )
    made, active = db.session.execute(query).one()
    return int(made), int(active)


def organization_stats(
    user: User, organization_id: int, period: Period, *, position_id: int | None = None, now: datetime | None = None
) -> Stats:
    organization = require_dashboard_access(user, organization_id)
    position = _position_in(organization_id, position_id)
    now = now or utcnow()
    positions = _per_position(organization_id, period, position_id)
    p50, p90 = _reply_percentiles(organization_id, period, position_id)
    made, active = _connections(organization_id, period, position_id, now)
    return Stats(
        organization=organization,
        period=period,
        position=position,
        rejected=sum(p.rejected for p in positions),
        asked=sum(p.asked for p in positions),
        answered=sum(p.answered for p in positions),
        answered_on_time=sum(p.answered_on_time for p in positions),
        reply_hours_p50=p50,
        reply_hours_p90=p90,
        reply_target_hours=organization.reply_target_days * 24,
        overdue=_overdue(organization_id, position_id, now),
        rating_distribution=_rating_distribution(organization_id, period, position_id),
        connections=made,
        connections_active=active,
        positions=positions,
    )


def serialize_stats(stats: Stats) -> dict:
    return {
        "organization_id": stats.organization.id,
        "position_id": stats.position.id if stats.position else None,
        "from": stats.period.start.isoformat(),
        "to": stats.period.end.isoformat(),
        "rejected": stats.rejected,
        "asked": stats.asked,
        "answered": stats.answered,
        "answered_on_time": stats.answered_on_time,
        "reply_hours_p50": stats.reply_hours_p50,
        "reply_hours_p90": stats.reply_hours_p90,
        "reply_target_hours": stats.reply_target_hours,
        "overdue": stats.overdue,
        "rating_avg": stats.rating_avg,
        "rating_count": stats.rating_count,
        "rating_distribution": [{"score": s, "count": n} for s, n in sorted(stats.rating_distribution.items())],
        "connections": stats.connections,
        "connections_active": stats.connections_active,
        "positions": [
            {
                "id": p.id,
                "title": p.title,
                "rejected": p.rejected,
                "asked": p.asked,
                "answered": p.answered,
                "answered_on_time": p.answered_on_time,
            }
            for p in stats.positions
        ],
    }
