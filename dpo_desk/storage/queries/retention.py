"""What purging a case writes in plain SQL: its events' details redacted in one statement."""

from __future__ import annotations

from . import Connection


def redact_events(conn: Connection, request_id: int, redacted_json: str) -> int:
    """Replace the details of the request's events by `redacted_json`; how many were changed."""
    cursor = conn.execute(
        "UPDATE event SET details = ? WHERE request_id = ? AND details != ?",
        (redacted_json, request_id, redacted_json),
    )
    return int(cursor.rowcount)
