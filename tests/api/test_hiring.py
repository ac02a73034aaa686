from __future__ import annotations

from datetime import timedelta

import pytest

from server.core.time import isoformat, utcnow
from server.extensions import db
from server.hiring import operations as hiring
from server.hiring.models import Candidacy, Invitation, Position
from server.messaging.models import Thread
from server.notifications.models import OutboxEmail
from tests import factories
from tests.api.conftest import Api, assert_error


def _setup_candidacy(staff_api, org, email="jo@example.com"):
    pos = staff_api.post("/api/v1/positions", {"organization_id": org.id, "title": "Data Engineer"}).get_json()
    cand = staff_api.post(f"/api/v1/positions/{pos['id']}/candidacies", {"name": "Jo", "email": email}).get_json()
    return pos, cand


def test_position_candidacy_reject_flow(staff_api, org):
    r = staff_api.post(
        "/api/v1/positions", {"organization_id": org.id, "title": "Data Engineer", "description": "Pipelines"}
    )
    assert r.status_code == 201
    pos = r.get_json()
    assert pos == {
        "id": pos["id"],
        "organization_id": org.id,
        "title": "Data Engineer",
        "description": "Pipelines",
        "status": "open",
        "assignee": None,
    }
    listed = staff_api.get(f"/api/v1/positions?organization_id={org.id}").get_json()
    assert [p["id"] for p in listed["items"]] == [pos["id"]] and listed["next_cursor"] is None

    r = staff_api.post(f"/api/v1/positions/{pos['id']}/candidacies", {"name": "Jo", "email": "Jo@Example.com"})
    assert r.status_code == 201
    cand = r.get_json()
    assert cand["status"] == "active" and cand["email"] == "jo@example.com"

    r = staff_api.post(f"/api/v1/candidacies/{cand['id']}/reject", {"reason": "skills", "message": "Thank you, Jo."})
    assert r.status_code == 201
    body = r.get_json()
    assert body["candidacy"]["status"] == "rejected"
    assert body["thread"]["status"] == "open" and body["thread"]["candidate"] == {"id": None, "name": "Jo"}
    invitation = db.session.query(Invitation).one()
    assert body["invitation"] == {
        "id": invitation.id,
        "email": "jo@example.com",
        "status": "pending",
        "expires_at": isoformat(invitation.expires_at),
    }
    email = db.session.query(OutboxEmail).one()
    assert email.to_email == "jo@example.com" and "http://candor.test/invitations/" in email.body_text
    assert factories.invitation_token("jo@example.com") not in r.get_data(as_text=True)

    assert_error(staff_api.post(f"/api/v1/candidacies/{cand['id']}/reject", {}), 409, "already_rejected")
    assert db.session.query(Thread).count() == 1 and db.session.query(OutboxEmail).count() == 1


def test_reject_with_empty_body(staff_api, org):
    _pos, cand = _setup_candidacy(staff_api, org)
    r = staff_api.client.post(
        f"/api/v1/candidacies/{cand['id']}/reject", headers={"Authorization": f"Bearer {staff_api.token}"}
    )
    assert r.status_code == 201


@pytest.mark.parametrize(
    "body, status",
    [
        ({"reason": "culture_fit"}, 422),
        ({"reason": 3}, 400),
        ({"message": "x" * 20_001}, 413),
        ({"message": ["hi"]}, 400),
        ({"unknown": 1}, 422),
    ],
)
def test_reject_bad_input_changes_nothing(staff_api, org, body, status):
    _pos, cand = _setup_candidacy(staff_api, org)
    assert_error(staff_api.post(f"/api/v1/candidacies/{cand['id']}/reject", body), status)
    assert db.session.get(Candidacy, cand["id"]).status == "active"
    assert db.session.query(Thread).count() == 0 and db.session.query(OutboxEmail).count() == 0


