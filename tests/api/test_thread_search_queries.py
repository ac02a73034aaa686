"""GET /api/v1/threads searched and filtered runs the same number of SQL statements whatever the
number of threads (issue 13): every filter is a condition of the one thread query."""

from __future__ import annotations

from tests import factories
from tests.api.conftest import Api
from tests.querycount import assert_same_count, statements_of, varied_threads


def _counted(api: Api, url: str) -> list[str]:
    api.get(url)  # the token's first use writes its last use
    return statements_of(lambda: api.get(url))


def test_a_searched_list_costs_the_same_queries_for_4_and_30_threads(staff_api, admin, org):
    manager = factories.member(admin, org, "hiring_manager", name="Hana Manager", email="hana@example.com")
    made = varied_threads(admin, org, 4, assignee=manager)
    url = "/api/v1/threads?q=example.com&assignee=none&status=open&overdue=false"
    by_position = f"/api/v1/threads?q=varied&position_id={made[0].candidacy.position_id}&overdue=true"
    small, small_position = _counted(staff_api, url), _counted(staff_api, by_position)
    varied_threads(admin, org, 26, assignee=manager)
    large, large_position = _counted(staff_api, url), _counted(staff_api, by_position)
    assert len(staff_api.get(url).get_json()["items"]) == 16  # open and unassigned, joined or not
    assert_same_count(small, large, "thread list API searched and filtered, 4 vs 30 threads")
    assert_same_count(small_position, large_position, "thread list API by position and overdue, 4 vs 30 threads")


def test_a_hiring_managers_searched_list_costs_the_same_queries(staff_api, admin, org):
    manager = factories.member(admin, org, "hiring_manager", name="Hana Manager", email="hana@example.com")
    hana = staff_api.as_user(manager)
    varied_threads(admin, org, 4, assignee=manager)
    url = "/api/v1/threads?q=example&assignee=me"
    small = _counted(hana, url)
    varied_threads(admin, org, 24, assignee=manager)
    large = _counted(hana, url)
    assert len(hana.get(url).get_json()["items"]) == 7
    assert_same_count(small, large, "thread list API (hiring manager) searched, 1 vs 7 matching threads")
