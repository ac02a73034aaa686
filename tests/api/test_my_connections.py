"""GET /api/v1/me/connections: the candidate's own connections across organizations."""

from __future__ import annotations

from datetime import timedelta

from server.connections.operations import set_connection
from server.core.time import isoformat
from server.extensions import db
from server.hiring import operations as hiring
from server.hiring.models import Candidacy
from tests import factories
from tests.api.conftest import Api, assert_error


def _second_thread_for(candidate, staff, org):
    """The same candidate, rejected by another organization, accepts with their account."""
    _cand, _thread, token = factories.rejected_thread(staff, org, email=candidate.email)
    _user, thread = hiring.accept_invitation(token, user=candidate)
    return thread


def test_anonymous_is_401(anon):
    assert_error(anon.get("/api/v1/me/connections"), 401)


def test_staff_get_403(staff_api):
    assert_error(staff_api.get("/api/v1/me/connections"), 403, "not_a_candidate")


def test_bad_input(candidate_api):
    assert_error(candidate_api.get("/api/v1/me/connections?limit=0"), 422)
    assert_error(candidate_api.get("/api/v1/me/connections?limit=101"), 422)
    assert_error(candidate_api.get("/api/v1/me/connections?cursor=nonsense!"), 400, "invalid_cursor")


def test_empty_until_a_side_chooses(candidate_api):
    assert candidate_api.get("/api/v1/me/connections").get_json() == {"items": [], "next_cursor": None}


def test_the_candidate_sees_their_own_connections_across_organizations(
    client, candidate_api, candidate, thread, admin, stranger_org
):
    other_thread = _second_thread_for(candidate, stranger_org["admin"], stranger_org["org"])
    set_connection(candidate, thread.id, True, ["backend", "data"])
    connection = set_connection(admin, thread.id, True)
    set_connection(candidate, other_thread.id, True)
    # Someone else's connection with the same organization stays theirs.
    set_connection(stranger_org["candidate"], stranger_org["thread"].id, True, ["secret interest"])

    body = candidate_api.get("/api/v1/me/connections").get_json()
    assert body["next_cursor"] is None
    by_org = {item["organization"]["id"]: item for item in body["items"]}
    assert set(by_org) == {thread.organization_id, other_thread.organization_id}
    assert by_org[thread.organization_id] == {
        "organization": {"id": thread.organization_id, "name": thread.organization.name},
        "connected": True,
        "candidate_opt_in": True,
        "employer_opt_in": True,
        "expires_at": isoformat(connection.expires_at),
        "connected_since": isoformat(connection.connected_since),
        "interests": ["backend", "data"],
        "thread_id": thread.id,
    }
    assert by_org[other_thread.organization_id]["connected"] is False
    assert by_org[other_thread.organization_id]["thread_id"] == other_thread.id
    assert "secret interest" not in candidate_api.get("/api/v1/me/connections").get_data(as_text=True)

    other = Api(client).as_user(stranger_org["candidate"]).get("/api/v1/me/connections").get_json()
    assert [item["organization"]["id"] for item in other["items"]] == [stranger_org["org"].id]

    # Pages: one at a time, newest first, nothing twice.
    first = candidate_api.get("/api/v1/me/connections?limit=1").get_json()
    second = candidate_api.get(f"/api/v1/me/connections?limit=1&cursor={first['next_cursor']}").get_json()
    assert second["next_cursor"] is None
    assert {first["items"][0]["organization"]["id"], second["items"][0]["organization"]["id"]} == set(by_org)


def test_renewal_through_the_thread_and_withdrawal(candidate_api, candidate, thread, admin):
    set_connection(admin, thread.id, True)
    r = candidate_api.put(f"/api/v1/threads/{thread.id}/connection", {"opt_in": True})
    assert r.status_code == 200 and r.get_json()["connected"] is True
    (item,) = candidate_api.get("/api/v1/me/connections").get_json()["items"]
    assert item["connected"] is True and item["expires_at"] is not None

    candidate_api.put(f"/api/v1/threads/{item['thread_id']}/connection", {"opt_in": False})
    (item,) = candidate_api.get("/api/v1/me/connections").get_json()["items"]
    assert item["connected"] is False and item["candidate_opt_in"] is False and item["expires_at"] is None
    assert db.session.query(Candidacy).count() == 1


