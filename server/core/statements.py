"""Core statements on the unit of work's own connection, for the hot paths: no ORM layer to pass."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ARRAY, Boolean, CursorResult, Executable, Integer, bindparam
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal, _TraverseInternalsType

from ..extensions import db


def execute(statement: Executable, params: dict[str, Any] | None = None) -> CursorResult[*tuple[Any, ...]]:
    """Runs ``statement`` in the session's transaction. Core statements do not autoflush, so what this
    unit of work changed is flushed first: it is read too."""
    db.session.flush()
    return db.session.connection().execute(statement, params or {})


class AnyOf(ColumnElement[bool]):
    """``column IN (:name)`` for a list of integers given at execution.

    SQLite expands the list into one parameter per value. PostgreSQL gets ``column = ANY(:name)``
    with one array parameter instead: one statement text whatever the list's length, so psycopg
    prepares it after a few uses and PostgreSQL stops planning it again (the planning cost more than
    running a page's statements), and SQLAlchemy does not render the expansion on every call."""

    inherit_cache = True
    type = Boolean()
    _is_implicitly_boolean = True  # a condition as it stands, not a value to compare with true
    _traverse_internals: _TraverseInternalsType = [  # noqa: RUF012 (SQLAlchemy reads it off the class)
        ("column", InternalTraversal.dp_clauseelement),
        ("name", InternalTraversal.dp_string),
    ]

    def __init__(self, column: ColumnElement[Any] | QueryableAttribute[Any], name: str) -> None:
        self.column = column if isinstance(column, ColumnElement) else column.__clause_element__()
        self.name = name


@compiles(AnyOf)
def _expanding_in(element: AnyOf, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.column.in_(bindparam(element.name, expanding=True)), **kw)


@compiles(AnyOf, "postgresql")
def _any_array(element: AnyOf, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.column, **kw)
    return f"{column} = ANY({compiler.process(bindparam(element.name, type_=ARRAY(Integer)), **kw)})"
