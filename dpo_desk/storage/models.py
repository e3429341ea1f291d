"""Tables of a case file (SQLAlchemy 2 typed ORM). The schema itself is made by migrations."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ..domain.people import display_name


class Base(DeclarativeBase):
    if TYPE_CHECKING:  # every model here is a table (SQLAlchemy types it as any FromClause)
        __table__: ClassVar[Table]


class Meta(Base):
    """Facts about the case file itself: its id, the wrapped key, settings."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Organisation(Base):
    """A controller whose requests the DPO handles."""

    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)
    legal_name: Mapped[str] = mapped_column(String)
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String, default="")
    dpo_name: Mapped[str] = mapped_column(String, default="")
    dpo_email: Mapped[str] = mapped_column(String, default="")
    dpo_address: Mapped[str] = mapped_column(Text, default="")
    signatory_name: Mapped[str] = mapped_column(String, default="")
    signatory_title: Mapped[str] = mapped_column(String, default="")
    signature_image: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    letter_language: Mapped[str] = mapped_column(String(2), default="fr")
    supervisory_authority: Mapped[str] = mapped_column(Text, default="")
    holiday_region: Mapped[str] = mapped_column(String, default="fr")
    extension_rule: Mapped[str] = mapped_column(String, default="standard")
    grace_days: Mapped[int] = mapped_column(Integer, default=7)
    # Years a closed case is kept before it may be purged down to its procedural facts.
    retention_years: Mapped[int] = mapped_column(Integer, default=5)
    created_at: Mapped[datetime] = mapped_column()
    # The mailbox whose address sends this organisation's answers by email.
    sending_mailbox_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Where the window of its DL envelopes is: "right" or "left" (letters_pdf lays the address out).
    envelope_window: Mapped[str] = mapped_column(String, default="right")
    # Customary days off (not public holidays) move deadlines only when the organisation opts in.
    count_customary_days: Mapped[bool] = mapped_column(Boolean, default=False)


class Person(Base):
    """A data subject, as known to one organisation."""

    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    first_name: Mapped[str] = mapped_column(String, default="")
    last_name: Mapped[str] = mapped_column(String, default="")
    emails: Mapped[list[str]] = mapped_column(JSON, default=list)
    postal_address: Mapped[str] = mapped_column(Text, default="")
    identifiers: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column()
    civility: Mapped[str] = mapped_column(String, default="")  # "madame", "monsieur" or "" (none given)

    @property
    def display_name(self) -> str:
        return display_name(self.first_name, self.last_name, self.emails, "(unnamed)")


class Request(Base):
    """One rights request: the case."""

    __tablename__ = "request"
    __table_args__ = (
        UniqueConstraint("organisation_id", "year", "number"),
        # The case list: open requests first, next deadline first (a covering order for LIMIT pages).
        Index("ix_request_open_deadline", text("is_open DESC"), "deadline_on", "id"),
        # The same within one organisation (migration 0016): the list filtered by organisation.
        Index("ix_request_organisation_open_deadline", "organisation_id", text("is_open DESC"), "deadline_on", "id"),
        Index("ix_request_status_deadline", "status", "deadline_on"),
        Index("ix_request_closed_on", "closed_on"),
        # The duplicate check on import (migration 0015).
        Index("ix_request_message_id_lower", text("lower(message_id)")),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    reference: Mapped[str] = mapped_column(String, unique=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String)
    received_on: Mapped[date] = mapped_column(Date)
    logged_at: Mapped[datetime] = mapped_column()
    logged_by: Mapped[str] = mapped_column(String)
    registered_mail_no: Mapped[str] = mapped_column(String, default="")
    # The Message-ID of the email the request came in, to refuse importing it twice.
    message_id: Mapped[str] = mapped_column(String, default="", index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    assignee: Mapped[str] = mapped_column(String, default="")
    status: Mapped[str] = mapped_column(String)
    # Derived from status (Status.is_open), stored so that the list's default order uses an index.
    is_open: Mapped[bool] = mapped_column(Boolean, default=True)
    status_reason: Mapped[str] = mapped_column(Text, default="")

    identity_state: Mapped[str] = mapped_column(String, default="not_needed")
    identity_doubt: Mapped[str] = mapped_column(Text, default="")
    identity_requested_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    identity_method: Mapped[str] = mapped_column(String, default="")
    identity_verified_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    identity_verified_by: Mapped[str] = mapped_column(String, default="")
    identity_note: Mapped[str] = mapped_column(Text, default="")

    # Deadlines are derived by dpo_desk.domain.deadlines and stored so the list sorts in SQL.
    due_on: Mapped[date] = mapped_column(Date)
    extended_due_on: Mapped[date] = mapped_column(Date)
    deadline_on: Mapped[date] = mapped_column(Date)
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    extended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # The day the extension notice was sent, by the first deadline: the extension counts from then.
    extension_notified_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    paused_since: Mapped[date | None] = mapped_column(Date, nullable=True)
    answered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Set when the retention period was over and the case was purged to its procedural facts.
    purged_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    # Made through someone else (domain/proxies.py): "" (the person themselves), "representative",
    # "guardian" or "heir"; who they are, the proofs of their authority, and when they were checked.
    on_behalf: Mapped[str] = mapped_column(String, default="")
    requester_name: Mapped[str] = mapped_column(String, default="")
    requester_civility: Mapped[str] = mapped_column(String, default="")
    requester_address: Mapped[str] = mapped_column(Text, default="")
    requester_email: Mapped[str] = mapped_column(String, default="")
    authority_proof: Mapped[str] = mapped_column(Text, default="")
    death_proof: Mapped[str] = mapped_column(Text, default="")
    authority_checked_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    authority_checked_by: Mapped[str] = mapped_column(String, default="")
    # Post-mortem directives (LIL art. 85-I): "general" or "particular", who holds them, the consent.
    directives_kind: Mapped[str] = mapped_column(String, default="")
    directives_holder: Mapped[str] = mapped_column(Text, default="")
    directives_consent_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    organisation: Mapped[Organisation] = relationship()
    person: Mapped[Person] = relationship()
    rights: Mapped[list[RequestRight]] = relationship(cascade="all, delete-orphan", order_by="RequestRight.right")
    pauses: Mapped[list[Pause]] = relationship(cascade="all, delete-orphan", order_by="Pause.id")
    attachments: Mapped[list[Attachment]] = relationship(cascade="all, delete-orphan", order_by="Attachment.id")


class RequestRight(Base):
    __tablename__ = "request_right"
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), primary_key=True)
    right: Mapped[str] = mapped_column(String, primary_key=True)