# --- history ---------------------------------------------------------------------------------------


def _history(api, organization_id, query=""):
    return api.get(f"/api/v1/me/connections/{organization_id}/history{query}")


def test_history_lists_every_change_in_order(client, candidate_api, candidate, thread, admin, stranger_org):
    org_id = thread.organization_id
    set_connection(candidate, thread.id, True, ["backend"])  # opt_in, waiting for the employer
    set_connection(candidate, thread.id, True, ["backend", "data"])  # interests_changed, still waiting
    set_connection(admin, thread.id, True)  # opt_in: connected
    set_connection(candidate, thread.id, True, ["platform"])  # interests_changed while connected
    candidate_api.put(f"/api/v1/threads/{thread.id}/connection", {"opt_in": True})  # renew
    set_connection(admin, thread.id, False)  # opt_out by the employer
    candidate_api.put(f"/api/v1/threads/{thread.id}/connection", {"opt_in": False})  # opt_out

    body = _history(candidate_api, org_id).get_json()
    assert body["next_cursor"] is None
    steps = [(item["action"], item["side"], item["interests"]) for item in body["items"]]
    assert steps == [
        ("opt_in", "candidate", ["backend"]),
        ("interests_changed", "candidate", ["backend", "data"]),
        ("opt_in", "employer", []),
        ("interests_changed", "candidate", ["platform"]),
        ("renew", "candidate", ["platform"]),
        ("opt_out", "employer", []),
        ("opt_out", "candidate", ["platform"]),
    ]
    times = [item["at"] for item in body["items"]]
    assert times == sorted(times) and all(t.endswith("Z") for t in times)

    # Pages, oldest first, nothing twice.
    first = _history(candidate_api, org_id, "?limit=3").get_json()
    rest = _history(candidate_api, org_id, f"?limit=10&cursor={first['next_cursor']}").get_json()
    assert [i["action"] for i in first["items"] + rest["items"]] == [s[0] for s in steps]
    assert rest["next_cursor"] is None

    # Another candidate's history with the same organization is theirs alone.
    set_connection(stranger_org["candidate"], stranger_org["thread"].id, True, ["secret interest"])
    other = Api(client).as_user(stranger_org["candidate"])
    assert_error(_history(other, org_id), 404)
    assert "secret interest" not in _history(candidate_api, stranger_org["org"].id).get_data(as_text=True)


def test_history_who_and_bad_input(client, anon, staff_api, candidate_api, candidate, thread, admin):
    org_id = thread.organization_id
    assert_error(_history(candidate_api, org_id), 404)  # nothing chosen yet
    set_connection(candidate, thread.id, True)
    assert [i["action"] for i in _history(candidate_api, org_id).get_json()["items"]] == ["opt_in"]
    assert_error(_history(anon, org_id), 401)
    assert_error(_history(staff_api, org_id), 403, "not_a_candidate")  # staff see only the current state
    recruiter = factories.member(admin, thread.organization, "recruiter")
    assert_error(_history(Api(client).as_user(recruiter), org_id), 403, "not_a_candidate")
    assert_error(_history(candidate_api, 999999), 404)
    assert_error(_history(candidate_api, org_id, "?limit=0"), 422)
    assert_error(_history(candidate_api, org_id, "?limit=101"), 422)
    assert_error(_history(candidate_api, org_id, "?cursor=nonsense!"), 400, "invalid_cursor")
    assert_error(_history(candidate_api, org_id, "?colour=blue"), 422)
    assert candidate_api.get(f"/api/v1/me/connections/{org_id}/history/x").status_code == 404


def test_the_employer_cannot_extend_the_candidates_consent(candidate_api, candidate, thread, admin):
    set_connection(candidate, thread.id, True)
    first = set_connection(admin, thread.id, True).expires_at
    again = set_connection(admin, thread.id, True)
    assert again.expires_at == first and again.is_connected(first - timedelta(days=1))
    set_connection(admin, thread.id, False)
    back = set_connection(admin, thread.id, True)  # connected again, within the same consent period
    assert back.expires_at == first and back.connected_since is not None
    actions = [i["action"] for i in _history(candidate_api, thread.organization_id).get_json()["items"]]
    assert actions == ["opt_in", "opt_in", "opt_in", "opt_out", "opt_in"]
