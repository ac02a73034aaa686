"""GET /api/v1/organizations/{id}/talent-pool: the candidates connected now, filtered and paged."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from server.accounts.operations import issue_token
from server.connections import announcements
from server.connections.models import Connection
from server.connections.operations import set_connection
from server.core.time import isoformat, utcnow
from server.extensions import db
from server.messaging.models import Thread
from tests import factories
from tests.api.conftest import Api, assert_error


def person(admin, org, name, *, interests=(), candidate_in=True, employer_in=True):
    slug = name.lower().replace(" ", ".").replace("%", "pct").replace("_", "u")
    candidate, thread = factories.joined_thread(admin, org, email=f"{slug}@example.com", name=name)
    if candidate_in:
        set_connection(candidate, thread.id, True, list(interests))
    if employer_in:
        set_connection(admin, thread.id, True)
    return candidate


def _thread_of(candidate) -> Thread:
    thread = db.session.scalar(select(Thread).where(Thread.candidate_user_id == candidate.id))
    assert thread is not None
    return thread


def pool_url(org, query: str = "") -> str:
    return f"/api/v1/organizations/{org.id}/talent-pool{query}"


def names(response) -> list[str]:
    assert response.status_code == 200, response.get_data(as_text=True)
    return sorted(item["candidate"]["name"] for item in response.get_json()["items"])


@pytest.fixture
def api(client, admin):
    return Api(client, issue_token(admin))


@pytest.fixture
def people(admin, org):
    found = {
        "mia": person(admin, org, "Mia Backend", interests=["Backend", "Data"]),
        "max": person(admin, org, "Max Platform", interests=["platform engineering"]),
        "pat": person(admin, org, "Pat 100% Percent", interests=["backend_ops"]),
        "una": person(admin, org, "Una_Underscore"),
        "cara": person(admin, org, "Cara Only", interests=["backend"], employer_in=False),
        "eli": person(admin, org, "Eli Employer", candidate_in=False),
        "otto": person(admin, org, "Otto Out", interests=["backend"]),
        "edda": person(admin, org, "Edda Expired", interests=["backend"]),
    }
    otto = db.session.scalar(select(Connection).where(Connection.candidate_user_id == found["otto"].id))
    set_connection(found["otto"], _thread_of(found["otto"]).id, False)
    assert otto is not None
    edda = db.session.scalar(select(Connection).where(Connection.candidate_user_id == found["edda"].id))
    edda.expires_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    return found


def test_only_candidates_connected_now_are_listed(api, org, people):
    body = api.get(pool_url(org)).get_json()
    assert sorted(item["candidate"]["name"] for item in body["items"]) == [
        "Max Platform",
        "Mia Backend",
        "Pat 100% Percent",
        "Una_Underscore",
    ]
    assert body["next_cursor"] is None
    mia = next(item for item in body["items"] if item["candidate"]["name"] == "Mia Backend")
    connection = db.session.scalar(select(Connection).where(Connection.candidate_user_id == people["mia"].id))
    assert mia == {
        "candidate": {"id": people["mia"].id, "name": "Mia Backend"},
        "interests": ["Backend", "Data"],
        "connected_since": isoformat(connection.connected_since),
        "expires_at": isoformat(connection.expires_at),
        "last_contacted_at": None,
    }
    assert mia["expires_at"] is not None
    # No email address, no one else's data.
    assert "@example.com" not in api.get(pool_url(org)).get_data(as_text=True)


def test_last_contacted_shows_after_an_announcement(api, admin, org, people):
    position = factories.position(admin, org)
    announcements.announce(admin, position.id, "A new role.", ["data"])
    items = {i["candidate"]["name"]: i for i in api.get(pool_url(org)).get_json()["items"]}
    assert items["Mia Backend"]["last_contacted_at"] is not None
    assert items["Max Platform"]["last_contacted_at"] is None


def test_interest_filter_is_an_exact_case_insensitive_match(api, org, people):
    assert names(api.get(pool_url(org, "?interest=backend"))) == ["Mia Backend"]
    assert names(api.get(pool_url(org, "?interest=BACKEND"))) == ["Mia Backend"]
    assert names(api.get(pool_url(org, "?interest=data"))) == ["Mia Backend"]
    assert names(api.get(pool_url(org, "?interest=back"))) == []  # whole interests only
    assert names(api.get(pool_url(org, "?interest=Platform%20Engineering"))) == ["Max Platform"]
    assert names(api.get(pool_url(org, "?interest=%20platform%20%20engineering%20"))) == ["Max Platform"]
    assert names(api.get(pool_url(org, "?interest=backend_ops"))) == ["Pat 100% Percent"]
    assert names(api.get(pool_url(org, "?interest=backend%25"))) == []
    assert len(names(api.get(pool_url(org, "?interest=")))) == 4  # empty: no filter


def test_name_search_is_a_case_insensitive_substring_with_wildcards_taken_literally(api, org, people):
    assert names(api.get(pool_url(org, "?q=mia"))) == ["Mia Backend"]
    assert names(api.get(pool_url(org, "?q=PLAT"))) == ["Max Platform"]
    everyone = ["Max Platform", "Mia Backend", "Pat 100% Percent", "Una_Underscore"]
    assert names(api.get(pool_url(org, "?q=a"))) == everyone
    assert names(api.get(pool_url(org, "?q=%25"))) == ["Pat 100% Percent"]  # "%" is a percent sign
    assert names(api.get(pool_url(org, "?q=_"))) == ["Una_Underscore"]  # "_" is an underscore
    assert names(api.get(pool_url(org, "?q=0%25%20P"))) == ["Pat 100% Percent"]
    assert names(api.get(pool_url(org, "?q=cara"))) == []  # not connected
    assert names(api.get(pool_url(org, "?q=mia&interest=data"))) == ["Mia Backend"]
    assert names(api.get(pool_url(org, "?q=max&interest=data"))) == []


def test_pages_hold_every_candidate_once(api, org, people):
    seen: list[str] = []
    url = pool_url(org, "?limit=1")
    pages = 0
    while url:
        body = api.get(url).get_json()
        assert len(body["items"]) == 1
        seen += [item["candidate"]["name"] for item in body["items"]]
        pages += 1
        url = pool_url(org, f"?limit=1&cursor={body['next_cursor']}") if body["next_cursor"] else None
    assert pages == 4 and sorted(seen) == ["Max Platform", "Mia Backend", "Pat 100% Percent", "Una_Underscore"]
    # A filtered page is full whenever enough match: the filter is applied before the limit.
    first = api.get(pool_url(org, "?limit=1&q=a")).get_json()
    assert len(first["items"]) == 1 and first["next_cursor"] is not None
    last = api.get(pool_url(org, "?limit=3&q=a&cursor=" + first["next_cursor"])).get_json()
    assert len(last["items"]) == 3 and last["next_cursor"] is None


def test_who_may_see_the_pool(client, anon, admin, org, people, stranger_org):
    assert_error(anon.get(pool_url(org)), 401)
    assert_error(Api(client, issue_token(stranger_org["admin"])).get(pool_url(org)), 404)
    assert_error(Api(client, issue_token(people["mia"])).get(pool_url(org)), 404)
    manager = factories.member(admin, org, "hiring_manager", name="Hana Manager")
    assert_error(Api(client, issue_token(manager)).get(pool_url(org)), 403)
    recruiter = factories.member(admin, org, "recruiter", name="Rita Recruiter")
    assert len(names(Api(client, issue_token(recruiter)).get(pool_url(org)))) == 4
    assert_error(Api(client, issue_token(admin)).get(pool_url(stranger_org["org"])), 404)
    assert_error(Api(client, issue_token(admin)).get("/api/v1/organizations/999999/talent-pool"), 404)


def test_bad_input(api, org, people):
    assert_error(api.get(pool_url(org, "?limit=0")), 422)
    assert_error(api.get(pool_url(org, "?limit=101")), 422)
    assert_error(api.get(pool_url(org, "?limit=many")), 400, "wrong_type")
    assert_error(api.get(pool_url(org, "?cursor=nonsense!")), 400, "invalid_cursor")
    assert_error(api.get(pool_url(org, "?interest=" + "x" * 81)), 422)
    assert_error(api.get(pool_url(org, "?q=" + "x" * 121)), 422)
    assert_error(api.get(pool_url(org, "?unknown=1")), 422)
