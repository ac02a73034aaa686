"""The range of a database id: every id column is a 32-bit signed integer on PostgreSQL."""

from __future__ import annotations

from werkzeug.routing import IntegerConverter

MAX_ID = 2**31 - 1
# No row has id 0 (ids start at 1): an id past the range becomes this, and is then not found.
NO_ID = 0


def in_range(value: int) -> bool:
    return 0 < value <= MAX_ID


class IdConverter(IntegerConverter):
    """`<int:...>` in every route. An id beyond the database's range would fail in the query (PostgreSQL
    rejects it, SQLite cannot bind it: a 500 either way); it becomes NO_ID instead, so the request is
    authenticated and answered exactly as for an id that does not exist. (Refusing it in the converter
    would answer 405 where another method's rule shares the path.)"""

    def to_python(self, value: str) -> int:
        number = int(value)
        return number if number <= MAX_ID else NO_ID
