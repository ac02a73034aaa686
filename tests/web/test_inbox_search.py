"""The staff inbox searched and filtered (issue 13): a GET form, so the search and the filters are the
page's URL, and every link of the page (older conversations, the status links) keeps them."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest

from server.messaging.search import QUERY_LIMIT
from tests import factories, inbox_search_data
from tests.web.helpers import text, visible

ROW = re.compile(r'<li class="thread-row[^"]*" data-thread-id="(\d+)"')


@pytest.fixture
def inbox(admin, org, monkeypatch):
    return inbox_search_data.build(admin, org, monkeypatch)


@pytest.fixture
def hana(new_browser, inbox):
    return new_browser().login(inbox.manager.email)


def rows(response) -> list[str]:
    """The first names of the inbox's rows, in order."""
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    html = re.sub(r"<template\b.*?</template>", "", response.get_data(as_text=True), flags=re.S)
    ids = [int(i) for i in ROW.findall(html)]
    titles = re.findall(r'<span class="thread-row-title" data-slot="candidate">([^<]*)</span>', html)
    assert len(ids) == len(titles)
    return [unescape(title).split()[0] for title in titles]


def link(response, label: str) -> str:
    match = re.search(rf'href="([^"]*)"[^>]*>{re.escape(label)}</a>', response.get_data(as_text=True))
    assert match, f"no link {label!r}"
    return unescape(match.group(1))


def select_of(html: str, select_id: str) -> str:
    """The markup of a <select>'s options."""
    start = html.index(f'id="{select_id}"')
    return html[start : html.index("</select>", start)]


