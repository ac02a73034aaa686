"""Bulk data for the scale benchmarks (issue 11): ``candor bench-data --threads 100000``.

Organizations are created through the service path (an ``@operation`` recording
``OrganizationCreated``), so hiring and feedback seed their rejection reasons and prompts as for a
real signup. Everything else goes in with SQLAlchemy Core ``insert()`` executemany, a few thousand
threads per transaction, with ids chosen here: 1,000,000 messages as ORM objects one by one would
take most of an hour. The rows are the ones the services would write: rejected candidacies with their
invitation and thread, the system messages, a conversation of about ``messages_per_thread`` messages,
feedback requests and answers, read states that leave some threads unread, stay-in-touch consent,
and a tenth as many candidacies still active (to reject in the benchmark).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import JSON, Table, func, insert, select, text, update

from ..accounts.events import OrganizationCreated
from ..accounts.models import Membership, Organization, Role, User, UserKind, new_nonce
from ..accounts.passwords import hash_password
from ..connections.models import Connection, ConsentAction, ConsentEvent
from ..core.markdown import render
from ..core.time import isoformat, utcnow
from ..core.transaction import operation, record
from ..extensions import db
from ..feedback.models import Feedback, FeedbackRequest
from ..feedback.prompts import active_prompts, serialize_prompt
from ..hiring.models import Candidacy, CandidacyStatus, Invitation, Position, RejectionReason
from ..messaging.models import Message, MessageKind, ReadState, Side, Thread, ThreadStatus

PASSWORD = "candor-bench-2026"
CHUNK = 2_000  # threads per transaction
BATCH = 5_000  # rows per executemany

STAFF = [  # per organization: role, name
    (Role.admin, "Ada Admin"),
    (Role.recruiter, "Rene Recruiter"),
    (Role.recruiter, "Robin Recruiter"),
    (Role.hiring_manager, "Hana Manager"),
    (Role.hiring_manager, "Hugo Manager"),
    (Role.hiring_manager, "Hedda Manager"),
]
TITLES = [
    "Backend Engineer",
    "Frontend Engineer",
    "Product Designer",
    "Data Analyst",
    "Site Reliability Engineer",
    "Engineering Manager",
    "Technical Writer",
    "Customer Success Lead",
    "QA Engineer",
    "Security Engineer",
]
FIRST = "Sam Priya Jordan Taylor Chris Avery Noor Mateo Lena Kofi Aiko Ravi Elena Tomas Zara Ines Omar Mia".split()
LAST = "Rivera Shah Lee Kim Novak Stone Haddad Garcia Berg Mensah Sato Iyer Rossi Kral Ahmed Costa Park Moreau".split()
STAFF_NOTES = [
    "Thank you for the time you put into the process. We won't be moving forward this time, but we'd be "
    "glad to tell you more if it helps.",
    "Thanks for talking with us last week. We decided to continue with candidates whose experience matches "
    "the on-call part of the role more closely. Ask for feedback here if it would help.",
    "We appreciated the care in your take-home exercise. We have chosen another candidate for this role; "
    "you are welcome to ask us for specific feedback.",
]
CANDIDATE_TEXTS = [
    "Thanks for letting me know, and for the kind note.",
    "Could you say a little more about what the team was looking for in the system design round?",
    "That makes sense. I have been reading about capacity planning since the interview; any book you'd suggest?",
    "I appreciate the honest answer. Would it be all right to apply again in six months?",
    "Thank you, this is really useful. I'll work on explaining trade-offs out loud.",
    "One more question: was the take-home judged mostly on tests or on the write-up?",
    "Understood. I'd be glad to stay in touch about future roles on the platform team.",
]
EMPLOYER_TEXTS = [
    "Of course. We were looking for someone who has run a service in production end to end, including "
    "the alerts and the incident reviews.",
    "Designing Data-Intensive Applications is the one most of the team read. The chapters on replication "
    "match what we asked about.",
    "Yes, please do. Mention this conversation and we'll make sure the panel sees your earlier work.",
    "Mostly the write-up: the tests were fine, and we wanted to see how you weigh the options you left out.",
    "Thanks for asking. Your answers on caching were strong; the gap was in how you would roll a change back.",
    "We will keep you in mind for the platform roles we open next quarter.",
]
REQUEST_TEXT = "Could you share some feedback on my skills and on the interview? I'd like to know what to work on next."
REQUEST_TOPICS = ["skills", "interview"]
ANSWERS = {
    "strengths": "Your walkthrough of the take-home was structured and you explained the trade-offs clearly.",
    "gaps": "The role needs hands-on experience running production services; your examples relied on "
    "services others operated.",
    "advice": "Run a small service of your own for a few weeks, with alerts, and write up one incident.",
}
INTERESTS = [["backend", "platform"], ["design systems", "research"], ["data"], ["security", "infrastructure"]]
STATUSES = [  # joined threads: weight, status
    (55, ThreadStatus.open),
    (15, ThreadStatus.feedback_requested),
    (20, ThreadStatus.feedback_given),
    (10, ThreadStatus.closed),
]
JOINED_SHARE = 0.95  # of rejected candidates who accepted the invitation
ACTIVE_SHARE = 0.10  # extra candidacies still active, per thread
CONNECTED_SHARE = 0.10  # of joined candidates who opted in to stay in touch
DIRECT_ASSIGNMENT_SHARE = 0.05  # threads assigned to a hiring manager directly
_PLAIN = re.compile(r"[A-Za-z0-9 .-]*")


@dataclass
class StaffLogin:
    organization: str
    role: str
    name: str
    email: str


@dataclass
class BenchResult:
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    organization_ids: list[int] = field(default_factory=list)
    staff: list[StaffLogin] = field(default_factory=list)

    def lines(self) -> list[str]:
        total = sum(self.counts.values())
        out = [f"Made {total:,} rows in {self.seconds:.1f} s ({total / max(self.seconds, 1e-9):,.0f} rows/s):"]
        out += [f"  {name:<22} {count:>10,}" for name, count in self.counts.items()]
        out += ["", f"Every bench account uses the password: {PASSWORD}"]
        out += [f"  {s.organization:<28} {s.role:<15} {s.email}" for s in self.staff[: len(STAFF) * 3]]
        if len(self.staff) > len(STAFF) * 3:
            out.append(f"  ... and {len(self.staff) - len(STAFF) * 3} more staff in the other organizations")
        return out


class _Ids:
    """The next free id of each table: rows get their ids here, so children need no RETURNING."""

    def __init__(self) -> None:
        self._next: dict[str, int] = {}

    def take(self, table: Table, count: int = 1) -> int:
        if table.name not in self._next:
            self._next[table.name] = (db.session.scalar(select(func.max(table.c.id))) or 0) + 1
        first = self._next[table.name]
        self._next[table.name] = first + count
        return first


class _Html:
    """Markdown renders once per template: names and titles here are plain words, substituted into
    the rendered HTML as they are (checked), which is what rendering each message would give."""

    def __init__(self) -> None:
        self._cache: dict[str, str] = {}

    def __call__(self, template: str, **values: str) -> tuple[str, str]:
        if template not in self._cache:
            self._cache[template] = render(template.format(**{k: f"\x00{k}\x00" for k in values}))
        html = self._cache[template]
        for key, value in values.items():
            if not _PLAIN.fullmatch(value):
                raise ValueError(f"not a plain value: {value!r}")
            html = html.replace(f"\x00{key}\x00", value)
        return template.format(**values), html


INTRO = (
    "This is a private conversation between {name} and {org} about the {title} role: {name} can ask for "
    "feedback and reply, and both sides choose whether to stay in touch."
)
JOINED = "{name} joined the conversation."
CLOSED = "{name} closed the conversation."


def _table(model: Any) -> Table:
    return model.__table__


def _insert(table: Table, rows: list[dict]) -> None:
    if db.engine.dialect.name == "postgresql":
        _copy(table, rows)
        return
    for start in range(0, len(rows), BATCH):
        db.session.execute(insert(table), rows[start : start + BATCH])


def _copy(table: Table, rows: list[dict]) -> None:
    """PostgreSQL: COPY on the session's own connection (same transaction), about twice as fast as
    executemany here. JSON values go as their text; None is NULL."""
    names = list(rows[0])
    as_json = {name for name in names if isinstance(table.c[name].type, JSON)}
    quote = db.engine.dialect.identifier_preparer.quote
    dbapi = cast(Any, db.session.connection().connection.dbapi_connection)
    with (
        dbapi.cursor() as cursor,
        cursor.copy(f"COPY {quote(table.name)} ({', '.join(quote(n) for n in names)}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row([json.dumps(row[n]) if n in as_json and row[n] is not None else row[n] for n in names])


@operation
def _create_organization(name: str) -> int:
    """As signup does: hiring and feedback seed the new organization's defaults from the event."""
    org = Organization(name=name, confirmed_at=utcnow())
    db.session.add(org)
    db.session.flush()
    record(OrganizationCreated(org.id))
    return org.id


