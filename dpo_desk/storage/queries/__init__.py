"""The plain-SQL queries, together: the case list and its counts, a request's detail, roles, search.

They run on a DB-API connection (`Connection`): the reader's (`CaseFile.reader().plain`), before
SQLAlchemy is loaded for the first page, or a unit of work's (`door.plain(session)`), inside its
transaction. They return rows; the services turn rows into views and refusals into messages.
Their SQL is SQLite's (``?`` parameters, ``json_group_array``, FTS5). On a team server
(PostgreSQL, psycopg's connection) the same functions run the server's variant where the SQL
differs, chosen by `dialect_of(conn)`: the case file's SQL is left exactly as it is.
"""

from __future__ import annotations

import functools
from typing import Any, Protocol

SQLITE, POSTGRESQL = "sqlite", "postgresql"


class Cursor(Protocol):
    rowcount: int

    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def fetchmany(self, size: int = ..., /) -> list[Any]: ...


class Connection(Protocol):
    """A DB-API connection: the case file's (sqlcipher3's) or a team server's (psycopg's)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Cursor: ...


def dialect_of(conn: Connection) -> str:
    """The SQL a connection speaks: a reader says it (door.Reader.dialect); a unit of work's own
    connection is sqlcipher3's (SQLite) or psycopg's, which alone carries a `pgconn`."""
    said = getattr(conn, "dialect", None)
    if isinstance(said, str):
        return said
    return POSTGRESQL if hasattr(conn, "pgconn") else SQLITE


@functools.lru_cache(maxsize=512)
def pyformat(sql: str) -> str:
    """SQLite's ``?`` placeholders as psycopg's ``%s`` (a literal ``%`` doubled); the SQL here holds
    no ``?`` of its own."""
    return sql.replace("%", "%%").replace("?", "%s")


def run(conn: Connection, sql: str, parameters: Any = ()) -> Cursor:
    """`sql` (qmark style) on either engine: as it is on SQLite, with psycopg's placeholders on a server."""
    if dialect_of(conn) == POSTGRESQL:
        values = tuple(parameters)
        return conn.execute(pyformat(sql), values) if values else conn.execute(sql)
    return conn.execute(sql, parameters)
