"""Who may do what: the authorization policy of every web route, API endpoint and socket event.

Read it as a policy document. Each rule names a route (method and Flask rule, exactly as in
``app.url_map``), what its path parameters are filled with, the body sent, and the outcome for
each principal:

    admin, recruiter, hiring_manager          members of organization A (Acme)
    hiring_manager_on_unassigned              the same hiring manager, on A's objects NOT assigned to them
    other_org_staff                           the admin of organization B (Globex), on A's objects
    candidate                                 the candidate of A's thread, on that thread
    other_candidate                           another candidate of A, on the candidate's thread
    anonymous                                 nobody logged in
    admin_on_other_org_objects                A's admin naming B's thread, position, candidacy or
                                              organization: always the other_org_staff column, mirrored
                                              (derived in matrix.py, not written here)
    removed_member                            a recruiter removed from A's team, still logged in (browser
                                              and token): the other_org_staff column too (derived)
    signed_out_admin                          an admin of A who signed out everywhere, replaying the old
                                              cookie and token: the anonymous column (derived)

Outcomes: ``OK`` (2xx, or a 3xx that is not the login page), ``FORBIDDEN`` (403), ``NOT_FOUND``
(404), ``LOGIN`` (pages: a redirect to /login; API: 401), ``REACHED`` (the caller's own account:
the request may be refused for what it says, never for who sent it), and a few special ones.
A refused request must change nothing in the database.

The rules (issue 9, "Permissions"):
- admin: everything of their organization.
- recruiter: positions, candidacies, rejections, every thread, the talent pool, announcements;
  not the Team pages, organization settings, member management or the prompt library (403).
- hiring manager: the threads of positions assigned to them and threads assigned to them, and those
  positions (read-only); any other thread or position of the organization is 404, as a stranger's.
  Creating positions, candidacies, rejections, the pool, announcements and assignment are 403.
- staff of another organization: 404 on everything of A.
- candidates: their own thread only; another's thread is 404. A staff-only action on their own
  thread is 403 (``staff_only``) where the service checks the role after finding the thread, and a
  staff page or resource is 404. Candidate-only resources answer staff 403 (``not_a_candidate``).
- anonymous: pages redirect to /login (but the public ones: login, signup, password reset, emailed
  links and tokens, unsubscribe); the API answers 401.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from server.accounts.operations import user_for_token
from tests.authz.world import (
    ADMIN,
    ANONYMOUS,
    ASSIGNED_ROLE,
    CANDIDATE,
    CASEY,
    HM,
    HM_ELSEWHERE,
    OTHER_CANDIDATE,
    PIA,
    PRINCIPALS,
    RATING_COMMENT,
    RECRUITER,
    STRANGER,
    UMA,
    UNASSIGNED_ROLE,
    World,
    close_position,
    close_thread,
    retire_prompt,
)
from tests.factories import PASSWORD

# -- outcomes -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    label: str
    check: Callable[[Any, bool], str | None]  # (response, is_api) -> what is wrong, or None
    refusal: bool  # a refused request changes nothing
    acts: bool = False  # the request must change something (it did what the link or form is for)


def _location_path(response) -> str:
    return urlsplit(response.headers.get("Location", "")).path


def _to_login(response) -> bool:
    return response.status_code in (301, 302, 303, 307, 308) and _location_path(response) == "/login"


def _ok(response, api: bool) -> str | None:
    status = response.status_code
    if api and not 200 <= status < 300:
        return f"expected 2xx, got {status}"
    if not api and (not 200 <= status < 400 or _to_login(response)):
        return f"expected a success (2xx or a redirect, not to /login), got {status} {_location_path(response)}"
    return None


def _status(expected: int):
    def check(response, api: bool) -> str | None:
        return None if response.status_code == expected else f"expected {expected}, got {response.status_code}"

    return check


def _login(response, api: bool) -> str | None:
    if api:
        return None if response.status_code == 401 else f"expected 401, got {response.status_code}"
    if _to_login(response):
        return None
    return f"expected a redirect to /login, got {response.status_code} {response.headers.get('Location', '')}"


def _reached(response, api: bool) -> str | None:
    if response.status_code in (401, 403, 404) or response.status_code >= 500 or _to_login(response):
        return f"expected the caller's own account to be reached, got {response.status_code}"
    return None


OK = Outcome("ok", _ok, refusal=False)
# Logging out: the caller's own session ends, and they land on the login page.
SIGNED_OUT = Outcome(
    "signed out", lambda r, api: None if _to_login(r) else f"expected /login, got {r.status_code}", refusal=False
)
FORBIDDEN = Outcome("403", _status(403), refusal=True)
NOT_FOUND = Outcome("404", _status(404), refusal=True)
LOGIN = Outcome("login", _login, refusal=True)
REACHED = Outcome("reached", _reached, refusal=False)


def _erased(response, api: bool) -> str | None:
    status = response.status_code
    if status == 409 or (api and status == 204) or (not api and _to_login(response)):
        return None
    return f"expected the caller's account erased (or 409 for the last admin), got {status}"


# Deleting one's own account: erased and logged out, or 409 for an organization's last admin.
ERASED = Outcome("own account erased", _erased, refusal=False)
# A public link or form that did its work (and may then send the visitor to log in).
DONE = Outcome(
    "done",
    lambda r, api: None if r.status_code < 400 else f"expected it done, got {r.status_code}",
    refusal=False,
    acts=True,
)


def ok_without(*names: str) -> Outcome:
    """A listing that succeeds and does not show these names (what the reader may not see)."""

    def check(response, api: bool) -> str | None:
        problem = _ok(response, api)
        if problem:
            return problem
        body = response.get_data(as_text=True)
        shown = [name for name in names if name in body]
        return f"the listing shows what the reader may not see: {shown}" if shown else None

    return Outcome(f"ok without {', '.join(names)}", check, refusal=False)


def redirect_unchanged(prefix: str) -> Outcome:
    """Sent elsewhere (a page explaining what to do), having done nothing."""

    def check(response, api: bool) -> str | None:
        if response.status_code in (302, 303) and _location_path(response).startswith(prefix):
            return None
        return f"expected a redirect to {prefix}..., got {response.status_code} {_location_path(response)}"

    return Outcome(f"redirect to {prefix}", check, refusal=True)


# -- cells --------------------------------------------------------------------------------------


def cells(
    *,
    admin: Outcome,
    recruiter: Outcome,
    hm: Outcome,
    hm_elsewhere: Outcome | None = None,
    stranger: Outcome = NOT_FOUND,
    candidate: Outcome = NOT_FOUND,
    other_candidate: Outcome = NOT_FOUND,
    anonymous: Outcome = LOGIN,
) -> dict[str, Outcome]:
    """One outcome per principal. ``hm_elsewhere`` only for routes naming an assignable object
    (a thread, position or candidacy); elsewhere the hiring manager's column says it all."""
    found = {
        ADMIN: admin,
        RECRUITER: recruiter,
        HM: hm,
        STRANGER: stranger,
        CANDIDATE: candidate,
        OTHER_CANDIDATE: other_candidate,
        ANONYMOUS: anonymous,
    }
    if hm_elsewhere is not None:
        found[HM_ELSEWHERE] = hm_elsewhere
    return found