@dataclass
class _Org:
    id: int
    name: str
    staff: dict[str, list[int]]  # role -> user ids
    names: dict[int, str]  # user id -> name
    positions: list[tuple[int, str]]  # (id, title)
    reasons: list[str]
    prompts: list[dict]


class _Generator:
    def __init__(
        self, threads: int, messages_per_thread: int, organizations: int, seed: int, progress: Callable[[str], None]
    ) -> None:
        self.progress = progress
        self.started = time.perf_counter()
        self.threads = threads
        self.per_thread = messages_per_thread
        self.organizations = organizations
        self.rng = random.Random(seed)
        self.ids = _Ids()
        self.html = _Html()
        self.tag = secrets.token_hex(3)
        self.now = utcnow()
        self.password_hash = hash_password(PASSWORD)
        self.result = BenchResult()
        self.counts: dict[str, int] = {}
        self.serial = 0

    # -- organizations, staff, positions (few rows) ------------------------------------------

    def organization(self, index: int, thread_count: int) -> _Org:
        name = f"Bench Org {self.tag} {index + 1}"
        org_id = _create_organization(name)
        users, memberships = [], []
        staff: dict[str, list[int]] = {}
        names: dict[int, str] = {}
        for number, (role, person) in enumerate(STAFF, 1):
            user_id = self.ids.take(_table(User))
            email = f"{role.value.replace('_', '-')}{number}@org{index + 1}.{self.tag}.bench.example"
            users.append(self._user(user_id, UserKind.staff, person, email))
            memberships.append(
                {
                    "id": self.ids.take(_table(Membership)),
                    "user_id": user_id,
                    "organization_id": org_id,
                    "role": role.value,
                    "created_at": self.now,
                }
            )
            staff.setdefault(role.value, []).append(user_id)
            names[user_id] = person
            self.result.staff.append(StaffLogin(name, role.value, person, email))
        _insert(_table(User), users)
        _insert(_table(Membership), memberships)
        db.session.execute(
            update(_table(Organization)).where(_table(Organization).c.id == org_id).values(founder_id=staff["admin"][0])
        )
        managers = staff[Role.hiring_manager.value]
        positions, position_rows = [], []
        # At least 20 positions, so each hiring manager handles the same share (one in twenty) at
        # every size: a benchmark compares sizes, not managers' workloads.
        for number in range(max(20, thread_count // 250)):
            title = TITLES[number % len(TITLES)] + (f" {number // len(TITLES) + 1}" if number >= len(TITLES) else "")
            position_id = self.ids.take(_table(Position))
            assignee = managers[number % 20] if number % 20 < len(managers) else None
            position_rows.append(
                {
                    "id": position_id,
                    "organization_id": org_id,
                    "title": title,
                    "description": f"The {title} role at {name}.",
                    "status": "open",
                    "assignee_id": assignee,
                    "created_at": self.now - timedelta(days=400),
                }
            )
            positions.append((position_id, title))
        _insert(_table(Position), position_rows)
        self._count("organizations", 1)
        self._count("users (staff)", len(users))
        self._count("memberships", len(memberships))
        self._count("positions", len(position_rows))
        db.session.commit()
        reasons = list(
            db.session.scalars(select(RejectionReason.code).where(RejectionReason.organization_id == org_id))
        )
        prompts = [serialize_prompt(p) for p in active_prompts(org_id)]
        self.result.organization_ids.append(org_id)
        return _Org(org_id, name, staff, names, positions, reasons, prompts)

    def _user(self, user_id: int, kind: UserKind, name: str, email: str) -> dict:
        return {
            "id": user_id,
            "kind": kind.value,
            "name": name,
            "email": email,
            "password_hash": self.password_hash,
            "session_nonce": new_nonce(),
            "email_confirmed_at": self.now,
            "created_at": self.now - timedelta(days=400),
        }

    def _count(self, name: str, count: int) -> None:
        self.counts[name] = self.counts.get(name, 0) + count

    # -- threads (the bulk) -------------------------------------------------------------------

    def threads_of(self, org: _Org, count: int, message_budget: int) -> None:
        """``count`` rejected candidacies with their threads, ``message_budget`` messages in all."""
        joined = [self.rng.random() < JOINED_SHARE for _ in range(count)]
        unjoined = joined.count(False)
        # Unjoined threads hold the intro and the note; the joined ones share the rest evenly.
        rest = max(0, message_budget - 2 * unjoined)
        n_joined = count - unjoined
        sizes = []
        remainder_left = rest - (rest // n_joined) * n_joined if n_joined else 0
        for is_joined in joined:
            if not is_joined:
                sizes.append(min(2, self.per_thread))
                continue
            size = rest // n_joined + (1 if remainder_left > 0 else 0)
            remainder_left -= 1
            sizes.append(size)
        for start in range(0, count, CHUNK):
            self._chunk(org, joined[start : start + CHUNK], sizes[start : start + CHUNK])
            db.session.commit()
            done = min(start + CHUNK, count)
            if done % (CHUNK * 10) == 0 and done < count:
                seconds = time.perf_counter() - self.started
                self.progress(f"  {org.name}: {done:,} of {count:,} threads ({seconds:.0f} s)")

    def _chunk(self, org: _Org, joined: list[bool], sizes: list[int]) -> None:
        rows: dict[str, list[dict]] = {
            name: []
            for name in (
                "users",
                "candidacies",
                "invitations",
                "threads",
                "messages",
                "read_states",
                "feedback_requests",
                "feedback",
                "connections",
                "consent_events",
            )
        }
        rejectors = org.staff[Role.admin.value] + org.staff[Role.recruiter.value][:1]
        managers = org.staff[Role.hiring_manager.value]
        for is_joined, size in zip(joined, sizes, strict=True):
            self.serial += 1
            rng = self.rng
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            email = f"c{self.serial}@{self.tag}.candidates.example"
            position_id, title = org.positions[rng.randrange(len(org.positions))]
            rejector = rejectors[self.serial % len(rejectors)]
            started = self.now - timedelta(minutes=rng.randrange(5, 365 * 24 * 60))
            candidacy_id = self.ids.take(_table(Candidacy))
            thread_id = self.ids.take(_table(Thread))
            candidate_id = self.ids.take(_table(User)) if is_joined else None
            if candidate_id is not None:
                rows["users"].append(self._user(candidate_id, UserKind.candidate, name, email))
            rows["candidacies"].append(
                {
                    "id": candidacy_id,
                    "position_id": position_id,
                    "name": name,
                    "email": email,
                    "status": CandidacyStatus.rejected.value,
                    "user_id": candidate_id,
                    "rejection_reason": rng.choice(org.reasons),
                    "rejected_at": started,
                    "rejected_by_id": rejector,
                    "created_at": started - timedelta(days=rng.randrange(3, 40)),
                }
            )
            accepted_at = started + timedelta(minutes=rng.randrange(10, 3 * 24 * 60)) if is_joined else None
            rows["invitations"].append(
                {
                    "id": self.ids.take(_table(Invitation)),
                    "candidacy_id": candidacy_id,
                    "email": email,
                    "token_hash": hashlib.sha256(f"{self.tag}:{self.serial}".encode()).hexdigest(),
                    "expires_at": started + timedelta(days=14),
                    "used_at": accepted_at,
                    "used_by_id": candidate_id,
                    "created_at": started,
                }
            )
            status = ThreadStatus.open
            if is_joined:
                status = rng.choices([s for _w, s in STATUSES], [w for w, _s in STATUSES])[0]
                # Too short a thread for its stage: the intro, the note, the join, then the stage's messages.
                needed = {ThreadStatus.feedback_requested: 4, ThreadStatus.feedback_given: 5, ThreadStatus.closed: 4}
                if size < needed.get(status, 0):
                    status = ThreadStatus.open
            messages = self._messages(
                org, thread_id, name, title, rejector, candidate_id, accepted_at, started, size, status, rows
            )
            for seq, message in enumerate(messages, start=1):
                message["seq"] = seq
            rows["messages"] += messages
            assignee = rng.choice(managers) if managers and rng.random() < DIRECT_ASSIGNMENT_SHARE else None
            request_due = None
            for message in messages:
                if message["kind"] == MessageKind.feedback_request.value:
                    request_due = message["created_at"] + timedelta(days=5)
            rows["threads"].append(
                {
                    "id": thread_id,
                    "organization_id": org.id,
                    "candidacy_id": candidacy_id,
                    "position_id": position_id,
                    "candidate_user_id": candidate_id,
                    "status": status.value,
                    "feedback_due_at": request_due if status == ThreadStatus.feedback_requested else None,
                    "last_message_at": messages[-1]["created_at"],
                    "message_count": len(messages),
                    "closed_at": messages[-1]["created_at"] if status == ThreadStatus.closed else None,
                    "assignee_id": assignee,
                    "created_at": started,
                }
            )
            self._read_states(rows, thread_id, messages, rejector, candidate_id)
            connected = status != ThreadStatus.feedback_requested and rng.random() < CONNECTED_SHARE
            if candidate_id is not None and connected:
                self._connection(rows, org, thread_id, candidate_id, rejector, messages[-1]["created_at"])
        # Parents before children: users, candidacies, threads, messages, then the rest.
        for key, model in [
            ("users", User),
            ("candidacies", Candidacy),
            ("invitations", Invitation),
            ("threads", Thread),
            ("messages", Message),
            ("read_states", ReadState),
            ("feedback_requests", FeedbackRequest),
            ("feedback", Feedback),
            ("connections", Connection),
            ("consent_events", ConsentEvent),
        ]:
            if rows[key]:
                _insert(_table(model), rows[key])
                self._count("users (candidates)" if key == "users" else key, len(rows[key]))

    def _messages(
        self,
        org: _Org,
        thread_id: int,
        name: str,
        title: str,
        rejector: int,
        candidate_id: int | None,
        accepted_at: datetime | None,
        started: datetime,
        size: int,
        status: ThreadStatus,
        rows: dict[str, list[dict]],
    ) -> list[dict]:
        rng = self.rng
        at = started
        out: list[dict] = []

        def add(author: int | None, side: Side, kind: MessageKind, body_html: tuple[str, str], meta=None) -> dict:
            nonlocal at
            row = {
                "id": self.ids.take(_table(Message)),
                "thread_id": thread_id,
                "author_id": author,
                "side": side.value,
                "kind": kind.value,
                "body": body_html[0],
                "html": body_html[1],
                "client_id": None,
                "meta": meta,
                "created_at": at,
                "edited_at": None,
                "withdrawn_at": None,
            }
            out.append(row)
            at = at + timedelta(minutes=rng.randrange(5, 48 * 60))
            return row

        intro = self.html(INTRO, name=name, org=org.name, title=title)
        add(None, Side.system, MessageKind.system, intro, {"event": "opened"})
        add(rejector, Side.employer, MessageKind.text, self.html(rng.choice(STAFF_NOTES)))
        if candidate_id is None or size <= 2:
            return out[:size]
        at = max(at, accepted_at or at)
        add(None, Side.system, MessageKind.system, self.html(JOINED, name=name), {"event": "joined"})
        # The conversation: the stage's messages first (a request, its answer), then replies in turn.
        body_slots = size - len(out) - (1 if status == ThreadStatus.closed else 0)
        turn = 0
        request = None
        if status in (ThreadStatus.feedback_requested, ThreadStatus.feedback_given) and body_slots > 0:
            due = at + timedelta(days=5)
            request = add(
                candidate_id,
                Side.candidate,
                MessageKind.feedback_request,
                self.html(REQUEST_TEXT),
                {"topics": REQUEST_TOPICS, "due_at": isoformat(due)},
            )
            rows["feedback_requests"].append(
                {
                    "id": self.ids.take(_table(FeedbackRequest)),
                    "thread_id": thread_id,
                    "message_id": request["id"],
                    "topics": REQUEST_TOPICS,
                    "due_at": due,
                    "answered_at": None,
                    "created_at": request["created_at"],
                }
            )
            body_slots -= 1
            turn = 1
        if status == ThreadStatus.feedback_given and body_slots > 0:
            prompts = [p for p in org.prompts if p["key"] in ANSWERS]
            body = "\n\n".join(f"**{p['label']}**\n\n{ANSWERS[p['key']]}" for p in prompts)
            answers = {p["key"]: ANSWERS[p["key"]] for p in prompts}
            feedback = add(
                rejector,
                Side.employer,
                MessageKind.feedback,
                self.html(body.replace("{", "{{").replace("}", "}}")),
                {"answers": answers, "prompts": prompts},
            )
            assert request is not None
            rows["feedback_requests"][-1]["answered_at"] = feedback["created_at"]
            rows["feedback"].append(
                {
                    "id": self.ids.take(_table(Feedback)),
                    "thread_id": thread_id,
                    "request_id": rows["feedback_requests"][-1]["id"],
                    "message_id": feedback["id"],
                    "author_id": rejector,
                    "answers": answers,
                    "prompts": org.prompts,
                    "findings": [],
                    "risks_acknowledged_at": None,
                    "risks_acknowledged_by_id": None,
                    "response_seconds": int((feedback["created_at"] - request["created_at"]).total_seconds()),
                    "created_at": feedback["created_at"],
                }
            )
            body_slots -= 1
            turn = 0
        if status == ThreadStatus.feedback_requested:
            # Still waiting for the answer: what follows the request is the candidate's own.
            for _ in range(body_slots):
                add(candidate_id, Side.candidate, MessageKind.text, self.html(rng.choice(CANDIDATE_TEXTS)))
        else:
            for index in range(body_slots):
                if (index + turn) % 2 == 0:
                    add(candidate_id, Side.candidate, MessageKind.text, self.html(rng.choice(CANDIDATE_TEXTS)))
                else:
                    add(rejector, Side.employer, MessageKind.text, self.html(rng.choice(EMPLOYER_TEXTS)))
        if status == ThreadStatus.closed:
            add(None, Side.system, MessageKind.system, self.html(CLOSED, name=name), {"event": "candidate_closed"})
        return out

    def _read_states(
        self, rows: dict[str, list[dict]], thread_id: int, messages: list[dict], rejector: int, candidate_id: int | None
    ) -> None:
        """Posting marks read for the author; opening the thread marks everything read. Some threads
        are left with replies the reader has not opened yet."""
        for reader in (rejector, candidate_id):
            if reader is None:
                continue
            own = [m for m in messages if m["author_id"] == reader]
            upto = messages[-1] if self.rng.random() < 0.7 or not own else own[-1]
            rows["read_states"].append(
                {
                    "user_id": reader,
                    "thread_id": thread_id,
                    "last_read_message_id": upto["id"],
                    "last_read_seq": upto["seq"],
                    "updated_at": self.now,
                }
            )

    def _connection(
        self, rows: dict[str, list[dict]], org: _Org, thread_id: int, candidate_id: int, staff_id: int, at: datetime
    ) -> None:
        employer_in = self.rng.random() < 0.8
        connection_id = self.ids.take(_table(Connection))
        interests = self.rng.choice(INTERESTS)
        rows["connections"].append(
            {
                "id": connection_id,
                "candidate_user_id": candidate_id,
                "organization_id": org.id,
                "candidate_opt_in": True,
                "employer_opt_in": employer_in,
                "interests": interests,
                "expires_at": at + timedelta(days=365) if employer_in else None,
                "connected_since": at if employer_in else None,
                "last_contacted_at": None,
                "reminded_at": None,
                "lapsed_at": None,
                "updated_at": at,
            }
        )
        for actor, side in [(candidate_id, Side.candidate), (staff_id, Side.employer)][: 2 if employer_in else 1]:
            rows["consent_events"].append(
                {
                    "id": self.ids.take(_table(ConsentEvent)),
                    "connection_id": connection_id,
                    "actor_id": actor,
                    "side": side.value,
                    "action": ConsentAction.opt_in.value,
                    "opt_in": True,
                    "interests": interests if side == Side.candidate else [],
                    "thread_id": thread_id,
                    "created_at": at,
                }
            )

    def active_candidacies(self, org: _Org, count: int) -> None:
        rows = []
        for _ in range(count):
            self.serial += 1
            name = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
            rows.append(
                {
                    "id": self.ids.take(_table(Candidacy)),
                    "position_id": org.positions[self.rng.randrange(len(org.positions))][0],
                    "name": name,
                    "email": f"c{self.serial}@{self.tag}.candidates.example",
                    "status": CandidacyStatus.active.value,
                    "user_id": None,
                    "rejection_reason": None,
                    "rejected_at": None,
                    "rejected_by_id": None,
                    "created_at": self.now - timedelta(days=self.rng.randrange(1, 30)),
                }
            )
        _insert(_table(Candidacy), rows)
        db.session.commit()
        self._count("active candidacies", len(rows))


def _after_bulk_load() -> None:
    """PostgreSQL: move each sequence past the ids chosen here, then VACUUM ANALYZE (what autovacuum
    does soon after such a load: statistics, and the visibility map that index-only scans need).
    SQLite needs neither: its ids follow the largest one."""
    if db.engine.dialect.name != "postgresql":
        return
    for table in db.metadata.sorted_tables:
        if "id" in table.c and table.c.id.primary_key and table.c.id.autoincrement:
            db.session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                )
            )
    db.session.commit()
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE"))


def generate(
    threads: int,
    messages_per_thread: int = 10,
    organizations: int = 1,
    *,
    seed: int = 11,
    progress: Callable[[str], None] | None = None,
) -> BenchResult:
    """Adds ``organizations`` organizations sharing ``threads`` threads and about
    ``threads * messages_per_thread`` messages to the configured database. Each run adds new rows
    (its own organization names and emails), so it can run twice on one database."""
    if threads < 1 or messages_per_thread < 1 or organizations < 1:
        raise ValueError("threads, messages per thread and organizations must be at least 1")
    started = time.perf_counter()
    gen = _Generator(threads, messages_per_thread, organizations, seed, progress or (lambda _line: None))
    per_org = [threads // organizations + (1 if i < threads % organizations else 0) for i in range(organizations)]
    for index, count in enumerate(per_org):
        org = gen.organization(index, count)
        gen.threads_of(org, count, count * messages_per_thread)
        gen.active_candidacies(org, max(1, int(count * ACTIVE_SHARE)))
        gen.progress(f"{org.name}: {count:,} threads ({time.perf_counter() - started:.1f} s)")
    _after_bulk_load()
    gen.result.counts = gen.counts
    gen.result.seconds = time.perf_counter() - started
    return gen.result
