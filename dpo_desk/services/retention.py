"""Purging closed cases whose retention period is over, down to their procedural facts.

What stays: the reference, organisation, rights, channel, dates (received, deadlines, extension,
answer, closing), status, pauses, the processing activities concerned, each letter's kind,
language, fingerprint and when and how it was sent, each document's kind, size and fingerprint,
and the history's events (who did what, when) with their details redacted. What goes: the person
(name, email addresses, postal address, identifiers), what they wrote, notes and reasons, the
documents and letters themselves, the emails the request came in, and the search index entry.
Messages set aside in the triage list (not requests) are deleted after the same period.

Nothing is purged without the DPO asking for it after a preview. Each purged case gets a
`case_purged` event, and the purge as a whole a `cases_purged` event listing the references:
both survive. SQLite overwrites what it deletes (secure_delete, see storage/connection.py) and
the search index is rebuilt, so the purged text is not left in free pages either. Backups made
before the purge still hold it until they are rotated out or deleted (SECURITY.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import CursorResult, Result, and_, delete, func, or_, select, update
from sqlalchemy.orm import Session

from ..domain.hashchain import REDACTED_JSON
from ..domain.people import display_name
from ..domain.retention import DEFAULT_RETENTION_YEARS, latest_closing_due, may_purge, procedural, purge_due_on
from ..storage.door import plain
from ..storage.models import (
    AnswerFact,
    Attachment,
    AttachmentBlob,
    Event,
    InboxMessage,
    Letter,
    Mailbox,
    Organisation,
    Person,
    RedactedCopy,
    Redaction,
    Request,
)
from ..storage.queries import search as search_rows
from ..storage.queries.retention import redact_events
from . import events
from .errors import QT_TRANSLATE_NOOP, ActionRefused
from .members import require_dpo


@dataclass(frozen=True, slots=True)
class PurgeCandidate:
    """A closed case whose retention period is over: what the preview shows."""

    reference: str
    organisation: str
    person: str
    status: str
    closed_on: date
    due_on: date  # the first day it could be purged


def purge_candidates(session: Session, *, today: date) -> list[PurgeCandidate]:
    """Closed, not yet purged cases kept longer than their organisation's retention period."""
    # Per organisation, only the cases closed early enough (the closed_on index): not every closed case.
    due_by = [
        and_(Request.organisation_id == org_id, Request.closed_on <= latest_closing_due(years, today))
        for org_id, years in session.execute(select(Organisation.id, Organisation.retention_years))
    ]
    if not due_by:
        return []
    rows = session.execute(
        select(
            Request.reference,
            Organisation.code,
            Organisation.retention_years,
            Person.first_name,
            Person.last_name,
            Person.emails,
            Request.status,
            Request.closed_on,
        )
        .join(Organisation, Organisation.id == Request.organisation_id)
        .join(Person, Person.id == Request.person_id)
        .where(or_(*due_by), Request.purged_on.is_(None))
        .order_by(Request.closed_on, Request.reference)
    )
    return [
        PurgeCandidate(
            reference=r.reference,
            organisation=r.code,
            person=display_name(r.first_name, r.last_name, r.emails),
            status=r.status,
            closed_on=r.closed_on,
            due_on=purge_due_on(r.closed_on, r.retention_years),
        )
        for r in rows
        if may_purge(r.closed_on, r.retention_years, today)
    ]


def set_aside_due(session: Session, *, today: date) -> list[int]:
    """Messages set aside in the triage list (not requests) longer ago than the retention period of
    their mailbox's organisation (five years without one): their content goes with the purge."""
    rows = session.execute(
        select(InboxMessage.id, InboxMessage.handled_at, Organisation.retention_years)
        .join(Mailbox, Mailbox.id == InboxMessage.mailbox_id)
        .outerjoin(Organisation, Organisation.id == Mailbox.organisation_id)
        .where(InboxMessage.state == "set_aside", InboxMessage.request_id.is_(None))
        .order_by(InboxMessage.id)
    )
    return [
        message_id
        for message_id, handled_at, years in rows
        if handled_at is not None and may_purge(handled_at.date(), years or DEFAULT_RETENTION_YEARS, today)
    ]


PERSONAL_REQUEST_FIELDS = (
    "requester_name",
    "requester_civility",
    "requester_address",
    "requester_email",
    "authority_proof",
    "death_proof",
    "authority_checked_by",
    "directives_holder",
)


def _placeholder(session: Session, organisation_id: int) -> Person:
    """The organisation's nameless person every purged case points to (made on first purge)."""
    found = session.scalar(
        select(Person)
        .where(Person.organisation_id == organisation_id, Person.first_name == "", Person.last_name == "")
        .where(func.json_array_length(Person.emails) == 0, Person.postal_address == "")
        .limit(1)
    )
    if found is None:
        found = Person(
            organisation_id=organisation_id,
            first_name="",
            last_name="",
            emails=[],
            identifiers={},
            created_at=events.now(session),
        )
        session.add(found)
        session.flush()
    return found


def _rows(result: Result[Any]) -> int:
    """How many rows an UPDATE or DELETE changed (SQLAlchemy types its result as any query's)."""
    return cast(CursorResult[Any], result).rowcount


