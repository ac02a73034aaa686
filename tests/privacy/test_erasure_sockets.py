"""Erasure ends the candidate's live sockets; the employer's open page hears the anonymised thread
(real server, real sockets)."""

from __future__ import annotations

from tests.realtime.conftest import live_server, pair  # noqa: F401 (fixtures)
from tests.realtime.test_session_end import PASSWORD, Browser, Watched


def test_erasure_drops_every_socket_of_the_candidate_and_tells_the_employer(live_server, pair):  # noqa: F811
    made: list[Watched] = []
    try:
        on_browser = Browser(live_server.url, pair["candidate_user"]["email"]).socket()
        made.append(on_browser)
        on_api = Watched(live_server.url, pair["candidate_token"]).connect()
        made.append(on_api)
        staff = Watched(live_server.url, pair["staff_token"]).connect()
        made.append(staff)
        pair["candidate"].call("DELETE", "/api/v1/me", {"password": PASSWORD}, expect=204)
        on_browser.assert_ends()
        on_api.assert_ends()
        [changed] = staff.wait_for(
            "thread", lambda d: d["thread"]["id"] == pair["thread_id"] and d["thread"]["candidate"]["id"] is None
        )
        assert changed["thread"]["candidate"]["name"] == "Former candidate"
        assert staff.sio.connected
    finally:
        for client in made:
            client.close()