@pytest.mark.parametrize(
    "body, status",
    [
        ({"organization_id": "1", "title": "X"}, 400),
        ({"title": "X"}, 422),
        ({"organization_id": 1, "title": ""}, 422),
        ({"organization_id": 1, "title": "x" * 201}, 422),
    ],
)
def test_position_bad_input(staff_api, org, body, status):
    if body.get("organization_id") == 1:
        body["organization_id"] = org.id
    assert_error(staff_api.post("/api/v1/positions", body), status)
    assert db.session.query(Position).count() == 0


def test_candidacy_bad_input_and_duplicates(staff_api, org):
    pos, _cand = _setup_candidacy(staff_api, org)
    url = f"/api/v1/positions/{pos['id']}/candidacies"
    assert_error(staff_api.post(url, {"name": "Jo", "email": "jo@example.com"}), 409, "duplicate_candidacy")
    assert_error(staff_api.post(url, {"name": "Jo", "email": "nope"}), 422)
    assert_error(staff_api.post(url, {"name": "", "email": "new@example.com"}), 422)
    assert_error(staff_api.post(url, {"name": "Jo"}), 422)
    assert db.session.query(Candidacy).count() == 1


def test_strangers_get_404_everywhere(client, staff_api, org, stranger_org):
    pos, cand = _setup_candidacy(staff_api, org)
    other = Api(client).as_user(stranger_org["admin"])
    candidate = Api(client).as_user(stranger_org["candidate"])
    for api in (other, candidate):
        assert_error(api.get(f"/api/v1/positions?organization_id={org.id}"), 404)
        assert_error(api.post("/api/v1/positions", {"organization_id": org.id, "title": "Spy"}), 404)
        assert_error(api.get(f"/api/v1/positions/{pos['id']}"), 404)
        assert_error(api.get(f"/api/v1/positions/{pos['id']}/candidacies"), 404)
        assert_error(api.post(f"/api/v1/positions/{pos['id']}/candidacies", {"name": "A", "email": "a@b.example"}), 404)
        assert_error(api.get(f"/api/v1/candidacies/{cand['id']}"), 404)
        assert_error(api.post(f"/api/v1/candidacies/{cand['id']}/reject", {}), 404)
        assert_error(api.get(f"/api/v1/organizations/{org.id}/prompts"), 404)
        assert_error(api.get(f"/api/v1/organizations/{org.id}/rejection-reasons"), 404)
    assert db.session.get(Candidacy, cand["id"]).status == "active"


def test_hiring_manager_cannot_reject(client, admin, org):
    manager = factories.member(admin, org, role="hiring_manager")
    pos = factories.position(admin, org)
    cand = factories.candidacy(admin, pos)
    api = Api(client).as_user(manager)
    # A position not assigned to them is not theirs to see, nor are its candidacies.
    assert_error(api.post(f"/api/v1/candidacies/{cand.id}/reject", {}), 404)
    hiring.assign_position(admin, pos.id, manager.id)
    assert_error(api.post(f"/api/v1/candidacies/{cand.id}/reject", {}), 403)
    assert_error(api.post("/api/v1/positions", {"organization_id": org.id, "title": "X"}), 403)
    assert api.get(f"/api/v1/positions?organization_id={org.id}").status_code == 200


def _rejected(staff_api, org, email="jo@example.com"):
    _pos, cand = _setup_candidacy(staff_api, org, email=email)
    body = staff_api.post(f"/api/v1/candidacies/{cand['id']}/reject", {"message": "Thanks"}).get_json()
    return factories.invitation_token(email), body