def everyone(outcome: Outcome, *, anonymous: Outcome | None = None) -> dict[str, Outcome]:
    return cells(
        admin=outcome,
        recruiter=outcome,
        hm=outcome,
        stranger=outcome,
        candidate=outcome,
        other_candidate=outcome,
        anonymous=anonymous or outcome,
    )


def but(base: dict[str, Outcome], **changes: Outcome) -> dict[str, Outcome]:
    keys = {"hm": HM, "hm_elsewhere": HM_ELSEWHERE, "stranger": STRANGER, "other_candidate": OTHER_CANDIDATE}
    return {**base, **{keys.get(k, k): v for k, v in changes.items()}}


# Pages and endpoints anyone may use: no login; the emailed token (if any) is the authority.
PUBLIC = everyone(OK)
# The caller's own account: every signed-in user reaches theirs; nobody names another's.
OWN_ACCOUNT = everyone(REACHED, anonymous=LOGIN)
SIGNED_IN = everyone(OK, anonymous=LOGIN)

# A thread: its participants are the organization's admins and recruiters, the hiring manager it is
# assigned to (directly or through its position), and its candidate.
THREAD_PARTICIPANTS = cells(admin=OK, recruiter=OK, hm=OK, hm_elsewhere=NOT_FOUND, candidate=OK)
# Something only the employer's side does on a thread the candidate sees: 403 staff_only.
THREAD_STAFF_ACTION = but(THREAD_PARTICIPANTS, candidate=FORBIDDEN)
# A page for the employer's side of a thread: the candidate's side has no such page (404).
THREAD_STAFF_PAGE = but(THREAD_PARTICIPANTS, candidate=NOT_FOUND)
# A page for the candidate's side of their thread: the employer's side has no such page (404).
THREAD_CANDIDATE_PAGE = cells(admin=NOT_FOUND, recruiter=NOT_FOUND, hm=NOT_FOUND, hm_elsewhere=NOT_FOUND, candidate=OK)
# Something only the candidate does on their thread: the employer's side, who sees it, gets 403.
THREAD_CANDIDATE_ACTION = cells(
    admin=FORBIDDEN, recruiter=FORBIDDEN, hm=FORBIDDEN, hm_elsewhere=NOT_FOUND, candidate=OK
)
# A thread whose feedback was rated: the rating is for the candidate, the feedback's author (the admin)
# and the admins; a recruiter or hiring manager reading the thread does not see it.
RATINGS_HIDDEN = but(THREAD_PARTICIPANTS, recruiter=ok_without(RATING_COMMENT), hm=ok_without(RATING_COMMENT))
# Changing feedback after sending: its author alone (the admin wrote it); other staff 403 not_author.
FEEDBACK_AUTHOR = cells(admin=OK, recruiter=FORBIDDEN, hm=FORBIDDEN, hm_elsewhere=NOT_FOUND, candidate=FORBIDDEN)
FEEDBACK_AUTHOR_PAGE = but(FEEDBACK_AUTHOR, candidate=NOT_FOUND)  # the employer's pages: none for candidates
# Assigning a thread: admins and recruiters.
THREAD_ASSIGNMENT = cells(admin=OK, recruiter=OK, hm=FORBIDDEN, hm_elsewhere=NOT_FOUND, candidate=FORBIDDEN)

