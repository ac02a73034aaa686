"""The authorization matrix (issue 9): every route of ``app.url_map`` × every principal.

The rules are in policy.py. A route without a rule fails ``test_every_route_has_a_rule`` with the
line to add; each cell is one request against the shared world (world.py), and a refused request
must leave every table as it was.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from server.extensions import db
from server.notifications.models import PendingNotification
from tests.authz.matrix import (
    ORGANIZATION_SCOPED,
    active_rules,
    expectations,
    fill,
    param_names,
    required_principals,
    routes,
    run_cell,
    send,
    socket_events,
    url_for_cell,
)
from tests.authz.policy import LOGIN, NOT_FOUND, RULES, SOCKET_RULES
from tests.authz.world import (
    ADMIN,
    ANONYMOUS,
    CANDIDATE,
    CASEY,
    DORA,
    HM,
    HM_ELSEWHERE,
    OTHER_CANDIDATE,
    RATING_COMMENT,
    STRANGER,
    UMA,
)

ADD_A_RULE = (
    "Every route needs an authorization rule in tests/authz/policy.py RULES, saying what each principal "
    "gets. Add, for example:\n"
)


def test_every_route_has_a_rule():
    covered = {rule.key for rule in RULES}
    missing = sorted(routes() - covered, key=lambda key: (key[1], key[0]))
    stub = '    Rule("{}", "{}", <ORG_ADMINS | POSITION_HIRING | ...>),'
    stubs = "\n".join(stub.format(method, rule) for method, rule in missing)
    assert not missing, ADD_A_RULE + stubs


def test_every_rule_names_a_route():
    """Exactly the route list: a rule for a route that is gone (or misspelt) is a rule that tests nothing."""
    stale = sorted(rule.key for rule in RULES if rule.key not in routes())
    assert not stale, f"rules in tests/authz/policy.py RULES for routes the app does not have: {stale}"


def test_every_rule_is_stated_once_for_every_principal():
    keys = [rule.key for rule in RULES]
    assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})
    for rule in active_rules():
        assert set(rule.expect) == required_principals(rule), (
            f"{rule.method} {rule.rule}: one outcome per principal, got {sorted(rule.expect)}"
        )
        assert set(rule.xfail) <= set(rule.expect), rule.key
        assert set(rule.params) <= set(param_names(rule.rule)), rule.key


def test_every_socket_event_has_a_rule():
    events = socket_events()
    assert {"connect", "send", "typing", "read"} <= events  # the registry is the one the server uses
    missing = sorted(events - set(SOCKET_RULES))
    assert not missing, f"Socket.IO events without a rule in tests/authz/policy.py SOCKET_RULES: {missing}"
    stale = sorted(set(SOCKET_RULES) - events)
    assert not stale, f"SOCKET_RULES names events the server no longer handles: {stale}"


def _cells():
    for rule in active_rules():
        for principal in expectations(rule):
            marks = []
            if principal in rule.xfail:
                marks.append(pytest.mark.xfail(strict=True, reason=rule.xfail[principal]))
            yield pytest.param(rule, principal, id=f"{rule.method} {rule.rule} as {principal}", marks=marks)


@pytest.mark.parametrize(("rule", "principal"), list(_cells()))
def test_cell(world, rule, principal):
    run_cell(world, rule, principal)


def test_a_hiring_manager_sees_the_threads_assigned_to_them(world):
    """Both ways of assignment count: the position's assignee (the candidate's thread) and the thread's
    own assignee (Dora's, on the unassigned position); the other threads are not in their lists."""
    page = world.browser(HM).get("/").get_data(as_text=True)
    assert CASEY in page and DORA in page and UMA not in page
    api = world.app.test_client()
    headers = {"Authorization": f"Bearer {world.api_tokens[HM]}"}
    listed = {item["id"] for item in api.get("/api/v1/threads", headers=headers).get_json()["items"]}
    assert {world.mine.thread, world.direct_thread} <= listed
    assert world.elsewhere.thread not in listed
    assert api.get(f"/api/v1/threads/{world.direct_thread}", headers=headers).status_code == 200
    assert world.browser(HM).get(f"/threads/{world.direct_thread}").status_code == 200
    positions = api.get(f"/api/v1/positions?organization_id={world.org}", headers=headers).get_json()["items"]
    assert [p["id"] for p in positions] == [world.mine.position]
    if world.changes():  # opening a thread page marks it read
        world.restore()


def test_a_hiring_manager_is_emailed_only_about_their_threads(world):
    """The unseen-message emails follow the same rule as the pages: a candidate's message in a thread
    not assigned to the hiring manager queues nothing for them; one in their thread does."""
    api = world.app.test_client()
    try:
        for principal, thread_id in ((OTHER_CANDIDATE, world.elsewhere.thread), (CANDIDATE, world.mine.thread)):
            headers = {"Authorization": f"Bearer {world.api_tokens[principal]}"}
            response = api.post(f"/api/v1/threads/{thread_id}/messages", json={"body": "Any news?"}, headers=headers)
            assert response.status_code == 201, response.get_data(as_text=True)
        queued = db.session.scalars(
            select(PendingNotification.thread_id).where(PendingNotification.user_id == world.users[HM])
        ).all()
        assert queued == [world.mine.thread]
    finally:
        world.restore()


def _api_writes():
    for rule in active_rules():
        if rule.api and rule.method != "GET" and rule.expect[ANONYMOUS] is LOGIN:
            yield pytest.param(rule, id=f"{rule.method} {rule.rule}")


@pytest.mark.parametrize("rule", list(_api_writes()))
def test_the_api_with_a_browser_session_needs_the_csrf_token(world, rule):
    """The API also accepts the browser's session cookie; then a write without the page's CSRF token
    (what another site could make the browser send) is refused and changes nothing, even for an admin."""
    params = fill(world, rule, ADMIN)
    client = world.browser(ADMIN)
    world.writes = 0
    body = rule.body(world, ADMIN) if callable(rule.body) else rule.body  # valid, so only the token is missing
    response = client.open(url_for_cell(world, rule, ADMIN, params), method=rule.method, json=body)
    changed = world.changes() if world.writes else []
    if changed:
        world.restore()
    assert response.status_code == 400, f"{rule.method} {rule.rule}: {response.status_code}"
    assert "CSRF" in response.get_json()["error"]["message"], response.get_json()
    assert not changed, f"{rule.method} {rule.rule}: changed {changed}"


# One-click unsubscribe: mail programs POST to the emailed link themselves (RFC 8058); the signed link
# is the authority (server/notifications/unsubscribe_views.py).
CSRF_EXEMPT = {("POST", "/unsubscribe/<token>")}


def _page_writes():
    for rule in active_rules():
        if not rule.api and rule.method != "GET" and rule.key not in CSRF_EXEMPT:
            yield pytest.param(rule, id=f"{rule.method} {rule.rule}")


@pytest.mark.parametrize("rule", list(_page_writes()))
def test_every_form_needs_the_csrf_token(world, rule):
    """A form posted without the page's CSRF token (from another site) is refused and changes nothing."""
    principal = ADMIN if rule.expect[ANONYMOUS] is LOGIN else ANONYMOUS
    params = fill(world, rule, principal)
    body = rule.body(world, principal) if callable(rule.body) else rule.body
    world.writes = 0
    response = world.browser(principal).open(
        url_for_cell(world, rule, principal, params), method=rule.method, data=body or {}
    )
    changed = world.changes() if world.writes else []
    if changed:
        world.restore()
    assert response.status_code == 400, f"{rule.method} {rule.rule} as {principal}: {response.status_code}"
    assert not changed, f"{rule.method} {rule.rule}: changed {changed}"


def _not_found_for_outsiders():
    for rule in active_rules():
        for principal in (STRANGER, HM_ELSEWHERE):
            if rule.expect.get(principal) is NOT_FOUND and ORGANIZATION_SCOPED & set(param_names(rule.rule)):
                yield pytest.param(rule, principal, id=f"{rule.method} {rule.rule} as {principal}")


@pytest.mark.parametrize(("rule", "principal"), list(_not_found_for_outsiders()))
def test_a_404_is_the_same_as_for_nothing_at_all(world, rule, principal):
    """A thread, position, candidacy or organization the caller may not see (another organization's, or
    one not assigned to the hiring manager) answers exactly as an id that does not exist: the 404 tells
    nothing about what is there."""
    params = fill(world, rule, principal)
    missing = {name: (999_999 if name in ORGANIZATION_SCOPED else value) for name, value in params.items()}
    answers = []
    for values in (params, missing):
        world.writes = 0
        response = send(world, rule, principal, url_for_cell(world, rule, principal, values))
        if world.writes and world.changes():
            world.restore()
        text = response.get_data(as_text=True)
        answers.append((response.status_code, response.get_json()["error"] if rule.api else _error_text(text)))
    assert answers[0] == answers[1], f"{rule.method} {rule.rule}: A's object {answers[0]} vs nothing {answers[1]}"


def _error_text(html: str) -> str:
    """What the error page says (its main text), without the parts every page has."""
    main = html.split("<main", 1)[-1].split("</main>", 1)[0]
    return " ".join(re.sub(r"<[^>]+>", " ", main).split())


def test_a_rating_shows_to_its_candidate_and_the_admins(world):
    """The other side of the ratings cells: those who may see the rating do see it."""
    api = world.app.test_client()
    for principal in (ADMIN, CANDIDATE):
        headers = {"Authorization": f"Bearer {world.api_tokens[principal]}"}
        listed = api.get(f"/api/v1/threads/{world.mine.thread}/ratings", headers=headers).get_json()["items"]
        assert [item["comment"] for item in listed] == [RATING_COMMENT], principal
