"""The talent pool's pages: the pool with its filters, announcing a role (count first, wording gate,
result), the role page an announcement links to, and withdrawing straight from the message."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from server.connections.models import Announcement, Connection
from server.connections.operations import set_connection
from server.extensions import db
from server.hiring import operations as hiring
from server.messaging.models import Message
from tests import factories
from tests.web.helpers import Browser, csrf_token, text, visible

RISKY = "A new role for you. We want someone young and energetic for the team."


def person(admin, org, name, *, interests=(), connected=True):
    slug = name.lower().replace(" ", ".")
    candidate, thread = factories.joined_thread(admin, org, email=f"{slug}@example.com", name=name)
    if connected:
        set_connection(candidate, thread.id, True, list(interests))
        set_connection(admin, thread.id, True)
    return candidate, thread


def browser_for(app, user) -> Browser:
    return Browser(app.test_client()).login(user.email)


def announcements_in(thread) -> list[Message]:
    db.session.expire_all()
    return list(
        db.session.scalars(select(Message).where(Message.thread_id == thread.id, Message.kind == "announcement"))
    )


@pytest.fixture
def pool(admin, org):
    return {
        "mia": person(admin, org, "Mia Backend", interests=["backend", "data"]),
        "nora": person(admin, org, "Nora Design", interests=["Design"]),
        "lee": person(admin, org, "Lee Later", connected=False),
    }


@pytest.fixture
def position(admin, org):
    return factories.position(admin, org, "Platform Engineer")


@pytest.fixture
def staff(app, admin):
    return browser_for(app, admin)


def test_the_pool_page_lists_connected_candidates_and_filters_in_the_url(staff, org, pool, position):
    url = f"/organizations/{org.id}/talent-pool"
    page = staff.get(url)
    assert page.status_code == 200
    shown = visible(page)
    assert "Mia Backend" in shown and "backend, data" in shown and "Nora Design" in shown
    assert "Lee Later" not in shown  # not connected
    assert "Never" in shown  # last contacted
    assert f'action="/organizations/{org.id}/announce"' in text(page) and "Announce a role" in shown
    assert f'<option value="{position.id}">Platform Engineer</option>' in text(page)

    filtered = staff.get(url + "?interest=DESIGN")
    assert "Nora Design" in visible(filtered) and "Mia Backend" not in visible(filtered)
    assert 'name="interest" type="text" value="DESIGN"' in text(filtered)  # the filter stays in the form
    by_name = staff.get(url + "?q=mia")
    assert "Mia Backend" in visible(by_name) and "Nora Design" not in visible(by_name)
    nobody = staff.get(url + "?q=zzz")
    assert "No connected candidate matches these filters." in visible(nobody)
    assert "Clear the filters" in visible(nobody)

    # The picker leads to the chosen role's announce page, keeping the interest filter.
    picked = staff.get(f"/organizations/{org.id}/announce?position={position.id}&interests=design")
    assert picked.status_code == 302 and picked.headers["Location"].endswith(
        f"/positions/{position.id}/announce?interests=design"
    )


def test_an_empty_pool_says_what_to_do_next(staff, org):
    page = staff.get(f"/organizations/{org.id}/talent-pool")
    assert page.status_code == 200
    shown = visible(page)
    assert "Your talent pool is empty." in shown and "Stay in touch" in shown and "inbox" in shown
    assert "open a position first" in shown


def test_who_may_open_the_pool_pages(app, admin, org, pool, position, stranger_org):
    urls = [f"/organizations/{org.id}/talent-pool", f"/positions/{position.id}/announce"]
    anonymous = Browser(app.test_client())
    for url in urls:
        assert anonymous.get(url).status_code == 302  # to the login page
    manager = factories.member(admin, org, "hiring_manager", name="Hana Manager")
    as_manager = browser_for(app, manager)
    assert as_manager.get(urls[0]).status_code == 403
    assert as_manager.get(urls[1]).status_code == 404  # a position she does not see
    hiring.assign_position(admin, position.id, manager.id)
    assert as_manager.get(urls[1]).status_code == 403
    for url in urls:
        assert browser_for(app, stranger_org["admin"]).get(url).status_code == 404
    candidate = browser_for(app, pool["mia"][0])
    for url in urls:
        assert candidate.get(url).status_code in (403, 404)
    recruiter = factories.member(admin, org, "recruiter", name="Rita Recruiter")
    assert browser_for(app, recruiter).get(urls[0]).status_code == 200


def test_announce_page_counts_first_then_sends_and_reports_the_result(staff, org, pool, position):
    url = f"/positions/{position.id}/announce"
    page = staff.get(url)
    assert page.status_code == 200
    assert "2 candidates would receive it" in visible(page)
    assert "design" in visible(page).lower()  # the pool's interests are offered
    assert "1 candidate would receive it" in visible(staff.get(url + "?interests=backend"))

    # "Check" shows the count and the wording notes and sends nothing.
    checked = staff.submit(url, data={"message": "Come and build our platform.", "interests": "design", "preview": "1"})
    assert checked.status_code == 200 and "1 candidate would receive it" in visible(checked)
    assert announcements_in(pool["nora"][1]) == []

    sent = staff.submit(url, data={"message": "Come and build our platform.", "interests": "design", "send": "1"})
    assert sent.status_code == 302 and sent.headers["Location"].endswith(f"/organizations/{org.id}/talent-pool")
    assert "Sent to 1." in visible(staff.get(sent.headers["Location"]))
    assert len(announcements_in(pool["nora"][1])) == 1 and announcements_in(pool["mia"][1]) == []

    again = staff.submit(url, data={"message": "And one more.", "send": "1"}, follow=True)
    assert "Sent to 1; 1 skipped: contacted in the last 30 days." in visible(again)
    assert len(announcements_in(pool["mia"][1])) == 1 and len(announcements_in(pool["nora"][1])) == 1
    assert "0 candidates would receive it" in visible(staff.get(url))


def test_announce_page_wording_gate(staff, pool, position):
    url = f"/positions/{position.id}/announce"
    blocked = staff.submit(url, data={"message": RISKY, "send": "1"})
    assert blocked.status_code == 422
    shown = visible(blocked)
    assert "protected characteristic" in shown and "young" in shown
    assert "I have reviewed this wording and want to send it anyway" in shown
    assert db.session.query(Announcement).count() == 0

    sent = staff.submit(url, data={"message": RISKY, "acknowledge": "y", "send": "1"})
    assert sent.status_code == 302
    assert db.session.scalar(select(Announcement)).acknowledged_risks is True


def test_announce_page_bad_input_and_closed_position(staff, admin, pool, position):
    url = f"/positions/{position.id}/announce"
    empty = staff.submit(url, data={"message": "  ", "send": "1"})
    assert empty.status_code == 422 and "Write a message before sending." in visible(empty)
    many = staff.submit(url, data={"message": "Hi", "interests": ",".join(f"i{n}" for n in range(11)), "send": "1"})
    assert many.status_code == 422 and "At most 10" in visible(many)
    huge = staff.submit(url, data={"message": "x" * 2001, "send": "1"})
    assert huge.status_code == 413
    assert db.session.query(Announcement).count() == 0

    hiring.close_position(admin, position.id)
    page = staff.get(url)
    assert "This position is closed" in visible(page)
    closed = staff.submit(url, data={"message": "Hi", "send": "1"})
    assert closed.status_code == 409 and "reopen it" in visible(closed)
    assert db.session.query(Announcement).count() == 0
    assert staff.get("/positions/999999/announce").status_code == 404


def test_the_role_page_is_for_staff_and_the_candidates_who_heard_of_it(app, admin, org, pool, position, stranger_org):
    url = f"/roles/{position.id}"
    assert staff_announce(app, admin, position, "backend") == 1  # Mia alone

    staff_page = browser_for(app, admin).get(url)
    assert staff_page.status_code == 200
    assert "Platform Engineer" in visible(staff_page) and "Build and run our APIs." in visible(staff_page)
    assert org.name in visible(staff_page) and "Open" in visible(staff_page)

    mia = browser_for(app, pool["mia"][0])
    assert mia.get(url).status_code == 200
    assert browser_for(app, pool["nora"][0]).get(url).status_code == 404  # not told of it
    assert browser_for(app, pool["lee"][0]).get(url).status_code == 404
    assert browser_for(app, stranger_org["admin"]).get(url).status_code == 404
    assert browser_for(app, stranger_org["candidate"]).get(url).status_code == 404
    manager = factories.member(admin, org, "hiring_manager", name="Hana Manager")
    assert browser_for(app, manager).get(url).status_code == 404  # not her position
    hiring.assign_position(admin, position.id, manager.id)
    assert browser_for(app, manager).get(url).status_code == 200
    assert Browser(app.test_client()).get(url).status_code == 302
    assert mia.get("/roles/999999").status_code == 404
    # Another role of the same organization stays hidden from Mia.
    other = factories.position(admin, org, "Data Engineer")
    assert mia.get(f"/roles/{other.id}").status_code == 404

    hiring.close_position(admin, position.id)
    assert "Closed" in visible(mia.get(url))


def staff_announce(app, admin, position, interests: str) -> int:
    browser = browser_for(app, admin)
    response = browser.submit(
        f"/positions/{position.id}/announce", data={"message": "A role for you.", "interests": interests, "send": "1"}
    )
    assert response.status_code == 302
    return db.session.query(Message).filter(Message.kind == "announcement").count()


def test_the_candidate_withdraws_straight_from_the_announcement(app, admin, org, pool, position):
    staff_announce(app, admin, position, "backend")
    candidate, thread = pool["mia"]
    [message] = announcements_in(thread)

    mia = browser_for(app, candidate)
    page = mia.get(f"/threads/{thread.id}")
    html = text(page)
    item = re.search(rf'<li id="message-{message.id}".*?</li>', html, re.S).group(0)
    assert "New role" in item and "Stop hearing about new roles" in item
    assert f'href="/roles/{position.id}"' in item
    assert f'action="/threads/{thread.id}/connection"' in item

    # The staff see the label, not the button.
    staff_html = text(browser_for(app, admin).get(f"/threads/{thread.id}"))
    staff_item = re.search(rf'<li id="message-{message.id}".*?</li>', staff_html, re.S).group(0)
    assert "New role" in staff_item and "Stop hearing about new roles" not in staff_item

    # The live template the page's script fills carries the same parts.
    template = re.search(r'<template data-template="message">(.*?)</template>', html, re.S).group(1)
    assert 'data-part="kind-label-announcement"' in template and "Stop hearing about new roles" in template

    response = mia.client.post(
        f"/threads/{thread.id}/connection", data={"opt_in": "no", "csrf_token": csrf_token(item)}, follow_redirects=True
    )
    assert response.status_code == 200 and "You chose not to stay in touch." in visible(response)
    db.session.expire_all()
    connection = db.session.scalar(select(Connection).where(Connection.candidate_user_id == candidate.id))
    assert connection.candidate_opt_in is False
    assert "Mia Backend" not in visible(browser_for(app, admin).get(f"/organizations/{org.id}/talent-pool"))


def test_an_open_positions_page_offers_to_announce_it_to_those_who_may(app, admin, org, staff, position):
    link = f'href="/positions/{position.id}/announce"'
    assert link in text(staff.get(f"/positions/{position.id}"))
    manager = factories.member(admin, org, "hiring_manager", name="Hal Manager", email="hal@acme.example")
    hiring.assign_position(admin, position.id, manager.id)
    assert link not in text(browser_for(app, manager).get(f"/positions/{position.id}"))
    hiring.close_position(admin, position.id)
    assert link not in text(staff.get(f"/positions/{position.id}"))
