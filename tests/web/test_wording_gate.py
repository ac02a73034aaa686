"""The wording gate on the pages (no JavaScript): the staff reply box, the rejection note and the
announcement note re-render 422 with the findings (each phrase said once) and the "I have reviewed
this wording" checkbox, change nothing, and send once it is ticked (recorded with who and when)."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from server.connections.operations import set_connection
from server.extensions import db
from server.hiring.models import Candidacy
from server.messaging.models import Message, RiskAcknowledgement, Thread
from server.notifications.models import OutboxEmail
from tests import factories
from tests.web.helpers import hidden_value, text, visible

YOUNG_TEAM = "We felt you would not fit with a team this young."
YOUNGER = "Honestly, we wanted someone younger."
ACK_LABEL = "I have reviewed this wording and want to send it anyway"


def _count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def _bodies(thread) -> list[str]:
    return list(db.session.scalars(select(Message.body).where(Message.thread_id == thread.id)))


def _reply(browser, thread, body: str, **extra):
    page = browser.get(f"/threads/{thread.id}").get_data(as_text=True)
    data = {"body": body, "client_id": extra.pop("client_id", None) or hidden_value(page, "client_id"), **extra}
    return browser.submit(f"/threads/{thread.id}", f"/threads/{thread.id}/messages", data)


def _said_once(page: str, phrase: str) -> None:
    """Each finding's explanation names its phrase once (the review saw it twice)."""
    for item in re.findall(r'<span class="finding-why">(.*?)</span>', page, flags=re.S):
        if phrase in item:
            assert item.count(phrase) == 1, item
            return
    raise AssertionError(f"no finding for {phrase!r}")


# -- the staff reply box ---------------------------------------------------------------------


@pytest.mark.parametrize(("body", "phrase"), [(YOUNG_TEAM, "team this young"), (YOUNGER, "someone younger")])
def test_a_risky_staff_reply_is_held_with_the_findings_and_nothing_is_sent(staff, thread, body, phrase):
    before, emails = _bodies(thread), _count(OutboxEmail)
    r = _reply(staff, thread, body)
    assert r.status_code == 422
    page = text(r)
    shown = visible(r)
    assert "Some wording may refer to a protected characteristic" in shown
    assert f'<mark class="finding-legal_risk">{phrase}</mark>' in page  # highlighted in place
    _said_once(page, phrase)
    assert ACK_LABEL in shown and 'name="acknowledge"' in page
    assert body in page  # the text stays in the box
    assert _bodies(thread) == before and _count(OutboxEmail) == emails and _count(RiskAcknowledgement) == 0


def test_ticking_the_box_sends_the_reply_and_records_who_and_when(staff, casey, admin, thread):
    held = _reply(staff, thread, YOUNG_TEAM)
    client_id = hidden_value(held.get_data(as_text=True), "client_id")
    r = _reply(staff, thread, YOUNG_TEAM, client_id=client_id, acknowledge="y")
    assert r.status_code == 302
    assert YOUNG_TEAM in visible(casey.get(f"/threads/{thread.id}"))
    ack = db.session.scalars(select(RiskAcknowledgement)).one()
    message = db.session.scalar(select(Message).where(Message.body == YOUNG_TEAM))
    assert (ack.user_id, ack.subject, ack.thread_id, ack.message_id) == (admin.id, "message", thread.id, message.id)
    assert ack.created_at is not None
    # The same form sent again (a double click) adds nothing.
    assert _reply(staff, thread, YOUNG_TEAM, client_id=client_id, acknowledge="y").status_code == 302
    assert _bodies(thread).count(YOUNG_TEAM) == 1 and _count(RiskAcknowledgement) == 1


def test_the_staff_reply_box_is_checked_live_and_the_candidates_is_not(staff, casey, thread):
    staff_page = text(staff.get(f"/threads/{thread.id}"))
    form = re.search(r'<form[^>]*id="reply"[^>]*>', staff_page).group(0)
    assert "data-composer" in form and 'data-check-url="/api/v1/feedback/check"' in form
    assert "js/composer.js" in staff_page and "data-check" in staff_page
    candidate_page = text(casey.get(f"/threads/{thread.id}"))
    form = re.search(r'<form[^>]*id="reply"[^>]*>', candidate_page).group(0)
    assert "data-composer" not in form and "js/composer.js" not in candidate_page
    assert "data-hostility-hint" in candidate_page


