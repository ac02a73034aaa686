"""One world per test module: its own database, built once, restored after every change."""

from __future__ import annotations

import pytest

from server import create_app
from server.extensions import db
from tests.authz.world import build
from tests.live import fresh_database


@pytest.fixture(scope="module")
def world(request, worker_id):
    name = f"authz_{request.module.__name__.rsplit('.', 1)[-1]}_{worker_id}"
    app = create_app(
        {
            "TESTING": True,
            "CANDOR_ENV": "testing",
            "SQLALCHEMY_DATABASE_URI": fresh_database(name),
            "CANDOR_BASE_URL": "http://candor.test",
            "SERVER_NAME": None,
            # The reset request's floor on its duration is tested elsewhere; here it would only wait.
            "CANDOR_PASSWORD_RESET_MIN_SECONDS": 0,
        }
    )
    with app.app_context():
        db.create_all()
        try:
            yield build(app)
        finally:
            db.session.remove()
            db.engine.dispose()
