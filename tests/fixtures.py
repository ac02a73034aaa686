"""Shared fixtures: an organization with its admin, and a candidate in a thread."""

from __future__ import annotations

import pytest

from tests import factories


@pytest.fixture
def employer(app):
    return factories.employer("Acme Robotics", name="Erin Admin", email="erin@acme.example")


@pytest.fixture
def admin(employer):
    return employer[0]


@pytest.fixture
def org(employer):
    return employer[1]


@pytest.fixture
def joined(admin, org):
    """(candidate user, thread) for a rejected candidacy whose candidate has joined."""
    return factories.joined_thread(admin, org, email="casey@example.com")


@pytest.fixture
def candidate(joined):
    return joined[0]


@pytest.fixture
def thread(joined):
    return joined[1]


@pytest.fixture
def stranger_org(app):
    """Another organization with its own thread: nothing of it may leak."""
    admin2, org2 = factories.employer("Globex", name="Gus Globex", email="gus@globex.example")
    candidate2, thread2 = factories.joined_thread(admin2, org2, email="dana@example.com", name="Dana Other")
    return {"admin": admin2, "org": org2, "candidate": candidate2, "thread": thread2}
