"""Full-text search expressions (SQLite FTS5) and the search row of a request."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import Connection

if TYPE_CHECKING:  # the case list searches before SQLAlchemy is loaded
    from sqlalchemy import TextClause

_TOKEN = re.compile(r"\w+", re.UNICODE)

SEARCH_COLUMNS = ("rowid", "reference", "person", "emails", "identifiers", "body")
DELETE_ROW_SQL = "DELETE FROM request_fts WHERE rowid = ?"
INSERT_ROW_SQL = f"INSERT INTO request_fts({', '.join(SEARCH_COLUMNS)}) VALUES ({', '.join('?' * len(SEARCH_COLUMNS))})"


def match_expression(query: str) -> str | None:
    """An FTS5 query where every typed word must appear, each as a prefix ('dup' finds 'Dupont')."""
    tokens = _TOKEN.findall(query)
    if not tokens:
        return None
    return " AND ".join(f'"{token}"*' for token in tokens)


def phrase_in(column: str, text: str) -> str | None:
    """An FTS5 query for `text` as an exact sequence of words in one column (e.g. an email address)."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return None
    return f'{column} : "' + " ".join(tokens) + '"'


def searchable_number(number: str) -> str:
    """A registered-mail number as written and without its spaces: "1A 123 456 7890 1" is found
    whether typed with spaces, without ("1A12345678901"), or by its start."""
    compact = "".join(number.split())
    return f"{number} {compact}" if compact != number.strip() else number


def forget_row(conn: Connection, rowid: int) -> None:
    """Drop the search row of one request (purged: nothing of it is found any more)."""
    conn.execute(DELETE_ROW_SQL, (rowid,))


def optimize(conn: Connection) -> None:
    """Merge FTS5's segments, which keep deleted terms until they are merged."""
    conn.execute("INSERT INTO request_fts(request_fts) VALUES ('optimize')")


def matching_request_ids(expression: str) -> TextClause:
    """The ids of the requests whose search row matches the FTS5 `expression`, as a subquery for
    the ORM's `Request.id.in_(…)`."""
    from sqlalchemy import text

    return text("SELECT rowid FROM request_fts WHERE request_fts MATCH :q").bindparams(q=expression)
