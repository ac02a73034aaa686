"""A member removed from an organization stops receiving its events at once (real server and sockets):
their live sockets leave the organization's room, and the per-user events are computed without them."""

from __future__ import annotations

import time

from tests.live import HttpApi, emailed_token, employer_and_candidate
from tests.realtime.conftest import SocketClient
from tests.realtime.test_multiprocess import two_servers  # noqa: F401  (the fixture: two processes, Redis)


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


def test_a_removed_members_socket_gets_no_more_of_the_organizations_events(live_server, pair, sockets):
    base = live_server.url
    organization_id = pair["staff"].get("/api/v1/me")["organizations"][0]["id"]
    n = time.monotonic_ns()
    leaving = _join(base, pair["staff"], organization_id, f"leaving{n}@acme.example", "recruiter")
    staying = _join(base, pair["staff"], organization_id, f"staying{n}@acme.example", "recruiter")
    leaving_socket, staying_socket = sockets(leaving["token"]), sockets(staying["token"])
    candidate = sockets(pair["candidate_token"])
    tid = pair["thread_id"]

    # Both members get the thread's events while they are members.
    assert candidate.call("send", {"thread_id": tid, "body": "Before"})["ok"]
    for client in (leaving_socket, staying_socket):
        client.wait_for("message", lambda d: d["message"]["body"] == "Before")

    pair["staff"].call("DELETE", f"/api/v1/organizations/{organization_id}/members/{leaving['user']['id']}", expect=204)

    assert candidate.call("send", {"thread_id": tid, "body": "After"})["ok"]
    assert candidate.call("typing", {"thread_id": tid})["ok"]
    staying_socket.wait_for("message", lambda d: d["message"]["body"] == "After")
    staying_socket.wait_for("typing")
    time.sleep(1.0)
    assert [d for d in leaving_socket.of("message") if d["message"]["body"] == "After"] == []
    assert leaving_socket.of("typing") == []
    # The socket itself stays (the account is not ended): only the organization's events stop.
    assert leaving_socket.sio.connected


def test_a_member_removed_on_another_process_leaves_the_room_there_too(two_servers):  # noqa: F811
    """The removal is handled by process A; the member's socket is on process B, whose sweep takes it
    out of the organization's room (typing goes to that room, through Redis)."""
    a, b = two_servers
    pair = employer_and_candidate(a.url)
    organization_id = pair["staff"].get("/api/v1/me")["organizations"][0]["id"]
    n = time.monotonic_ns()
    leaving = _join(a.url, pair["staff"], organization_id, f"leaving{n}@acme.example", "recruiter")
    staying = _join(a.url, pair["staff"], organization_id, f"staying{n}@acme.example", "recruiter")
    made = [
        SocketClient(b.url, leaving["token"]).connect(),
        SocketClient(b.url, staying["token"]).connect(),
        SocketClient(a.url, pair["candidate_token"]).connect(),
    ]
    leaving_socket, staying_socket, candidate = made
    tid = pair["thread_id"]
    try:
        assert candidate.call("typing", {"thread_id": tid})["ok"]
        leaving_socket.wait_for("typing")
        staying_socket.wait_for("typing")
        pair["staff"].call(
            "DELETE", f"/api/v1/organizations/{organization_id}/members/{leaving['user']['id']}", expect=204
        )
        time.sleep(1.0)  # more than SWEEP_INTERVAL: the promise is "within a second"
        before = len(leaving_socket.of("typing"))
        time.sleep(2.1)  # typing is throttled to one per 2 s per socket
        assert candidate.call("send", {"thread_id": tid, "body": "After"})["ok"]
        assert candidate.call("typing", {"thread_id": tid})["ok"]
        staying_socket.wait_for("message", lambda d: d["message"]["body"] == "After")
        staying_socket.wait_for("typing", count=2)
        time.sleep(1.0)
        assert len(leaving_socket.of("typing")) == before
        assert [d for d in leaving_socket.of("message") if d["message"]["body"] == "After"] == []
    finally:
        for client in made:
            client.close()


def test_a_role_changed_on_another_process_narrows_what_the_socket_there_may_do(two_servers):  # noqa: F811
    """The socket on process B keeps a copy of its user; process A makes that recruiter a hiring manager, who
    may not write in a thread they do not handle. B's sweep sees the memberships changed and reloads the copy
    before the next event, within the promised second."""
    a, b = two_servers
    pair = employer_and_candidate(a.url)
    organization_id = pair["staff"].get("/api/v1/me")["organizations"][0]["id"]
    member = _join(a.url, pair["staff"], organization_id, f"moving{time.monotonic_ns()}@acme.example", "recruiter")
    socket = SocketClient(b.url, member["token"]).connect()
    tid = pair["thread_id"]
    try:
        assert socket.call("send", {"thread_id": tid, "body": "Before the change."})["ok"]  # the copy is loaded
        pair["staff"].call(
            "PATCH",
            f"/api/v1/organizations/{organization_id}/members/{member['user']['id']}",
            {"role": "hiring_manager"},
            expect=200,
        )
        time.sleep(1.0)  # more than SWEEP_INTERVAL
        refused = socket.call("send", {"thread_id": tid, "body": "After the change."})
        assert refused["ok"] is False and refused["error"]["code"] == "not_found"
    finally:
        socket.close()
