"""Unread counts of a page of threads, and of one thread for each of its participants: messages by
others after each person's own read position, never someone else's.

Runs on SQLite and on PostgreSQL like the rest of the suite."""

from __future__ import annotations

from server.extensions import db
from server.messaging import operations as threads
from server.messaging.models import Message, Thread
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


def test_every_message_takes_the_next_place_in_its_thread_whatever_wrote_it(admin, org):
    casey, thread = factories.joined_thread(admin, org, email="casey@example.com")
    _dana, other = factories.joined_thread(admin, org, email="dana@example.com", name="Dana Doe")
    threads.post_message(casey, thread.id, "A question.", "c-1")
    threads.post_message(admin, other.id, "Elsewhere.")  # another thread's message in between
    threads.post_message(admin, thread.id, "An answer.")
    threads.close_thread(admin, thread.id)  # a system line
    messages = threads.list_messages(admin, thread.id)[0]
    assert [m.seq for m in messages] == list(range(1, len(messages) + 1))
    db.session.expire_all()
    assert db.session.get(Thread, thread.id).message_count == len(messages)


def test_a_retried_client_id_takes_no_place_and_leaves_the_activity(admin, joined):
    casey, thread = joined
    waiting = threads.unread_counts(admin, [thread.id])[thread.id]  # the candidate's joining
    first, created = threads.post_message(casey, thread.id, "Is there any feedback?", "retry-1")
    assert created
    db.session.expire_all()
    before = db.session.get(Thread, thread.id)
    count, activity = before.message_count, before.last_message_at
    again, created = threads.post_message(casey, thread.id, "Is there any feedback?", "retry-1")
    assert not created and again.id == first.id
    db.session.expire_all()
    after = db.session.get(Thread, thread.id)
    assert (after.message_count, after.last_message_at) == (count, activity)
    assert threads.unread_counts(admin, [thread.id])[thread.id] == waiting + 1  # the question once, not twice
    following, _ = threads.post_message(casey, thread.id, "One more thing.")
    assert db.session.get(Message, following.id).seq == db.session.get(Message, first.id).seq + 1


def test_reading_an_older_message_counts_what_came_after_it(admin, joined):
    casey, thread = joined
    replies = [threads.post_message(casey, thread.id, f"Reply {n}.")[0] for n in range(5)]
    threads.mark_read(admin, thread.id, replies[1].id)
    assert threads.unread_counts(admin, [thread.id]) == {thread.id: 3}
    threads.mark_read(admin, thread.id, replies[0].id)  # never backwards
    assert threads.unread_counts_of_users(thread.id, [admin.id]) == {admin.id: 3}
