"""Issue 8: the invitation link (its last segment is the token) reaches only the candidate's email.

The employer, as admin or recruiter, never receives the token in a response, so they cannot
accept the invitation in the candidate's place; resending replaces the token (the old link is
dead) and queues a new email. The token a test uses always comes from the email, as the
candidate gets it.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from server.core.time import isoformat, utcnow
from server.extensions import db
from server.hiring import operations as hiring
from server.hiring.models import Candidacy, Invitation, InvitationStatus
from server.messaging.models import Thread
from server.notifications.models import OutboxEmail
from tests import factories
from tests.api.conftest import Api, assert_error

ACCEPT = {"name": "Jo", "password": "a long password"}


@pytest.fixture(params=["admin", "recruiter"])
def employer_api(request, client, admin, org):
    """The employer's side, as each role that may reject and resend."""
    if request.param == "admin":
        return Api(client).as_user(admin)
    return Api(client).as_user(factories.member(admin, org, role="recruiter", email="rita@acme.example"))


def _candidacy(api, org, email="jo@example.com"):
    pos = api.post("/api/v1/positions", {"organization_id": org.id, "title": "Data Engineer"}).get_json()
    return api.post(f"/api/v1/positions/{pos['id']}/candidacies", {"name": "Jo", "email": email}).get_json()


def _reject(api, org, email="jo@example.com"):
    """(candidacy id, the reject response, the token from the candidate's email)."""
    cand = _candidacy(api, org, email)
    r = api.post(f"/api/v1/candidacies/{cand['id']}/reject", {"message": "Thank you, Jo."})
    assert r.status_code == 201, r.get_data(as_text=True)
    return cand["id"], r, factories.invitation_token(email)


def _outbox(email="jo@example.com") -> list[OutboxEmail]:
    return list(db.session.query(OutboxEmail).filter_by(to_email=email).order_by(OutboxEmail.id))


def test_the_reject_response_carries_the_invitation_but_not_its_link(employer_api, org):
    candidacy_id, r, token = _reject(employer_api, org)
    body = r.get_json()
    invitation = db.session.query(Invitation).filter_by(candidacy_id=candidacy_id).one()
    assert set(body) == {"candidacy", "thread", "invitation"}
    assert body["invitation"] == {
        "id": invitation.id,
        "email": "jo@example.com",
        "status": "pending",
        "expires_at": isoformat(invitation.expires_at),
    }
    raw = r.get_data(as_text=True)
    assert token not in raw and "/invitations/" not in raw and "invitation_url" not in raw
    # The email has it, and it works.
    assert f"http://candor.test/invitations/{token}" in _outbox()[0].body_text


def test_resend_replaces_the_link_and_queues_a_new_email(employer_api, anon, org):
    candidacy_id, _r, old = _reject(employer_api, org)
    before = db.session.query(Invitation).one().expires_at
    r = employer_api.post(f"/api/v1/candidacies/{candidacy_id}/invitation/resend")
    assert r.status_code == 200, r.get_data(as_text=True)
    invitation = db.session.query(Invitation).one()  # the same invitation, a new token
    db.session.refresh(invitation)
    assert r.get_json() == {
        "id": invitation.id,
        "email": "jo@example.com",
        "status": "pending",
        "expires_at": isoformat(invitation.expires_at),
    }
    assert invitation.expires_at >= before

    new = factories.invitation_token("jo@example.com")
    first, second = _outbox()
    assert new != old and new not in first.body_text and new in second.body_text
    assert second.subject == "A new link to your conversation with Acme Robotics"
    assert first.dedupe_key != second.dedupe_key and new not in second.dedupe_key and old not in second.dedupe_key
    assert new not in r.get_data(as_text=True) and old not in r.get_data(as_text=True)

    # The old link is dead, the new one works.
    assert_error(anon.get(f"/api/v1/invitations/{old}"), 404)
    assert_error(anon.post(f"/api/v1/invitations/{old}/accept", ACCEPT), 404)
    assert anon.get(f"/api/v1/invitations/{new}").get_json()["email"] == "jo@example.com"
    assert anon.post(f"/api/v1/invitations/{new}/accept", ACCEPT).status_code == 200
    db.session.refresh(invitation)
    assert invitation.status == InvitationStatus.accepted


def test_every_resend_is_its_own_email_and_only_the_newest_link_works(staff_api, anon, org):
    candidacy_id, _r, first = _reject(staff_api, org)
    tokens = [first]
    for _ in range(2):
        assert staff_api.post(f"/api/v1/candidacies/{candidacy_id}/invitation/resend").status_code == 200
        tokens.append(factories.invitation_token("jo@example.com"))
    assert len(set(tokens)) == 3 and len(_outbox()) == 3
    assert len({e.dedupe_key for e in _outbox()}) == 3
    for dead in tokens[:2]:
        assert_error(anon.get(f"/api/v1/invitations/{dead}"), 404)
    assert anon.get(f"/api/v1/invitations/{tokens[2]}").status_code == 200


def test_an_expired_invitation_can_be_resent(staff_api, anon, org):
    candidacy_id, _r, old = _reject(staff_api, org)
    db.session.query(Invitation).update({Invitation.expires_at: utcnow() - timedelta(minutes=1)})
    db.session.commit()
    assert_error(anon.get(f"/api/v1/invitations/{old}"), 409, "invitation_expired")
    r = staff_api.post(f"/api/v1/candidacies/{candidacy_id}/invitation/resend")
    assert r.status_code == 200 and r.get_json()["status"] == "pending"
    assert anon.get(f"/api/v1/invitations/{factories.invitation_token('jo@example.com')}").status_code == 200


