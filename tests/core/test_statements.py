"""``statements.AnyOf``: one list parameter, on SQLite expanded, on PostgreSQL one array.

Runs on SQLite and on PostgreSQL like the rest of the suite."""

from __future__ import annotations

from sqlalchemy import column, select, table
from sqlalchemy.dialects import postgresql, sqlite

from server.accounts.models import Organization
from server.core import statements
from server.extensions import db
from tests import factories

_T = table("t", column("a"), column("b"))


def test_postgresql_gets_one_array_parameter_and_sqlite_one_parameter_per_value():
    query = select(_T.c.a).where(statements.AnyOf(_T.c.a, "ids"), _T.c.b == 1)
    assert "t.a = ANY(%(ids)s::INTEGER[])" in str(query.compile(dialect=postgresql.dialect()))
    assert "t.a IN (__[POSTCOMPILE_ids]) AND" in str(query.compile(dialect=sqlite.dialect()))


def test_the_column_and_the_name_are_part_of_the_cached_statement():
    def key(c, name):
        return select(_T.c.a).where(statements.AnyOf(c, name))._generate_cache_key().key

    assert key(_T.c.a, "ids") == key(_T.c.a, "ids")
    assert key(_T.c.a, "ids") != key(_T.c.b, "ids")
    assert key(_T.c.a, "ids") != key(_T.c.a, "other")


def test_it_selects_the_rows_whose_value_is_in_the_list_whatever_its_length(app):
    with app.app_context():
        ids = [factories.employer(f"Org {n}", email=f"admin{n}@org{n}.example")[1].id for n in range(4)]
        query = select(Organization.id).where(statements.AnyOf(Organization.id, "ids")).order_by(Organization.id)
        for wanted in ([ids[0]], ids[1:3], ids, [ids[2], 10**9]):
            assert list(statements.execute(query, {"ids": wanted}).scalars()) == sorted(set(wanted) & set(ids))
        db.session.rollback()
