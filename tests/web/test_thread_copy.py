"""Each side reads lines written for it (issue 13): the employer never sees a sentence addressed to the
candidate ("… may contact you"), and the candidate keeps theirs."""

from __future__ import annotations

from datetime import timedelta

from server.connections import lifecycle
from server.connections import operations as connections
from server.connections.models import Connection
from server.extensions import db
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
