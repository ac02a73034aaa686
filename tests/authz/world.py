"""The world the authorization matrix runs in: two organizations, three roles, two candidates.

Built once per test module through the real services (tests/factories.py), then frozen: every cell
of the matrix starts from the same rows. A cell whose request changed anything (an allowed write)
puts every table back from the snapshot, so cells never depend on each other's order.

Organization A ("Acme") has an admin, a recruiter, a hiring manager and a spare recruiter (the
member whose role is changed or who is removed). Its objects come in two sets:

- ``mine``: assigned to the hiring manager. Position "Assigned Role" has ``positions.assignee_id``
  = the hiring manager; the candidate's thread (Casey) is on it.
- ``elsewhere``: nobody's. Position "Unassigned Role" and the other candidate's thread (Uma) on it.

One more thread of A (Dora's, on the unassigned position) has ``threads.assignee_id`` = the hiring
manager. Organization B ("Globex") has its own admin, candidate and thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, select, update

from server.accounts import operations as accounts
from server.accounts.models import User
from server.connections import links as consent_links
from server.connections import operations as connections
from server.core.time import utcnow
from server.extensions import db
from server.feedback import operations as feedback_operations
from server.feedback import ratings
from server.feedback.models import Prompt
from server.hiring import operations as hiring
from server.hiring.models import Position, PositionStatus
from server.messaging.models import Message, Thread, ThreadStatus
from server.notifications.models import OutboxEmail
from server.notifications.unsubscribe import make_token
from tests import factories
from tests.web.helpers import Browser, csrf_token

# Who asks. The hiring manager appears twice: on the objects assigned to them, and on A's others.
ADMIN = "admin"
RECRUITER = "recruiter"
HM = "hiring_manager"
HM_ELSEWHERE = "hiring_manager_on_unassigned"
STRANGER = "other_org_staff"
CANDIDATE = "candidate"
OTHER_CANDIDATE = "other_candidate"
ANONYMOUS = "anonymous"
# A's admin again, naming organization B's objects: what a stranger gets, seen from the other side.
ADMIN_ON_OTHER_ORG = "admin_on_other_org_objects"
PRINCIPALS = (ADMIN, RECRUITER, HM, HM_ELSEWHERE, STRANGER, CANDIDATE, OTHER_CANDIDATE, ANONYMOUS)
ALIASES = {HM_ELSEWHERE: HM, ADMIN_ON_OTHER_ORG: ADMIN}  # the same account, other objects
# A recruiter of A who was removed from the team, still logged in: a stranger to A from then on.
FORMER_MEMBER = "removed_member"
# An admin of A who signed out everywhere, holding on to the old cookie and token: a nobody.
SIGNED_OUT_ADMIN = "signed_out_admin"

# Names that show up on pages and in JSON: a listing must not carry what its reader may not see.
CASEY = "Casey Candidate"  # the candidate; their thread is on the hiring manager's position
UMA = "Uma Unassigned"  # the other candidate; their thread is on the unassigned position
DORA = "Dora Direct"  # a thread assigned to the hiring manager directly (threads.assignee_id)
PIA = "Pia Pending"  # invited, not joined yet, on the unassigned position
RATING_COMMENT = "Rated-by-Casey: useful and kind"  # who may see a rating is checked by this text
ASSIGNED_ROLE = "Assigned Role"
UNASSIGNED_ROLE = "Unassigned Role"

_MEMBER_LINK = re.compile(r"https?://\S+/member-invitations/([A-Za-z0-9_-]+)")
# Columns a request may touch without changing anything a person would notice (coarse "last used").
VOLATILE = {"user_sessions": {"last_seen_at"}, "api_tokens": {"last_used_at"}}


@dataclass
class Targets:
    """The objects a principal's requests name: A's assigned set, or A's unassigned set."""

    thread: int
    message: int  # a message of ``thread`` (for read receipts)
    position: int
    candidacy: int  # active: can be rejected
    invited_candidacy: int  # rejected, invitation not used yet: can be resent
    feedback: int  # a feedback message in ``thread`` by its organization's admin: unrated, still editable