class Pause(Base):
    """A suspension of the clock while waiting for the data subject."""

    __tablename__ = "pause"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(String)
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    late: Mapped[bool] = mapped_column(Boolean, default=False)


class Attachment(Base):
    """A document kept with a case. Its bytes live in attachment_blob, inside the encrypted file."""

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String, default="document")
    filename: Mapped[str] = mapped_column(String)
    media_type: Mapped[str] = mapped_column(String, default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column()
    added_by: Mapped[str] = mapped_column(String)
    destroyed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    destroyed_by: Mapped[str] = mapped_column(String, default="")
    blob: Mapped[AttachmentBlob | None] = relationship(cascade="all, delete-orphan", uselist=False, lazy="raise")


class AttachmentBlob(Base):
    __tablename__ = "attachment_blob"
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id", ondelete="CASCADE"), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Letter(Base):
    """A letter generated for a case: its PDF exactly as printed, and whether and how it was sent."""

    __tablename__ = "letter"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String)
    language: Mapped[str] = mapped_column(String(2))
    subject: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column()
    created_by: Mapped[str] = mapped_column(String)
    sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    sent_channel: Mapped[str] = mapped_column(String, default="")
    registered_mail_no: Mapped[str] = mapped_column(String, default="")
    sent_message_id: Mapped[str] = mapped_column(String, default="")  # when it went by email
    registered: Mapped[bool] = mapped_column(Boolean, default=False)  # LRAR: the mention is printed on it
    late: Mapped[bool] = mapped_column(Boolean, default=False)  # sent after the deadline it had to meet
    ar_signed_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # the acknowledgement of receipt
    ar_scan_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # its scan, a document of the case


