"""The one-click renew and withdraw pages of the emailed links: the token authenticates (no login);
a GET only shows the button (mail scanners open links); bad, spent and expired links get a page
with a way on (My connections) and change nothing. And the history on My connections."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from server.connections import links
from server.connections.models import Connection, ConsentEvent
from server.connections.operations import set_connection
from server.extensions import db
from tests.web.helpers import csrf_token, visible


def _path(url: str) -> str:
    assert url.startswith("http://candor.test/connections/")
    return url.removeprefix("http://candor.test")


@pytest.fixture
def connection(admin, candidate, thread):
    set_connection(candidate, thread.id, True, ["backend"])
    return set_connection(admin, thread.id, True)


def _state(connection_id: int):
    db.session.expire_all()
    row = db.session.get(Connection, connection_id)
    events = db.session.scalar(select(func.count()).select_from(ConsentEvent))
    return (row.candidate_opt_in, row.employer_opt_in, row.expires_at, row.updated_at, events)


@pytest.mark.parametrize("kind", ["renew", "withdraw"])
def test_opening_the_link_changes_nothing(client, connection, kind):
    url = links.renew_url(connection) if kind == "renew" else links.withdraw_url(connection)
    before = _state(connection.id)
    for _ in range(3):
        page = client.get(_path(url))
        assert page.status_code == 200
        assert "Acme Robotics" in visible(page) and "currently ends on" in visible(page)
        assert page.get_data(as_text=True).count("<form") == 1  # one button (and no login needed)
    client.head(_path(url))
    assert _state(connection.id) == before
    # A POST without the form's CSRF token is refused and changes nothing either.
    assert client.post(_path(url)).status_code == 400
    assert _state(connection.id) == before


def test_bad_links_404_with_a_way_on(client, connection):
    renew, withdraw = _path(links.renew_url(connection)), _path(links.withdraw_url(connection))
    token = renew.rsplit("/", 1)[1]
    for bad in (
        "/connections/renew/nonsense",
        "/connections/withdraw/" + token,  # a renewal token is no withdrawal token
        "/connections/renew/" + withdraw.rsplit("/", 1)[1],
        renew[:-2] + ("AA" if not renew.endswith("AA") else "BB"),  # tampered
        "/connections/renew/" + "x" * 3000,
    ):
        page = client.get(bad)
        assert page.status_code == 404, bad
        assert "This link cannot be used" in visible(page) and "Go to My connections" in visible(page)
        form = client.get(renew).get_data(as_text=True)
        assert client.post(bad, data={"csrf_token": csrf_token(form)}).status_code == 404
    before = _state(connection.id)
    assert _state(connection.id) == before


def test_expired_links_410(client, connection, monkeypatch):
    url = _path(links.renew_url(connection))
    form = client.get(url).get_data(as_text=True)
    monkeypatch.setattr(links, "LINK_MAX_AGE", timedelta(seconds=-1))  # every link is older than that
    before = _state(connection.id)
    page = client.get(url)
    assert page.status_code == 410 and "This link has expired." in visible(page)
    assert client.post(url, data={"csrf_token": csrf_token(form)}).status_code == 410
    assert _state(connection.id) == before


def test_links_die_when_the_consent_changes(client, admin, candidate, thread, connection):
    renew = _path(links.renew_url(connection))
    form = client.get(renew).get_data(as_text=True)
    # The employer steps back: nothing to renew, nothing to withdraw from.
    set_connection(admin, thread.id, False)
    page = client.get(renew)
    assert page.status_code == 410 and "already used, or your consent has changed" in visible(page)
    assert client.post(renew, data={"csrf_token": csrf_token(form)}).status_code == 410
    # Connected again within the same period: the old link works again, it is the same consent.
    set_connection(admin, thread.id, True)
    assert client.get(renew).status_code == 200
    # The candidate renews elsewhere: the old links are spent.
    set_connection(candidate, thread.id, True)
    assert client.get(renew).status_code == 410
    assert client.get(_path(links.withdraw_url(db.session.get(Connection, connection.id)))).status_code == 200


def test_withdraw_works_for_a_logged_in_stranger_too(new_browser, stranger_org, connection):
    """The token, not the session, says whose consent it is."""
    other = new_browser().login(stranger_org["candidate"].email)
    url = _path(links.withdraw_url(connection))
    page = other.get(url)
    done = other.client.post(url, data={"csrf_token": csrf_token(page.get_data(as_text=True))})
    assert done.status_code == 200
    db.session.expire_all()
    assert db.session.get(Connection, connection.id).candidate_opt_in is False
    event = db.session.scalars(select(ConsentEvent).order_by(ConsentEvent.id.desc())).first()
    assert (event.action, event.side, event.actor_id) == ("opt_out", "candidate", connection.candidate_user_id)


def test_my_connections_shows_the_history(casey, admin, candidate, thread, connection):
    casey.submit("/connections", f"/connections/threads/{thread.id}/renew")
    page = visible(casey.get("/connections"))
    assert "History with Acme Robotics (3)" in page
    assert "Opted in by you (interests: backend)" in page
    assert "Opted in by Acme Robotics" in page
    assert "Renewed by you" in page
    assert page.index("Opted in by you") < page.index("Opted in by Acme Robotics") < page.index("Renewed by you")
    assert "Connected since" in page
