"""DELETE /api/v1/me: erasure with the password; the employer keeps an anonymised record."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from server.accounts.models import ApiToken, Membership, User, UserSession
from server.connections.models import Connection, ConsentEvent
from server.extensions import db
from server.feedback.models import Feedback
from server.hiring.models import Candidacy, Invitation
from server.messaging import operations as messaging
from server.messaging.models import Message, ReadState, Thread
from server.notifications.models import OutboxEmail, PendingNotification
from tests import factories
from tests.api.conftest import Api, assert_error
from tests.web.helpers import Browser

REMOVED = "[removed at the candidate's request]"


def snapshot() -> dict:
    """Counts and contents that erasure would change."""
    return {
        "users": db.session.scalar(select(func.count()).select_from(User)),
        "memberships": db.session.scalar(select(func.count()).select_from(Membership)),
        "connections": db.session.scalar(select(func.count()).select_from(Connection)),
        "consent": db.session.scalar(select(func.count()).select_from(ConsentEvent)),
        "read_states": db.session.scalar(select(func.count()).select_from(ReadState)),
        "bodies": sorted(db.session.scalars(select(Message.body))),
        "names": sorted(db.session.scalars(select(Candidacy.name))),
        "live_tokens": db.session.scalar(select(func.count()).where(ApiToken.revoked_at.is_(None))),
    }


def erase(api: Api, body) -> object:
    return api.client.delete("/api/v1/me", json=body, headers=api._headers())


def test_wrong_or_missing_password_changes_nothing(client, world):
    api = Api(client).as_user(world["candidate"])
    before = snapshot()
    assert_error(erase(api, {"password": "not the password"}), 422, "wrong_password")
    assert_error(erase(api, {"password": ""}), 422)
    assert_error(erase(api, {}), 422)
    assert_error(erase(api, {"password": 12345}), 400, "wrong_type")
    assert_error(erase(api, {"password": factories.PASSWORD, "extra": 1}), 422)
    assert_error(erase(api, {"password": "x" * 2000}), 422)
    huge = client.delete(
        "/api/v1/me",
        data=json.dumps({"password": "x" * 400_000}),
        headers={**api._headers(), "Content-Type": "application/json"},
    )
    assert_error(huge, 413)
    db.session.expire_all()
    assert snapshot() == before
    assert api.get("/api/v1/me").status_code == 200


def test_erasure_needs_a_caller(client, world):
    before = snapshot()
    assert_error(erase(Api(client), {"password": factories.PASSWORD}), 401)
    assert_error(erase(Api(client, "cnd_forged"), {"password": factories.PASSWORD}), 401, "invalid_token")
    db.session.expire_all()
    assert snapshot() == before


def test_candidate_erasure_anonymises_their_side_and_ends_their_access(client, world):
    casey, thread, globex_thread = world["candidate"], world["thread"], world["globex_thread"]
    casey_id, email = casey.id, casey.email
    api = Api(client).as_user(casey)
    second_token = Api(client).as_user(casey)
    browser = Browser(client.application.test_client()).login(email)
    # The staff have an unseen candidate message pending; a Dana row elsewhere must stay.
    messaging.post_message(casey, thread.id, "One more thing, casey-last-words")
    other_before = {
        "bodies": sorted(db.session.scalars(select(Message.body).where(Message.thread_id == world["other_thread"].id))),
        "connections": db.session.scalar(
            select(func.count()).where(Connection.candidate_user_id == world["other_candidate"].id)
        ),
    }
    assert db.session.scalar(select(func.count()).where(PendingNotification.thread_id == thread.id)) > 0

    response = erase(api, {"password": factories.PASSWORD})
    assert response.status_code == 204, response.get_data(as_text=True)
    db.session.expire_all()

    # The account, its tokens and sessions are gone: no login, no API, no page.
    assert db.session.get(User, casey_id) is None
    assert_error(api.get("/api/v1/me"), 401)
    assert_error(second_token.get("/api/v1/threads"), 401)
    assert browser.get("/account").status_code == 302
    login = client.post("/api/v1/tokens", json={"email": email, "password": factories.PASSWORD})
    assert_error(login, 401, "invalid_credentials")
    assert db.session.scalar(select(func.count()).where(UserSession.user_id == casey_id)) == 0

    # Both of Casey's threads stay with their employers, anonymised.
    for t, staff in ((thread, world["admin"]), (globex_thread, world["other_admin"])):
        row = db.session.get(Thread, t.id)
        assert row is not None and row.candidate_user_id is None
        assert row.candidacy.name == "Former candidate" and row.candidacy.email == ""
        assert db.session.scalar(select(func.count()).where(Invitation.candidacy_id == row.candidacy_id)) == 0
        staff_api = Api(client).as_user(staff)
        seen = staff_api.get(f"/api/v1/threads/{t.id}").get_json()
        assert seen["candidate"] == {"id": None, "name": "Former candidate"}
        messages = staff_api.get(f"/api/v1/threads/{t.id}/messages").get_json()["items"]
        text = json.dumps(messages)
        assert "casey" not in text.lower() and email not in text
        candidate_side = [m for m in messages if m["author"]["side"] == "candidate"]
        assert candidate_side and all(m["body"] == REMOVED for m in candidate_side)
        assert all(m["author"] == {"id": None, "name": "Former candidate", "side": "candidate"} for m in candidate_side)
        assert all(REMOVED in m["html"] for m in candidate_side)
        employer_side = [m for m in messages if m["author"]["side"] == "employer"]
        assert employer_side and all(m["author"]["id"] == staff.id for m in employer_side)

    # The employer's feedback stays; consent, read state and pending notifications about Casey go.
    assert db.session.scalar(select(func.count()).where(Feedback.thread_id == thread.id)) == 1
    assert db.session.scalar(select(func.count()).where(Connection.candidate_user_id == casey_id)) == 0
    assert db.session.scalar(select(func.count()).where(ConsentEvent.thread_id == thread.id)) == 0
    assert db.session.scalar(select(func.count()).where(ReadState.user_id == casey_id)) == 0
    assert db.session.scalar(select(func.count()).where(PendingNotification.thread_id == thread.id)) == 0
    assert db.session.scalar(select(func.count()).where(OutboxEmail.to_email == email)) == 0
    # The staff thread page shows the anonymised side.
    page = Browser(client.application.test_client()).login(world["admin"].email).get(f"/threads/{thread.id}")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "Former candidate" in html and "casey-secret" not in html

    # Another organization's data and another candidate are untouched.
    assert (
        sorted(db.session.scalars(select(Message.body).where(Message.thread_id == world["other_thread"].id)))
        == other_before["bodies"]
    )
    assert (
        db.session.scalar(select(func.count()).where(Connection.candidate_user_id == world["other_candidate"].id))
        == other_before["connections"]
    )
    assert Api(client).as_user(world["other_candidate"]).get("/api/v1/me").status_code == 200


def test_staff_erasure_keeps_their_messages_as_former_colleague(client, world):
    admin, org, thread = world["admin"], world["org"], world["thread"]
    rita = factories.member(admin, org, role="recruiter", email="rita@acme.example")
    messaging.post_message(rita, thread.id, "Rita here: happy to talk more.")
    messaging.close_thread(rita, thread.id)
    messaging.reopen_thread(admin, thread.id)
    rita_id = rita.id
    response = erase(Api(client).as_user(rita), {"password": factories.PASSWORD})
    assert response.status_code == 204, response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(User, rita_id) is None
    assert db.session.scalar(select(func.count()).where(Membership.user_id == rita_id)) == 0
    messages = Api(client).as_user(admin).get(f"/api/v1/threads/{thread.id}/messages").get_json()["items"]
    [rita_message] = [m for m in messages if m["body"] == "Rita here: happy to talk more."]
    assert rita_message["author"] == {"id": None, "name": "Former colleague", "side": "employer"}
    bodies = [m["body"] for m in messages]
    assert "Former colleague closed the conversation." in bodies and "Erin Admin reopened the conversation." in bodies
    assert not any("Rita" in m["body"] or "Rita" in m["html"] for m in messages if m["kind"] == "system")
    candidate_view = Api(client).as_user(world["candidate"]).get(f"/api/v1/threads/{thread.id}/messages")
    assert "Former colleague" in candidate_view.get_data(as_text=True)
    page = Browser(client.application.test_client()).login(world["candidate"].email).get(f"/threads/{thread.id}")
    assert "Former colleague" in page.get_data(as_text=True)


def test_last_admin_is_refused(client, world):
    api = Api(client).as_user(world["admin"])
    before = snapshot()
    error = assert_error(erase(api, {"password": factories.PASSWORD}), 409, "last_admin")
    assert "Acme Robotics" in error["message"]
    db.session.expire_all()
    assert snapshot() == before
    # With a second admin, the first may go.
    factories.member(world["admin"], world["org"], role="admin", email="ada@acme.example")
    assert erase(api, {"password": factories.PASSWORD}).status_code == 204


def test_web_delete_needs_password_and_csrf(client, world):
    email = world["candidate"].email
    browser = Browser(client).login(email)
    page = client.get("/account/delete")
    assert page.status_code == 200 and "Delete my account" in page.get_data(as_text=True)
    no_csrf = client.post("/account/delete", data={"password": factories.PASSWORD})
    assert no_csrf.status_code == 400
    wrong = browser.submit("/account/delete", data={"password": "wrong password"})
    assert wrong.status_code == 422 and "That password is not right." in wrong.get_data(as_text=True)
    assert db.session.scalar(select(func.count()).where(User.email == email)) == 1
    done = browser.submit("/account/delete", data={"password": factories.PASSWORD})
    assert done.status_code == 302 and done.headers["Location"].endswith("/login")
    db.session.expire_all()
    assert db.session.scalar(select(func.count()).where(User.email == email)) == 0
    assert client.get("/account").status_code == 302
    assert client.get("/account/delete").status_code == 302


def test_password_guesses_are_rate_limited(make_app):
    app = make_app(RATELIMIT_ENABLED=True, CANDOR_AUTH_RATE_LIMIT="3 per minute")
    with app.app_context():
        admin, org = factories.employer("Acme Robotics", name="Erin Admin", email="erin@acme.example")
        casey, _thread = factories.joined_thread(admin, org, email="casey@example.com")
        api = Api(app.test_client()).as_user(casey)
        for _ in range(3):
            assert_error(erase(api, {"password": "guess number one"}), 422, "wrong_password")
        r = erase(api, {"password": factories.PASSWORD})
        assert_error(r, 429, "rate_limited")
        assert int(r.headers["Retry-After"]) > 0
        assert db.session.get(User, casey.id) is not None


def test_session_cookie_erasure_needs_csrf(client, world):
    Browser(client).login(world["candidate"].email)
    r = client.delete("/api/v1/me", json={"password": factories.PASSWORD})
    assert r.status_code == 400
    assert db.session.get(User, world["candidate"].id) is not None