def params(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def test_the_search_form_is_a_get_form_holding_the_search(staff, inbox):
    page = staff.get(f"/?q=ada&position_id={inbox.backend.id}&assignee=none&overdue=1")
    html = text(page)
    assert re.search(r'<form class="inbox-search" method="get" action="/" role="search"', html)
    assert 'name="q" value="ada"' in html
    assert re.search(rf'<option value="{inbox.backend.id}" selected>Backend Engineer</option>', html)
    assert '<option value="none" selected>Nobody yet</option>' in html
    assert re.search(r'name="overdue" value="1" checked', html)
    assert f'maxlength="{QUERY_LIMIT}"' in html


def test_search_and_filters_choose_the_rows(staff, inbox):
    assert rows(staff.get("/")) == ["Ada", "Alan", "Lina", "Grace"]
    assert rows(staff.get("/?q=ADA")) == ["Ada"]
    assert rows(staff.get("/?q=turing.example")) == ["Alan"]
    assert rows(staff.get("/?q=a_a")) == ["Lina"]
    assert rows(staff.get(f"/?position_id={inbox.design.id}")) == ["Alan", "Grace"]
    assert rows(staff.get("/?overdue=1")) == ["Ada"]
    assert rows(staff.get(f"/?assignee={inbox.manager.id}")) == ["Lina"]
    assert rows(staff.get("/?assignee=none&status=feedback_requested")) == ["Ada", "Alan"]
    assert rows(staff.get(f"/?q=a&position_id={inbox.backend.id}&assignee=none")) == ["Ada"]
    assert rows(staff.get(f"/?position_id={inbox.stranger_position.id}")) == []


def test_nothing_found_says_so_and_offers_to_clear(staff, inbox):
    page = staff.get("/?q=nobody-like-this")
    assert "No conversations match “nobody-like-this”." in visible(page)
    assert link(page, "Clear search and filters") == "/"


def test_the_choices_are_the_organizations_positions_and_people(staff, inbox):
    html = text(staff.get("/"))
    position_select = select_of(html, "inbox-position")
    assert "Backend Engineer" in position_select and "Product Designer" in position_select
    # Globex's "Backend Engineer" is not offered (one backend position, so no "#id" to tell two apart).
    assert position_select.count("Backend Engineer") == 1
    people_select = select_of(html, "inbox-assignee")
    assert f'<option value="{inbox.manager.id}">Hana Manager</option>' in people_select
    assert "Gus Globex" not in people_select


def test_older_conversations_keep_the_search_and_filters(staff, admin, inbox):
    for n in range(33):
        inbox_search_data.reject(admin, inbox.backend, f"Pat Number{n:02d}", f"pat{n}@example.com")
    inbox_search_data.reject(admin, inbox.design, "Pat Elsewhere", "pat.elsewhere@example.com")
    first = staff.get(f"/?q=pat&position_id={inbox.backend.id}&assignee=none")
    assert len(rows(first)) == 30
    older = link(first, "Older conversations")
    assert params(older)["q"] == ["pat"]
    assert params(older)["position_id"] == [str(inbox.backend.id)]
    assert params(older)["assignee"] == ["none"]
    second = staff.get(older)
    assert len(rows(second)) == 3
    shown = rows(first) + rows(second)
    assert sorted(shown) == ["Pat"] * 33  # none of Pat Elsewhere, Ada or Lina
    names = re.findall(r"Pat Number\d\d", visible(first) + visible(second))
    assert sorted(names) == [f"Pat Number{n:02d}" for n in range(33)]
    assert "Older conversations" not in visible(second)


def test_status_links_keep_the_search(staff, inbox):
    page = staff.get(f"/?q=a&position_id={inbox.backend.id}")
    requested = link(page, "Feedback requested")
    assert params(requested) == {"q": ["a"], "position_id": [str(inbox.backend.id)], "status": ["feedback_requested"]}
    assert rows(staff.get(requested)) == ["Ada"]
    # The form keeps the status the page shows.
    assert '<input type="hidden" name="status" value="feedback_requested">' in text(staff.get(requested))
    assert params(link(staff.get(requested), "All")) == {"q": ["a"], "position_id": [str(inbox.backend.id)]}


def test_assigned_to_me_is_the_same_as_the_handled_by_me_filter(hana, inbox):
    assert rows(hana.get("/?assigned=me")) == ["Lina"]
    assert rows(hana.get("/?assignee=me")) == ["Lina"]
    assert '<option value="me" selected>Me</option>' in text(hana.get("/?assigned=me"))


def test_a_hiring_managers_search_stays_within_their_threads(hana, inbox):
    assert rows(hana.get("/")) == ["Lina"]
    assert rows(hana.get("/?q=ada")) == []
    assert rows(hana.get("/?q=example.com")) == ["Lina"]
    assert rows(hana.get(f"/?position_id={inbox.design.id}")) == []
    html = text(hana.get("/"))
    position_select = select_of(html, "inbox-position")
    # Only the position of the thread assigned to them.
    assert "Backend Engineer" in position_select and "Product Designer" not in position_select


def test_bad_filters_are_refused_with_a_reason(staff, inbox):
    too_long = staff.get("/?q=" + "a" * (QUERY_LIMIT + 1))
    assert too_long.status_code == 422
    assert "That search is too long." in visible(too_long)
    assert staff.get("/?q=" + "a" * QUERY_LIMIT).status_code == 200
    assert staff.get("/?q=ada%00").status_code == 422
    assert staff.get("/?position_id=abc").status_code == 400
    assert staff.get("/?position_id=99999999999").status_code == 400
    assert staff.get("/?assignee=someone").status_code == 422
    assert staff.get("/?status=lost").status_code == 422


def test_a_candidate_has_no_search_and_sees_their_conversations(casey, inbox):
    page = casey.get("/?q=nobody&position_id=1&overdue=1")
    html = text(page)
    assert 'class="inbox-search"' not in html
    assert len(ROW.findall(html)) == 1
    assert "Acme Robotics" in visible(page)


def test_the_page_tells_its_script_the_filters(staff, inbox):
    html = text(staff.get(f"/?q=ada&position_id={inbox.backend.id}&overdue=1&assigned=me"))
    query = re.search(r'data-api-query="([^"]*)"', html)
    assert query is not None
    assert parse_qs(query.group(1)) == {
        "q": ["ada"],
        "assignee": ["me"],
        "position_id": [str(inbox.backend.id)],
        "overdue": ["true"],
    }
    assert 'data-narrowed="true"' in html
    assert 'data-narrowed="false"' in text(staff.get("/?status=open&assigned=me"))


def test_positions_of_the_same_title_are_told_apart(staff, admin, org, inbox):
    again = factories.position(admin, org, "Product Designer")
    options = select_of(text(staff.get("/")), "inbox-position")
    assert f'<option value="{inbox.design.id}">Product Designer #{inbox.design.id}</option>' in options
    assert f'<option value="{again.id}">Product Designer #{again.id}</option>' in options
    assert f'<option value="{inbox.backend.id}">Backend Engineer</option>' in options


def test_a_position_title_is_shown_as_text_in_the_filter(staff, admin, org, inbox):
    odd = factories.position(admin, org, 'Lead <script>alert(1)</script> & "Ops"')
    html = staff.get(f"/?position_id={odd.id}").get_data(as_text=True)  # as sent, entities and all
    options = select_of(html, "inbox-position")
    assert (
        f'<option value="{odd.id}" selected>Lead &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;Ops&#34;</option>'
        in options
    )
    assert "<script>" not in options
