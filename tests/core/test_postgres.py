"""The end of a request: a transaction that only read is committed on PostgreSQL (so psycopg keeps its
prepared statements, and PostgreSQL its plans), and anything that wrote is still rolled back.

Runs on SQLite and on PostgreSQL like the rest of the suite."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, insert, select, text
from sqlalchemy import exc as sa_exc

from server.accounts.models import Organization
from server.core import statements
from server.extensions import db

_READ = text("SELECT count(*) FROM organizations WHERE name = :name")


def _organizations(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Organization)) or 0


def test_a_request_that_wrote_without_committing_is_rolled_back(make_app):
    app = make_app()
    with app.app_context():
        db.session.add(Organization(name="Flushed"))
        db.session.flush()
    with app.app_context():
        statements.execute(insert(Organization).values(name="Core insert"))
        db.session.scalar(select(func.count()).select_from(Organization))  # and read after it
    with app.app_context():
        db.session.add(Organization(name="Pending"))  # never flushed
    assert _organizations(app) == 0


def test_a_request_that_failed_is_rolled_back(make_app):
    app = make_app()
    with pytest.raises(RuntimeError), app.app_context():
        db.session.add(Organization(name="Half done"))
        db.session.flush()
        raise RuntimeError("the view failed")
    assert _organizations(app) == 0


def test_a_read_is_committed_on_postgresql_and_its_statement_stays_prepared(make_app):
    app = make_app()
    commits: list[str] = []
    with app.app_context():
        postgresql = db.engine.dialect.name == "postgresql"
        event.listen(db.engine, "commit", lambda conn: commits.append("commit"))
    # psycopg prepares a statement at its sixth use on a connection; each request is one use.
    for _ in range(7):
        with app.app_context():
            db.session.execute(_READ, {"name": "Acme"}).scalar()
    if not postgresql:
        # SQLite keeps its statement cache through a rollback: nothing is committed for it.
        assert commits == []
        return
    assert len(commits) == 7
    with app.app_context():
        prepared = db.session.scalars(text("SELECT statement FROM pg_prepared_statements")).all()
    assert any("FROM organizations WHERE name = $1" in s for s in prepared), prepared


def test_a_request_whose_statement_failed_ends_cleanly(make_app):
    app = make_app()
    # The view catches the error and answers; the transaction (aborted on PostgreSQL) is rolled back.
    with app.app_context(), pytest.raises(sa_exc.DBAPIError):
        db.session.execute(text("SELECT * FROM no_such_table"))
    with app.app_context():
        assert db.session.scalar(text("SELECT 1")) == 1
    assert _organizations(app) == 0