@pytest.mark.parametrize("body", [YOUNGER, "You were a great candidate.", "Your answers were lazy and useless."])
def test_candidates_are_never_held_and_vague_or_harsh_staff_wording_never_blocks(staff, casey, thread, body):
    assert _reply(casey, thread, body).status_code == 302
    if body != YOUNGER:
        assert _reply(staff, thread, body + " (staff)").status_code == 302
    assert _count(RiskAcknowledgement) == 0


# -- the rejection note ----------------------------------------------------------------------


@pytest.fixture
def to_reject(admin, org):
    cand = factories.candidacy(admin, factories.position(admin, org), name="Jo", email="jo@example.com")
    db.session.commit()
    return cand


def _reject(staff, cand, **data):
    return staff.submit(f"/candidacies/{cand.id}/reject", data={"reason": "skills", **data})


def test_a_risky_rejection_note_is_held_and_nothing_changes(staff, to_reject):
    threads, emails = _count(Thread), _count(OutboxEmail)
    r = _reject(staff, to_reject, message=YOUNGER)
    assert r.status_code == 422
    page, shown = text(r), visible(r)
    assert "Some wording may refer to a protected characteristic" in shown and ACK_LABEL in shown
    assert '<mark class="finding-legal_risk">someone younger</mark>' in page
    _said_once(page, "someone younger")
    assert "js/composer.js" in page and "data-composer" in page
    db.session.expire_all()
    assert db.session.get(Candidacy, to_reject.id).status == "active"
    assert _count(Thread) == threads and _count(OutboxEmail) == emails and _count(RiskAcknowledgement) == 0


def test_an_acknowledged_rejection_note_is_sent_and_recorded(staff, admin, to_reject):
    r = _reject(staff, to_reject, message=YOUNG_TEAM, acknowledge="y")
    assert r.status_code == 302
    thread = db.session.scalar(select(Thread).where(Thread.candidacy_id == to_reject.id))
    assert YOUNG_TEAM in _bodies(thread)
    assert "team this young" in db.session.scalars(select(OutboxEmail)).one().body_text
    ack = db.session.scalars(select(RiskAcknowledgement)).one()
    assert (ack.user_id, ack.subject, ack.thread_id) == (admin.id, "rejection", thread.id) and ack.message_id


def test_a_vague_rejection_note_is_not_held(staff, to_reject):
    assert _reject(staff, to_reject, message="You were a great candidate. Keep it up!").status_code == 302
    assert _count(RiskAcknowledgement) == 0


# -- the announcement ------------------------------------------------------------------------


def test_an_announcement_goes_through_the_same_gate(staff, admin, org):
    candidate, thread = factories.joined_thread(admin, org, email="pat@example.com", name="Pat Pool")
    set_connection(candidate, thread.id, True, [])
    set_connection(admin, thread.id, True)
    position = factories.position(admin, org, "Platform Engineer")
    db.session.commit()
    url = f"/positions/{position.id}/announce"
    held = staff.submit(url, data={"message": YOUNGER, "send": "Send announcement"})
    assert held.status_code == 422
    assert ACK_LABEL in visible(held) and '<mark class="finding-legal_risk">someone younger</mark>' in text(held)
    _said_once(text(held), "someone younger")
    assert _count(RiskAcknowledgement) == 0 and not any("younger" in b for b in _bodies(thread))
    sent = staff.submit(url, data={"message": YOUNGER, "send": "Send announcement", "acknowledge": "y"})
    assert sent.status_code == 302
    assert any(YOUNGER in b for b in _bodies(thread))
    ack = db.session.scalars(select(RiskAcknowledgement)).one()
    assert (ack.user_id, ack.organization_id, ack.subject) == (admin.id, org.id, "announcement")
