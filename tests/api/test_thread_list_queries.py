"""GET /api/v1/threads runs the same number of SQL statements whatever the number of threads (issue
11): visibility is one condition, and each part of a summary one query for the whole page."""

from __future__ import annotations

from tests import factories
from tests.api.conftest import Api
from tests.querycount import add_messages, assert_same_count, statements_of, varied_threads


def _counted(api: Api, url: str = "/api/v1/threads") -> list[str]:
    api.get(url)  # the token's first use writes its last use
    return statements_of(lambda: api.get(url))


def test_a_staff_members_list_costs_the_same_queries_for_4_and_30_threads(staff_api, admin, org):
    manager = factories.member(admin, org, "hiring_manager", name="Hana Manager", email="hana@example.com")
    varied_threads(admin, org, 4, assignee=manager)
    small = _counted(staff_api)
    varied_threads(admin, org, 26, assignee=manager)
    large = _counted(staff_api)
    assert len(staff_api.get("/api/v1/threads").get_json()["items"]) == 30
    assert_same_count(small, large, "thread list API (admin), 4 vs 30 threads")
    # Filtered by who handles them, as the "Assigned to" views ask.
    small_filtered = _counted(staff_api, f"/api/v1/threads?assignee={manager.id}&status=open")
    varied_threads(admin, org, 8, assignee=manager)
    large_filtered = _counted(staff_api, f"/api/v1/threads?assignee={manager.id}&status=open")
    assert_same_count(small_filtered, large_filtered, "thread list API filtered by assignee, 7 vs 9 threads")


def test_a_candidates_list_costs_the_same_queries_for_1_and_6_threads(candidate_api, candidate):
    small = _counted(candidate_api)
    for n in range(5):
        admin2, org2 = factories.employer(f"Employer {n}")
        varied_threads(admin2, org2, 1, candidate=candidate)
    large = _counted(candidate_api)
    assert len(candidate_api.get("/api/v1/threads").get_json()["items"]) == 6
    assert_same_count(small, large, "thread list API (candidate), 1 vs 6 threads")


def test_a_page_of_older_messages_costs_the_same_queries_for_5_and_120_messages(
    candidate_api, admin, candidate, thread
):
    add_messages(thread, admin, candidate, 2)
    url = f"/api/v1/threads/{thread.id}/messages?before=999999"
    small = _counted(candidate_api, url)
    add_messages(thread, admin, candidate, 105)
    large = _counted(candidate_api, url)
    assert len(candidate_api.get(url).get_json()["items"]) == 50
    assert_same_count(small, large, "messages API scrolling back, 5 vs 120 messages")
