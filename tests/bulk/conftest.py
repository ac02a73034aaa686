"""Bulk rejection tests: an organization with positions, its admin's API client, and what changed."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from server.accounts.operations import issue_token
from server.bulk import processing
from server.bulk.models import BulkJob, BulkRow
from server.extensions import db
from server.hiring.models import Candidacy, Invitation
from server.messaging.models import Message, RiskAcknowledgement, Thread
from server.notifications.models import OutboxEmail
from tests import factories
from tests.api.conftest import Api
from tests.web.helpers import Browser

TABLES = (BulkJob, BulkRow, Candidacy, Thread, Message, Invitation, OutboxEmail, RiskAcknowledgement)


@pytest.fixture
def api(client, admin):
    return Api(client, issue_token(admin))


@pytest.fixture
def staff(app, admin):
    """The admin in a browser (their own cookies)."""
    return Browser(app.test_client()).login(admin.email)


@pytest.fixture
def backend(admin, org):
    return factories.position(admin, org, "Backend Engineer")


@pytest.fixture
def designer(admin, org):
    return factories.position(admin, org, "Product Designer")


def footprint() -> dict[str, int]:
    """Rows per table that a bulk rejection writes: an upload refused must leave every one as it was."""
    db.session.rollback()
    return {model.__tablename__: db.session.scalar(select(func.count()).select_from(model)) for model in TABLES}


def work() -> int:
    """What the worker loop does for uploads nobody started (the tests start none in process)."""
    return processing.process_due()


def emails_to(address: str) -> list[OutboxEmail]:
    return list(db.session.scalars(select(OutboxEmail).where(OutboxEmail.to_email == address)))