class LetterTemplate(Base):
    """An organisation's own wording of a letter, replacing the shipped template."""

    __tablename__ = "letter_template"
    __table_args__ = (UniqueConstraint("organisation_id", "kind", "language"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String)
    language: Mapped[str] = mapped_column(String(2))
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column()
    updated_by: Mapped[str] = mapped_column(String)


class ProcessingActivity(Base):
    """One entry of an organisation's register of processing activities (Art. 30)."""

    __tablename__ = "processing_activity"
    __table_args__ = (UniqueConstraint("organisation_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)  # the other fields, as in the register file


class RequestActivity(Base):
    """A processing activity of the register that concerns the person behind a request (by name)."""

    __tablename__ = "request_activity"
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), primary_key=True)
    activity_name: Mapped[str] = mapped_column(String, primary_key=True)


class Event(Base):
    """Append-only, hash-chained record of every change (triggers refuse UPDATE and DELETE)."""

    __tablename__ = "event"
    seq: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[str] = mapped_column(String)  # ISO 8601 UTC, exactly as hashed
    user: Mapped[str] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String)
    request_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    reference: Mapped[str] = mapped_column(String, default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # SHA-256 of the details, which the chain covers: a purge may redact the details themselves.
    details_sha256: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Mailbox(Base):
    """A mailbox requests arrive in (IMAP) and answers leave from (SMTP); its secrets are in the OS
    keyring, never here. host is empty for a mailbox that only sends."""

    __tablename__ = "mailbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True)
    host: Mapped[str] = mapped_column(String)
    port: Mapped[int] = mapped_column(Integer)
    security: Mapped[str] = mapped_column(String)  # "tls" (IMAPS) or "starttls"
    username: Mapped[str] = mapped_column(String)
    folder: Mapped[str] = mapped_column(String, default="INBOX")
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), nullable=True)
    ca_file: Mapped[str] = mapped_column(String, default="")  # a certificate to trust besides the system's
    # Where fetching resumes: messages with a higher UID in the same UIDVALIDITY are new.
    uidvalidity: Mapped[int | None] = mapped_column(Integer, nullable=True)
    last_uid: Mapped[int] = mapped_column(Integer, default=0)
    last_fetched_at: Mapped[datetime | None] = mapped_column(nullable=True)
    created_at: Mapped[datetime] = mapped_column()
    # Sending: SMTP submission, and the address answers are sent from.
    smtp_host: Mapped[str] = mapped_column(String, default="")
    smtp_port: Mapped[int] = mapped_column(Integer, default=587)
    smtp_security: Mapped[str] = mapped_column(String, default="starttls")  # "starttls" or "tls"
    from_address: Mapped[str] = mapped_column(String, default="")
    max_send_bytes: Mapped[int] = mapped_column(Integer, default=10_000_000)  # above it, the post is proposed
    # Signing in: "password", or "oauth2" (XOAUTH2 with a token from the provider).
    auth: Mapped[str] = mapped_column(String, default="password")
    oauth_provider: Mapped[str] = mapped_column(String, default="")  # microsoft, google, custom
    oauth_client_id: Mapped[str] = mapped_column(String, default="")
    oauth_tenant: Mapped[str] = mapped_column(String, default="")
    oauth_authorize_url: Mapped[str] = mapped_column(String, default="")  # custom providers only
    oauth_token_url: Mapped[str] = mapped_column(String, default="")
    oauth_scopes: Mapped[str] = mapped_column(String, default="")
    # Removed by the DPO while messages fetched from it are still kept: hidden, never fetched again.
    removed_at: Mapped[datetime | None] = mapped_column(nullable=True)


class OutgoingMessage(Base):
    """An email DPO Desk sent: to the person, a department (relay), or a member (digest)."""

    __tablename__ = "outgoing_message"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), index=True)
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("letter.id"), nullable=True)
    purpose: Mapped[str] = mapped_column(String)  # letter, report, bundle, password, relay, relay_reminder, digest
    mailbox_id: Mapped[int | None] = mapped_column(ForeignKey("mailbox.id", ondelete="SET NULL"), nullable=True)
    message_id: Mapped[str] = mapped_column(String, index=True)
    recipients: Mapped[str] = mapped_column(String)
    subject: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[datetime] = mapped_column()
    sent_by: Mapped[str] = mapped_column(String)
    size: Mapped[int] = mapped_column(Integer)
    # The exact bytes sent, kept as a document of the case (encrypted in the file like every document).
    evidence_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"), nullable=True)
    encrypted: Mapped[bool] = mapped_column(Boolean, default=False)
    password_via: Mapped[str] = mapped_column(String, default="")  # post, phone, email
    password: Mapped[str] = mapped_column(String, default="")  # to read it out again; in the encrypted file only
    bounced_at: Mapped[datetime | None] = mapped_column(nullable=True)
    bounce_item_id: Mapped[int | None] = mapped_column(ForeignKey("inbox_message.id"), nullable=True)
    bounce_reason: Mapped[str] = mapped_column(Text, default="")


class Relay(Base):
    """A request for the person's data sent to the department in charge of a processing activity."""

    __tablename__ = "relay"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), index=True)
    activity_name: Mapped[str] = mapped_column(String)
    contact: Mapped[str] = mapped_column(String)
    token: Mapped[str] = mapped_column(String, unique=True)  # in the subject; matches the reply to the case
    asked_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)  # the internal due date, before the legal one
    message_id: Mapped[str] = mapped_column(String, default="")
    reminded_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    answered_at: Mapped[datetime | None] = mapped_column(nullable=True)
    answer_item_id: Mapped[int | None] = mapped_column(ForeignKey("inbox_message.id"), nullable=True)


