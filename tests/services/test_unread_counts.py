"""Unread counts of a page of threads, and of one thread for each of its participants: messages by
others after each person's own read position, never someone else's.

Runs on SQLite and on PostgreSQL like the rest of the suite."""

from __future__ import annotations

from server.messaging import operations as threads
from tests import factories


def test_each_person_counts_from_their_own_read_position_in_each_thread(admin, org):
    colleague = factories.member(admin, org, role="recruiter", email="rita@example.com")
    casey, first = factories.joined_thread(admin, org, email="casey@example.com")
    _dana, second = factories.joined_thread(admin, org, email="dana@example.com", name="Dana Doe")
    replies = [threads.post_message(casey, first.id, f"Reply {n}.")[0] for n in range(4)]
    # Read positions at different places: the colleague read two replies of the first thread and the
    # whole second one; the admin read one reply of the first and nothing of the second.
    threads.mark_read(colleague, first.id, replies[1].id)
    threads.mark_read(admin, first.id, replies[0].id)
    newest_second = threads.list_messages(admin, second.id)[0][-1]
    threads.mark_read(colleague, second.id, newest_second.id)
    own = threads.post_message(colleague, first.id, "Thanks, Casey.")[0]

    admin_counts = threads.unread_counts(admin, [first.id, second.id])
    colleague_counts = threads.unread_counts(colleague, [first.id, second.id])
    # The admin: three replies and the colleague's message. In the second thread, writing the rejection
    # note moved the admin's position to it: only the candidate's joining came after.
    assert admin_counts == {first.id: 4, second.id: 1}
    # Posting moved the colleague's position to their own message: nothing unread there.
    assert colleague_counts == {first.id: 0, second.id: 0}
    assert threads.unread_counts(casey, [first.id]) == {first.id: 1}  # the colleague's message
    assert own.author_id == colleague.id

    by_user = threads.unread_counts_of_users(first.id, [admin.id, colleague.id, casey.id])
    assert by_user == {admin.id: 4, colleague.id: 0, casey.id: 1}


def test_an_empty_page_has_no_counts(admin):
    assert threads.unread_counts(admin, []) == {}
