"""The inbox and the thread page run the same number of SQL statements whatever the number of
threads or messages: nothing is queried per row (issue 11). The count is printed with -s."""

from __future__ import annotations

from server.extensions import db
from server.messaging.models import Message
from tests import factories
from tests.querycount import add_messages, assert_same_count, statements_of, varied_threads


def _counted(browser, url: str) -> list[str]:
    browser.get(url)  # the first view may write (marks the thread read, the session's last use)
    return statements_of(lambda: browser.get(url))


def test_the_staff_inbox_costs_the_same_queries_for_4_and_30_threads(staff, admin, org):
    manager = factories.member(admin, org, "hiring_manager", name="Hana Manager", email="hana@example.com")
    varied_threads(admin, org, 4, assignee=manager)
    small = _counted(staff, "/")
    varied_threads(admin, org, 26, assignee=manager)
    large = _counted(staff, "/")
    assert staff.get("/").get_data(as_text=True).count(' data-thread-id="') == 30
    assert_same_count(small, large, "staff inbox, 4 vs 30 threads")


def test_a_hiring_managers_inbox_costs_the_same_queries_for_more_threads(new_browser, admin, org):
    manager = factories.member(admin, org, "hiring_manager", name="Hana Manager", email="hana@example.com")
    browser = new_browser().login(manager.email)
    varied_threads(admin, org, 4, assignee=manager)
    small = _counted(browser, "/")
    varied_threads(admin, org, 24, assignee=manager)
    large = _counted(browser, "/")
    assert browser.get("/").get_data(as_text=True).count(' data-thread-id="') == 7
    assert_same_count(small, large, "hiring manager's inbox, 1 vs 7 assigned threads")


def test_the_candidate_inbox_costs_the_same_queries_for_1_and_6_threads(casey, candidate):
    small = _counted(casey, "/")
    for n in range(5):
        admin2, org2 = factories.employer(f"Employer {n}")
        varied_threads(admin2, org2, 1, candidate=candidate)
    large = _counted(casey, "/")
    assert casey.get("/").get_data(as_text=True).count(' data-thread-id="') == 6
    assert_same_count(small, large, "candidate inbox, 1 vs 6 threads")


def _messages(thread) -> int:
    return db.session.query(Message).filter_by(thread_id=thread.id).count()


def test_the_thread_page_costs_the_same_queries_for_5_and_120_messages(staff, casey, admin, candidate, thread):
    add_messages(thread, admin, candidate, 2)  # a feedback request and rated feedback
    assert _messages(thread) == 5
    url = f"/threads/{thread.id}"
    small_staff, small_candidate = _counted(staff, url), _counted(casey, url)
    add_messages(thread, admin, candidate, 105)
    assert _messages(thread) >= 120
    large_staff, large_candidate = _counted(staff, url), _counted(casey, url)
    assert_same_count(small_staff, large_staff, f"thread page (staff), 5 vs {_messages(thread)} messages")
    assert_same_count(small_candidate, large_candidate, f"thread page (candidate), 5 vs {_messages(thread)} messages")


def test_a_searched_and_filtered_inbox_costs_the_same_queries_as_the_plain_one(staff, admin, org):
    """Search and filters are conditions of the one thread query, whatever they match; the page's
    choices (positions, people) are a query each, not one per position or person. (A page with
    fewer kinds of rows may run fewer: no assignee to load, no thread to count unread messages of.)"""
    manager = factories.member(admin, org, "hiring_manager", name="Hana Manager", email="hana@example.com")
    made = varied_threads(admin, org, 4, assignee=manager)
    position_id = made[0].candidacy.position_id
    searched = "/?q=example.com&assignee=none&status=open"
    narrowed = f"/?q=varied&position_id={position_id}&overdue=1&assigned=me"
    small_searched, small_narrowed = _counted(staff, searched), _counted(staff, narrowed)
    varied_threads(admin, org, 26, assignee=manager)
    large_searched, large_narrowed = _counted(staff, searched), _counted(staff, narrowed)
    # Open and unassigned, joined or not.
    assert staff.get(searched).get_data(as_text=True).count(' data-thread-id="') == 16
    assert_same_count(small_searched, large_searched, "staff inbox searched and filtered, 4 vs 30 threads")
    assert_same_count(small_narrowed, large_narrowed, "staff inbox by position and overdue, 4 vs 30 threads")


def test_a_hiring_managers_searched_inbox_costs_the_same_queries_for_more_threads(new_browser, admin, org):
    manager = factories.member(admin, org, "hiring_manager", name="Hana Manager", email="hana@example.com")
    browser = new_browser().login(manager.email)
    varied_threads(admin, org, 4, assignee=manager)
    url = "/?q=example.com&assigned=me&status=open"
    small = _counted(browser, url)
    varied_threads(admin, org, 24, assignee=manager)
    large = _counted(browser, url)
    assert browser.get(url).get_data(as_text=True).count(' data-thread-id="') == 7
    assert_same_count(small, large, "hiring manager's searched inbox, 1 vs 7 matching threads")
