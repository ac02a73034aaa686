"""GET /api/v1/organizations/{id}/stats: every figure of a known history (tests/dashboard/history.py),
for the organization and for each position; who may read it; bad input."""

from __future__ import annotations

from datetime import date, timedelta

from server.accounts.operations import issue_token
from server.core.time import utcnow
from tests import factories
from tests.api.conftest import Api, assert_error
from tests.dashboard import history

CONTRACT = {
    "rejected",
    "asked",
    "answered",
    "answered_on_time",
    "reply_hours_p50",
    "reply_hours_p90",
    "overdue",
    "rating_avg",
    "connections",
}


def _url(h, **params) -> str:
    query = {"from": h.start.isoformat(), "to": h.end.isoformat(), **params}
    return f"/api/v1/organizations/{h.org.id}/stats?" + "&".join(f"{k}={v}" for k, v in query.items())


def _distribution(**counts) -> list[dict]:
    return [{"score": s, "count": counts.get(f"s{s}", 0)} for s in range(1, 6)]


def test_every_figure_of_a_known_history(client):
    h = history.build()
    api = Api(client, issue_token(h.admin))

    response = api.get(_url(h))
    assert response.status_code == 200, response.get_data(as_text=True)
    body = response.get_json()
    assert set(body) >= CONTRACT
    assert body == {
        "organization_id": h.org.id,
        "position_id": None,
        "from": h.start.isoformat(),
        "to": h.end.isoformat(),
        "rejected": 6,  # A1-A4, B1, B2 (from the first moment of the period); not C1, C2, D1
        "asked": 5,
        "answered": 4,
        "answered_on_time": 3,  # A1, A2, B1; A3 took 150 h against 120
        "reply_hours_p50": 30.0,  # of 10, 30, 50, 150 h
        "reply_hours_p90": 150.0,
        "reply_target_hours": 120,
        "overdue": 1,  # A4
        "rating_avg": 3.67,  # 5, 4, 2 (C1's 1 is outside the period)
        "rating_count": 3,
        "rating_distribution": _distribution(s2=1, s4=1, s5=1),
        "connections": 1,  # B1 (C1 began 40 days ago)
        "connections_active": 2,
        "positions": [
            {"id": h.backend.id, "title": "Backend Engineer", "rejected": 4, "asked": 4, "answered": 3,
             "answered_on_time": 2},
            {"id": h.design.id, "title": "Product Designer", "rejected": 2, "asked": 1, "answered": 1,
             "answered_on_time": 1},
        ],
    }  # fmt: skip

    backend = api.get(_url(h, position_id=h.backend.id)).get_json()
    assert {k: backend[k] for k in CONTRACT | {"connections_active", "rating_count", "position_id"}} == {
        "position_id": h.backend.id,
        "rejected": 4,
        "asked": 4,
        "answered": 3,
        "answered_on_time": 2,
        "reply_hours_p50": 30.0,  # of 10, 30, 150 h
        "reply_hours_p90": 150.0,
        "overdue": 1,
        "rating_avg": 3.67,
        "rating_count": 3,
        "connections": 0,
        "connections_active": 1,  # C1, a candidate of this position
    }

    design = api.get(_url(h, position_id=h.design.id)).get_json()
    assert {k: design[k] for k in CONTRACT | {"connections_active", "rating_count"}} == {
        "rejected": 2,
        "asked": 1,
        "answered": 1,
        "answered_on_time": 1,
        "reply_hours_p50": 50.0,
        "reply_hours_p90": 50.0,
        "overdue": 0,
        "rating_avg": None,
        "rating_count": 0,
        "connections": 1,
        "connections_active": 1,
    }
    assert design["rating_distribution"] == _distribution()


def test_a_longer_period_takes_in_older_rejections(client):
    h = history.build()
    api = Api(client, issue_token(h.admin))
    body = api.get(f"/api/v1/organizations/{h.org.id}/stats?from={h.start.isoformat()}").get_json()
    assert body["rejected"] == 6 and body["to"] == h.end.isoformat()  # `to` defaults to today
    body = api.get(_url(h, **{"from": (h.start - timedelta(days=30)).isoformat()})).get_json()
    assert (body["rejected"], body["asked"], body["answered"], body["answered_on_time"]) == (8, 6, 5, 4)  # + C1, C2
    assert (body["reply_hours_p50"], body["reply_hours_p90"]) == (30.0, 150.0)  # 10, 20, 30, 50, 150
    assert body["rating_avg"] == 3.0 and body["rating_count"] == 4
    assert (body["connections"], body["connections_active"]) == (2, 2)


