"""GET /api/v1/me/export: exactly the caller's data, nothing of anyone else's."""

from __future__ import annotations

import json

from tests.api.conftest import Api, assert_error
from tests.web.helpers import Browser


def dump(response) -> str:
    assert response.status_code == 200, response.get_data(as_text=True)
    return json.dumps(response.get_json())


def test_candidate_export_holds_their_threads_messages_feedback_and_consent(client, world):
    api = Api(client).as_user(world["candidate"])
    response = api.get("/api/v1/me/export")
    data = response.get_json()
    text = dump(response)
    assert response.headers["Cache-Control"] == "no-store"
    assert data["user"] == {
        "id": world["candidate"].id,
        "name": "Casey Candidate",
        "email": "casey@example.com",
        "kind": "candidate",
        "created_at": data["user"]["created_at"],
    }
    threads = {t["id"]: t for t in data["threads"]}
    assert set(threads) == {world["thread"].id, world["globex_thread"].id}
    acme = threads[world["thread"].id]
    assert acme["organization"]["name"] == "Acme Robotics"
    bodies = [m["body"] for m in acme["messages"]]
    assert any("casey-secret" in b for b in bodies)
    assert [r["topics"] for r in acme["feedback_requests"]] == [["skills"]]
    assert acme["feedback_received"][0]["answers"]["strengths"].startswith("Your API design")
    assert "findings" not in json.dumps(acme["feedback_received"])  # the employer's wording check is theirs
    assert any("casey-globex-secret" in m["body"] for m in threads[world["globex_thread"].id]["messages"])
    [connection] = data["connections"]
    assert connection["organization"]["name"] == "Acme Robotics"
    assert connection["connected"] is True
    assert [(e["side"], e["opt_in"]) for e in connection["consent_history"]] == [
        ("candidate", True),
        ("employer", True),
    ]
    assert data["ratings"] == []
    # Nothing of the other candidate, the other organization's thread, or anyone's secrets.
    assert "dana" not in text.lower()
    assert "gus@globex.example" not in text and "erin@acme.example" not in text
    for secret in ("password", "hash", "nonce", "argon2", api.token, world["candidate"].session_nonce):
        assert secret.lower() not in text.lower(), secret
    assert data["sessions"] == {"active_browser_sessions": 0, "active_api_tokens": 1}


def test_staff_export_holds_memberships_and_what_they_wrote(client, world):
    data = Api(client).as_user(world["admin"]).get("/api/v1/me/export").get_json()
    text = json.dumps(data)
    assert data["user"]["email"] == "erin@acme.example" and data["user"]["kind"] == "staff"
    assert [(m["organization"]["name"], m["role"]) for m in data["memberships"]] == [("Acme Robotics", "admin")]
    assert {m["thread_id"] for m in data["messages"]} == {world["thread"].id}
    assert all(m["author"]["id"] == world["admin"].id for m in data["messages"])
    [fb] = data["feedback"]
    assert fb["thread_id"] == world["thread"].id and fb["answers"]["gaps"].startswith("The role needed")
    assert "threads" not in data and "connections" not in data
    # Not the candidate's email, nor their messages, nor the other organization.
    assert "casey@example.com" not in text and "casey-secret" not in text
    assert "Globex" not in text and "dana" not in text.lower()
    assert "password" not in text.lower() and "hash" not in text.lower()


def test_export_needs_a_caller(client, world):
    assert_error(Api(client).get("/api/v1/me/export"), 401)
    assert_error(Api(client, "cnd_not-a-token").get("/api/v1/me/export"), 401, "invalid_token")


def test_web_export_downloads_the_same_json(client, world):
    browser = Browser(client)
    anonymous = client.get("/account/export")
    assert anonymous.status_code == 302 and "/login" in anonymous.headers["Location"]
    browser.login(world["candidate"].email)
    response = client.get("/account/export")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert response.headers["Content-Disposition"].startswith('attachment; filename="candor-export-')
    data = json.loads(response.get_data(as_text=True))
    assert {t["id"] for t in data["threads"]} == {world["thread"].id, world["globex_thread"].id}
    page = client.get("/account/delete").get_data(as_text=True)
    assert "Export my data" in page and 'href="/account/export"' in page
