"""Everything the case pane shows, read in one plain SQL statement.

Opening a case is the commonest read: one statement on the driver connection, its child rows as
JSON arrays, costs a third of the same read through SQLAlchemy (whose session, transaction and
result processing outweigh the query itself).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from ..domain.deadline_words import describe_deadline
from ..domain.identity import IDENTITY_TRANSITIONS, IdentityState
from ..domain.people import display_name
from ..domain.statuses import Status, allowed_next
from ..storage.queries import Connection
from ..storage.queries.request_detail import REQUEST_COLUMNS as _REQUEST_COLUMNS
from ..storage.queries.request_detail import detail_row
from .errors import QT_TRANSLATE_NOOP, NotFound
from .views import AttachmentView, EventView, PauseView, RequestDetail


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _timestamp(text: str) -> str:
    """SQLite's stored datetime ('2026-11-22 09:15:02.123456') as shown: ISO, to the second."""
    return datetime.fromisoformat(text).isoformat(timespec="seconds")


def _with_kept_facts(events: list[EventView]) -> list[EventView]:
    """A purged case's events with the procedural facts its case_purged event kept for them."""
    kept: dict[str, dict[str, Any]] = next((e.details.get("kept", {}) for e in events if e.kind == "case_purged"), {})
    if not kept:
        return events
    return [
        EventView(e.seq, e.at, e.user, e.kind, {**kept.get(str(e.seq), {}), **e.details})
        if e.details.get("redacted") is True
        else e
        for e in events
    ]


def get_request(conn: Connection, reference: str, *, today: date) -> RequestDetail:
    ref = reference.strip().upper()
    row = detail_row(conn, ref)
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "Services",
                "There is no request with the reference {ref}.",
            ),
            ref=ref,
        )
    r: dict[str, Any] = dict(zip(_REQUEST_COLUMNS, row, strict=False))
    org_code, org_name, first, last, emails_json, address, identifiers_json, civility, *children = row[
        len(_REQUEST_COLUMNS) :
    ]
    rights_json, pauses_json, attachments_json, events_json = children
    emails = json.loads(emails_json) if emails_json else []
    status = Status(r["status"])
    deadline: date = _day(r["deadline_on"])  # type: ignore[assignment]
    due: date = _day(r["due_on"])  # type: ignore[assignment]
    paused_since = _day(r["paused_since"])
    extended = bool(r["extended"])
    notified = _day(r["extension_notified_on"])
    return RequestDetail(
        id=r["id"],
        reference=r["reference"],
        organisation_code=org_code,
        organisation_name=org_name,
        person_name=display_name(first, last, emails, "(unnamed)"),
        person_emails=emails,
        person_address=address,
        person_identifiers=json.loads(identifiers_json) if identifiers_json else {},
        channel=r["channel"],
        received_on=_day(r["received_on"]),  # type: ignore[arg-type]
        registered_mail_no=r["registered_mail_no"],
        rights=sorted(right for (right,) in json.loads(rights_json)),
        summary=r["summary"],
        assignee=r["assignee"],
        status=r["status"],
        status_reason=r["status_reason"],
        next_statuses=[s.value for s in allowed_next(status)],
        next_identity_steps=[
            step.value
            for step in IdentityState
            if step in IDENTITY_TRANSITIONS[IdentityState(r["identity_state"])] and status.is_open
        ],
        identity_state=r["identity_state"],
        identity_doubt=r["identity_doubt"],
        identity_note=r["identity_note"],
        due_on=due,
        extension_notice_by=due,
        extended_due_on=_day(r["extended_due_on"]),  # type: ignore[arg-type]
        deadline_on=deadline,
        extended=extended,
        extension_reason=r["extension_reason"],
        paused_since=paused_since,
        deadline_in_words=describe_deadline(
            today=today,
            deadline=deadline,
            is_open=status.is_open,
            extended=extended and notified is not None,
            paused_since=paused_since,
            extension_pending_to=_day(r["extended_due_on"]) if extended and notified is None else None,
        ),
        overdue=status.is_open and paused_since is None and deadline < today,
        pauses=[
            PauseView(reason, _day(started), _day(ended), bool(late))  # type: ignore[arg-type]
            for _, reason, started, ended, late in sorted(json.loads(pauses_json))
        ],
        attachments=[
            AttachmentView(
                attachment_id,
                kind,
                filename,
                media_type,
                size,
                sha256,
                _timestamp(added_at),
                destroyed_at is not None,
            )
            for attachment_id, kind, filename, media_type, size, sha256, added_at, destroyed_at in sorted(
                json.loads(attachments_json)
            )
        ],
        events=_with_kept_facts(
            [
                EventView(seq, at, user, kind, dict(details))
                for seq, at, user, kind, details in sorted(json.loads(events_json))
            ]
        ),
        purged_on=_day(r["purged_on"]),
        extension_notified_on=notified,
        civility=civility or "",
        on_behalf=r["on_behalf"],
        requester_name=r["requester_name"],
        authority_checked_on=_day(r["authority_checked_on"]),
        directives_kind=r["directives_kind"],
        death_proof=r["death_proof"],
    )
