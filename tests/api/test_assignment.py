"""Roles and assignment over JSON: admins and recruiters assign threads and positions to members;
a hiring manager sees only what is assigned to them (directly, or through the thread's position)."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from server.accounts import operations as accounts
from server.extensions import db
from server.hiring import operations as hiring
from server.hiring.models import Position
from server.messaging import operations as messaging
from server.messaging.models import Thread
from tests import factories
from tests.api.conftest import Api, assert_error


@pytest.fixture
def manager(admin, org):
    return factories.member(admin, org, "hiring_manager", name="Hana Manager")


@pytest.fixture
def recruiter(admin, org):
    return factories.member(admin, org, "recruiter", name="Rita Recruiter")


def _assign(api, thread_id, body):
    return api.put(f"/api/v1/threads/{thread_id}/assignee", body)


def _ids(api, query=""):
    r = api.get(f"/api/v1/threads{query}")
    assert r.status_code == 200, r.get_data(as_text=True)
    return [t["id"] for t in r.get_json()["items"]]


def _assignee_of(thread) -> int | None:
    db.session.expire_all()
    return db.session.get(Thread, thread.id).assignee_id


# -- assigning a thread ---------------------------------------------------------------


def test_admin_and_recruiter_assign_a_thread_and_everyone_sees_the_assignee(
    client, staff_api, candidate_api, thread, manager, recruiter
):
    r = _assign(staff_api, thread.id, {"user_id": manager.id})
    assert r.status_code == 200, r.get_data(as_text=True)
    assert r.get_json()["id"] == thread.id
    assert r.get_json()["assignee"] == {"id": manager.id, "name": "Hana Manager"}
    # Every serialization of the thread carries it: list, detail, and the candidate's view too.
    listed = staff_api.get("/api/v1/threads").get_json()["items"]
    assert listed[0]["assignee"] == {"id": manager.id, "name": "Hana Manager"}
    assert candidate_api.get(f"/api/v1/threads/{thread.id}").get_json()["assignee"]["id"] == manager.id

    # A recruiter reassigns, then unassigns with null.
    as_recruiter = staff_api.as_user(recruiter)
    assert _assign(as_recruiter, thread.id, {"user_id": recruiter.id}).get_json()["assignee"]["id"] == recruiter.id
    r = _assign(as_recruiter, thread.id, {"user_id": None})
    assert r.status_code == 200 and r.get_json()["assignee"] is None
    assert _assignee_of(thread) is None


@pytest.mark.parametrize(
    "body, status",
    [
        ({"user_id": "5"}, 400),
        ({"user_id": 1.5}, 400),
        ({"user_id": [1]}, 400),
        ({"user_id": True}, 400),
        ({}, 422),
        ({"user_id": None, "extra": 1}, 422),
    ],
)
def test_bad_assignee_bodies_are_refused_and_change_nothing(staff_api, thread, manager, body, status):
    messaging.assign_thread(staff_api_user(staff_api), thread.id, manager.id)
    error = assert_error(_assign(staff_api, thread.id, body), status)
    assert error["fields"]
    assert _assignee_of(thread) == manager.id


def staff_api_user(api):
    return accounts.user_for_token(api.token)[0]


def test_a_body_that_is_not_json_or_too_large_is_refused(staff_api, thread):
    r = staff_api.put(f"/api/v1/threads/{thread.id}/assignee", data="user_id=1", content_type="text/plain")
    assert r.status_code in (400, 415, 422)
    huge = staff_api.put(
        f"/api/v1/threads/{thread.id}/assignee",
        data='{"user_id": null, "pad": "' + "x" * 300_000 + '"}',
        content_type="application/json",
    )
    assert huge.status_code == 413
    assert _assignee_of(thread) is None


def test_only_members_of_the_team_can_be_assigned(staff_api, thread, candidate, stranger_org):
    for user_id in (stranger_org["admin"].id, candidate.id, stranger_org["candidate"].id, 987_654):
        error = assert_error(_assign(staff_api, thread.id, {"user_id": user_id}), 422)
        assert "user_id" in error["fields"], error
        assert "member" in error["fields"]["user_id"].lower()
    assert _assignee_of(thread) is None


def test_strangers_and_candidates_get_404_a_hiring_manager_403(
    client, anon, staff_api, candidate_api, thread, manager, stranger_org
):
    assert_error(_assign(anon, thread.id, {"user_id": None}), 401)
    assert_error(_assign(staff_api, stranger_org["thread"].id, {"user_id": None}), 404)
    assert_error(_assign(staff_api, 987_654, {"user_id": None}), 404)
    # The thread's own candidate sees it but may not assign (as with reopening); another candidate: 404.
    assert_error(_assign(candidate_api, thread.id, {"user_id": None}), 403)
    assert_error(_assign(candidate_api, stranger_org["thread"].id, {"user_id": None}), 404)
    assert_error(_assign(staff_api.as_user(stranger_org["admin"]), thread.id, {"user_id": None}), 404)
    as_manager = staff_api.as_user(manager)
    # Not theirs: 404 like a stranger's thread. Theirs: they see it, but only admins and recruiters assign.
    assert_error(_assign(as_manager, thread.id, {"user_id": manager.id}), 404)
    messaging.assign_thread(staff_api_user(staff_api), thread.id, manager.id)
    assert_error(_assign(as_manager, thread.id, {"user_id": None}), 403)
    assert _assignee_of(thread) == manager.id


# -- assigning a position ----------------------------------------------------------------


def test_positions_are_assigned_by_admins_and_recruiters_only(client, staff_api, admin, org, manager, recruiter):
    pos = factories.position(admin, org, "Data Engineer")
    url = f"/api/v1/positions/{pos.id}/assignee"
    r = staff_api.put(url, {"user_id": manager.id})
    assert r.status_code == 200, r.get_data(as_text=True)
    assert r.get_json()["assignee"] == {"id": manager.id, "name": "Hana Manager"}
    assert staff_api.get(f"/api/v1/positions/{pos.id}").get_json()["assignee"]["id"] == manager.id
    # The hiring manager sees it now, read-only.
    as_manager = staff_api.as_user(manager)
    assert as_manager.get(f"/api/v1/positions/{pos.id}").status_code == 200
    assert_error(as_manager.put(url, {"user_id": None}), 403)
    assert_error(as_manager.post(f"/api/v1/positions/{pos.id}/close"), 403)
    assert_error(as_manager.post(f"/api/v1/positions/{pos.id}/candidacies", {"name": "A", "email": "a@x.example"}), 403)
    # A recruiter unassigns it; then the hiring manager no longer sees it at all.
    r = staff_api.as_user(recruiter).put(url, {"user_id": None})
    assert r.status_code == 200 and r.get_json()["assignee"] is None
    assert_error(as_manager.get(f"/api/v1/positions/{pos.id}"), 404)
    assert_error(as_manager.put(url, {"user_id": manager.id}), 404)


def test_position_assignee_bad_input(staff_api, admin, org, candidate, stranger_org):
    pos = factories.position(admin, org)
    url = f"/api/v1/positions/{pos.id}/assignee"
    assert_error(staff_api.put(url, {"user_id": "1"}), 400)
    assert_error(staff_api.put(url, {}), 422)
    for user_id in (candidate.id, stranger_org["admin"].id, 987_654):
        assert "user_id" in assert_error(staff_api.put(url, {"user_id": user_id}), 422)["fields"]
    stranger_pos = factories.position(stranger_org["admin"], stranger_org["org"])
    assert_error(staff_api.put(f"/api/v1/positions/{stranger_pos.id}/assignee", {"user_id": None}), 404)
    assert_error(staff_api.put("/api/v1/positions/987654/assignee", {"user_id": None}), 404)
    db.session.expire_all()
    assert db.session.get(Position, pos.id).assignee_id is None


# -- what a hiring manager sees ------------------------------------------------------


def test_a_hiring_manager_sees_only_threads_assigned_to_them_or_their_position(client, admin, org, manager):
    _c1, direct = factories.joined_thread(admin, org, name="Direct Dee")
    _c2, via_position = factories.joined_thread(admin, org, name="Via Position")
    _c3, other = factories.joined_thread(admin, org, name="Other Olly")
    messaging.assign_thread(admin, direct.id, manager.id)
    hiring.assign_position(admin, via_position.candidacy.position_id, manager.id)
    api = Api(client).as_user(manager)

    assert sorted(_ids(api)) == sorted([direct.id, via_position.id])
    # Positions: only the assigned one, read-only.
    listed = api.get(f"/api/v1/positions?organization_id={org.id}").get_json()["items"]
    assert [p["id"] for p in listed] == [via_position.candidacy.position_id]
    assert_error(api.get(f"/api/v1/positions/{other.candidacy.position_id}"), 404)
    assert_error(api.get(f"/api/v1/positions/{other.candidacy.position_id}/candidacies"), 404)
    assert_error(api.get(f"/api/v1/candidacies/{other.candidacy_id}"), 404)
    assert_error(api.post("/api/v1/positions", {"organization_id": org.id, "title": "Mine"}), 403)

    # Someone else's thread in their organization is 404 for everything.
    for method, url, body in [
        ("get", f"/api/v1/threads/{other.id}", None),
        ("get", f"/api/v1/threads/{other.id}/messages", None),
        ("post", f"/api/v1/threads/{other.id}/messages", {"body": "Hi"}),
        ("post", f"/api/v1/threads/{other.id}/read", {"message_id": 1}),
        ("post", f"/api/v1/threads/{other.id}/close", None),
        ("post", f"/api/v1/threads/{other.id}/feedback", {"answers": {"strengths": "Clear"}}),
        ("get", f"/api/v1/threads/{other.id}/feedback-form", None),
        ("put", f"/api/v1/threads/{other.id}/connection", {"opt_in": True}),
    ]:
        r = getattr(api, method)(url, body) if body is not None else getattr(api, method)(url)
        assert_error(r, 404)

    # Their own threads: read, write, mark read, close and reopen.
    for tid in (direct.id, via_position.id):
        assert api.get(f"/api/v1/threads/{tid}").status_code == 200
        sent = api.post(f"/api/v1/threads/{tid}/messages", {"body": "Happy to explain more."})
        assert sent.status_code == 201, sent.get_data(as_text=True)
        assert api.post(f"/api/v1/threads/{tid}/read", {"message_id": sent.get_json()["id"]}).status_code == 204
    assert api.post(f"/api/v1/threads/{direct.id}/close").get_json()["status"] == "closed"
    assert api.post(f"/api/v1/threads/{direct.id}/reopen").get_json()["status"] != "closed"


def test_a_hiring_manager_answers_a_feedback_request_on_an_assigned_thread(client, admin, org, manager):
    candidate, thread = factories.joined_thread(admin, org)
    as_candidate = Api(client).as_user(candidate)
    r = as_candidate.post(
        f"/api/v1/threads/{thread.id}/feedback-request", {"topics": ["skills"], "message": "What could I improve?"}
    )
    assert r.status_code == 201, r.get_data(as_text=True)
    api = Api(client).as_user(manager)
    answers = {"answers": {"strengths": "Clear code.", "gaps": "Needs more SQL.", "advice": "Practise joins."}}
    assert_error(api.post(f"/api/v1/threads/{thread.id}/feedback", answers), 404)
    messaging.assign_thread(admin, thread.id, manager.id)
    r = api.post(f"/api/v1/threads/{thread.id}/feedback", answers)
    assert r.status_code == 201, r.get_data(as_text=True)
    assert r.get_json()["thread"]["status"] == "feedback_given"
    shown = as_candidate.get(f"/api/v1/threads/{thread.id}/messages").get_json()["items"]
    assert shown[-1]["kind"] == "feedback" and shown[-1]["author"]["name"] == "Hana Manager"


def test_roles_are_per_organization(client, admin, org, stranger_org):
    """One person: a hiring manager in Acme (nothing assigned), an admin at Globex."""
    person = factories.member(admin, org, "hiring_manager", name="Two Hats", email="hats@example.com")
    accounts.add_staff_member(
        stranger_org["admin"], stranger_org["org"].id, "Two Hats", "hats@example.com", "x", "admin"
    )
    _c, acme_thread = factories.joined_thread(admin, org)
    api = Api(client).as_user(person)
    assert _ids(api) == [stranger_org["thread"].id]
    assert_error(api.get(f"/api/v1/threads/{acme_thread.id}"), 404)
    messaging.assign_thread(admin, acme_thread.id, person.id)
    assert sorted(_ids(api)) == sorted([acme_thread.id, stranger_org["thread"].id])


def test_a_role_change_and_a_removal_take_effect_at_once(client, admin, org, recruiter):
    _c, thread = factories.joined_thread(admin, org)
    api = Api(client).as_user(recruiter)
    assert _ids(api) == [thread.id]
    accounts.change_member_role(admin, org.id, recruiter.id, "hiring_manager")
    assert _ids(api) == []
    assert_error(api.get(f"/api/v1/threads/{thread.id}"), 404)
    accounts.change_member_role(admin, org.id, recruiter.id, "recruiter")
    assert _ids(api) == [thread.id]


def test_removing_a_member_clears_their_assignments_in_that_organization(client, admin, org, stranger_org):
    person = factories.member(admin, org, "hiring_manager", name="Leaving Lee", email="lee@example.com")
    accounts.add_staff_member(
        stranger_org["admin"], stranger_org["org"].id, "Leaving Lee", "lee@example.com", "x", "recruiter"
    )
    _c, thread = factories.joined_thread(admin, org)
    pos = factories.position(admin, org, "Analyst")
    messaging.assign_thread(admin, thread.id, person.id)
    hiring.assign_position(admin, pos.id, person.id)
    # Their assignment at the other organization stays.
    globex_thread = stranger_org["thread"]
    messaging.assign_thread(stranger_org["admin"], globex_thread.id, person.id)

    staff_api = Api(client).as_user(admin)
    r = staff_api.delete(f"/api/v1/organizations/{org.id}/members/{person.id}")
    assert r.status_code == 204
    assert staff_api.get(f"/api/v1/threads/{thread.id}").get_json()["assignee"] is None
    assert staff_api.get(f"/api/v1/positions/{pos.id}").get_json()["assignee"] is None
    assert _assignee_of(globex_thread) == person.id


# -- the "assigned to me" filter ------------------------------------------------------------


def test_assignee_filter_me_none_and_an_id_with_pagination(client, admin, org, manager, recruiter):
    threads = [factories.joined_thread(admin, org)[1] for _ in range(5)]
    for t in threads[:3]:
        messaging.assign_thread(admin, t.id, manager.id)
    messaging.assign_thread(admin, threads[3].id, recruiter.id)
    # The fifth is handled through its position.
    hiring.assign_position(admin, threads[4].candidacy.position_id, manager.id)
    mine = {t.id for t in threads[:3]} | {threads[4].id}

    as_manager = Api(client).as_user(manager)
    page1 = as_manager.get("/api/v1/threads?assignee=me&limit=3").get_json()
    assert len(page1["items"]) == 3 and page1["next_cursor"]
    page2 = as_manager.get(f"/api/v1/threads?assignee=me&limit=3&cursor={page1['next_cursor']}").get_json()
    assert page2["next_cursor"] is None
    assert {t["id"] for t in page1["items"] + page2["items"]} == mine

    staff_api = Api(client).as_user(admin)
    assert set(_ids(staff_api, f"?assignee={manager.id}")) == mine
    assert _ids(staff_api, f"?assignee={recruiter.id}") == [threads[3].id]
    assert _ids(staff_api, "?assignee=me") == []
    other = factories.joined_thread(admin, org)[1]
    assert _ids(staff_api, "?assignee=none") == [other.id]
    messaging.close_thread(admin, threads[0].id)
    assert _ids(as_manager, "?assignee=me&status=closed") == [threads[0].id]
    assert_error(staff_api.get("/api/v1/threads?assignee=someone"), 422)
    assert_error(staff_api.get("/api/v1/threads?assignee=-3"), 422)
    # str.isdigit() is true for these, int() refuses the first (was a 500) and reads the second as 3.
    assert_error(staff_api.get("/api/v1/threads?assignee=%C2%B2"), 422)
    assert_error(staff_api.get("/api/v1/threads?assignee=%D9%A3"), 422)


# -- members paging ------------------------------------------------------------------------


def test_members_list_pages_by_name(client, staff_api, admin, org):
    names = ["Bea", "Cid", "Dot", "Eve", "Fay"]
    for name in names:
        factories.member(admin, org, "recruiter", name=name)
    url = f"/api/v1/organizations/{org.id}/members"
    seen, cursor = [], None
    while True:
        r = staff_api.get(url + "?limit=2" + (f"&cursor={cursor}" if cursor else ""))
        assert r.status_code == 200, r.get_data(as_text=True)
        body = r.get_json()
        assert len(body["items"]) <= 2
        seen += [m["user"]["name"] for m in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == sorted([*names, "Erin Admin"])
    whole = staff_api.get(url).get_json()
    assert len(whole["items"]) == 6 and whole["next_cursor"] is None
    assert_error(staff_api.get(url + "?cursor=garbage!"), 400, "invalid_cursor")
    assert_error(staff_api.get(url + "?limit=0"), 422)
    assert_error(staff_api.get(url + "?limit=abc"), 400)
    assert_error(staff_api.get(url + "?limit=101"), 422)


def _statements(app, call) -> int:
    count = 0

    def counter(*_args, **_kwargs):
        nonlocal count
        count += 1

    engine = db.engine
    event.listen(engine, "before_cursor_execute", counter)
    try:
        assert call().status_code == 200
    finally:
        event.remove(engine, "before_cursor_execute", counter)
    return count


def test_a_hiring_managers_list_costs_the_same_queries_for_more_threads(client, app, admin, org, manager):
    """Visibility is one SQL condition and the assignees load per page: no query per thread."""
    api = Api(client).as_user(manager)

    def assign_more(n):
        for _ in range(n):
            t = factories.joined_thread(admin, org)[1]
            messaging.assign_thread(admin, t.id, manager.id)
        pos = factories.position(admin, org, "Via position")
        cand = factories.candidacy(admin, pos)
        hiring.reject_candidacy(admin, cand.id)
        hiring.assign_position(admin, pos.id, manager.id)

    assign_more(1)
    api.get("/api/v1/threads")  # the token's first use writes its last_used_at
    few = _statements(app, lambda: api.get("/api/v1/threads"))
    assign_more(5)
    assert len(_ids(api)) == 2 + 6
    many = _statements(app, lambda: api.get("/api/v1/threads"))
    assert many == few