def test_invitation_status_is_computed(staff_api, org):
    _reject(staff_api, org)
    invitation = db.session.query(Invitation).one()
    assert invitation.status == InvitationStatus.pending
    invitation.expires_at = utcnow() - timedelta(seconds=1)
    assert invitation.status == InvitationStatus.expired
    invitation.used_at = utcnow()
    assert invitation.status == InvitationStatus.accepted
    db.session.rollback()


def test_resend_wrong_state_is_409_and_changes_nothing(staff_api, anon, org):
    active = _candidacy(staff_api, org, email="active@example.com")
    emails_before = db.session.query(OutboxEmail).count()  # the admin's signup confirmation
    assert_error(staff_api.post(f"/api/v1/candidacies/{active['id']}/invitation/resend"), 409, "not_rejected")
    assert db.session.query(OutboxEmail).count() == emails_before

    candidacy_id, _r, token = _reject(staff_api, org)
    assert anon.post(f"/api/v1/invitations/{token}/accept", ACCEPT).status_code == 200
    invitation = db.session.query(Invitation).one()
    digest, expires = invitation.token_hash, invitation.expires_at
    assert_error(staff_api.post(f"/api/v1/candidacies/{candidacy_id}/invitation/resend"), 409, "invitation_accepted")
    db.session.refresh(invitation)
    assert (invitation.token_hash, invitation.expires_at) == (digest, expires)
    assert len(_outbox()) == 1


def test_resend_for_someone_elses_candidacy_is_404(client, anon, staff_api, org, candidate, stranger_org):
    candidacy_id, _r, token = _reject(staff_api, org)
    url = f"/api/v1/candidacies/{candidacy_id}/invitation/resend"
    assert_error(anon.post(url), 401)
    for outsider in (stranger_org["admin"], stranger_org["candidate"], candidate):
        assert_error(Api(client).as_user(outsider).post(url), 404)
    assert_error(staff_api.post("/api/v1/candidacies/999999/invitation/resend"), 404)
    assert len(_outbox()) == 1 and anon.get(f"/api/v1/invitations/{token}").status_code == 200


def test_a_hiring_manager_cannot_resend(client, admin, org, anon):
    staff_api = Api(client).as_user(admin)
    candidacy_id, _r, token = _reject(staff_api, org)
    hm = factories.member(admin, org, role="hiring_manager", email="hm@acme.example")
    manager = Api(client).as_user(hm)
    # Not their position: they do not see the candidacy at all. Their position: they may not resend.
    assert_error(manager.post(f"/api/v1/candidacies/{candidacy_id}/invitation/resend"), 404)
    hiring.assign_position(admin, db.session.get(Candidacy, candidacy_id).position_id, hm.id)
    assert_error(manager.post(f"/api/v1/candidacies/{candidacy_id}/invitation/resend"), 403)
    assert len(_outbox()) == 1 and anon.get(f"/api/v1/invitations/{token}").status_code == 200


def test_nothing_the_employer_reads_carries_the_token(employer_api, anon, org):
    """The employer cannot accept in the candidate's place: no response they get holds the token."""
    candidacy_id, rejected, first = _reject(employer_api, org)
    resent = employer_api.post(f"/api/v1/candidacies/{candidacy_id}/invitation/resend")
    token = factories.invitation_token("jo@example.com")
    thread_id = rejected.get_json()["thread"]["id"]
    candidacy = db.session.get(Candidacy, candidacy_id)
    seen = [rejected, resent] + [
        employer_api.get(url)
        for url in (
            f"/api/v1/candidacies/{candidacy_id}",
            f"/api/v1/positions/{candidacy.position_id}/candidacies",
            "/api/v1/threads",
            f"/api/v1/threads/{thread_id}",
            f"/api/v1/threads/{thread_id}/messages",
            "/api/v1/me",
        )
    ]
    for response in seen:
        assert response.status_code in (200, 201), response.get_data(as_text=True)
        raw = response.get_data(as_text=True)
        assert token not in raw and first not in raw and "/invitations/" not in raw
    # Only the holder of the email can accept.
    assert anon.post(f"/api/v1/invitations/{token}/accept", ACCEPT).status_code == 200
    assert db.session.query(Thread).one().candidate_user_id is not None


def test_the_openapi_document_describes_the_invitation_without_a_link(client):
    doc = client.get("/api/v1/openapi.json").get_json()
    text = str(doc)
    assert "invitation_url" not in text

    def schema(ref_or_schema: dict) -> dict:
        while "$ref" in ref_or_schema:
            name = ref_or_schema["$ref"].rsplit("/", 1)[1]
            ref_or_schema = doc["components"]["schemas"][name]
        return ref_or_schema

    def response_schema(method: str, path: str, status: str) -> dict:
        return schema(doc["paths"][path][method]["responses"][status]["content"]["application/json"]["schema"])

    reject = response_schema("post", "/api/v1/candidacies/{candidacy_id}/reject", "201")
    assert set(reject["properties"]) == {"candidacy", "thread", "invitation"}
    invitation = schema(reject["properties"]["invitation"])
    assert set(invitation["properties"]) == {"id", "email", "status", "expires_at"}
    assert set(schema(invitation["properties"]["status"])["enum"]) == {"pending", "accepted", "expired"}

    resend = doc["paths"]["/api/v1/candidacies/{candidacy_id}/invitation/resend"]["post"]
    assert {"200", "401", "403", "404", "409"} <= set(resend["responses"])
    resent = schema(resend["responses"]["200"]["content"]["application/json"]["schema"])
    assert set(resent["properties"]) == {"id", "email", "status", "expires_at"}
    assert set(schema(resent["properties"]["status"])["enum"]) == {"pending", "accepted", "expired"}
