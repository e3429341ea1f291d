"""What purging a case writes in plain SQL: its events' details redacted in one statement."""

from __future__ import annotations

from . import POSTGRESQL, Connection, dialect_of

# On a server the details are `json`, which has no equality: compared as text there.
_SERVER_REDACT = "UPDATE event SET details = %s::json WHERE request_id = %s AND details::text != %s"


def redact_events(conn: Connection, request_id: int, redacted_json: str) -> int:
    """Replace the details of the request's events by `redacted_json`; how many were changed."""
    sql = (
        _SERVER_REDACT
        if dialect_of(conn) == POSTGRESQL
        else "UPDATE event SET details = ? WHERE request_id = ? AND details != ?"
    )
    cursor = conn.execute(sql, (redacted_json, request_id, redacted_json))
    return int(cursor.rowcount)
