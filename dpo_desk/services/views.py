"""Plain data handed to the CLI and GUI: no live ORM objects leave the services."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class RequestRow:
    """One line of the case list."""

    id: int
    reference: str
    organisation: str
    person: str
    rights: list[str]
    channel: str
    received_on: date
    deadline_on: date
    days_left: int
    status: str
    paused_since: date | None
    extended: bool
    assignee: str

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("received_on", "deadline_on", "paused_since"):
            data[key] = data[key].isoformat() if data[key] else None
        return data


@dataclass(frozen=True, slots=True)
class EventView:
    seq: int
    at: str
    user: str
    kind: str
    details: dict[str, Any]


@dataclass(frozen=True, slots=True)
class AttachmentView:
    id: int
    kind: str
    filename: str
    media_type: str
    size: int
    sha256: str
    added_at: str
    destroyed: bool


@dataclass(frozen=True, slots=True)
class PauseView:
    reason: str
    started_on: date
    ended_on: date | None
    late: bool


@dataclass(frozen=True, slots=True)
class RequestDetail:
    id: int
    reference: str
    organisation_code: str
    organisation_name: str
    person_name: str
    person_emails: list[str]
    person_address: str
    person_identifiers: dict[str, str]
    channel: str
    received_on: date
    registered_mail_no: str
    rights: list[str]
    summary: str
    assignee: str
    status: str
    status_reason: str
    next_statuses: list[str]
    next_identity_steps: list[str]
    identity_state: str
    identity_doubt: str
    identity_note: str
    due_on: date
    extension_notice_by: date
    extended_due_on: date
    deadline_on: date
    extended: bool
    extension_reason: str
    paused_since: date | None
    deadline_in_words: str
    overdue: bool
    pauses: list[PauseView] = field(default_factory=list)
    attachments: list[AttachmentView] = field(default_factory=list)
    events: list[EventView] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        def convert(value: Any) -> Any:
            if isinstance(value, date):
                return value.isoformat()
            if isinstance(value, dict):
                return {k: convert(v) for k, v in value.items()}
            if isinstance(value, list):
                return [convert(v) for v in value]
            return value

        return convert(asdict(self))  # type: ignore[no-any-return]
