"""Live events follow roles and assignments (real server and sockets): a hiring manager receives the
message, thread, read and typing events of the threads assigned to them (directly or through the
position) and none of the others; a role change takes effect on live sockets at once."""

from __future__ import annotations

import time

from tests.live import HttpApi, emailed_invitation_token, emailed_token

QUIET = 1.0  # seconds to wait for events that must not come


def _join(base: str, admin: HttpApi, organization_id: int, email: str, role: str) -> dict:
    admin.post(
        f"/api/v1/organizations/{organization_id}/members/invitations", {"email": email, "role": role}, expect=201
    )
    token = emailed_token(base, email, "member-invitations")
    return HttpApi(base).post(
        f"/api/v1/member-invitations/{token}/accept",
        {"name": email.split("@")[0], "password": "a long password"},
        expect=200,
    )


def _another_thread(base: str, staff: HttpApi, organization_id: int, name: str) -> dict:
    """A second rejected candidate who joined: {"candidate": HttpApi, "token", "thread_id", "position_id"}."""
    n = time.monotonic_ns()
    pos = staff.post("/api/v1/positions", {"organization_id": organization_id, "title": f"Role {n}"}, expect=201)
    email = f"{name.lower()}{n}@c.example"
    cand = staff.post(f"/api/v1/positions/{pos['id']}/candidacies", {"name": name, "email": email}, expect=201)
    staff.post(f"/api/v1/candidacies/{cand['id']}/reject", {"message": "Thank you"}, expect=201)
    token = emailed_invitation_token(base, email)
    accepted = HttpApi(base).post(
        f"/api/v1/invitations/{token}/accept", {"name": name, "password": "a long password"}, expect=200
    )
    return {
        "candidate": HttpApi(base, accepted["token"]),
        "token": accepted["token"],
        "thread_id": accepted["thread"]["id"],
        "position_id": pos["id"],
    }


def _of_thread(client, name: str, thread_id: int) -> list[dict]:
    def belongs(data: dict) -> bool:
        if "thread" in data:
            return data["thread"]["id"] == thread_id
        return data.get("thread_id") == thread_id

    return [d for d in client.of(name) if belongs(d)]


def test_a_hiring_manager_gets_live_events_only_of_threads_assigned_to_them(live_server, pair, sockets):
    base = live_server.url
    staff = pair["staff"]
    organization_id = staff.get("/api/v1/me")["organizations"][0]["id"]
    n = time.monotonic_ns()
    manager = _join(base, staff, organization_id, f"hana{n}@acme.example", "hiring_manager")
    recruiter = _join(base, staff, organization_id, f"rita{n}@acme.example", "recruiter")
    tid = pair["thread_id"]
    other = _another_thread(base, staff, organization_id, "Olly")
    hm, rita = sockets(manager["token"]), sockets(recruiter["token"])
    candidate, olly = sockets(pair["candidate_token"]), sockets(other["token"])

    # Unassigned: the recruiter hears everything, the hiring manager nothing.
    sent = candidate.call("send", {"thread_id": tid, "body": "Before"})
    assert sent["ok"]
    assert candidate.call("typing", {"thread_id": tid})["ok"]
    rita.wait_for("message", lambda d: d["message"]["body"] == "Before")
    rita.wait_for("typing", lambda d: d["thread_id"] == tid)
    time.sleep(QUIET)
    assert hm.events == []
    # Nor may they act on it over the socket.
    refused = hm.call("send", {"thread_id": tid, "body": "Me?"})
    assert refused == {"ok": False, "error": {"code": "not_found", "message": "Conversation not found."}}
    assert hm.call("typing", {"thread_id": tid})["error"]["code"] == "not_found"

    # Assigned: the hiring manager gains the thread at once, with its assignee.
    staff.put(f"/api/v1/threads/{tid}/assignee", {"user_id": manager["user"]["id"]}, expect=200)
    gained = hm.wait_for("thread", lambda d: d["thread"]["id"] == tid)[0]["thread"]
    assert gained["assignee"] == {"id": manager["user"]["id"], "name": manager["user"]["name"]}
    assert gained["unread_count"] >= 1
    rita.wait_for("thread", lambda d: d["thread"]["id"] == tid and d["thread"]["assignee"] is not None)

    time.sleep(2.1)  # typing is throttled to one per 2 s per socket
    assert candidate.call("send", {"thread_id": tid, "body": "After"})["ok"]
    assert candidate.call("typing", {"thread_id": tid})["ok"]
    hm.wait_for("message", lambda d: d["message"]["body"] == "After")
    hm.wait_for("typing", lambda d: d["thread_id"] == tid)
    answer = hm.call("send", {"thread_id": tid, "body": "Hana here, happy to help."})
    assert answer["ok"]
    candidate.wait_for("message", lambda d: d["message"]["body"] == "Hana here, happy to help.")
    assert candidate.call("read", {"thread_id": tid, "message_id": answer["message"]["id"]})["ok"]
    hm.wait_for("read", lambda d: d["thread_id"] == tid and d["side"] == "candidate")

    # The other thread of the organization stays out of their sight.
    assert olly.call("send", {"thread_id": other["thread_id"], "body": "Olly's question"})["ok"]
    assert olly.call("typing", {"thread_id": other["thread_id"]})["ok"]
    rita.wait_for("message", lambda d: d["message"]["body"] == "Olly's question")
    time.sleep(QUIET)
    for name in ("message", "thread", "read", "typing"):
        assert _of_thread(hm, name, other["thread_id"]) == [], name

    # Through the position: assigning Olly's position gives the hiring manager that thread too.
    staff.put(f"/api/v1/positions/{other['position_id']}/assignee", {"user_id": manager["user"]["id"]}, expect=200)
    hm.wait_for("thread", lambda d: d["thread"]["id"] == other["thread_id"])
    assert olly.call("send", {"thread_id": other["thread_id"], "body": "Anyone?"})["ok"]
    hm.wait_for("message", lambda d: d["message"]["body"] == "Anyone?")


def test_a_role_change_moves_live_sockets_at_once(live_server, pair, sockets):
    base = live_server.url
    staff = pair["staff"]
    organization_id = staff.get("/api/v1/me")["organizations"][0]["id"]
    n = time.monotonic_ns()
    member = _join(base, staff, organization_id, f"ray{n}@acme.example", "recruiter")
    tid = pair["thread_id"]
    ray, candidate = sockets(member["token"]), sockets(pair["candidate_token"])
    assert candidate.call("typing", {"thread_id": tid})["ok"]
    ray.wait_for("typing", lambda d: d["thread_id"] == tid)

    staff.call(
        "PATCH", f"/api/v1/organizations/{organization_id}/members/{member['user']['id']}", {"role": "hiring_manager"}
    )
    time.sleep(2.1)
    seen = len(ray.events)
    assert candidate.call("send", {"thread_id": tid, "body": "Now a manager"})["ok"]
    assert candidate.call("typing", {"thread_id": tid})["ok"]
    time.sleep(QUIET)
    assert ray.events[seen:] == []

    staff.call("PATCH", f"/api/v1/organizations/{organization_id}/members/{member['user']['id']}", {"role": "admin"})
    time.sleep(2.1)
    assert candidate.call("typing", {"thread_id": tid})["ok"]
    ray.wait_for("typing", lambda d: d["thread_id"] == tid, count=2)
    assert candidate.call("send", {"thread_id": tid, "body": "An admin again"})["ok"]
    ray.wait_for("message", lambda d: d["message"]["body"] == "An admin again")
