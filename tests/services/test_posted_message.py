"""A posted message is written without the ORM (messaging/facts.py): what its author is told (the ack,
the API's answer, the live event) must be exactly what anyone reads back later."""

from __future__ import annotations

from server.extensions import db
from server.messaging import operations as threads
from server.messaging.models import Message, ReadState, Thread
from server.messaging.serializers import serialize_message
from server.notifications.models import PendingNotification


def test_the_posted_values_are_the_stored_row(admin, joined):
    candidate, thread = joined
    posted, created = threads.post_message(candidate, thread.id, "Thanks, **really**.\n\nOne more thing.", "c-1")
    assert created
    answered = serialize_message(posted)
    db.session.expire_all()
    stored = db.session.get(Message, posted.id)
    assert stored is not None and serialize_message(stored) == answered
    assert answered["html"] == "<p>Thanks, <strong>really</strong>.</p>\n<p>One more thing.</p>"
    assert answered["author"] == {"id": candidate.id, "name": candidate.name, "side": "candidate"}


def test_posting_moves_the_thread_and_the_authors_read_position(admin, joined):
    candidate, thread = joined
    before = db.session.get(Thread, thread.id).last_message_at
    posted, _ = threads.post_message(candidate, thread.id, "Hello again.")
    db.session.expire_all()
    assert db.session.get(Thread, thread.id).last_message_at == posted.created_at >= before
    state = db.session.get(ReadState, (candidate.id, thread.id))
    assert state is not None and state.last_read_message_id == posted.id
    # The staff who handle the thread are emailed if they have not seen it in time; the author is not.
    pending = db.session.query(PendingNotification).filter_by(message_id=posted.id).all()
    assert pending and candidate.id not in {row.user_id for row in pending}


def test_a_thread_the_session_holds_shows_the_new_activity(admin, joined):
    candidate, thread = joined
    held = db.session.get(Thread, thread.id)  # loaded before the post, in the same session
    posted, _ = threads.post_message(candidate, thread.id, "Hello.")
    assert held.last_message_at == posted.created_at
