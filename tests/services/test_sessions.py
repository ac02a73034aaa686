"""Server-side browser sessions and the SessionsEnded event, through the services."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest

from server.accounts import operations as accounts
from server.accounts.events import SessionsEnded
from server.accounts.models import ApiToken, UserSession
from server.core import events
from server.core.events import Phase, subscribe
from server.core.time import utcnow
from server.extensions import db
from tests import factories


@pytest.fixture
def ended():
    """The SessionsEnded events heard after their commit, in order."""
    heard: list[SessionsEnded] = []
    subscribe(SessionsEnded, phase=Phase.AFTER_COMMIT)(heard.append)
    yield heard
    events._subscribers[Phase.AFTER_COMMIT][SessionsEnded].remove(heard.append)


def _row(key: str) -> UserSession:
    return db.session.query(UserSession).filter_by(key_hash=hashlib.sha256(key.encode()).hexdigest()).one()


def test_a_session_is_live_until_it_ends(admin, ended):
    key = accounts.open_session(admin, "Firefox")
    row = _row(key)
    assert row.user_agent == "Firefox" and row.revoked_at is None
    assert accounts.user_for_session(admin.get_id(), key) == admin
    for wrong in [("", key), (admin.get_id(), None), (admin.get_id(), "not-a-key"), (f"{admin.id}:other", key)]:
        assert accounts.user_for_session(*wrong) is None, wrong
    other = factories.employer()[0]
    assert accounts.user_for_session(other.get_id(), key) is None  # a key works only with its own user

    accounts.end_session(key)
    assert row.revoked_at is not None
    assert accounts.user_for_session(admin.get_id(), key) is None
    assert ended == [SessionsEnded(admin.id, session_ids=(row.id,))]
    accounts.end_session(key)  # ending it again changes nothing and announces nothing
    accounts.end_session(None)
    assert len(ended) == 1


def test_revoking_a_token_announces_it(admin, ended):
    token = accounts.issue_token(admin)
    _user, row = accounts.user_for_token(token)
    accounts.revoke_token(row)
    assert accounts.user_for_token(token) is None
    assert ended == [SessionsEnded(admin.id, token_ids=(row.id,))]


def test_ending_all_sessions_ends_every_session_and_token_of_the_user_only(admin, ended):
    keys = [accounts.open_session(admin), accounts.open_session(admin)]
    tokens = [accounts.issue_token(admin), accounts.issue_token(admin)]
    accounts.end_session(keys[1])  # already ended: not announced again
    other = factories.employer()[0]
    other_key, other_token = accounts.open_session(other), accounts.issue_token(other)
    old_id = admin.get_id()
    ended.clear()

    accounts.sign_out_everywhere(admin)
    [event] = ended
    assert event.user_id == admin.id and event.session_ids == (_row(keys[0]).id,)
    assert set(event.token_ids) == {t.id for t in db.session.query(ApiToken).filter_by(user_id=admin.id)}
    assert len(event.token_ids) == 2
    assert admin.get_id() != old_id  # the nonce turned too: a login racing this one is refused
    assert all(accounts.user_for_token(t) is None for t in tokens)
    assert accounts.user_for_session(old_id, keys[0]) is None
    assert accounts.user_for_session(other.get_id(), other_key) == other
    assert accounts.user_for_token(other_token) is not None


def test_live_credentials_names_the_sessions_and_tokens_still_live(admin):
    live_key, dead_key = accounts.open_session(admin), accounts.open_session(admin)
    live_token, dead_token = accounts.issue_token(admin), accounts.issue_token(admin)
    accounts.end_session(dead_key)
    accounts.revoke_token(accounts.user_for_token(dead_token)[1])
    session_ids = [_row(live_key).id, _row(dead_key).id, 10**9]
    token_ids = [accounts.user_for_token(live_token)[1].id, 10**9 - 1]
    dead_token_id = db.session.query(ApiToken.id).filter(ApiToken.revoked_at.is_not(None)).scalar()
    assert accounts.live_credentials(session_ids, [*token_ids, dead_token_id]) == ({session_ids[0]}, {token_ids[0]})
    assert accounts.live_credentials([], []) == (set(), set())


def test_live_credentials_handles_more_ids_than_one_query_takes(admin, monkeypatch):
    monkeypatch.setattr(accounts, "LIVE_CHECK_CHUNK", 2)
    keys = [accounts.open_session(admin) for _ in range(5)]
    accounts.end_session(keys[3])
    ids = [_row(k).id for k in keys]
    assert accounts.live_credentials(ids, []) == ({ids[0], ids[1], ids[2], ids[4]}, set())


def test_last_seen_is_kept_coarsely_without_a_write_per_request(admin, monkeypatch):
    key = accounts.open_session(admin)
    row = _row(key)
    writes = []
    monkeypatch.setattr(accounts, "_touch_session", lambda r: writes.append(r.id))
    accounts.user_for_session(admin.get_id(), key)
    assert writes == []
    row.last_seen_at = utcnow() - timedelta(seconds=accounts.TOKEN_USE_RESOLUTION + 1)
    accounts.user_for_session(admin.get_id(), key)
    assert writes == [row.id]


def test_ending_all_sessions_but_one_keeps_that_one(admin, ended):
    kept, other = accounts.open_session(admin), accounts.open_session(admin)
    token = accounts.issue_token(admin)
    accounts.end_all_sessions(admin, keep_session_id=_row(kept).id)  # a password change, say
    assert accounts.user_for_session(admin.get_id(), kept) == admin
    assert accounts.user_for_session(admin.get_id(), other) is None
    assert accounts.user_for_token(token) is None
    [event] = ended
    assert event.session_ids == (_row(other).id,) and len(event.token_ids) == 1