# The organization as a whole.
ORG_MEMBERS = cells(admin=OK, recruiter=OK, hm=OK)
ORG_HIRING = cells(admin=OK, recruiter=OK, hm=FORBIDDEN)  # creating positions, the talent pool
ORG_ADMINS = cells(admin=OK, recruiter=FORBIDDEN, hm=FORBIDDEN)  # team, settings, prompt library

# A position (and its candidacies): everyone of the organization who sees it reads it; the hiring
# manager sees only the positions assigned to them.
POSITION_READERS = cells(admin=OK, recruiter=OK, hm=OK, hm_elsewhere=NOT_FOUND)
POSITION_HIRING = cells(admin=OK, recruiter=OK, hm=FORBIDDEN, hm_elsewhere=NOT_FOUND)

# Candidates' own things (their connections): staff 403 not_a_candidate, before anything is looked up.
CANDIDATES_ONLY = cells(
    admin=FORBIDDEN, recruiter=FORBIDDEN, hm=FORBIDDEN, stranger=FORBIDDEN, candidate=OK, other_candidate=OK
)


# -- rules --------------------------------------------------------------------------------------

Fill = Callable[[World, str], Any]


@dataclass
class Rule:
    method: str
    rule: str
    expect: dict[str, Outcome]
    body: dict | Fill | None = None
    query: str | Fill = ""
    params: dict[str, Fill] = field(default_factory=dict)
    given: Callable[[World, dict[str, Any]], None] | None = None  # a state to start from
    xfail: dict[str, str] = field(default_factory=dict)  # principal -> why the code disagrees (strict)
    may_change: frozenset[str] = frozenset()  # tables a refusal may still touch, with the reason in ``why``
    why: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.method, self.rule)

    @property
    def api(self) -> bool:
        return self.rule.startswith("/api/")


def token(name: str) -> dict[str, Fill]:
    return {"token": lambda w, p: w.links[name]}


def admins_token(w: World, p: str) -> int:
    found = user_for_token(w.api_tokens[ADMIN])
    assert found is not None
    return found[1].id


def org_query(w: World, p: str) -> str:
    return f"org={w.org}"


def new_candidate(w: World, p: str) -> dict:
    return {"name": "Eve Newcomer", "email": "eve@example.com"}


FEEDBACK_FORM = {"answer_strengths": "Clear code.", "answer_gaps": "Testing depth.", "send": "Send"}
FEEDBACK_API = {"answers": {"strengths": "Clear code.", "gaps": "Testing depth."}}
SIGNUP = {"organization": "Newco", "name": "Nia New", "email": "nia@newco.example", "password": PASSWORD}
WRONG = "not my password at all"


def closed_thread(w: World, params: dict) -> None:
    close_thread(params["thread_id"])


def closed_position(w: World, params: dict) -> None:
    close_position(params["position_id"])


def retired_prompt(w: World, params: dict) -> None:
    retire_prompt(w.org, params["key"])


BULK_ROW = {"name": "Eve Newcomer", "email": "eve@example.com", "position": ASSIGNED_ROLE}


def bulk_csv(w: World, p: str) -> dict:
    """A fresh file for each request (the upload reads it)."""
    data = f"name,email,position\n{BULK_ROW['name']},{BULK_ROW['email']},{ASSIGNED_ROLE}\n".encode()
    return {"file": (io.BytesIO(data), "people.csv")}


def bulk_job(w: World, p: str) -> int:
    assert w.bulk_job, "the world has no bulk rejection (world.build makes one when the route exists)"
    return w.bulk_job


