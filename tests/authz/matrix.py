"""Turning the policy's rules into requests: the route list, path parameters, bodies, one cell."""

from __future__ import annotations

import re
from functools import cache

from server import create_app
from server.extensions import socketio
from tests.authz.policy import ASSETS, LOGIN, RULES, Outcome, Rule
from tests.authz.world import (
    ADMIN,
    ADMIN_ON_OTHER_ORG,
    ANONYMOUS,
    CANDIDATE,
    FORMER_MEMBER,
    HM,
    HM_ELSEWHERE,
    OTHER_CANDIDATE,
    PRINCIPALS,
    RECRUITER,
    SIGNED_OUT_ADMIN,
    STRANGER,
    World,
    footprint,
)

# Path parameters and what they are filled with unless a rule says otherwise.
DEFAULT_PARAMS = {
    "thread_id": lambda w, p: w.targets(p).thread,
    "position_id": lambda w, p: w.targets(p).position,
    "candidacy_id": lambda w, p: w.targets(p).candidacy,
    "organization_id": lambda w, p: w.organization(p),
    "user_id": lambda w, p: w.member,  # the spare member of A
    "key": lambda w, p: "advice",  # a default prompt
    "message_id": lambda w, p: w.targets(p).feedback,  # the organization admin's feedback in the thread
}
# Parameters naming something that can be assigned to the hiring manager (or not).
ASSIGNABLE = {"thread_id", "position_id", "candidacy_id"}
# Parameters naming something of one organization.
ORGANIZATION_SCOPED = ASSIGNABLE | {"organization_id"}
_PARAM = re.compile(r"<(?:[^:<>]+:)?([^<>]+)>")


@cache
def _route_app():
    return create_app({"TESTING": True, "CANDOR_ENV": "testing", "SQLALCHEMY_DATABASE_URI": "sqlite://"})


@cache
def routes() -> frozenset[tuple[str, str]]:
    """(method, rule) of every route of the app, but the static assets."""
    found = set()
    for rule in _route_app().url_map.iter_rules():
        if rule.endpoint in ASSETS:
            continue
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            found.add((method, rule.rule))
    return frozenset(found)


@cache
def socket_events() -> frozenset[str]:
    """The events with a handler on the Socket.IO server's default namespace."""
    _route_app()
    return frozenset(socketio.server.handlers.get("/", {}))


def param_names(rule: str) -> list[str]:
    return _PARAM.findall(rule)


def required_principals(rule: Rule) -> set[str]:
    """Every principal; the hiring manager's second column only where an assignable object is named."""
    needed = set(PRINCIPALS)
    if not ASSIGNABLE & set(param_names(rule.rule)):
        needed.discard(HM_ELSEWHERE)
    return needed


def expectations(rule: Rule) -> dict[str, Outcome]:
    """The rule's outcomes, and two columns derived from the stranger's: a member removed from A (still
    logged in), and, for a route naming an organization's object, A's admin naming B's (the mirror)."""
    found = dict(rule.expect)
    found[FORMER_MEMBER] = rule.expect[STRANGER]
    # A revoked cookie is no cookie; a revoked token is refused wherever a caller is needed.
    if not rule.api or rule.expect[ANONYMOUS] is LOGIN:
        found[SIGNED_OUT_ADMIN] = rule.expect[ANONYMOUS]
    if ORGANIZATION_SCOPED & set(param_names(rule.rule)):
        found[ADMIN_ON_OTHER_ORG] = rule.expect[STRANGER]
    return found


def active_rules() -> list[Rule]:
    present = routes()
    return [rule for rule in RULES if rule.key in present]


def _value(value, world: World, principal: str):
    return value(world, principal) if callable(value) else value


def fill(world: World, rule: Rule, principal: str) -> dict:
    params = {}
    for name in param_names(rule.rule):
        filler = rule.params.get(name) or DEFAULT_PARAMS.get(name)
        assert filler is not None, f"{rule.rule}: say what fills <{name}> (Rule(params={{{name!r}: ...}}))"
        params[name] = filler(world, principal)
    return params


def url_for_cell(world: World, rule: Rule, principal: str, params: dict) -> str:
    path = _PARAM.sub(lambda m: str(params[m.group(1)]), rule.rule)
    query = _value(rule.query, world, principal)
    return f"{path}?{query}" if query else path


def send(world: World, rule: Rule, principal: str, url: str):
    body = _value(rule.body, world, principal)
    if rule.api:
        client = world.app.test_client()  # the bearer token alone says who calls
        headers = {} if principal == ANONYMOUS else {"Authorization": f"Bearer {world.api_tokens[principal]}"}
        if rule.method == "GET":
            return client.get(url, headers=headers)
        return client.open(url, method=rule.method, json=body, headers=headers)
    client = world.browser(principal)
    if rule.method == "GET":
        return client.get(url)
    data = {**(body or {}), "csrf_token": world.csrf[principal]}
    return client.open(url, method=rule.method, data=data)


def run_cell(world: World, rule: Rule, principal: str) -> None:
    """One request; fails with what the policy expected, what came back, and what changed."""
    outcome: Outcome = expectations(rule)[principal]
    params = fill(world, rule, principal)
    url = url_for_cell(world, rule, principal, params)
    changed: list[str] | None = None
    try:
        before = None
        if rule.given is not None:
            rule.given(world, params)
            before = footprint()
        world.writes = 0
        response = send(world, rule, principal, url)
        problem = outcome.check(response, rule.api)
        changed = world.changes(before) if world.writes else []
    finally:
        # An allowed write (or a failure half-way) puts the world back for the next cell.
        if changed is None or changed or rule.given is not None:
            world.restore()
    why = f" ({rule.why})" if rule.why else ""
    where = f"{rule.method} {url} as {principal}: expected {outcome.label}{why}"
    assert problem is None, f"{where}: {problem}"
    changed = [table for table in changed if table not in rule.may_change] if outcome.refusal else changed
    assert not (outcome.refusal and changed), f"{where}: refused, yet it changed {changed}"
    assert changed or not outcome.acts, f"{where}: it changed nothing"


SHORT = {ADMIN: "admin", RECRUITER: "recr", HM: "hm", HM_ELSEWHERE: "hm*", STRANGER: "other", CANDIDATE: "cand"}
SHORT |= {OTHER_CANDIDATE: "cand2", ANONYMOUS: "anon", ADMIN_ON_OTHER_ORG: "admin>B"}
SHORT |= {FORMER_MEMBER: "removed", SIGNED_OUT_ADMIN: "out"}


def render() -> str:
    """The matrix as a table (python -m tests.authz.matrix): hm* is the hiring manager on A's objects
    not assigned to them, "." a column the route has no object for."""
    columns = (*PRINCIPALS, ADMIN_ON_OTHER_ORG, FORMER_MEMBER, SIGNED_OUT_ADMIN)
    header = f"{'route':<72}" + "".join(f"{SHORT[p]:>9}" for p in columns)
    lines = [header]
    for rule in sorted(active_rules(), key=lambda r: (r.rule, r.method)):
        row = f"{rule.method + ' ' + rule.rule:<72}"
        for principal in columns:
            outcome = expectations(rule).get(principal)
            label = "." if outcome is None else outcome.label.split(" ")[0]
            row += f"{label + ('!' if principal in rule.xfail else ''):>9}"
        lines.append(row)
    cells = sum(len(expectations(rule)) for rule in active_rules())
    lines.append(f"{len(active_rules())} routes, {cells} cells ('!': expected to fail today, see the rule's xfail)")
    return "\n".join(lines)


if __name__ == "__main__":
    print(render())
