"""The numbers are aggregated in SQL: the API and the page run the same statements for a small and a
larger history (no query per candidacy, thread or position)."""

from __future__ import annotations

from server.accounts.operations import issue_token
from tests import factories
from tests.api.conftest import Api
from tests.dashboard import history
from tests.querycount import assert_same_count, statements_of, varied_threads
from tests.web.helpers import Browser


def test_the_stats_cost_the_same_queries_for_a_small_and_a_larger_history(client):
    h = history.build()
    api = Api(client, issue_token(h.admin))
    url = f"/api/v1/organizations/{h.org.id}/stats"
    api.get(url)  # the token's first use writes its last use
    small = statements_of(lambda: api.get(url))
    page_url = f"/organizations/{h.org.id}/dashboard"
    web = Browser(client.application.test_client()).login("erin@northwind.example")
    web.get(page_url)
    small_page = statements_of(lambda: web.get(page_url))

    varied_threads(h.admin, h.org, 12)  # rejected now: in the period, across new positions
    for n in range(3):
        factories.position(h.admin, h.org, f"Role {n}")
    assert api.get(url).get_json()["rejected"] > 6 + 10  # and warm again, as before the small count
    large = statements_of(lambda: api.get(url))
    assert_same_count(small, large, "stats API, 6 vs 18 rejected")
    web.get(page_url)
    assert_same_count(small_page, statements_of(lambda: web.get(page_url)), "dashboard page, 6 vs 18 rejected")
    figures = [s for s in large if any(f in s.lower() for f in ("count(", "sum(", "row_number"))]
    assert len(figures) == 5, figures  # cohort by position, reply percentiles, ratings, overdue, connections
