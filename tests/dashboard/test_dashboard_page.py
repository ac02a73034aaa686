"""The Dashboard page: the known history's figures as charts with data tables, the filters, the empty
state, errors, and who may open it."""

from __future__ import annotations

import re

from tests import factories
from tests.dashboard import history
from tests.web.helpers import Browser, text, visible


def _page(client, h, **params):
    query = {"from": h.start.isoformat(), "to": h.end.isoformat(), **params}
    return client.get(f"/organizations/{h.org.id}/dashboard", query_string=query)


def test_charts_and_their_tables_show_the_known_history(client):
    h = history.build()
    Browser(client).login("erin@northwind.example")
    response = _page(client, h)
    assert response.status_code == 200
    html = text(response)
    shown = visible(response)
    # Every chart is an image with a title and a description, and a data table behind it.
    charts = re.findall(r'<svg class="chart[^"]*"[^>]*role="img"[^>]*aria-labelledby="(\w+)-title \1-desc"', html)
    assert charts == ["promise", "reply", "rating", "connections", "positions"]
    for name in charts:
        assert f'<title id="{name}-title">' in html and f'<desc id="{name}-desc">' in html
        assert f'<table class="data-table" id="{name}-data">' in html
    assert "5 of 6 asked for feedback" in shown
    assert "60% got it on time (3 of 5)" in shown
    assert "30 h median reply; target 120 h" in shown
    assert "1 overdue now: answer them" in shown
    assert '<a href="/?overdue=1">answer them</a>' in html  # the inbox, filtered to the overdue threads
    assert "3.7 / 5 usefulness (3 ratings)" in shown
    assert "1 new connection; 2 active now" in shown
    assert "6 rejected; 5 asked for feedback; 4 got it; 3 got it on time." in html
    assert "Median 30 h; 90th percentile 150 h (6.2 days); target 120 hours." in html
    assert "Average 3.7 from 3 ratings: score 1: 0; score 2: 1; score 3: 0; score 4: 1; score 5: 1." in html
    assert "Backend Engineer: 4 rejected, 2 on time, 1 late, 1 not answered." in html
    assert "Product Designer: 2 rejected, 1 on time, 1 did not ask." in html
    assert "1 new in the period that still stand; 2 active now." in html
    # The tables, as a screen reader reads them.
    assert "Got it on time 3 60% of those who asked" in shown
    assert "90th percentile 150.0 over" in shown
    assert "2 1 3 0 4 1 5 (very useful) 1 Average 3.67" in shown
    assert "Backend Engineer 4 4 3 2 Product Designer 2 1 1 1" in shown
    assert "New in the period (still standing) 1 Active now 2" in shown
    # The nav link, current.
    assert re.search(r'<a href="/organizations/\d+/dashboard" aria-current="page">Dashboard</a>', html)


def test_the_position_filter_and_the_period_picker(client):
    h = history.build()
    Browser(client).login("erin@northwind.example")
    html = text(_page(client, h, position=h.design.id))
    assert f'<option value="{h.design.id}" selected>Product Designer</option>' in html
    assert f'value="{h.start.isoformat()}"' in html and f'value="{h.end.isoformat()}"' in html
    assert "1 of 2 asked for feedback" in visible(_page(client, h, position=h.design.id))
    assert 'data-chart="positions"' in html  # one position: still its row
    backend = text(_page(client, h, position=h.backend.id))
    assert f'<a href="/?overdue=1&position_id={h.backend.id}">answer them</a>' in backend
    assert _page(client, h, position="999999").status_code == 404
    assert _page(client, h, position="x").status_code == 404


def test_bad_dates_say_what_is_wrong(client):
    h = history.build()
    Browser(client).login("erin@northwind.example")
    response = _page(client, h, **{"from": "2026-05-02", "to": "2026-05-01"})
    assert response.status_code == 422
    shown = visible(response)
    assert "The period starts after it ends. From On or before the end date." in shown
    assert 'value="2026-05-02"' in text(response)  # what was typed stays in the form
    response = client.get(f"/organizations/{h.org.id}/dashboard?to=tomorrow")
    assert response.status_code == 422 and "A date as YYYY-MM-DD." in visible(response)


def test_empty_state_says_what_to_do_next(client):
    _admin, org = factories.employer("Quiet Co", email="quiet@example.com")
    Browser(client).login("quiet@example.com")
    response = client.get(f"/organizations/{org.id}/dashboard")
    assert response.status_code == 200
    shown = visible(response)
    assert "Nothing to show for" in shown
    assert "Choose a longer period above, or open a position and reject a candidate" in shown
    assert "<svg" not in text(response)


def test_who_may_open_it(client):
    h = history.build()
    url = f"/organizations/{h.org.id}/dashboard"
    assert client.get(url).status_code == 302  # to the login page
    recruiter = factories.member(h.admin, h.org, "recruiter", email="rita@northwind.example")
    manager = factories.member(h.admin, h.org, "hiring_manager", name="Hana", email="hana@northwind.example")
    factories.employer("Globex", email="gus@globex.example")
    for email, status, link in (
        (recruiter.email, 200, True),
        (manager.email, 403, False),
        ("gus@globex.example", 404, True),
    ):
        browser = Browser(client.application.test_client()).login(email)
        assert browser.get(url).status_code == status, email
        home = text(browser.get("/inbox"))
        assert ('/dashboard"' in home) is link, email