RULES: list[Rule] = [
    # -- public pages -----------------------------------------------------------------------------
    Rule(
        "GET",
        "/",
        but(
            everyone(ok_without(CASEY, UMA)),
            hm=ok_without(UMA, PIA),
            admin=OK,
            recruiter=OK,
            candidate=ok_without(UMA),
            other_candidate=ok_without(CASEY),
        ),
        why="the inbox: each reader's own threads (anonymous: the welcome page)",
    ),
    Rule("GET", "/login", PUBLIC),
    Rule("POST", "/login", PUBLIC, body={"email": "uma@example.com", "password": PASSWORD}),
    Rule("POST", "/logout", everyone(SIGNED_OUT), why="logging out ends only the caller's session"),
    Rule("GET", "/signup", PUBLIC),
    Rule("POST", "/signup", PUBLIC, body=SIGNUP),
    Rule("GET", "/password-reset", PUBLIC),
    Rule("POST", "/password-reset", PUBLIC, body={"email": "uma@example.com"}),
    Rule("GET", "/password-reset/sent", PUBLIC),
    Rule("GET", "/password-reset/<token>", PUBLIC, params=token("password_reset")),
    Rule(
        "POST",
        "/password-reset/<token>",
        everyone(DONE),
        params=token("password_reset"),
        body={"password": "a brand new password"},
    ),
    Rule("GET", "/confirm-email/<token>", PUBLIC, params=token("email_confirmation")),
    Rule("POST", "/confirm-email/<token>", everyone(DONE), params=token("email_confirmation")),
    Rule("GET", "/unsubscribe/<token>", PUBLIC, params=token("unsubscribe")),
    Rule("POST", "/unsubscribe/<token>", everyone(DONE), params=token("unsubscribe")),
    Rule("GET", "/invitations/<token>", PUBLIC, params=token("invitation_newcomer")),
    Rule(
        "POST",
        "/invitations/<token>",
        everyone(redirect_unchanged("/invitations/"), anonymous=DONE),
        params=token("invitation_newcomer"),
        body={"name": "Pat Pending", "password": PASSWORD},
        why="creates the invited person's account; a logged-in browser is sent back to the invitation",
    ),
    Rule(
        "POST",
        "/invitations/<token>/accept",
        cells(
            admin=FORBIDDEN,
            recruiter=FORBIDDEN,
            hm=FORBIDDEN,
            stranger=FORBIDDEN,
            candidate=OK,
            other_candidate=FORBIDDEN,
        ),
        params=token("invitation_candidate"),
        why="only the candidate with the invited address (staff: not_a_candidate; others: email_mismatch)",
    ),
    Rule("GET", "/member-invitations/<token>", PUBLIC, params=token("member_invitation")),
    Rule(
        "POST",
        "/member-invitations/<token>",
        everyone(FORBIDDEN, anonymous=DONE),
        params=token("member_invitation"),
        body={"name": "Nell Newhire", "password": PASSWORD},
        why="a new account for the invited address; a logged-in account with another address: 403",
    ),
    # -- the caller's account ---------------------------------------------------------------------
    Rule("GET", "/account", OWN_ACCOUNT),
    Rule("POST", "/account/name", OWN_ACCOUNT, body={"name": "Renamed Person"}),
    Rule("POST", "/account/password", OWN_ACCOUNT, body={"current_password": WRONG, "password": "another password 1"}),
    Rule("POST", "/account/email", OWN_ACCOUNT, body={"email": "renamed@example.com", "password": WRONG}),
    Rule("POST", "/account/confirmation", OWN_ACCOUNT),
    Rule("POST", "/account/sign-out-everywhere", everyone(SIGNED_OUT, anonymous=LOGIN)),
    Rule("GET", "/account/export", OWN_ACCOUNT),
    Rule("GET", "/account/delete", OWN_ACCOUNT),
    Rule(
        "POST",
        "/account/delete",
        everyone(ERASED, anonymous=LOGIN),
        body={"password": PASSWORD},
        why="erases the caller's account (the last admin of an organization: 409)",
    ),
    Rule("GET", "/settings", OWN_ACCOUNT),
    Rule("POST", "/settings", OWN_ACCOUNT, body={"messages": "y"}),
    # -- threads (pages) --------------------------------------------------------------------------
    Rule(
        "GET",
        "/threads/<int:thread_id>",
        RATINGS_HIDDEN,
        why="the thread; a feedback's rating shows to its author, the admins and the candidate only",
    ),
    Rule("POST", "/threads/<int:thread_id>/messages", THREAD_PARTICIPANTS, body={"body": "Hello", "client_id": "c1"}),
    Rule("POST", "/threads/<int:thread_id>/close", THREAD_PARTICIPANTS),
    Rule(
        "POST",
        "/threads/<int:thread_id>/reopen",
        THREAD_STAFF_ACTION,
        given=closed_thread,
        may_change=frozenset({"read_states"}),
        why="a refusal re-renders the thread page with the reason, and viewing it marks it read",
    ),
    Rule(
        "POST",
        "/threads/<int:thread_id>/connection",
        THREAD_PARTICIPANTS,
        body={"opt_in": "yes"},
        why="staying in touch is chosen in the thread, by the candidate and by whoever handles it",
    ),
    Rule(
        "POST",
        "/threads/<int:thread_id>/assignee",
        THREAD_ASSIGNMENT,
        body=lambda w, p: {"user_id": str(w.member)},
        may_change=frozenset({"read_states"}),
        why="a refusal re-renders the thread page with the reason, and viewing it marks it read",
    ),
    Rule("GET", "/threads/<int:thread_id>/feedback", THREAD_STAFF_PAGE),
    Rule("POST", "/threads/<int:thread_id>/feedback", THREAD_STAFF_PAGE, body=FEEDBACK_FORM),
    Rule("GET", "/threads/<int:thread_id>/feedback/<int:message_id>/edit", FEEDBACK_AUTHOR_PAGE),
    Rule("POST", "/threads/<int:thread_id>/feedback/<int:message_id>/edit", FEEDBACK_AUTHOR_PAGE, body=FEEDBACK_FORM),
    Rule("GET", "/threads/<int:thread_id>/feedback/<int:message_id>/withdraw", FEEDBACK_AUTHOR_PAGE),
    Rule("POST", "/threads/<int:thread_id>/feedback/<int:message_id>/withdraw", FEEDBACK_AUTHOR_PAGE),
    Rule(
        "POST",
        "/threads/<int:thread_id>/rating",
        THREAD_CANDIDATE_ACTION,
        body={"score": "5"},
        why="only the thread's candidate rates the feedback they received",
    ),
    Rule("GET", "/threads/<int:thread_id>/feedback-request", THREAD_CANDIDATE_PAGE),
    Rule(
        "POST",
        "/threads/<int:thread_id>/feedback-request",
        THREAD_CANDIDATE_PAGE,
        body={"topics": ["skills"], "message": "What could I improve?", "send": "Send"},
    ),
    # -- threads (API) ----------------------------------------------------------------------------
    Rule(
        "GET",
        "/api/v1/threads",
        cells(
            admin=OK,
            recruiter=OK,
            hm=ok_without(UMA, PIA),
            stranger=ok_without(CASEY, UMA),
            candidate=ok_without(UMA),
            other_candidate=ok_without(CASEY),
        ),
        why="each reader's own threads",
    ),
    Rule("GET", "/api/v1/threads/<int:thread_id>", RATINGS_HIDDEN),
    Rule("GET", "/api/v1/threads/<int:thread_id>/messages", RATINGS_HIDDEN),
    Rule("POST", "/api/v1/threads/<int:thread_id>/messages", THREAD_PARTICIPANTS, body={"body": "Hello"}),
    Rule(
        "POST",
        "/api/v1/threads/<int:thread_id>/read",
        THREAD_PARTICIPANTS,
        body=lambda w, p: {"message_id": w.targets(p).message},
    ),
    Rule("POST", "/api/v1/threads/<int:thread_id>/close", THREAD_PARTICIPANTS),
    Rule("POST", "/api/v1/threads/<int:thread_id>/reopen", THREAD_STAFF_ACTION, given=closed_thread),
    Rule("PUT", "/api/v1/threads/<int:thread_id>/connection", THREAD_PARTICIPANTS, body={"opt_in": True}),
    Rule("PUT", "/api/v1/threads/<int:thread_id>/assignee", THREAD_ASSIGNMENT, body=lambda w, p: {"user_id": w.member}),
    Rule("GET", "/api/v1/threads/<int:thread_id>/feedback-form", THREAD_STAFF_ACTION),
    Rule("POST", "/api/v1/threads/<int:thread_id>/feedback", THREAD_STAFF_ACTION, body=FEEDBACK_API),
    Rule(
        "POST",
        "/api/v1/threads/<int:thread_id>/feedback-request",
        THREAD_CANDIDATE_ACTION,
        body={"topics": ["skills"], "message": "What could I improve?"},
    ),
    Rule(
        "GET",
        "/api/v1/threads/<int:thread_id>/feedback-request/draft",
        THREAD_PARTICIPANTS,
        query="topics=skills",
        why="a starting draft; either side of the thread may ask for it",
    ),
    Rule("PATCH", "/api/v1/threads/<int:thread_id>/feedback/<int:message_id>", FEEDBACK_AUTHOR, body=FEEDBACK_API),
    Rule("DELETE", "/api/v1/threads/<int:thread_id>/feedback/<int:message_id>", FEEDBACK_AUTHOR),
    Rule("POST", "/api/v1/threads/<int:thread_id>/rating", THREAD_CANDIDATE_ACTION, body={"score": 5}),
    Rule(
        "GET",
        "/api/v1/threads/<int:thread_id>/ratings",
        RATINGS_HIDDEN,
        why="a rating: the candidate who gave it, the feedback's author and the organization's admins",
    ),
    Rule("POST", "/api/v1/feedback/check", SIGNED_IN, body={"text": "You did well."}),
    # -- positions, candidacies, rejection --------------------------------------------------------
    Rule(
        "GET",
        "/positions",
        but(cells(admin=OK, recruiter=OK, hm=ok_without(UNASSIGNED_ROLE))),
        query=org_query,
        why="the organization's positions; a hiring manager's list shows theirs",
    ),
    Rule("POST", "/positions", ORG_HIRING, body=lambda w, p: {"organization_id": str(w.org), "title": "New Role"}),
    Rule("GET", "/positions/<int:position_id>", POSITION_READERS),
    Rule("POST", "/positions/<int:position_id>/candidacies", POSITION_HIRING, body=new_candidate),
    Rule("POST", "/positions/<int:position_id>/close", POSITION_HIRING),
    Rule(
        "POST", "/positions/<int:position_id>/assignee", POSITION_HIRING, body=lambda w, p: {"user_id": str(w.member)}
    ),
    Rule("POST", "/positions/<int:position_id>/reopen", POSITION_HIRING, given=closed_position),
    Rule(
        "GET",
        "/candidacies/<int:candidacy_id>/reject",
        POSITION_HIRING,
        why="the rejection form: only those who may reject",
    ),
    Rule("POST", "/candidacies/<int:candidacy_id>/reject", POSITION_HIRING, body={"reason": "skills"}),
    Rule(
        "POST",
        "/candidacies/<int:candidacy_id>/invitation/resend",
        POSITION_HIRING,
        params={"candidacy_id": lambda w, p: w.targets(p).invited_candidacy},
    ),
    Rule(
        "GET",
        "/api/v1/positions",
        cells(admin=OK, recruiter=OK, hm=ok_without(UNASSIGNED_ROLE)),
        query=lambda w, p: f"organization_id={w.org}",
    ),
    Rule("POST", "/api/v1/positions", ORG_HIRING, body=lambda w, p: {"organization_id": w.org, "title": "New Role"}),
    Rule("GET", "/api/v1/positions/<int:position_id>", POSITION_READERS),
    Rule("POST", "/api/v1/positions/<int:position_id>/close", POSITION_HIRING),
    Rule("POST", "/api/v1/positions/<int:position_id>/reopen", POSITION_HIRING, given=closed_position),
    Rule(
        "PUT", "/api/v1/positions/<int:position_id>/assignee", POSITION_HIRING, body=lambda w, p: {"user_id": w.member}
    ),
    Rule("GET", "/api/v1/positions/<int:position_id>/candidacies", POSITION_READERS),
    Rule("POST", "/api/v1/positions/<int:position_id>/candidacies", POSITION_HIRING, body=new_candidate),
    Rule("GET", "/api/v1/candidacies/<int:candidacy_id>", POSITION_READERS),
    Rule("POST", "/api/v1/candidacies/<int:candidacy_id>/reject", POSITION_HIRING, body={"reason": "skills"}),
    Rule(
        "POST",
        "/api/v1/candidacies/<int:candidacy_id>/invitation/resend",
        POSITION_HIRING,
        params={"candidacy_id": lambda w, p: w.targets(p).invited_candidacy},
    ),
    Rule(
        "GET",
        "/api/v1/organizations/<int:organization_id>/rejection-reasons",
        ORG_MEMBERS,
        why="the internal reasons: every member sees the reason beside a thread they handle",
    ),
    # -- bulk rejection (admins and recruiters: it rejects; a hiring manager may not) -------------
    Rule("GET", "/organizations/<int:organization_id>/bulk-rejections", ORG_HIRING),
    Rule(
        "POST",
        "/organizations/<int:organization_id>/bulk-rejections",
        ORG_HIRING,
        body=bulk_csv,
        why="a CSV upload: checked, then the rejections are queued",
    ),
    Rule("GET", "/bulk-rejections/<int:job_id>", ORG_HIRING, params={"job_id": bulk_job}),
    Rule("POST", "/api/v1/organizations/<int:organization_id>/bulk-rejections", ORG_HIRING, body={"rows": [BULK_ROW]}),
    Rule(
        "GET",
        "/api/v1/bulk-rejections/<int:job_id>",
        ORG_HIRING,
        params={"job_id": bulk_job},
        why="the organization's upload (its people's names and emails): those who may reject",
    ),
    # -- invitations (API) ------------------------------------------------------------------------
    Rule("GET", "/api/v1/invitations/<token>", PUBLIC, params=token("invitation_newcomer")),
    Rule(
        "POST",
        "/api/v1/invitations/<token>/accept",
        cells(
            admin=FORBIDDEN,
            recruiter=FORBIDDEN,
            hm=FORBIDDEN,
            stranger=FORBIDDEN,
            candidate=OK,
            other_candidate=FORBIDDEN,
            anonymous=DONE,
        ),
        params={"token": lambda w, p: w.links["invitation_newcomer" if p == ANONYMOUS else "invitation_candidate"]},
        body=lambda w, p: {"name": "Pat Pending", "password": PASSWORD} if p == ANONYMOUS else None,
        why="anonymous: a new account for the invited newcomer; logged in: only the invited candidate",
    ),
    # -- team -------------------------------------------------------------------------------------
    Rule("GET", "/organizations/<int:organization_id>/team", ORG_ADMINS),
    Rule(
        "POST",
        "/organizations/<int:organization_id>/team/invitations",
        ORG_ADMINS,
        body={"email": "invitee@example.com", "role": "recruiter"},
    ),
    Rule(
        "POST",
        "/organizations/<int:organization_id>/team/<int:user_id>/role",
        ORG_ADMINS,
        body=lambda w, p: {f"m{w.member}-role": "hiring_manager"},
    ),
    Rule("POST", "/organizations/<int:organization_id>/team/<int:user_id>/remove", ORG_ADMINS),
    Rule(
        "GET",
        "/api/v1/organizations/<int:organization_id>/members",
        ORG_MEMBERS,
        why="any member may see who is on the team; managing it is for admins",
    ),
    Rule(
        "POST",
        "/api/v1/organizations/<int:organization_id>/members/invitations",
        ORG_ADMINS,
        body={"email": "invitee@example.com", "role": "recruiter"},
    ),
    Rule(
        "PATCH",
        "/api/v1/organizations/<int:organization_id>/members/<int:user_id>",
        ORG_ADMINS,
        body={"role": "hiring_manager"},
    ),
    Rule("DELETE", "/api/v1/organizations/<int:organization_id>/members/<int:user_id>", ORG_ADMINS),
    Rule(
        "POST",
        "/api/v1/member-invitations/<token>/accept",
        everyone(FORBIDDEN, anonymous=DONE),
        params=token("member_invitation"),
        body=lambda w, p: {"name": "Nell Newhire", "password": PASSWORD} if p == ANONYMOUS else None,
        why="a new account for the invited address; another logged-in account: 403 email_mismatch",
    ),
    # -- the prompt library (admins) --------------------------------------------------------------
    Rule("GET", "/organizations/<int:organization_id>/prompts", ORG_ADMINS),
    Rule("POST", "/organizations/<int:organization_id>/prompts", ORG_ADMINS, body={"label": "What stood out?"}),
    Rule("GET", "/organizations/<int:organization_id>/prompts/<key>/edit", ORG_ADMINS),
    Rule(
        "POST",
        "/organizations/<int:organization_id>/prompts/<key>/edit",
        ORG_ADMINS,
        body={"label": "Advice, edited", "help": ""},
    ),
    Rule("POST", "/organizations/<int:organization_id>/prompts/<key>/move", ORG_ADMINS, body={"direction": "up"}),
    Rule("POST", "/organizations/<int:organization_id>/prompts/<key>/retire", ORG_ADMINS),
    Rule("POST", "/organizations/<int:organization_id>/prompts/<key>/restore", ORG_ADMINS, given=retired_prompt),
    Rule(
        "GET",
        "/api/v1/organizations/<int:organization_id>/prompts",
        ORG_MEMBERS,
        why="every member who writes feedback reads the prompts",
    ),
    Rule("POST", "/api/v1/organizations/<int:organization_id>/prompts", ORG_ADMINS, body={"label": "What stood out?"}),
    Rule(
        "PATCH",
        "/api/v1/organizations/<int:organization_id>/prompts/<key>",
        ORG_ADMINS,
        body={"label": "Advice, edited"},
    ),
    Rule(
        "PUT",
        "/api/v1/organizations/<int:organization_id>/prompts/order",
        ORG_ADMINS,
        body={"keys": ["advice", "strengths", "gaps", "communication"]},
    ),
    Rule("DELETE", "/api/v1/organizations/<int:organization_id>/prompts/<key>", ORG_ADMINS),
    Rule("POST", "/api/v1/organizations/<int:organization_id>/prompts/<key>/restore", ORG_ADMINS, given=retired_prompt),
    # -- the outbox (admins) ----------------------------------------------------------------------
    Rule("GET", "/outbox", ORG_ADMINS, query=org_query),
    # -- connections (candidates) -----------------------------------------------------------------
    Rule("GET", "/connections", but(CANDIDATES_ONLY)),
    Rule(
        "POST",
        "/connections/threads/<int:thread_id>/renew",
        but(CANDIDATES_ONLY, hm_elsewhere=FORBIDDEN, other_candidate=NOT_FOUND),
        why="the candidate's own thread; staff: not_a_candidate (decided before the thread is looked up)",
    ),
    Rule(
        "POST",
        "/connections/threads/<int:thread_id>/withdraw",
        but(CANDIDATES_ONLY, hm_elsewhere=FORBIDDEN, other_candidate=NOT_FOUND),
    ),
    Rule("GET", "/api/v1/me/connections", CANDIDATES_ONLY),
    Rule(
        "GET",
        "/api/v1/me/connections/<int:organization_id>/history",
        but(CANDIDATES_ONLY, other_candidate=NOT_FOUND),
        why="the candidate's own consent history with the organization; none with it: 404",
    ),
    Rule("GET", "/connections/renew/<token>", PUBLIC, params=token("renew")),
    Rule("POST", "/connections/renew/<token>", everyone(DONE), params=token("renew")),
    Rule("GET", "/connections/withdraw/<token>", PUBLIC, params=token("withdraw")),
    Rule("POST", "/connections/withdraw/<token>", everyone(DONE), params=token("withdraw")),
    # -- the talent pool and announcements (admins and recruiters) --------------------------------
    Rule("GET", "/organizations/<int:organization_id>/talent-pool", ORG_HIRING),
    Rule("GET", "/api/v1/organizations/<int:organization_id>/talent-pool", ORG_HIRING),
    # -- the dashboard: the organization's numbers (admins and recruiters; hiring managers 403, as the
    # figures cover threads they may not see) ----------------------------------------------------
    Rule("GET", "/organizations/<int:organization_id>/dashboard", ORG_HIRING),
    Rule("GET", "/api/v1/organizations/<int:organization_id>/stats", ORG_HIRING),
    Rule(
        "GET",
        "/organizations/<int:organization_id>/announce",
        ORG_HIRING,
        query=lambda w, p: f"position={w.mine.position}",
    ),
    Rule("GET", "/positions/<int:position_id>/announce", POSITION_HIRING),
    Rule(
        "POST",
        "/positions/<int:position_id>/announce",
        POSITION_HIRING,
        body={"message": "We are hiring for this role again.", "interests": "", "send": "Send"},
    ),
    Rule(
        "POST",
        "/api/v1/positions/<int:position_id>/announcements",
        POSITION_HIRING,
        body={"message": "We are hiring for this role again."},
    ),
    Rule(
        "GET",
        "/roles/<int:position_id>",
        but(POSITION_READERS, candidate=OK),
        why="the role an announcement links to: its organization's staff who see the position, and the "
        "candidates it was announced to",
    ),
    # -- organization settings (admins) -----------------------------------------------------------
    Rule("GET", "/organizations/<int:organization_id>/settings", ORG_ADMINS),
    Rule(
        "POST",
        "/organizations/<int:organization_id>/settings",
        ORG_ADMINS,
        body={
            "reply_target_days": "5",
            "retention_months": "24",
            "connection_months": "12",
            "announcement_interval_days": "30",
        },
    ),
    Rule("GET", "/api/v1/organizations/<int:organization_id>/settings", ORG_ADMINS),
    Rule("PATCH", "/api/v1/organizations/<int:organization_id>/settings", ORG_ADMINS, body={"connection_months": 12}),
    # -- the caller's account (API) ---------------------------------------------------------------
    Rule("POST", "/api/v1/signup/employer", PUBLIC, body=SIGNUP),
    Rule("POST", "/api/v1/tokens", PUBLIC, body={"email": "uma@example.com", "password": PASSWORD}),
    Rule("DELETE", "/api/v1/tokens/current", OWN_ACCOUNT),
    Rule("GET", "/api/v1/me/tokens", OWN_ACCOUNT),
    # The admin's own token: only its owner may revoke it; to anyone else it does not exist.
    Rule(
        "DELETE",
        "/api/v1/me/tokens/<int:token_id>",
        cells(admin=OK, recruiter=NOT_FOUND, hm=NOT_FOUND),
        params={"token_id": admins_token},
    ),
    Rule("GET", "/api/v1/me", OWN_ACCOUNT),
    Rule("PATCH", "/api/v1/me", OWN_ACCOUNT, body={"name": "Renamed Person"}),
    Rule(
        "DELETE",
        "/api/v1/me",
        everyone(ERASED, anonymous=LOGIN),
        body={"password": PASSWORD},
        why="erases the caller's account (the last admin of an organization: 409)",
    ),
    Rule("POST", "/api/v1/me/email", OWN_ACCOUNT, body={"email": "renamed@example.com", "password": WRONG}),
    Rule("POST", "/api/v1/me/email-confirmation", OWN_ACCOUNT),
    Rule("GET", "/api/v1/me/export", OWN_ACCOUNT),
    Rule("GET", "/api/v1/me/notification-settings", OWN_ACCOUNT),
    Rule("PUT", "/api/v1/me/notification-settings", OWN_ACCOUNT, body={"email": {"messages": False}}),
    Rule("POST", "/api/v1/password-reset", PUBLIC, body={"email": "uma@example.com"}),
    Rule(
        "POST",
        "/api/v1/password-reset/<token>",
        everyone(DONE),
        params=token("password_reset"),
        body={"password": "a brand new password"},
    ),
    Rule("POST", "/api/v1/email-confirmations/<token>", everyone(DONE), params=token("email_confirmation")),
    Rule("GET", "/api/v1/openapi.json", PUBLIC),
]

# Not authorization surfaces: the static files and the vendored browser libraries (public assets).
ASSETS = {"static", "vendor.asset"}


# -- socket events ------------------------------------------------------------------------------

# Socket.IO events on the default namespace (server/realtime/handlers.py). Connecting needs a live
# session or token; the client events act on a thread, by the same rules as the HTTP endpoints.
SOCKET_RULES: dict[str, dict[str, Outcome]] = {
    "connect": everyone(OK, anonymous=LOGIN),
    "disconnect": everyone(OK, anonymous=LOGIN),
    "send": THREAD_PARTICIPANTS,
    "typing": THREAD_PARTICIPANTS,
    "read": THREAD_PARTICIPANTS,
}
SOCKET_WHY = {
    "connect": "a session cookie or an API token; nobody else connects",
    "disconnect": "always allowed: the socket's own end",
}

assert all(set(rule.expect) <= set(PRINCIPALS) for rule in RULES)
