"""GET /api/v1/threads searched and filtered (issue 13): `q` (candidate name or email), `position_id`,
`overdue`, with `status` and `assignee` as before, alone and together, paged with a cursor.

A filter only narrows what the caller sees: a hiring manager's search stays within their threads, and
a position of another organization (or none at all) gives an empty list, not a 404, as any filter
matching nothing does (nothing tells "not yours" from "no such id")."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from server.messaging.search import QUERY_LIMIT
from tests import inbox_search_data
from tests.api.conftest import Api, assert_error


@pytest.fixture
def inbox(admin, org, monkeypatch):
    return inbox_search_data.build(admin, org, monkeypatch)


def names(api: Api, inbox, **params) -> list[str]:
    response = api.get("/api/v1/threads?" + urlencode(params))
    assert response.status_code == 200, response.get_data(as_text=True)
    return inbox.names(response.get_json()["items"])


def test_without_filters_the_list_is_as_before(staff_api, inbox):
    items = staff_api.get("/api/v1/threads").get_json()["items"]
    assert inbox.names(items) == ["Ada", "Alan", "Lina", "Grace"]
    assert set(items[0]) == {
        "id",
        "organization",
        "position",
        "candidate",
        "status",
        "unread_count",
        "last_message_at",
        "feedback_due_at",
        "connection",
        "assignee",
    }


def test_q_finds_a_name_or_an_email_whatever_the_case(staff_api, inbox):
    assert names(staff_api, inbox, q="ada") == ["Ada"]  # not Globex's Ada Stranger
    assert names(staff_api, inbox, q="LOVELACE") == ["Ada"]
    assert names(staff_api, inbox, q="Turing.Example") == ["Alan"]  # the email's domain
    assert names(staff_api, inbox, q="navy") == ["Grace"]
    assert names(staff_api, inbox, q="an") == ["Alan"]  # "Alan"; nobody else has "an" in name or email
    assert names(staff_api, inbox, q="nobody-like-this") == []


def test_every_word_must_match_in_any_order(staff_api, inbox):
    assert names(staff_api, inbox, q="lovelace ada") == ["Ada"]
    assert names(staff_api, inbox, q="  ada   example.com ") == ["Ada"]
    assert names(staff_api, inbox, q="ada turing") == []


def test_an_empty_or_blank_q_is_no_search(staff_api, inbox):
    assert names(staff_api, inbox, q="") == ["Ada", "Alan", "Lina", "Grace"]
    assert names(staff_api, inbox, q="   ") == ["Ada", "Alan", "Lina", "Grace"]


def test_like_wildcards_in_q_match_themselves(staff_api, inbox):
    assert names(staff_api, inbox, q="%") == []  # a wildcard would match everyone
    assert names(staff_api, inbox, q="a_a") == ["Lina"]  # lina_alvarez; "_" as a wildcard would match "ada" too
    assert names(staff_api, inbox, q="a%a") == []
    assert names(staff_api, inbox, q="\\") == []


def test_q_is_at_most_200_characters(staff_api, inbox):
    assert names(staff_api, inbox, q="a" * QUERY_LIMIT) == []
    error = assert_error(staff_api.get("/api/v1/threads?q=" + "a" * (QUERY_LIMIT + 1)), 422, "validation_failed")
    assert "q" in error["fields"]


def test_q_with_control_characters_is_refused(staff_api, inbox):
    assert_error(staff_api.get("/api/v1/threads?q=ada%00"), 422, "validation_failed")


def test_position_filter(staff_api, inbox):
    assert names(staff_api, inbox, position_id=inbox.backend.id) == ["Ada", "Lina"]
    assert names(staff_api, inbox, position_id=inbox.design.id) == ["Alan", "Grace"]


def test_a_position_the_caller_does_not_see_gives_an_empty_list(staff_api, inbox):
    assert names(staff_api, inbox, position_id=inbox.stranger_position.id) == []
    assert names(staff_api, inbox, position_id=999_999) == []


@pytest.mark.parametrize(
    ("value", "status", "code"),
    [
        ("abc", 400, "wrong_type"),
        ("1.5", 400, "wrong_type"),
        ("0", 422, None),
        ("-3", 422, None),
        ("2147483648", 422, None),
    ],
)
def test_a_malformed_position_id_is_refused(staff_api, inbox, value, status, code):
    error = assert_error(staff_api.get(f"/api/v1/threads?position_id={value}"), status, code)
    assert "position_id" in error["fields"]


def test_overdue_filter(staff_api, inbox):
    assert names(staff_api, inbox, overdue="true") == ["Ada"]  # Alan asked today: not overdue yet
    assert names(staff_api, inbox, overdue="1") == ["Ada"]
    assert names(staff_api, inbox, overdue="false") == ["Ada", "Alan", "Lina", "Grace"]
    assert_error(staff_api.get("/api/v1/threads?overdue=perhaps"), 400, "wrong_type")


def test_status_and_assignee_filters_still_work(staff_api, inbox):
    assert names(staff_api, inbox, status="feedback_requested") == ["Ada", "Alan"]
    assert names(staff_api, inbox, assignee=inbox.manager.id) == ["Lina"]
    assert names(staff_api, inbox, assignee="none") == ["Ada", "Alan", "Grace"]
    assert names(staff_api, inbox, assignee="me") == []
    assert_error(staff_api.get("/api/v1/threads?status=lost"), 422, "validation_failed")
    assert_error(staff_api.get("/api/v1/threads?assignee=someone"), 422, "validation_failed")


def test_filters_combine(staff_api, inbox):
    backend = inbox.backend.id
    assert names(staff_api, inbox, q="a", position_id=backend) == ["Ada", "Lina"]
    assert names(staff_api, inbox, q="a", position_id=backend, status="feedback_requested") == ["Ada"]
    assert names(staff_api, inbox, q="a", position_id=backend, assignee="none") == ["Ada"]
    assert names(staff_api, inbox, q="lina", overdue="true") == []
    assert names(staff_api, inbox, q="example.com", overdue="true", position_id=backend) == ["Ada"]
    assert names(staff_api, inbox, position_id=inbox.design.id, overdue="true") == []
    assert names(staff_api, inbox, q="ada", position_id=inbox.design.id) == []


def test_a_hiring_manager_searches_only_their_threads(staff_api, inbox):
    hana = staff_api.as_user(inbox.manager)
    assert names(hana, inbox) == ["Lina"]
    assert names(hana, inbox, q="ada") == []
    assert names(hana, inbox, q="lina") == ["Lina"]
    assert names(hana, inbox, q="example.com") == ["Lina"]
    assert names(hana, inbox, position_id=inbox.backend.id) == ["Lina"]
    assert names(hana, inbox, position_id=inbox.design.id) == []
    assert names(hana, inbox, assignee=inbox.admin.id) == []
    assert names(hana, inbox, assignee="none") == []
    assert names(hana, inbox, overdue="true") == []


def test_the_other_organization_finds_only_its_own(staff_api, inbox):
    gus = staff_api.as_user(inbox.stranger_admin)
    assert [i["candidate"]["name"] for i in gus.get("/api/v1/threads?q=ada").get_json()["items"]] == ["Ada Stranger"]
    assert names(gus, inbox, position_id=inbox.backend.id) == []
    assert names(gus, inbox, q="lina") == []


def test_a_candidate_searches_only_their_own_threads(staff_api, inbox, candidate):
    casey = staff_api.as_user(candidate)
    assert [i["candidate"]["name"] for i in casey.get("/api/v1/threads?q=casey").get_json()["items"]] == [
        "Casey Candidate"
    ]
    assert names(casey, inbox, q="ada") == []
    assert names(casey, inbox, position_id=inbox.backend.id) == []


def test_the_cursor_pages_through_a_search(staff_api, admin, inbox):
    for n in range(5):
        inbox_search_data.reject(admin, inbox.backend, f"Pat Number{n}", f"pat{n}@example.com")
    inbox_search_data.reject(admin, inbox.design, "Pat Elsewhere", "pat.elsewhere@example.com")
    seen: list[str] = []
    params = {"q": "pat", "position_id": inbox.backend.id, "limit": 2}
    cursor = None
    for _page in range(5):
        page = staff_api.get("/api/v1/threads?" + urlencode({**params, **({"cursor": cursor} if cursor else {})}))
        assert page.status_code == 200, page.get_data(as_text=True)
        body = page.get_json()
        seen += [item["candidate"]["name"] for item in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == [f"Pat Number{n}" for n in reversed(range(5))]  # newest first, each once, none other


def test_the_openapi_document_describes_the_new_parameters(anon):
    parameters = anon.get("/api/v1/openapi.json").get_json()["paths"]["/api/v1/threads"]["get"]["parameters"]
    assert {"q", "position_id", "overdue", "status", "assignee", "limit", "cursor"} <= {p["name"] for p in parameters}
