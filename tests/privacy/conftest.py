"""Privacy tests: two organizations, each with a candidate who has been through the loop."""

from __future__ import annotations

import pytest

from server.connections import operations as connections
from server.feedback import operations as feedback
from server.hiring import operations as hiring
from server.messaging import operations as messaging
from tests import factories
from tests.notifications.conftest import mail_app, mailbox  # noqa: F401 (fixtures for the retention tests)

ANSWERS = {
    "strengths": "Your API design exercise was clear and well tested.",
    "gaps": "The role needed more production experience with PostgreSQL replication.",
}


def full_loop(staff, candidate, thread, *, secret: str) -> None:
    """A message each way, a feedback request, feedback, and both sides connected."""
    messaging.post_message(candidate, thread.id, f"Thanks for letting me know. {secret}")
    feedback.request_feedback(candidate, thread.id, ["skills"], f"Could you tell me about my skills? {secret}")
    feedback.give_feedback(staff, thread.id, ANSWERS)
    connections.set_connection(candidate, thread.id, True, ["backend"])
    connections.set_connection(staff, thread.id, True)


@pytest.fixture
def world(admin, org, candidate, thread, stranger_org):
    full_loop(admin, candidate, thread, secret="casey-secret")
    other = stranger_org
    full_loop(other["admin"], other["candidate"], other["thread"], secret="dana-secret")
    # Casey was also rejected by Globex: a second thread, another organization.
    _cand, _thread, token = factories.rejected_thread(other["admin"], other["org"], email=candidate.email)
    _casey, globex_thread = hiring.accept_invitation(token, user=candidate)
    messaging.post_message(candidate, globex_thread.id, "Hello Globex, casey-globex-secret")
    return {
        "admin": admin,
        "org": org,
        "candidate": candidate,
        "thread": thread,
        "globex_thread": globex_thread,
        **{f"other_{k}": v for k, v in other.items()},
    }
