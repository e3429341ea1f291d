"""The plain-SQL queries, together: the case list and its counts, a request's detail, roles, search.

They run on a DB-API connection (`Connection`): the reader's (`CaseFile.reader().plain`), before
SQLAlchemy is loaded for the first page, or a unit of work's (`door.plain(session)`), inside its
transaction. They return rows; the services turn rows into views and refusals into messages.
Their SQL is SQLite's (``?`` parameters, ``json_group_array``, FTS5): another engine brings its own
module here behind the same functions (see door.py).
"""

from __future__ import annotations

from typing import Any, Protocol


class Cursor(Protocol):
    rowcount: int

    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def fetchmany(self, size: int = ..., /) -> list[Any]: ...


class Connection(Protocol):
    """A DB-API connection to the case file (sqlcipher3's)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Cursor: ...
