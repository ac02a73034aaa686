"""A password reset ends every live socket of the account; a password change every one but those of
the browser it is made in (real servers)."""

from __future__ import annotations

from tests.live import HttpApi, emailed_token
from tests.realtime.test_session_end import PASSWORD, Browser, _connected, _token_socket


def test_a_password_reset_drops_every_socket_of_the_user(live_server, pair):
    email = pair["candidate_user"]["email"]
    laptop = Browser(live_server.url, email)
    made = [laptop.socket()]
    _token_socket(live_server.url, pair["candidate_token"], made)
    staff = _token_socket(live_server.url, pair["staff_token"], made)
    try:
        anon = HttpApi(live_server.url)
        anon.post("/api/v1/password-reset", {"email": email}, expect=202)
        token = emailed_token(live_server.url, email, "password-reset")
        anon.post(f"/api/v1/password-reset/{token}", {"password": "a brand new passphrase"}, expect=204)
        for client in made[:2]:
            client.assert_ends()
        _connected(staff)  # someone else's socket stays
    finally:
        for client in made:
            client.close()


def test_a_password_change_keeps_only_this_browsers_sockets(live_server, pair):
    email = pair["staff_user"]["email"]
    laptop, phone = Browser(live_server.url, email), Browser(live_server.url, email)
    made = [laptop.socket(), phone.socket()]
    on_laptop, on_phone = made
    on_api = _token_socket(live_server.url, pair["staff_token"], made)
    try:
        r = laptop.submit(
            "/account", "/account/password", {"current_password": PASSWORD, "password": "another long one"}
        )
        assert r.status_code == 302, r.text
        on_phone.assert_ends()
        on_api.assert_ends()
        _connected(on_laptop)
    finally:
        for client in made:
            client.close()