def _purge_one(session: Session, request: Request, *, user: str, today: date) -> dict[str, Any]:
    request_id = request.id
    retention_years = session.scalar(
        select(Organisation.retention_years).where(Organisation.id == request.organisation_id)
    )
    if request.purged_on is not None or not may_purge(request.closed_on, retention_years or 0, today):
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "{reference} cannot be purged: it is not closed, its retention period is not over, or it "
                "was purged already. Nothing was purged.",
            ),
            reference=request.reference,
        )
    documents = session.scalars(select(Attachment.id).where(Attachment.request_id == request_id)).all()
    session.execute(delete(AttachmentBlob).where(AttachmentBlob.attachment_id.in_(documents)))
    moment = events.now(session)
    session.execute(
        update(Attachment)
        .where(Attachment.request_id == request_id)
        .values(filename="", destroyed_at=func.coalesce(Attachment.destroyed_at, moment), destroyed_by=user)
    )
    letters = _rows(session.execute(update(Letter).where(Letter.request_id == request_id).values(subject="", pdf=b"")))
    _forget_emails_sent(session, request_id)
    emails = _rows(session.execute(delete(InboxMessage).where(InboxMessage.request_id == request_id)))
    # What was withheld from the person and why (reasons may describe other people): not procedural.
    session.execute(delete(Redaction).where(Redaction.request_id == request_id))
    # What was decided to answer (reasons, what was kept, recipients): not procedural. The do-not-contact
    # list is the organisation's, not the case's: it stays (Art. 21(3)).
    session.execute(delete(AnswerFact).where(AnswerFact.request_id == request_id))
    session.execute(update(RedactedCopy).where(RedactedCopy.attachment_id.in_(documents)).values(reasons=[]))
    former = request.person_id
    request.person_id = _placeholder(session, request.organisation_id).id
    for name in ("summary", "status_reason", "registered_mail_no", "message_id", "identity_doubt", "extension_reason"):
        setattr(request, name, "")
    # Whoever acted for the person, their proofs, who holds the directives (the kinds and dates stay).
    for name in PERSONAL_REQUEST_FIELDS:
        setattr(request, name, "")
    request.purged_on = today
    session.flush()  # the trigger lets redaction through only once the case is marked purged
    if not session.scalar(select(func.count()).select_from(Request).where(Request.person_id == former)):
        session.execute(delete(Person).where(Person.id == former))
    search_rows.forget_row(plain(session), request_id)
    # The procedural part of each event's details moves into the case_purged event, in the chain.
    kept = {
        str(seq): facts
        for seq, details in session.execute(select(Event.seq, Event.details).where(Event.request_id == request_id))
        if (facts := procedural(details))
    }
    redacted = redact_events(plain(session), request_id, REDACTED_JSON)
    facts = {
        "closed_on": request.closed_on.isoformat() if request.closed_on else None,
        "retention_years": retention_years,
        "documents_destroyed": len(documents),
        "letters_emptied": letters,
        "emails_deleted": emails,
        "events_redacted": redacted,
        "kept": kept,
    }
    events.record(session, user=user, kind="case_purged", request=request, details=facts)
    return facts


def _forget_emails_sent(session: Session, request_id: int) -> None:
    """What was emailed for the case keeps its facts (when, what, encrypted, how the password went,
    bounced or not) and loses the person: the address, the subject, a password kept to read out, the
    bounce's words. Replies and bounces (deleted with the case's emails) are no longer pointed at."""
    from ..storage.models import OutgoingMessage, Relay

    session.execute(
        update(OutgoingMessage)
        .where(OutgoingMessage.request_id == request_id)
        .values(recipients="", subject="", password="", bounce_reason="", bounce_item_id=None)
    )
    session.execute(update(Relay).where(Relay.request_id == request_id).values(answer_item_id=None))


def purge(
    session: Session,
    references: list[str],
    *,
    user: str,
    today: date,
    messages: list[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Purge the cases named, and delete the set-aside messages listed (both from a preview the DPO
    saw); all of it, or none. Returns how many cases."""
    require_dpo(session, user, QT_TRANSLATE_NOOP("Services", "purge closed cases"))
    messages = sorted(set(messages or []))
    if set(messages) - set(set_aside_due(session, today=today)):
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Only messages set aside longer ago than the retention period can be deleted. Nothing was purged.",
            )
        )
    wanted = sorted({r.strip().upper() for r in references if r.strip()})
    found = {r.reference: r for r in session.scalars(select(Request).where(Request.reference.in_(wanted)))}
    missing = [r for r in wanted if r not in found]
    if missing:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "There is no request with the reference {name}.",
            ),
            name=", ".join(missing),
        )
    for done, reference in enumerate(wanted, 1):
        _purge_one(session, found[reference], user=user, today=today)
        if progress is not None:
            progress(done, len(wanted))
    if messages:
        session.execute(delete(InboxMessage).where(InboxMessage.id.in_(messages)))
    if wanted:
        # FTS5 keeps deleted terms in its segments until they are merged: merge them now.
        search_rows.optimize(plain(session))
    if wanted or messages:
        summary = {"count": len(wanted), "references": wanted, "set_aside_messages_deleted": len(messages)}
        events.record(session, user=user, kind="cases_purged", details=summary)
    return len(wanted)