@dataclass
class World:
    app: Any
    org: int  # organization A
    other_org: int  # organization B
    users: dict[str, int | None]  # principal -> user id (None: anonymous)
    mine: Targets
    elsewhere: Targets
    direct_thread: int  # A's thread with threads.assignee_id = the hiring manager
    theirs: Targets  # organization B's objects
    member: int  # the spare member of A (role changes, removal)
    links: dict[str, str]  # emailed-link tokens
    api_tokens: dict[str, str] = field(default_factory=dict)
    cookies: dict[str, str] = field(default_factory=dict)
    csrf: dict[str, str] = field(default_factory=dict)
    baseline: dict[str, list] = field(default_factory=dict, repr=False)  # compared after each request
    rows: dict[str, list[dict]] = field(default_factory=dict, repr=False)  # restored after a change
    writes: int = 0  # INSERT, UPDATE and DELETE statements sent to the database (see watch_writes)
    bulk_job: int = 0  # A's bulk rejection (queued: the tests run no worker)

    def targets(self, principal: str) -> Targets:
        if principal == ADMIN_ON_OTHER_ORG:
            return self.theirs
        return self.elsewhere if principal == HM_ELSEWHERE else self.mine

    def organization(self, principal: str) -> int:
        return self.other_org if principal == ADMIN_ON_OTHER_ORG else self.org

    def user(self, principal: str) -> User:
        user_id = self.users[principal]
        assert user_id is not None, principal
        found = db.session.get(User, user_id)
        assert found is not None
        return found

    def browser(self, principal: str):
        """A fresh test client carrying the principal's session cookie (so a logout stays in it)."""
        client = self.app.test_client()
        client.set_cookie(self.app.config.get("SESSION_COOKIE_NAME", "session"), self.cookies[principal])
        return client

    # -- the snapshot -------------------------------------------------------------------------

    def watch_writes(self) -> None:
        """Counts the statements that could change a row: a cell without any changed nothing, and
        needs neither a comparison of every table nor a restore (which keeps the matrix fast)."""

        @event.listens_for(db.engine, "before_cursor_execute")
        def count(conn, cursor, statement, parameters, context, executemany):
            if statement.lstrip()[:6].upper() in ("INSERT", "UPDATE", "DELETE"):
                self.writes += 1

    def freeze(self) -> None:
        self.baseline = footprint()
        self.rows = _rows()

    def changes(self, since: dict[str, list] | None = None) -> list[str]:
        """Tables whose rows differ from ``since`` (default: the frozen world)."""
        now = footprint()
        before = self.baseline if since is None else since
        return [name for name in before if before[name] != now[name]]

    def restore(self) -> None:
        db.session.rollback()
        tables = db.metadata.sorted_tables
        for table in reversed(tables):
            db.session.execute(table.delete())
        for table in tables:
            if self.rows[table.name]:
                db.session.execute(table.insert(), self.rows[table.name])
        db.session.commit()
        db.session.expire_all()


def footprint() -> dict[str, list]:
    """Every row of every table (but the volatile columns), in key order."""
    db.session.rollback()
    state = {}
    for table in db.metadata.sorted_tables:
        skip = VOLATILE.get(table.name, set())
        columns = [c for c in table.columns if c.name not in skip]
        query = select(*columns).order_by(*table.primary_key.columns)
        state[table.name] = [tuple(row) for row in db.session.execute(query)]
    db.session.rollback()
    return state


def _rows() -> dict[str, list[dict]]:
    db.session.rollback()
    rows = {
        table.name: [dict(row._mapping) for row in db.session.execute(table.select())]
        for table in db.metadata.sorted_tables
    }
    db.session.rollback()
    return rows


# -- building it ------------------------------------------------------------------------------


def _joined(staff, position, name: str, email: str) -> tuple[User, Thread]:
    """A candidacy on ``position``, rejected, whose candidate accepted the emailed invitation."""
    cand = factories.candidacy(staff, position, name=name, email=email)
    hiring.reject_candidacy(staff, cand.id, message="Thank you for your time.")
    return hiring.accept_invitation(factories.invitation_token(email), name=name, password=factories.PASSWORD)


def _invited(staff, position, name: str, email: str) -> int:
    """A rejected candidacy whose invitation is still unused."""
    cand = factories.candidacy(staff, position, name=name, email=email)
    hiring.reject_candidacy(staff, cand.id, message="Thank you for your time.")
    return cand.id


def _give_feedback(author: User, thread_id: int) -> int:
    message, _thread, _findings = feedback_operations.give_feedback(
        author, thread_id, {"strengths": "Clear, tested code.", "gaps": "More depth on databases."}
    )
    return message.id