class InboxMessage(Base):
    """A message fetched from a mailbox, kept verbatim, until it is logged as a request or set aside."""

    __tablename__ = "inbox_message"
    __table_args__ = (
        UniqueConstraint("mailbox_id", "uidvalidity", "uid"),
        Index("ix_inbox_message_state", "state", "id"),
        Index("ix_inbox_message_message_id_lower", text("lower(message_id)")),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    mailbox_id: Mapped[int] = mapped_column(ForeignKey("mailbox.id"))
    uidvalidity: Mapped[int] = mapped_column(Integer)
    uid: Mapped[int] = mapped_column(Integer)
    message_id: Mapped[str] = mapped_column(String, default="", index=True)
    sender: Mapped[str] = mapped_column(String, default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column()
    fetched_at: Mapped[datetime] = mapped_column()
    raw: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    state: Mapped[str] = mapped_column(String, default="to_triage")  # to_triage, logged, set_aside
    request_id: Mapped[int | None] = mapped_column(ForeignKey("request.id"), nullable=True)
    handled_by: Mapped[str] = mapped_column(String, default="")
    handled_at: Mapped[datetime | None] = mapped_column(nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    # A bounce of a message we sent, or a department's reply to a relay, matched when fetched.
    outgoing_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    relay_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Member(Base):
    """Someone who works in the case file: their login on this computer or network, and their role."""

    __tablename__ = "member"
    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String, unique=True)  # as DPO Desk sees it: the OS user name
    name: Mapped[str] = mapped_column(String, default="")
    role: Mapped[str] = mapped_column(String)  # "dpo" or "staff"
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    added_at: Mapped[datetime] = mapped_column()
    added_by: Mapped[str] = mapped_column(String)
    digest_email: Mapped[str] = mapped_column(String, default="")  # the daily digest goes there; "" = none
    digest_sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class Redaction(Base):
    """Another person's data withheld from what goes out (Art. 15(4)): an extract's cell, row or
    column, or a box on a document's page (fractions of the page, top-left origin), with its reason."""

    __tablename__ = "redaction"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), index=True)
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id", ondelete="CASCADE"), index=True)
    part: Mapped[str] = mapped_column(String)  # "cell", "row", "column" or "box"
    row: Mapped[int | None] = mapped_column(Integer, nullable=True)
    column: Mapped[int | None] = mapped_column(Integer, nullable=True)
    page: Mapped[int | None] = mapped_column(Integer, nullable=True)
    left: Mapped[float | None] = mapped_column(Float, nullable=True)
    top: Mapped[float | None] = mapped_column(Float, nullable=True)
    right: Mapped[float | None] = mapped_column(Float, nullable=True)
    bottom: Mapped[float | None] = mapped_column(Float, nullable=True)
    reason: Mapped[str] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column()
    added_by: Mapped[str] = mapped_column(String)


class RedactedCopy(Base):
    """A flattened copy of a document with its boxes burned in: what goes out; the original stays."""

    __tablename__ = "redacted_copy"
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id", ondelete="CASCADE"), primary_key=True)
    source_attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id", ondelete="CASCADE"), index=True)
    boxes: Mapped[int] = mapped_column(Integer)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)


class ImportedRow(Base):
    """Where a request imported from a spreadsheet came from (so the same row is not imported twice)."""

    __tablename__ = "imported_row"
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), primary_key=True)
    source: Mapped[str] = mapped_column(String)
    source_sha256: Mapped[str] = mapped_column(String(64), index=True)
    row: Mapped[int] = mapped_column(Integer)
    original_reference: Mapped[str] = mapped_column(String, index=True)
    imported_at: Mapped[datetime] = mapped_column()


class AnswerFact(Base):
    """One thing decided or done to answer a request, as the letters state it (e.g. an item kept under
    Art. 17(3), a recipient notified under Art. 19). One row per (kind, subject); the latest stands."""

    __tablename__ = "answer_fact"
    __table_args__ = (UniqueConstraint("request_id", "kind", "subject"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String)
    subject: Mapped[str] = mapped_column(String, default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    recorded_at: Mapped[datetime] = mapped_column()
    recorded_by: Mapped[str] = mapped_column(String)


class DoNotContact(Base):
    """A person who objected to direct marketing (Art. 21(3)): minimal data, kept after the purge."""

    __tablename__ = "do_not_contact"
    __table_args__ = (UniqueConstraint("organisation_id", "reference"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String)
    email: Mapped[str] = mapped_column(String, default="")
    postal_address: Mapped[str] = mapped_column(Text, default="")
    since: Mapped[date] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String)  # the request it came from