def test_invitation_new_account(anon, staff_api, org):
    token, _ = _rejected(staff_api, org)
    info = anon.get(f"/api/v1/invitations/{token}").get_json()
    assert info["email"] == "jo@example.com" and info["organization"]["name"] == "Acme Robotics"
    assert info["position"]["title"] == "Data Engineer" and info["expires_at"].endswith("Z")
    r = anon.post(f"/api/v1/invitations/{token}/accept", {"name": "Jo", "password": "a long password"})
    assert r.status_code == 200
    body = r.get_json()
    assert body["user"]["kind"] == "candidate" and body["user"]["email"] == "jo@example.com"
    me = Api(anon.client, body["token"])
    threads = me.get("/api/v1/threads").get_json()["items"]
    assert [t["id"] for t in threads] == [body["thread"]["id"]]
    assert threads[0]["candidate"]["id"] == body["user"]["id"]
    assert_error(
        anon.post(f"/api/v1/invitations/{token}/accept", {"name": "Jo", "password": "a long password"}),
        409,
        "invitation_used",
    )
    assert_error(anon.get(f"/api/v1/invitations/{token}"), 409, "invitation_used")


def test_invitation_existing_account_and_email_rules(client, anon, staff_api, org, candidate):
    # candidate (casey@example.com) already has an account; a second employer thread for the same email
    token, _ = _rejected(staff_api, org, email="casey@example.com")
    assert_error(
        anon.post(f"/api/v1/invitations/{token}/accept", {"name": "C", "password": "a long password"}),
        409,
        "email_taken",
    )
    other_token, _ = _rejected(staff_api, org, email="someone-else@example.com")
    cand_api = Api(client).as_user(candidate)
    assert_error(cand_api.post(f"/api/v1/invitations/{other_token}/accept", {}), 403, "email_mismatch")
    assert_error(staff_api.post(f"/api/v1/invitations/{token}/accept", {}), 403, "not_a_candidate")
    r = cand_api.post(f"/api/v1/invitations/{token}/accept")
    assert r.status_code == 200 and r.get_json()["token"] is None
    assert len(cand_api.get("/api/v1/threads").get_json()["items"]) == 2


def test_invitation_expired_unknown_and_bad_password(anon, staff_api, org):
    token, _ = _rejected(staff_api, org)
    assert_error(anon.post(f"/api/v1/invitations/{token}/accept", {"name": "Jo", "password": "short"}), 422)
    assert_error(anon.post(f"/api/v1/invitations/{token}/accept", {"name": 5, "password": "a long password"}), 400)
    assert_error(anon.get("/api/v1/invitations/not-a-token"), 404)
    assert_error(
        anon.post("/api/v1/invitations/not-a-token/accept", {"name": "Jo", "password": "a long password"}), 404
    )
    db.session.query(Invitation).update({Invitation.expires_at: utcnow() - timedelta(minutes=1)})
    db.session.commit()
    assert_error(
        anon.post(f"/api/v1/invitations/{token}/accept", {"name": "Jo", "password": "a long password"}),
        409,
        "invitation_expired",
    )
    assert db.session.query(Thread).one().candidate_user_id is None


def test_positions_and_candidacies_paginate(staff_api, org):
    ids = [
        staff_api.post("/api/v1/positions", {"organization_id": org.id, "title": f"Role {i}"}).get_json()["id"]
        for i in range(5)
    ]
    first = staff_api.get(f"/api/v1/positions?organization_id={org.id}&limit=2").get_json()
    second = staff_api.get(
        f"/api/v1/positions?organization_id={org.id}&limit=2&cursor={first['next_cursor']}"
    ).get_json()
    third = staff_api.get(
        f"/api/v1/positions?organization_id={org.id}&limit=2&cursor={second['next_cursor']}"
    ).get_json()
    assert [p["id"] for p in first["items"] + second["items"] + third["items"]] == ids[::-1]
    assert third["next_cursor"] is None
    assert_error(staff_api.get(f"/api/v1/positions?organization_id={org.id}&limit=0"), 422)
    url = f"/api/v1/positions/{ids[0]}/candidacies"
    made = [staff_api.post(url, {"name": f"P{i}", "email": f"p{i}@example.com"}).get_json()["id"] for i in range(3)]
    page1 = staff_api.get(url + "?limit=2").get_json()
    page2 = staff_api.get(url + f"?limit=2&cursor={page1['next_cursor']}").get_json()
    assert [c["id"] for c in page1["items"] + page2["items"]] == made[::-1] and page2["next_cursor"] is None
