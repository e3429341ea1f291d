"""A request's whole detail in one statement: its row, organisation and person, and its rights,
pauses, attachments and events as JSON arrays (one round trip, whatever the history's length)."""

from __future__ import annotations

from typing import Any

from . import POSTGRESQL, Connection, dialect_of, pyformat

REQUEST_COLUMNS = (
    "id", "reference", "channel", "received_on", "registered_mail_no", "summary", "assignee", "status",
    "status_reason", "identity_state", "identity_doubt", "identity_note", "due_on", "extended_due_on",
    "deadline_on", "extended", "extension_reason", "paused_since", "purged_on", "extension_notified_on",
    "on_behalf", "requester_name", "authority_checked_on", "directives_kind", "death_proof",
)  # fmt: skip


def _children(table: str, columns: str) -> str:
    """A correlated subquery: the request's rows of `table` as one JSON array of arrays."""
    return f"(SELECT json_group_array(json_array({columns})) FROM {table} WHERE {table}.request_id = request.id)"


DETAIL_SQL = (
    "SELECT "
    + ", ".join(f"request.{c}" for c in REQUEST_COLUMNS)
    + ", organisation.code, organisation.legal_name, person.first_name, person.last_name, person.emails, "
    "person.postal_address, person.identifiers, person.civility, "
    + ", ".join(
        (
            _children("request_right", 'request_right."right"'),
            _children("pause", "pause.id, pause.reason, pause.started_on, pause.ended_on, pause.late"),
            _children(
                "attachment",
                "attachment.id, attachment.kind, attachment.filename, attachment.media_type, attachment.size, "
                "attachment.sha256, attachment.added_at, attachment.destroyed_at",
            ),
            _children("event", "event.seq, event.at, event.user, event.kind, json(event.details)"),
        )
    )
    + " FROM request JOIN organisation ON organisation.id = request.organisation_id "
    "JOIN person ON person.id = request.person_id WHERE request.reference = ?"
)


# On a team server: the same row, its dates, JSON and times as the case file gives them (text).
_DATES = {
    "received_on", "due_on", "extended_due_on", "deadline_on", "paused_since", "purged_on",
    "extension_notified_on", "authority_checked_on",
}  # fmt: skip
_STORED_TIME = "'YYYY-MM-DD HH24:MI:SS.US'"  # how SQLAlchemy writes a datetime in SQLite (events keep theirs as text)


def _server_children(table: str, columns: str) -> str:
    return (
        f"(SELECT COALESCE(json_agg(json_build_array({columns})), '[]'::json)::text FROM {table} "
        f"WHERE {table}.request_id = request.id)"
    )


SERVER_DETAIL_SQL = pyformat(
    "SELECT "
    + ", ".join(f"request.{c}::text" if c in _DATES else f"request.{c}" for c in REQUEST_COLUMNS)
    + ", organisation.code, organisation.legal_name, person.first_name, person.last_name, person.emails::text, "
    "person.postal_address, person.identifiers::text, person.civility, "
    + ", ".join(
        (
            _server_children("request_right", 'request_right."right"'),
            _server_children("pause", "pause.id, pause.reason, pause.started_on, pause.ended_on, pause.late"),
            _server_children(
                "attachment",
                "attachment.id, attachment.kind, attachment.filename, attachment.media_type, attachment.size, "
                f"attachment.sha256, to_char(attachment.added_at, {_STORED_TIME}), attachment.destroyed_at",
            ),
            _server_children("event", 'event.seq, event.at, event."user", event.kind, event.details'),
        )
    )
    + " FROM request JOIN organisation ON organisation.id = request.organisation_id "
    "JOIN person ON person.id = request.person_id WHERE request.reference = ?"
)


def detail_row(conn: Connection, reference: str) -> Any:
    """The row of the request with this (normalised) reference: REQUEST_COLUMNS, then the
    organisation's code and name, the person's columns and the four JSON arrays; None when none."""
    sql = SERVER_DETAIL_SQL if dialect_of(conn) == POSTGRESQL else DETAIL_SQL
    return conn.execute(sql, (reference,)).fetchone()
