"""A request's whole detail in one statement: its row, organisation and person, and its rights,
pauses, attachments and events as JSON arrays (one round trip, whatever the history's length)."""

from __future__ import annotations

from typing import Any

from . import Connection

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


def detail_row(conn: Connection, reference: str) -> Any:
    """The row of the request with this (normalised) reference: REQUEST_COLUMNS, then the
    organisation's code and name, the person's columns and the four JSON arrays; None when none."""
    return conn.execute(DETAIL_SQL, (reference,)).fetchone()
