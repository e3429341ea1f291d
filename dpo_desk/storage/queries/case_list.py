"""The case list and its counts: one list query, filtered and sorted in SQL.

The list is the first thing the window paints, read before SQLAlchemy is loaded; the same query
serves every later page and count, the dashboard and the CLI. On a team server the same query runs
in PostgreSQL's words (booleans, JSON, dates as text, its search table): `_Server` below.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ...domain.statuses import Status
from . import POSTGRESQL, Connection, dialect_of, pyformat
from .search import match_expression, server_condition

# The columns of a row of `rows()`, in order; the last is the request's rights as a JSON array.
ROW_COLUMNS = (
    "id", "reference", "organisation_code", "first_name", "last_name", "emails", "channel", "received_on",
    "deadline_on", "status", "paused_since", "extended", "assignee", "purged_on", "rights_json",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ListFilter:
    statuses: tuple[Status, ...] = ()
    open_only: bool = False
    organisation_code: str | None = None
    due_within_days: int | None = None
    overdue: bool = False
    # Open, not extended, not paused, and the extension notice (= first deadline) within N days.
    extension_notice_within_days: int | None = None
    closed_since: date | None = None
    # Extended without a sent extension notice, or refused without a sent refusal letter.
    letters_due: bool = False
    text: str = ""
    sort: str = "deadline"
    descending: bool = False
    limit: int | None = None
    offset: int = 0


SORT_COLUMNS: dict[str, tuple[str, ...]] = {
    "reference": ("request.reference",),
    "person": ("person.last_name", "person.first_name"),
    "organisation": ("organisation.code",),
    "channel": ("request.channel",),
    "received": ("request.received_on",),
    "deadline": ("request.deadline_on",),
    "status": ("request.status",),
    "assignee": ("request.assignee",),
}

# `= 1`, not `IS TRUE`: SQLite's "IS true" is a boolean test that cannot use an index.
_OPEN = "request.is_open = 1"
_RUNNING = "request.paused_since IS NULL"
_REFUSAL_LETTERS = ("refusal", "partial_refusal", "manifestly_unfounded")
_REFUSED = (Status.REFUSED.value, Status.PARTIALLY_REFUSED.value)


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join("?" * len(values)) + ")"


def _not_sent(kinds: tuple[str, ...]) -> str:
    return (
        "NOT EXISTS (SELECT 1 FROM letter WHERE letter.request_id = request.id "
        f"AND letter.kind IN {_in(kinds)} AND letter.sent_on IS NOT NULL)"
    )


class _Words:
    """What the conditions say in SQLite (the case file)."""

    open = _OPEN
    not_extended = "request.extended = 0"
    extended = "request.extended = 1"
    rights = 'json_group_array(request_right."right")'
    columns = (
        "request.id, request.reference, organisation.code, person.first_name, person.last_name, "
        "person.emails, request.channel, request.received_on, request.deadline_on, request.status, "
        "request.paused_since, request.extended, request.assignee, request.purged_on, "
    )


class _Server(_Words):
    """The same in PostgreSQL's: true booleans, JSON and dates read as the file's text."""

    open = "request.is_open"
    not_extended = "NOT request.extended"
    extended = "request.extended"
    rights = 'json_agg(request_right."right")::text'
    columns = (
        "request.id, request.reference, organisation.code, person.first_name, person.last_name, "
        "person.emails::text, request.channel, request.received_on::text, request.deadline_on::text, "
        "request.status, request.paused_since::text, request.extended, request.assignee, request.purged_on::text, "
    )


def organisation_id(conn: Connection, code: str) -> int | None:
    """The id of the organisation with this (normalised) code; None when there is none."""
    sql = "SELECT id FROM organisation WHERE code = ?"
    row = conn.execute(pyformat(sql) if dialect_of(conn) == POSTGRESQL else sql, (code,)).fetchone()
    return None if row is None else int(row[0])


def _conditions(
    flt: ListFilter, today: date, organisation_id: int | None, words: type[_Words] = _Words
) -> tuple[list[str], list[Any]] | None:
    """SQL conditions and their parameters for `flt` (None when it can match nothing)."""
    where: list[str] = []
    params: list[Any] = []
    if flt.statuses:
        values = tuple(s.value for s in flt.statuses)
        where.append(f"request.status IN {_in(values)}")
        params += values
    if flt.open_only or flt.overdue or flt.due_within_days is not None or flt.extension_notice_within_days is not None:
        where.append(words.open)
    if flt.organisation_code:
        where.append("request.organisation_id = ?")
        params.append(-1 if organisation_id is None else organisation_id)
    if flt.overdue:
        where += ["request.deadline_on < ?", _RUNNING]
        params.append(today.isoformat())
    if flt.due_within_days is not None:
        where += ["request.deadline_on BETWEEN ? AND ?", _RUNNING]
        params += [today.isoformat(), (today + timedelta(days=flt.due_within_days)).isoformat()]
    if flt.extension_notice_within_days is not None:
        horizon = today + timedelta(days=flt.extension_notice_within_days)
        where += [words.not_extended, "request.due_on BETWEEN ? AND ?", _RUNNING]
        params += [today.isoformat(), horizon.isoformat()]
    if flt.closed_since is not None:
        # closed_on is set from a request's outcome on (domain/statuses.py), and an outcome is final:
        # SQLite uses the closed_on index, then leaves out the entries withdrawn as logged in error.
        where += ["request.closed_on >= ?", "request.status != ?"]
        params += [flt.closed_since.isoformat(), Status.LOGGED_IN_ERROR.value]
    if flt.letters_due:
        # Decisions the law says must be notified by letter, whose letter has not gone out yet.
        where.append(
            f"(({words.open} AND {words.extended} AND {_not_sent(('extension_notice',))}) "
            f"OR (request.status IN {_in(_REFUSED)} AND {_not_sent(_REFUSAL_LETTERS)}))"
        )
        params += ["extension_notice", *_REFUSED, *_REFUSAL_LETTERS]
    if flt.text.strip() and words is _Server:
        found = server_condition(flt.text)
        if found is None:
            return None
        where.append(found[0])
        params += found[1]
    elif flt.text.strip():
        expression = match_expression(flt.text)
        if expression is None:
            return None
        where.append(_FOUND)
        params.append(expression)
    return where, params


# The requests a search finds, from the file's full-text index. Its rows are the requests' own (a
# request is never deleted, its search row replaced when it changes), so the index alone counts them.
_FOUND = "request.id IN (SELECT rowid FROM request_fts WHERE request_fts MATCH ?)"
_FOUND_BY_ORDER = "+" + _FOUND  # `+`: not a rowid lookup, so SQLite walks the list's order index
_MATCHES = "SELECT count(*) FROM request_fts WHERE request_fts MATCH ?"


def _many_found(conn: Connection, expression: str) -> bool:
    """Whether a search finds so many requests that its first page is read fastest by walking the
    list's order (ix_request_open_deadline) and keeping the rows found, rather than by reading every
    request found and sorting them (1.3 s for "ma" at 1,000,000 requests, against 0.08 s).

    Walking costs about 256 × total / found index entries; reading what was found, about 40 times
    as much per request: the two meet near the square root of 6 × total (about 2,500 at a million).
    """
    found = int(conn.execute(_MATCHES, (expression,)).fetchone()[0])
    (last,) = conn.execute("SELECT coalesce(max(id), 0) FROM request").fetchone()
    return found * found > 6 * int(last)


def _where(where: list[str]) -> str:
    return " WHERE " + " AND ".join(where) if where else ""


def count(conn: Connection, flt: ListFilter, *, today: date, organisation_id: int | None = None) -> int:
    """How many requests match `flt` (`organisation_id`: that of `flt.organisation_code`)."""
    server = dialect_of(conn) == POSTGRESQL
    found = _conditions(flt, today, organisation_id, _Server if server else _Words)
    if found is None:
        return 0
    where, params = found
    if not server and where == [_FOUND]:  # only a search: its index counts it (5-30 ms, not 0.5-1 s)
        return int(conn.execute(_MATCHES, params).fetchone()[0])
    sql = "SELECT count(request.id) FROM request" + _where(where)
    return int(conn.execute(pyformat(sql) if server else sql, params).fetchone()[0])


def rows(conn: Connection, flt: ListFilter, *, today: date, organisation_id: int | None = None) -> list[Any]:
    """The rows (ROW_COLUMNS) of the requests matching `flt`, next deadline first unless asked
    otherwise; `flt.sort` must be one of SORT_COLUMNS."""
    server = dialect_of(conn) == POSTGRESQL
    words = _Server if server else _Words
    found = _conditions(flt, today, organisation_id, words)
    if found is None:
        return []
    where, params = found
    # The search is the last condition (_conditions), its expression the last parameter.
    if not server and flt.sort == "deadline" and where and where[-1] == _FOUND and _many_found(conn, params[-1]):
        where = [*where[:-1], _FOUND_BY_ORDER]
    columns = SORT_COLUMNS[flt.sort]
    direction = " DESC" if flt.descending else ""
    order = [column + direction for column in (*columns, "request.id")]
    if flt.sort == "deadline":
        order.insert(0, "request.is_open DESC")  # open requests first, whichever the direction
    sql = (
        "SELECT "
        + words.columns
        # The rights come in the same row (a correlated subquery on request_right's index), so the list
        # never passes one parameter per row however many requests it shows.
        + f"(SELECT {words.rights} FROM request_right "
        "WHERE request_right.request_id = request.id) "
        "FROM request JOIN organisation ON request.organisation_id = organisation.id "
        "JOIN person ON request.person_id = person.id" + _where(where) + " ORDER BY " + ", ".join(order)
    )
    if flt.limit is not None or flt.offset:
        sql += " LIMIT ? OFFSET ?"
        params += [(None if server else -1) if flt.limit is None else flt.limit, flt.offset]
    return list(conn.execute(pyformat(sql) if server else sql, params).fetchall())
