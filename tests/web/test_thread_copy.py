"""Each side reads lines written for it (issue 13): the employer never sees a sentence addressed to the
candidate ("… may contact you", "You can ask for feedback"), and the candidate reads "you" for themselves."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from server.connections import lifecycle
from server.connections import operations as connections
from server.connections.models import Connection
from server.extensions import db
from server.messaging import operations as messaging
from server.messaging.models import Message
from tests.web.helpers import visible


def connect(admin, candidate, thread) -> Connection:
    connections.set_connection(candidate, thread.id, True, ["backend"])
    return connections.set_connection(admin, thread.id, True)


def test_being_connected_reads_right_on_each_side(staff, casey, admin, candidate, thread):
    connect(admin, candidate, thread)
    employer_page = visible(staff.get(f"/threads/{thread.id}"))
    candidate_page = visible(casey.get(f"/threads/{thread.id}"))
    assert "You are now connected with Casey Candidate: they are in your talent pool" in employer_page
    assert "may contact you" not in employer_page
    assert "You are now connected: Acme Robotics may contact you about future roles." in candidate_page
    assert "in your talent pool" not in candidate_page


def test_live_lines_come_from_the_same_sentences(staff, casey, admin, candidate, thread):
    """The thread page carries this side's sentence for a line that arrives live."""
    staff_html = staff.get(f"/threads/{thread.id}").get_data(as_text=True)
    casey_html = casey.get(f"/threads/{thread.id}").get_data(as_text=True)
    assert '<template data-template="system-connected"><p>You are now connected with Casey Candidate' in staff_html
    assert '<template data-template="system-lapsed">' in staff_html
    assert '<template data-template="system-connected"><p>You are now connected: Acme Robotics' in casey_html
    assert 'data-template="system-lapsed"' not in casey_html  # the stored line is written to them


def test_a_lapsed_consent_reads_right_on_each_side(staff, casey, admin, candidate, thread):
    connection = connect(admin, candidate, thread)
    assert lifecycle.lapse(connection.id, connection.expires_at + timedelta(minutes=1))
    db.session.expire_all()
    employer_page = visible(staff.get(f"/threads/{thread.id}"))
    candidate_page = visible(casey.get(f"/threads/{thread.id}"))
    assert "Casey Candidate’s stay-in-touch consent lapsed, so they left your talent pool." in employer_page
    assert "renew any time from My connections" not in employer_page
    assert "Your stay-in-touch consent with Acme Robotics lapsed; renew any time from My connections." in candidate_page


def test_the_opening_line_and_joining_read_right_on_each_side(staff, casey, thread):
    """The first line of every thread is written for whoever reads it, and so is the candidate joining."""
    title = thread.candidacy.position.title
    employer_page = visible(staff.get(f"/threads/{thread.id}"))
    candidate_page = visible(casey.get(f"/threads/{thread.id}"))
    assert (
        f"This is a private conversation with Casey Candidate about the {title} role; only they and your team "
        "see it. They can ask for feedback and reply here" in employer_page
    )
    assert "You can ask for feedback" not in employer_page
    assert "Casey Candidate joined the conversation." in employer_page
    assert (
        f"This is a private conversation between you and Acme Robotics about the {title} role. You can ask for "
        "feedback, reply, and choose whether to stay in touch." in candidate_page
    )
    assert "You joined the conversation." in candidate_page and "Casey Candidate joined" not in candidate_page


def test_a_line_stored_before_its_event_was_recorded_reads_right_too(staff, casey, thread):
    """Threads opened before the lines carried meta.event: the stored text tells which line it is."""
    first = db.session.scalars(select(Message).where(Message.thread_id == thread.id).order_by(Message.id)).first()
    assert first.meta == {"event": "opened"}
    first.meta = None
    first.body = first.body.split(":")[0] + ". You can ask for feedback, reply, and choose whether to stay in touch."
    db.session.commit()
    assert "This is a private conversation with Casey Candidate" in visible(staff.get(f"/threads/{thread.id}"))
    assert "between you and Acme Robotics" in visible(casey.get(f"/threads/{thread.id}"))


def test_closing_and_opting_out_read_right_on_each_side(staff, casey, admin, candidate, thread):
    connect(admin, candidate, thread)
    connections.set_connection(candidate, thread.id, False)
    messaging.close_thread(candidate, thread.id)
    employer_page = visible(staff.get(f"/threads/{thread.id}"))
    candidate_page = visible(casey.get(f"/threads/{thread.id}"))
    assert "Casey Candidate chose not to stay in touch, so they left your talent pool." in employer_page
    assert "Casey Candidate closed the conversation." in employer_page
    assert "You chose not to stay in touch, so Acme Robotics will not contact you about future roles." in candidate_page
    assert "You closed the conversation." in candidate_page and "Casey Candidate" not in candidate_page


def test_the_employer_opting_out_reads_right_on_each_side(staff, casey, admin, candidate, thread):
    connect(admin, candidate, thread)
    connections.set_connection(admin, thread.id, False)
    employer_page = visible(staff.get(f"/threads/{thread.id}"))
    candidate_page = visible(casey.get(f"/threads/{thread.id}"))
    assert "Erin Admin chose not to stay in touch. You are no longer connected." in employer_page
    assert "Acme Robotics chose not to stay in touch, so you are no longer connected." in candidate_page
    # The API says it once, for everyone.
    lines = [m.body for m in db.session.scalars(select(Message).where(Message.kind == "system"))]
    assert "Erin Admin chose not to stay in touch. You are no longer connected." in lines


def test_every_line_that_reads_differently_has_its_live_template(staff, casey, thread):
    """A line that arrives live is the page's own sentence for it: each side's page carries one per event
    its side words differently, and none where the stored text serves."""
    staff_html = staff.get(f"/threads/{thread.id}").get_data(as_text=True)
    casey_html = casey.get(f"/threads/{thread.id}").get_data(as_text=True)
    for event in ("opened", "candidate_opted_out", "connected", "lapsed"):
        assert f'data-template="system-{event}"' in staff_html, event
    for event in ("joined", "candidate_closed", "employer_opted_out"):
        assert f'data-template="system-{event}"' not in staff_html, event
    for event in ("opened", "joined", "candidate_closed", "candidate_opted_out", "employer_opted_out", "connected"):
        assert f'data-template="system-{event}"' in casey_html, event
