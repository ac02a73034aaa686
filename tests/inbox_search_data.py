"""An organization's inbox to search (issue 13): known names, emails, positions, assignees and one
overdue feedback request, built through the services, plus a stranger organization with a
same-named candidate that no search of ours may find."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from server.core import time as core_time
from server.extensions import db
from server.feedback import operations as feedback_operations
from server.hiring import operations as hiring
from server.messaging import operations as messaging
from tests import factories


@dataclass
class Inbox:
    admin: Any
    org: Any
    manager: Any
    backend: Any  # positions
    design: Any
    threads: dict[str, Any]  # first name -> thread
    stranger_admin: Any
    stranger_position: Any

    def names(self, items: list[dict]) -> list[str]:
        """The first names of an API list's threads (or summaries), in order."""
        return [item["candidate"]["name"].split()[0] for item in items]


def reject(admin, position, name: str, email: str):
    candidacy = hiring.add_candidacy(admin, position.id, name, email)
    _candidacy, thread, _invitation = hiring.reject_candidacy(admin, candidacy.id, message="Thank you for your time.")
    return thread


def join(thread, email: str, name: str):
    return hiring.accept_invitation(factories.invitation_token(email), name=name, password=factories.PASSWORD)


def build(admin, org, monkeypatch) -> Inbox:
    """Ada (backend, asked for feedback 30 days ago: overdue), Alan (design, asked today), Lina (backend,
    handled by Hana the hiring manager), Grace (design); Globex has its own Ada."""
    manager = factories.member(admin, org, "hiring_manager", name="Hana Manager", email="hana@acme.example")
    backend = factories.position(admin, org, "Backend Engineer")
    design = factories.position(admin, org, "Product Designer")
    threads = {}
    threads["Grace"] = reject(admin, design, "Grace Hopper", "grace@navy.example")
    threads["Lina"] = reject(admin, backend, "Lina Alvarez", "lina_alvarez@example.com")
    messaging.assign_thread(admin, threads["Lina"].id, manager.id)
    threads["Alan"] = reject(admin, design, "Alan Turing", "alan@turing.example")
    alan, _ = join(threads["Alan"], "alan@turing.example", "Alan Turing")
    feedback_operations.request_feedback(alan, threads["Alan"].id, ["skills"], "Could you tell me more?")
    threads["Ada"] = reject(admin, backend, "Ada Lovelace", "ada.lovelace@example.com")
    ada, _ = join(threads["Ada"], "ada.lovelace@example.com", "Ada Lovelace")
    # Asked 30 days ago: the reply target (days, not 30) has passed.
    real = core_time.utcnow
    monkeypatch.setattr(feedback_operations, "utcnow", lambda: real() - timedelta(days=30))
    feedback_operations.request_feedback(ada, threads["Ada"].id, ["skills"], "Could you tell me more?")
    monkeypatch.setattr(feedback_operations, "utcnow", real)

    stranger_admin, stranger_org = factories.employer("Globex", name="Gus Globex", email="gus@globex.example")
    stranger_position = factories.position(stranger_admin, stranger_org, "Backend Engineer")
    reject(stranger_admin, stranger_position, "Ada Stranger", "ada@globex.example")
    db.session.commit()
    for thread in threads.values():
        db.session.refresh(thread)
    return Inbox(admin, org, manager, backend, design, threads, stranger_admin, stranger_position)
