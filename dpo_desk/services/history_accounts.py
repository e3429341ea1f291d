"""Does the history account for the requests, and do the triggers that protect it still stand?

The hash chain proves that the events were not edited; it cannot see events that were never
written, or all of them deleted at once with the protective triggers dropped first. These checks
compare the requests with their history and the triggers with the ones the schema creates.
"""

from __future__ import annotations

import json
from typing import Any

# The triggers that make the event log append-only, exactly as the migrations create them
# (0001 for DELETE, 0004 for UPDATE: only a purged case's details may be redacted).
REDACTED_JSON = '{"redacted":true}'
PROTECTIVE_TRIGGERS = {
    "event_no_delete": (
        "CREATE TRIGGER event_no_delete BEFORE DELETE ON event "
        "BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END"
    ),
    "event_no_update": (
        "CREATE TRIGGER event_no_update BEFORE UPDATE ON event "
        "WHEN NOT ("
        f"NEW.details = '{REDACTED_JSON}' "
        "AND NEW.seq = OLD.seq AND NEW.at = OLD.at AND NEW.user = OLD.user AND NEW.kind = OLD.kind "
        "AND NEW.request_id IS OLD.request_id AND NEW.reference = OLD.reference "
        "AND NEW.details_sha256 = OLD.details_sha256 AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash "
        "AND EXISTS (SELECT 1 FROM request WHERE request.id = OLD.request_id AND request.purged_on IS NOT NULL)"
        ") BEGIN SELECT RAISE(ABORT, 'the event log is append-only: only the details of a purged case can be "
        "redacted'); END"
    ),
}
SHOWN = 5  # references named in a line; the count says how many in all


def _normal(sql: str | None) -> str:
    return " ".join((sql or "").split())


def trigger_problems(conn: Any) -> list[str]:
    """Protective triggers missing or altered, and triggers on the event log nobody created."""
    found = {name: sql for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")}
    on_event = {
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'event'")
    }
    problems = []
    for name, expected in PROTECTIVE_TRIGGERS.items():
        if name not in found:
            problems.append(f"the trigger {name}, which keeps the history append-only, is missing")
        elif _normal(found[name]) != _normal(expected):
            problems.append(f"the trigger {name}, which keeps the history append-only, was altered")
    for name in sorted(on_event - PROTECTIVE_TRIGGERS.keys()):
        problems.append(f"the trigger {name} on the history was not created by DPO Desk")
    return problems


def _some(references: list[str], total: int) -> str:
    shown = ", ".join(references[:SHOWN])
    return shown + (f" and {total - SHOWN} more" if total > SHOWN else "")


def account_problems(conn: Any) -> list[str]:
    """Requests the history does not account for, and events of requests that are not in the file."""
    problems = []
    requests = conn.execute("SELECT count(*) FROM request").fetchone()[0]
    events = conn.execute("SELECT count(*) FROM event").fetchone()[0]
    if requests and not events:
        problems.append(f"the history is empty, but the file holds {requests} request(s): its events were deleted")
        return problems
    unlogged = [
        r[0]
        for r in conn.execute(
            "SELECT reference FROM request r WHERE NOT EXISTS "
            "(SELECT 1 FROM event e WHERE e.request_id = r.id AND e.kind = 'request_logged') ORDER BY r.id"
        )
    ]
    if unlogged:
        problems.append(
            f"{len(unlogged)} request(s) have no event recording how they were logged "
            f"({_some(unlogged, len(unlogged))}): they were added, or their events removed, outside DPO Desk"
        )
    unknown = conn.execute(
        "SELECT e.request_id, min(e.seq), count(*) FROM event e WHERE e.request_id IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM request r WHERE r.id = e.request_id) GROUP BY e.request_id ORDER BY e.request_id"
    ).fetchall()
    if unknown:
        shown = [f"request {rid} (from event {seq})" for rid, seq, _ in unknown]
        problems.append(
            f"{sum(r[2] for r in unknown)} event(s) concern {len(unknown)} request(s) that are no longer in the file "
            f"({_some(shown, len(shown))}): requests were deleted outside DPO Desk"
        )
    problems.extend(_status_problems(conn))
    return problems


# The events that set a request's status, each naming it in details["to"].
STATUS_EVENTS = ("status_changed", "logged_in_error", "withdrawal_undone")


def _status_problems(conn: Any) -> list[str]:
    """Requests whose status is not the one their history last recorded (a row changed without an event)."""
    rows = conn.execute(
        "SELECT r.reference, r.status, ("
        "  SELECT e.details FROM event e WHERE e.request_id = r.id "
        f"  AND e.kind IN ({', '.join(repr(kind) for kind in STATUS_EVENTS)}) "
        "  ORDER BY e.seq DESC LIMIT 1"
        ") FROM request r ORDER BY r.id"
    )
    wrong = []
    for reference, status, details in rows:
        if details is None:
            expected = "received"
        else:
            try:
                expected = json.loads(details).get("to")
            except (ValueError, AttributeError):
                continue  # an unreadable detail is the hash chain's finding
            if expected is None:  # redacted by a purge: nothing to compare with
                continue
        if status != expected:
            wrong.append(f"{reference} ({status}, history: {expected})")
    if not wrong:
        return []
    return [
        f"{len(wrong)} request(s) have a status their history does not record ({_some(wrong, len(wrong))}): "
        "they were changed outside DPO Desk"
    ]
