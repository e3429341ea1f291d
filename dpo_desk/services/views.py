"""Plain data between the services and the CLI and GUI: no live ORM objects cross, either way.

Nothing here imports SQLAlchemy: the window uses these types before the ORM is loaded.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.channels import Channel
from ..domain.pauses import DEFAULT_GRACE_DAYS
from ..domain.retention import DEFAULT_RETENTION_YEARS
from ..domain.rights import Right


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
    purged_on: date | None = None  # only the procedural facts are left

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("received_on", "deadline_on", "paused_since", "purged_on"):
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
    purged_on: date | None = None
    # The extension's notice went out by the first deadline: the deadline is the extended one.
    extension_notified_on: date | None = None
    # Whoever asked on the person's behalf, and the post-mortem directives (domain/proxies.py).
    civility: str = ""
    on_behalf: str = ""
    requester_name: str = ""
    authority_checked_on: date | None = None
    directives_kind: str = ""
    death_proof: str = ""

    @property
    def extension_counts(self) -> bool:
        return self.extended and self.extension_notified_on is not None

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


# What the user gives -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonInput:
    first_name: str = ""
    last_name: str = ""
    emails: tuple[str, ...] = ()
    postal_address: str = ""
    identifiers: dict[str, str] = field(default_factory=dict)
    civility: str = ""  # "madame", "monsieur" or "" (none given): domain/civility.py


@dataclass(frozen=True, slots=True)
class ProxyInput:
    """Whoever made the request for the person (domain/proxies.py), where to answer them, and the
    proofs of their authority received so far (checked later with services.proxies.check_authority)."""

    kind: str  # "representative", "guardian" or "heir"
    name: str
    civility: str = ""
    address: str = ""
    email: str = ""
    authority_proof: str = ""  # the mandate, the guardianship order, the heir's certificate…
    death_proof: str = ""  # an heir's request: the death certificate


@dataclass(frozen=True, slots=True)
class DirectivesInput:
    """Post-mortem directives (LIL art. 85-I) the person gave: general or particular."""

    kind: str  # "general" or "particular"
    holder: str = ""  # general: the certified digital trusted third party that registered them
    consent_on: date | None = None  # particular: the day the person gave their specific consent


@dataclass(frozen=True, slots=True)
class FileInput:
    """A document to attach: its bytes, or (`path`, data empty) a file on disk read when it is stored,
    a chunk at a time (cases.file_from_path has already refused it by its size)."""

    filename: str
    data: bytes
    kind: str = "document"
    path: Path | None = None


@dataclass(frozen=True, slots=True)
class NewRequest:
    channel: Channel
    received_on: date
    person: PersonInput
    rights: tuple[Right, ...]
    summary: str = ""
    registered_mail_no: str = ""
    assignee: str = ""
    organisation_code: str | None = None
    files: tuple[FileInput, ...] = ()
    # An existing data subject the user picked from the suggestions; else matched by email or new.
    person_id: int | None = None
    message_id: str = ""  # of the email the request came in
    proxy: ProxyInput | None = None  # made through someone else
    directives: DirectivesInput | None = None  # post-mortem directives given with the request


@dataclass
class Outcome:
    """What an action did, plus warnings the user should read (e.g. a pause that came late)."""

    reference: str
    warnings: list[str] = field(default_factory=list)
    matched_person: bool = False


@dataclass(frozen=True, slots=True)
class PersonSuggestion:
    id: int
    name: str
    emails: list[str]
    postal_address: str
    last_reference: str


@dataclass(frozen=True, slots=True)
class LetterView:
    id: int
    kind: str
    language: str
    subject: str
    created_at: str
    created_by: str
    sent_on: date | None
    sent_channel: str
    registered_mail_no: str
    sent_message_id: str = ""  # the email it was sent in
    bounce_reason: str = ""  # that email bounced (a delivery report came back): why, in the server's words
    bounced: bool = False
    registered: bool = False  # written as a registered letter with acknowledgement of receipt
    late: bool = False  # sent after the deadline it had to meet (services/clock.py)
    ar_signed_on: date | None = None  # the day its acknowledgement of receipt was signed


CNIL = (
    "Commission nationale de l'informatique et des libertés (CNIL)\n"
    "3 Place de Fontenoy\nTSA 80715\n75334 Paris Cedex 07"
)


class Keep:
    """Marker: leave the stored value as it is."""


KEEP = Keep()


@dataclass(frozen=True, slots=True)
class OrganisationInput:
    code: str
    legal_name: str
    address: str = ""
    city: str = ""
    dpo_name: str = ""
    dpo_email: str = ""
    dpo_address: str = ""
    signatory_name: str = ""
    signatory_title: str = ""
    letter_language: str = "fr"
    supervisory_authority: str = CNIL
    holiday_region: str = "fr"
    extension_rule: str = "standard"
    grace_days: int = DEFAULT_GRACE_DAYS
    retention_years: int = DEFAULT_RETENTION_YEARS
    envelope_window: str = "right"  # where the window of its DL envelopes is: "right" or "left"
    count_customary_days: bool = False  # customary days off move deadlines (not the law's default)
