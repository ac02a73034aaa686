"""Assignment on the pages: the thread page's "Assigned to" form and the position page's "Hiring
manager / assignee" form (admins and recruiters, CSRF), the "Assigned to me" inbox tab, and what a
hiring manager sees (only what is assigned to them; 404 for the rest)."""

from __future__ import annotations

import re
from html import unescape

import pytest

from server.extensions import db
from server.hiring import operations as hiring
from server.messaging import operations as messaging
from server.messaging.models import Thread
from tests import factories
from tests.web.helpers import visible


@pytest.fixture
def manager(admin, org):
    return factories.member(admin, org, "hiring_manager", name="Hana Manager")


@pytest.fixture
def hana(new_browser, manager):
    return new_browser().login(manager.email)


def _assignee(thread_id: int) -> int | None:
    db.session.expire_all()
    return db.session.get(Thread, thread_id).assignee_id


def test_an_admin_assigns_a_thread_from_its_page_and_the_row_shows_it(staff, thread, manager):
    page = staff.get(f"/threads/{thread.id}")
    assert "Assigned to" in visible(page) and f'<option value="{manager.id}"' in page.get_data(as_text=True)
    r = staff.submit(f"/threads/{thread.id}", f"/threads/{thread.id}/assignee", {"user_id": str(manager.id)})
    assert r.status_code == 302
    assert _assignee(thread.id) == manager.id
    shown = visible(staff.get(f"/threads/{thread.id}", follow_redirects=True))
    assert "Assigned to Hana Manager" in shown
    assert "Assigned to Hana Manager" in visible(staff.get("/"))
    # And back to nobody.
    staff.submit(f"/threads/{thread.id}", f"/threads/{thread.id}/assignee", {"user_id": ""})
    assert _assignee(thread.id) is None


def test_the_assign_form_needs_its_csrf_token_and_a_member(staff, thread, candidate, stranger_org):
    r = staff.client.post(f"/threads/{thread.id}/assignee", data={"user_id": ""})
    assert r.status_code == 400
    for bad in (str(candidate.id), str(stranger_org["admin"].id), "someone", "99999999"):
        r = staff.submit(f"/threads/{thread.id}", f"/threads/{thread.id}/assignee", {"user_id": bad})
        assert r.status_code == 422, bad
        assert "member of this organization" in visible(r)
    assert _assignee(thread.id) is None
    r = staff.submit(f"/threads/{thread.id}", f"/threads/{stranger_org['thread'].id}/assignee", {"user_id": ""})
    assert r.status_code == 404


def test_a_hiring_manager_sees_only_what_is_assigned_and_cannot_assign(staff, hana, admin, org, thread, manager):
    assert hana.get(f"/threads/{thread.id}").status_code == 404
    assert "Casey Candidate" not in visible(hana.get("/"))
    messaging.assign_thread(admin, thread.id, manager.id)
    page = hana.get(f"/threads/{thread.id}")
    assert page.status_code == 200
    # Shown, not offered: no assign form for a hiring manager.
    assert "Hana Manager" in visible(page)
    assert f"/threads/{thread.id}/assignee" not in page.get_data(as_text=True)
    r = hana.submit(f"/threads/{thread.id}", f"/threads/{thread.id}/assignee", {"user_id": ""})
    assert r.status_code == 403
    assert _assignee(thread.id) == manager.id
    # They answer it from the page.
    r = hana.submit(f"/threads/{thread.id}", f"/threads/{thread.id}/messages", {"body": "Happy to talk it through."})
    assert r.status_code == 302
    assert "Happy to talk it through." in visible(hana.get(f"/threads/{thread.id}"))


def test_assigned_to_me_tab(hana, staff, admin, org, manager):
    _c1, mine = factories.joined_thread(admin, org, name="Mine Mo")
    factories.joined_thread(admin, org, name="Theirs Tao")
    messaging.assign_thread(admin, mine.id, manager.id)
    inbox = visible(hana.get("/?assigned=me"))
    assert "Mine Mo" in inbox and "Theirs Tao" not in inbox
    assert 'href="/?assigned=me"' in staff.get("/").get_data(as_text=True)
    everything = visible(staff.get("/"))
    assert "Mine Mo" in everything and "Theirs Tao" in everything
    assert "Nothing is assigned to you" in visible(staff.get("/?assigned=me"))


def test_assigned_to_me_pages_keep_the_filter(hana, admin, org, manager):
    made = [factories.joined_thread(admin, org, name=f"Person {i:02d}")[1] for i in range(32)]
    for t in made[:31]:
        messaging.assign_thread(admin, t.id, manager.id)
    names = [f"Person {i:02d}" for i in range(32)]
    first = hana.get("/?assigned=me")
    older = re.search(r'href="([^"]*after=[^"]*)"[^>]*>Older conversations', first.get_data(as_text=True))
    assert older is not None
    link = unescape(older.group(1))
    assert "assigned=me" in link
    on_first = {n for n in names if n in visible(first)}
    on_second = {n for n in names if n in visible(hana.get(link))}
    assert len(on_first) == 30 and len(on_second) == 1 and not on_first & on_second
    assert "Person 31" not in on_first | on_second  # never assigned to them


def test_position_page_assigns_the_hiring_manager(staff, hana, admin, org, manager):
    pos = factories.position(admin, org, "Data Engineer")
    pat = factories.candidacy(admin, pos, name="Pat Applicant")
    assert hana.get(f"/positions/{pos.id}").status_code == 404
    assert hana.get(f"/candidacies/{pat.id}/reject").status_code == 404
    assert "Data Engineer" not in visible(hana.get("/positions"))
    page = staff.get(f"/positions/{pos.id}")
    assert "Hiring manager / assignee" in visible(page)
    r = staff.submit(f"/positions/{pos.id}", f"/positions/{pos.id}/assignee", {"user_id": str(manager.id)})
    assert r.status_code == 302
    db.session.expire_all()
    assert hiring.get_position(admin, pos.id).assignee_id == manager.id
    # Now the hiring manager sees it, read-only: no add, reject, close or assign.
    listed = visible(hana.get("/positions"))
    assert "Data Engineer" in listed and "New position" not in listed
    mine = hana.get(f"/positions/{pos.id}")
    shown = visible(mine)
    assert mine.status_code == 200 and "Pat Applicant" in shown and "Hana Manager" in shown
    html = mine.get_data(as_text=True)
    for action in ("/candidacies", "/assignee", "/close", "/reject"):
        assert f'action="/positions/{pos.id}{action}"' not in html
    assert "Add candidate" not in shown
    # Nor the rejection form, with the organization's internal reasons.
    assert hana.get(f"/candidacies/{pat.id}/reject").status_code == 403
    r = hana.submit(f"/positions/{pos.id}", f"/positions/{pos.id}/assignee", {"user_id": ""})
    assert r.status_code == 403
    bad = staff.submit(f"/positions/{pos.id}", f"/positions/{pos.id}/assignee", {"user_id": "nobody"})
    assert bad.status_code == 422
