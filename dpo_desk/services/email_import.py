"""Turning email files (.eml, mbox) into requests, each message with its own outcome.

Each message is imported in its own transaction: one that cannot be imported never stops the
others, and nothing half-imported stays behind.
"""

from __future__ import annotations

import mailbox
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.channels import Channel
from ..domain.people import without_disguise
from ..explained import QT_TRANSLATE_NOOP, Words
from ..storage.casefile import CaseFile
from ..storage.models import Organisation, Request
from . import cases
from .email_intake import EmailDraft, EmailRefused
from .email_worker import parse_email
from .errors import ActionRefused
from .organisations import get_organisation

SUMMARY_LIMIT = 20_000


@dataclass
class ImportOutcome:
    source: str
    outcome: str  # imported, duplicate, needs_triage, error
    message: str
    reference: str = ""
    draft: EmailDraft | None = None

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "file": self.source,
            "outcome": self.outcome,
            "message": self.message,
            "reference": self.reference or None,
        }
        if self.draft is not None:
            data.update(self.draft.as_json())
        return data


def messages_in(path: Path) -> Iterator[tuple[str, bytes]]:
    """(label, raw bytes) of each message in an .eml file or an mbox mailbox."""
    with open(path, "rb") as handle:
        head = handle.read(5)
    if path.suffix.lower() == ".mbox" or head == b"From ":
        box = mailbox.mbox(path, create=False)
        try:
            for index, key in enumerate(box.keys(), 1):
                yield f"{path.name}#{index}", box.get_bytes(key)
        finally:
            box.close()
    else:
        yield path.name, path.read_bytes()


def _organisation_for(session: Session, draft: EmailDraft, code: str | None) -> Organisation | None:
    if code:
        return get_organisation(session, code)
    recipients = {address.lower() for address in draft.to}
    for org in session.scalars(select(Organisation)):
        if org.dpo_email and org.dpo_email.lower() in recipients:
            return org
    organisations = session.scalars(select(Organisation)).all()
    return organisations[0] if len(organisations) == 1 else None


def import_message(
    session: Session,
    raw: bytes,
    source: str,
    *,
    user: str,
    today: date,
    organisation_code: str | None = None,
    delivered_at: datetime | None = None,
) -> ImportOutcome:
    """Log one message as a request. `delivered_at`: when our server received it (IMAP INTERNALDATE)."""
    try:
        draft = parse_email(raw)
    except EmailRefused as exc:
        return ImportOutcome(source, "error", str(exc))
    if delivered_at is not None:
        draft = replace(draft, received_at=delivered_at)
    if draft.message_id:
        existing = session.scalar(
            select(Request.reference).where(func.lower(Request.message_id) == draft.message_id.lower())
        )
        if existing:
            return ImportOutcome(
                source,
                "duplicate",
                Words(
                    QT_TRANSLATE_NOOP("Services", "Already imported as {reference} (same Message-ID)."),
                    reference=existing,
                ),
                existing,
                draft,
            )
    org = _organisation_for(session, draft, organisation_code)
    if org is None:
        return ImportOutcome(
            source,
            "needs_triage",
            Words(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "Could not tell which organisation it was sent to: log it by hand, choosing the organisation.",
                )
            ),
            draft=draft,
        )
    if not draft.from_address:
        return ImportOutcome(
            source,
            "needs_triage",
            Words(QT_TRANSLATE_NOOP("Services", "The sender's address could not be read.")),
            draft=draft,
        )
    if not draft.suggested_rights:
        return ImportOutcome(
            source,
            "needs_triage",
            Words(
                QT_TRANSLATE_NOOP(
                    "Services", "No right was recognised in the message: read it and log it from the workbench."
                )
            ),
            draft=draft,
        )
    # A sender's display name is not typed by us: what could disguise it is dropped, not refused.
    first, _, last = " ".join(without_disguise(draft.from_name).split()).rpartition(" ")
    received = draft.received_on if draft.received_on is not None and draft.received_on <= today else today
    summary = (draft.subject + "\n\n" + draft.body_text).strip()[:SUMMARY_LIMIT]
    kept_as = source if source.lower().endswith((".eml", ".msg")) else f"{source}.eml"
    original = cases.FileInput(kept_as, draft.raw, "email")
    files = (original, *(cases.FileInput(a.filename, a.data, "document") for a in draft.attachments))
    try:
        outcome = cases.add_request(
            session,
            cases.NewRequest(
                channel=Channel.EMAIL,
                received_on=received,
                person=cases.PersonInput(
                    first_name=first, last_name=last, emails=(draft.from_address,), civility=draft.suggested_civility
                ),
                rights=tuple(draft.suggested_rights),
                summary=summary,
                organisation_code=org.code,
                files=files,
                message_id=draft.message_id,
            ),
            user=user,
            today=today,
        )
    except ActionRefused as exc:
        return ImportOutcome(
            source, "error", (exc.template and Words(exc.template, **exc.values)) or str(exc), draft=draft
        )
    if outcome.matched_person:
        said = Words(
            QT_TRANSLATE_NOOP("Services", "Logged as {reference}. Linked to the person already on file."),
            reference=outcome.reference,
        )
    else:
        said = Words(QT_TRANSLATE_NOOP("Services", "Logged as {reference}."), reference=outcome.reference)
    return ImportOutcome(source, "imported", said, outcome.reference, draft)


def import_files(
    case: CaseFile,
    paths: list[Path],
    *,
    user: str,
    today: date,
    organisation_code: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[ImportOutcome]:
    """Every message of every file, each in its own transaction; an unreadable file is one outcome.

    `cancelled()` is checked between messages: what was imported stays, the rest is not touched.
    """
    outcomes: list[ImportOutcome] = []
    for number, path in enumerate(paths, 1):
        if cancelled():
            break
        if progress is not None:
            progress(number - 1, len(paths))
        try:
            messages = list(messages_in(path))
        except OSError as exc:
            outcomes.append(
                ImportOutcome(
                    path.name,
                    "error",
                    Words(QT_TRANSLATE_NOOP("Services", "Cannot read the file: {why}."), why=exc.strerror or exc),
                )
            )
            continue
        for source, raw in messages:
            if cancelled():
                break
            with case.session() as session:
                result = import_message(
                    session, raw, source, user=user, today=today, organisation_code=organisation_code
                )
                # All of a message, or nothing of it (a refusal may come after the person was added).
                if result.outcome == "imported":
                    session.commit()
                else:
                    session.rollback()
            outcomes.append(result)
    return outcomes