def test_default_period_is_the_last_90_days_and_empty_is_zeros(client):
    admin, org = factories.employer()
    body = Api(client, issue_token(admin)).get(f"/api/v1/organizations/{org.id}/stats").get_json()
    assert date.fromisoformat(body["to"]) == utcnow().date()
    assert (date.fromisoformat(body["to"]) - date.fromisoformat(body["from"])).days == 89
    assert {k: body[k] for k in CONTRACT} == {
        "rejected": 0,
        "asked": 0,
        "answered": 0,
        "answered_on_time": 0,
        "reply_hours_p50": None,
        "reply_hours_p90": None,
        "overdue": 0,
        "rating_avg": None,
        "connections": 0,
    }
    assert body["positions"] == []


def test_who_may_read_the_numbers(client):
    h = history.build()
    url = _url(h)
    assert Api(client, issue_token(h.admin)).get(url).status_code == 200
    recruiter = factories.member(h.admin, h.org, "recruiter")
    assert Api(client, issue_token(recruiter)).get(url).get_json()["rejected"] == 6
    manager = factories.member(h.admin, h.org, "hiring_manager", name="Hana Manager")
    assert_error(Api(client, issue_token(manager)).get(url), 403, "forbidden")
    stranger, _other = factories.employer("Globex")
    assert_error(Api(client, issue_token(stranger)).get(url), 404, "not_found")
    candidate, _thread = factories.joined_thread(h.admin, h.org, email="cara@example.com", name="Cara")
    assert_error(Api(client, issue_token(candidate)).get(url), 404, "not_found")
    assert_error(Api(client).get(url), 401)
    # A stranger learns nothing from a bad query either: 404 before the dates are read.
    assert_error(Api(client, issue_token(stranger)).get(f"/api/v1/organizations/{h.org.id}/stats?from=soon"), 404)
    # Another organization's position, a missing one and one past the id range: 404 alike.
    other_position = factories.position(stranger, _other, "Elsewhere")
    admin = Api(client, issue_token(h.admin))
    for position_id in (other_position.id, 999_999, 2**31, 10**30, -1, 0):
        assert_error(admin.get(_url(h, position_id=position_id)), 404, "not_found")
    for organization_id in (999_999, 2**31, 10**30):
        assert_error(admin.get(f"/api/v1/organizations/{organization_id}/stats"), 404, "not_found")


def test_bad_input(client):
    h = history.build()
    api = Api(client, issue_token(h.admin))
    base = f"/api/v1/organizations/{h.org.id}/stats"
    for query, field in (
        ("from=yesterday", "from"),
        ("to=2026-13-01", "to"),
        ("from=2026-02-30", "from"),
        ("from=2026-1-5", "from"),
        ("from=2026-12-02T10:00:00Z", "from"),
        ("from=2026-05-02&to=2026-05-01", "from"),  # starts after it ends
        ("from=1990-01-01&to=2026-01-01", "from"),  # more than ten years
        ("to=9999-12-31", "to"),  # out of range (its next day does not exist)
        ("to=0001-01-01", "to"),
        ("from=0001-01-01", "from"),
        ("from=2026-W18-5", "from"),  # an ISO week date: date.fromisoformat takes it, the document does not
        ("to=%202026-05-01", "to"),
        ("to=%20", "to"),
    ):
        error = assert_error(api.get(f"{base}?{query}"), 422, "validation_failed")
        assert field in error["fields"], (query, error)
    assert "position_id" in assert_error(api.get(f"{base}?position_id=abc"), 400)["fields"]
    assert "colour" in assert_error(api.get(f"{base}?colour=red"), 422)["fields"]
    one_day = api.get(f"{base}?from=2026-05-01&to=2026-05-01")
    assert one_day.status_code == 200 and one_day.get_json()["from"] == one_day.get_json()["to"] == "2026-05-01"
