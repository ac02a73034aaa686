"""Browser libraries from npm, served from node_modules by name (scripts/test runs `npm ci`)."""

from __future__ import annotations


def test_the_socket_io_client_is_served_as_javascript(client):
    r = client.get("/vendor/socket.io.min.js")
    assert r.status_code == 200, "run `npm ci` (scripts/test and scripts/start do)"
    assert r.mimetype in ("text/javascript", "application/javascript")
    assert b"Socket.IO v4.8.4" in r.get_data()[:200]  # the version package.json pins
    r.close()


def test_only_listed_vendor_files_are_served(client):
    for name in ("nope.js", "socket.io.js.map", "..%2Fpackage.json", "package.json"):
        assert client.get(f"/vendor/{name}").status_code == 404, name
    assert client.get("/vendor/../package.json").status_code == 404
