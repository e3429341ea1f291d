"""Full-text search expressions and the search row of a request.

The case file searches with SQLite's FTS5 (`request_fts`, tokenizer unicode61 with diacritics
removed, every typed word a prefix). A team server keeps the same search rows in a plain table of
the same name and columns (storage/server/search.py) and finds the same requests with LIKE over
`dpo_desk_fold`ed words: unaccented (PostgreSQL's unaccent), lower-cased, cut where FTS5 cuts
(whatever is not a letter or a digit).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import POSTGRESQL, Connection, dialect_of, pyformat, run

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


def words(query: str) -> list[str]:
    """The words typed, as match_expression takes them (\\w+); none when nothing can be found. "a_b"
    stays one: folded on the server into "a b", a phrase, as FTS5 reads the quoted "a_b"*."""
    tokens = _TOKEN.findall(query)
    # FTS5 finds nothing for a word of underscores only (an empty phrase): nor does the server.
    return [] if any(not token.strip("_") for token in tokens) else tokens


FOLD = "dpo_desk_fold"  # on a server: unaccent, lower case, one space between words (storage/server/search.py)
_PREFIX = f"LIKE '% ' || {FOLD}(?) || '%'"  # a word of the row starts with the typed one


def server_condition(query: str) -> tuple[str, list[str]] | None:
    """On a server, match_expression's condition on `request.id`: every typed word must start a word
    of the request's search row. None when nothing searchable was typed."""
    typed = words(query)
    if not typed:
        return None
    likes = " AND ".join(f"request_fts.words {_PREFIX}" for _ in typed)
    return f"request.id IN (SELECT rowid FROM request_fts WHERE {likes})", typed


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


def row_sql(dialect: str) -> tuple[str, str]:
    """(delete, insert) of a search row, in the placeholders of the engine's driver."""
    if dialect == POSTGRESQL:
        return pyformat(DELETE_ROW_SQL), pyformat(INSERT_ROW_SQL)
    return DELETE_ROW_SQL, INSERT_ROW_SQL


def forget_row(conn: Connection, rowid: int) -> None:
    """Drop the search row of one request (purged: nothing of it is found any more)."""
    run(conn, DELETE_ROW_SQL, (rowid,))


def optimize(conn: Connection) -> None:
    """Merge FTS5's segments, which keep deleted terms until they are merged (a server's table
    keeps no deleted term: nothing to do there)."""
    if dialect_of(conn) != POSTGRESQL:
        conn.execute("INSERT INTO request_fts(request_fts) VALUES ('optimize')")


def matching_request_ids(expression: str) -> TextClause:
    """The ids of the requests whose search row matches the FTS5 `expression`, as a subquery for
    the ORM's `Request.id.in_(…)`."""
    from sqlalchemy import text

    return text("SELECT rowid FROM request_fts WHERE request_fts MATCH :q").bindparams(q=expression)


def request_ids_matching(dialect: str, query: str, column: str | None = None) -> TextClause | None:
    """The ids of the requests where every word of `query` starts a word (of `column` only, when
    given), as a subquery for the ORM's `Request.id.in_(…)`; None when nothing searchable was typed."""
    from sqlalchemy import text

    if column is not None and column not in SEARCH_COLUMNS[1:]:
        raise ValueError(f"No search column {column!r}.")
    if dialect != POSTGRESQL:
        expression = match_expression(query)
        if expression is None:
            return None
        return matching_request_ids(expression if column is None else f"{column} : ({expression})")
    typed = words(query)
    if not typed:
        return None
    target = "request_fts.words" if column is None else f"(' ' || {FOLD}(request_fts.{column}))"
    likes = " AND ".join(f"{target} LIKE '% ' || {FOLD}(:w{i}) || '%'" for i in range(len(typed)))
    return text(f"SELECT rowid FROM request_fts WHERE {likes}").bindparams(
        **{f"w{i}": word for i, word in enumerate(typed)}
    )


def request_ids_with_phrase(dialect: str, column: str, wanted: str) -> TextClause | None:
    """The ids of the requests whose `column` holds `wanted` as whole words in sequence (an email
    address), as a subquery for the ORM; None when `wanted` holds no word."""
    from sqlalchemy import text

    if column not in SEARCH_COLUMNS[1:]:
        raise ValueError(f"No search column {column!r}.")
    if dialect != POSTGRESQL:
        expression = phrase_in(column, wanted)
        return None if expression is None else matching_request_ids(expression)
    if not words(wanted):
        return None
    return text(
        f"SELECT rowid FROM request_fts WHERE (' ' || {FOLD}(request_fts.{column}) || ' ') "
        f"LIKE '% ' || {FOLD}(:p) || ' %'"
    ).bindparams(p=wanted)