def _first_message(thread_id: int) -> int:
    found = db.session.scalar(select(Message.id).where(Message.thread_id == thread_id).order_by(Message.id).limit(1))
    assert found is not None
    return found


def _member_invitation_token(email: str) -> str:
    rows = db.session.scalars(select(OutboxEmail).where(OutboxEmail.to_email == email).order_by(OutboxEmail.id.desc()))
    for row in rows:
        match = _MEMBER_LINK.search(row.body_text)
        if match:
            return match.group(1)
    raise AssertionError(f"no member invitation to {email}")


def _has_route(app, rule: str) -> bool:
    return any(r.rule == rule for r in app.url_map.iter_rules())


def build(app) -> World:
    admin, org = factories.employer("Acme Robotics", name="Ada Admin", email="ada@acme.example")
    recruiter = factories.member(admin, org, "recruiter", name="Rita Recruiter", email="rita@acme.example")
    manager = factories.member(admin, org, "hiring_manager", name="Hank Manager", email="hank@acme.example")
    spare = factories.member(admin, org, "recruiter", name="Sam Spare", email="sam@acme.example")
    former = factories.member(admin, org, "recruiter", name="Fay Former", email="fay@acme.example")
    gone = factories.member(admin, org, "admin", name="Gwen Gone", email="gwen@acme.example")

    assigned = factories.position(admin, org, title=ASSIGNED_ROLE)
    unassigned = factories.position(admin, org, title=UNASSIGNED_ROLE)
    candidate, thread = _joined(admin, assigned, CASEY, "casey@example.com")
    other_candidate, other_thread = _joined(admin, unassigned, UMA, "uma@example.com")
    dora, direct = _joined(admin, unassigned, DORA, "dora@example.com")
    active = factories.candidacy(admin, assigned, name="Kim Active", email="kim@example.com")
    active_elsewhere = factories.candidacy(admin, unassigned, name="Kit Active", email="kit@example.com")
    invited = _invited(admin, assigned, "Pat Pending", "pat@example.com")  # no account: a newcomer
    invited_elsewhere = _invited(admin, unassigned, PIA, "pia@example.com")
    # A second invitation to the candidate's own address: they accept it while logged in.
    _invited(admin, unassigned, CASEY, "casey@example.com")
    links = {
        "invitation_newcomer": factories.invitation_token("pat@example.com"),
        "invitation_candidate": factories.invitation_token("casey@example.com"),
    }

    stranger, other_org = factories.employer("Globex", name="Gus Globex", email="gus@globex.example")
    other_position = factories.position(stranger, other_org, title="Globex Role")
    _dana, stranger_thread = _joined(stranger, other_position, "Dana Globex", "dana@example.com")
    other_active = factories.candidacy(stranger, other_position, name="Gil Active", email="gil@example.com")
    other_invited = _invited(stranger, other_position, "Gia Pending", "gia@example.com")

    # Assignment: the columns exist (migration 8b6c5f7e4d9a); set directly, as the spec describes them.
    db.session.execute(update(Position).where(Position.id == assigned.id).values(assignee_id=manager.id))
    db.session.execute(update(Thread).where(Thread.id == direct.id).values(assignee_id=manager.id))
    db.session.commit()

    # The admin's feedback in the candidate's thread, twice: the candidate rated the first (a rating only
    # they, its author and A's admins may see), the second is the one to rate, edit or withdraw.
    rated = _give_feedback(admin, thread.id)
    ratings.rate_feedback(candidate, thread.id, 4, RATING_COMMENT, message_id=rated)
    feedback = _give_feedback(admin, thread.id)

    # The candidate stays in touch with A (both sides opted in): they are in A's talent pool.
    connections.set_connection(admin, thread.id, True)
    connection = connections.set_connection(candidate, thread.id, True, ["backend"])
    links["renew"] = consent_links.make_renew_token(connection)
    links["withdraw"] = consent_links.make_withdraw_token(connection)

    # Emailed links for the public pages.
    accounts.request_password_reset("uma@example.com")
    links["password_reset"] = factories.reset_token("uma@example.com")
    accounts.request_email_change(dora, "dora.new@example.com", factories.PASSWORD)
    links["email_confirmation"] = factories.confirmation_token("dora.new@example.com")
    accounts.invite_member(admin, org.id, "newhire@acme.example", "recruiter")
    links["member_invitation"] = _member_invitation_token("newhire@acme.example")
    links["unsubscribe"] = make_token(other_candidate.id, "messages")

    world = World(
        app=app,
        org=org.id,
        other_org=other_org.id,
        users={
            ADMIN: admin.id,
            RECRUITER: recruiter.id,
            HM: manager.id,
            HM_ELSEWHERE: manager.id,
            ADMIN_ON_OTHER_ORG: admin.id,
            FORMER_MEMBER: former.id,
            SIGNED_OUT_ADMIN: gone.id,
            STRANGER: stranger.id,
            CANDIDATE: candidate.id,
            OTHER_CANDIDATE: other_candidate.id,
            ANONYMOUS: None,
        },
        mine=Targets(thread.id, _first_message(thread.id), assigned.id, active.id, invited, feedback),
        elsewhere=Targets(
            other_thread.id,
            _first_message(other_thread.id),
            unassigned.id,
            active_elsewhere.id,
            invited_elsewhere,
            _give_feedback(admin, other_thread.id),
        ),
        direct_thread=direct.id,
        theirs=Targets(
            stranger_thread.id,
            _first_message(stranger_thread.id),
            other_position.id,
            other_active.id,
            other_invited,
            _give_feedback(stranger, stranger_thread.id),
        ),
        member=spare.id,
        links=links,
    )
    emails = {ADMIN: admin, RECRUITER: recruiter, HM: manager, STRANGER: stranger}
    emails |= {CANDIDATE: candidate, OTHER_CANDIDATE: other_candidate, FORMER_MEMBER: former}
    emails[SIGNED_OUT_ADMIN] = gone
    cookie_name = app.config.get("SESSION_COOKIE_NAME", "session")
    for principal, user in emails.items():
        world.api_tokens[principal] = accounts.issue_token(user)
        browser = Browser(app.test_client()).login(user.email)
        world.csrf[principal] = csrf_token(browser.get("/account").get_data(as_text=True))
        cookie = browser.client.get_cookie(cookie_name)
        assert cookie is not None
        world.cookies[principal] = cookie.value
    for alias, principal in ALIASES.items():
        world.api_tokens[alias] = world.api_tokens[principal]
        world.csrf[alias] = world.csrf[principal]
        world.cookies[alias] = world.cookies[principal]
    # Removed after logging in (browser and API token): their session and token live on, their access not.
    accounts.remove_member(admin, org.id, former.id)
    accounts.sign_out_everywhere(gone)
    if _has_route(app, "/api/v1/positions/<int:position_id>/announcements"):
        # The assigned role is announced to the pool, so the candidate may open its role page.
        response = app.test_client().post(
            f"/api/v1/positions/{assigned.id}/announcements",
            json={"message": "We are hiring for this role again."},
            headers={"Authorization": f"Bearer {world.api_tokens[ADMIN]}"},
        )
        assert response.status_code == 201, response.get_data(as_text=True)
    if _has_route(app, "/api/v1/organizations/<int:organization_id>/bulk-rejections"):
        response = app.test_client().post(
            f"/api/v1/organizations/{org.id}/bulk-rejections",
            json={"rows": [{"name": "Bo Bulk", "email": "bo@example.com", "position": ASSIGNED_ROLE}]},
            headers={"Authorization": f"Bearer {world.api_tokens[ADMIN]}"},
        )
        assert response.status_code == 202, response.get_data(as_text=True)
        world.bulk_job = response.get_json()["id"]
    anonymous = app.test_client()
    world.csrf[ANONYMOUS] = csrf_token(anonymous.get("/login").get_data(as_text=True))
    cookie = anonymous.get_cookie(cookie_name)
    assert cookie is not None
    world.cookies[ANONYMOUS] = cookie.value
    world.freeze()
    world.watch_writes()
    return world


# -- states a rule starts from (set directly; the world is restored after the cell) -------------


def close_thread(thread_id: int) -> None:
    db.session.execute(
        update(Thread).where(Thread.id == thread_id).values(status=ThreadStatus.closed.value, closed_at=utcnow())
    )
    db.session.commit()


def close_position(position_id: int) -> None:
    db.session.execute(update(Position).where(Position.id == position_id).values(status=PositionStatus.closed.value))
    db.session.commit()


def retire_prompt(organization_id: int, key: str) -> None:
    db.session.execute(
        update(Prompt).where(Prompt.organization_id == organization_id, Prompt.key == key).values(retired_at=utcnow())
    )
    db.session.commit()
