"""Turning email files (.eml, mbox) into requests, each message with its own outcome.

Messages are read one at a time (an mbox is streamed, never read whole) and imported in batches,
one transaction per batch, each message within its own savepoint: one that cannot be imported is
rolled back alone and never stops the others, and a batch that fails or is cut short (a crash)
leaves none of its messages, so nothing half-imported ever stays behind.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Iterator
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
from .email_intake import MAX_MESSAGE_BYTES, EmailDraft, EmailRefused, too_large
from .email_worker import parse_email
from .errors import ActionRefused
from .mbox_reader import Oversized, mbox_messages
from .organisations import get_organisation

SUMMARY_LIMIT = 20_000
# A batch is saved (one commit) after this many messages, or this many bytes of them.
BATCH_MESSAGES = 200
BATCH_BYTES = 64 * 1024 * 1024


@dataclass
class ImportOutcome:
    source: str
    outcome: str  # imported, duplicate, needs_triage, error
    message: str
    reference: str = ""
    draft: EmailDraft | None = None
    facts: dict[str, Any] | None = None  # what the draft said, once its bytes are let go (kept())

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "file": self.source,
            "outcome": self.outcome,
            "message": self.message,
            "reference": self.reference or None,
        }
        if self.facts is not None:
            data.update(self.facts)
        elif self.draft is not None:
            data.update(self.draft.as_json())
        return data

    def kept(self) -> ImportOutcome:
        """This outcome without the message's bytes and attachments (what it said stays, for the report)."""
        if self.draft is None:
            return self
        return replace(self, draft=None, facts=self.draft.as_json())


def messages_in(path: Path) -> Iterator[tuple[str, bytes | Oversized]]:
    """(label, raw bytes) of each message in an .eml file or an mbox mailbox, read one at a time.

    A message over the size limit is an Oversized, refused without being read whole.
    """
    with open(path, "rb") as handle:
        head = handle.read(5)
        handle.seek(0)
        if path.suffix.lower() == ".mbox" or head == b"From ":
            for index, raw in enumerate(mbox_messages(handle, MAX_MESSAGE_BYTES), 1):
                yield f"{path.name}#{index}", raw
            return
        size = os.fstat(handle.fileno()).st_size
        if size > MAX_MESSAGE_BYTES:
            yield path.name, Oversized(size)
            return
        raw = handle.read(MAX_MESSAGE_BYTES + 1)
        yield path.name, Oversized(len(raw)) if len(raw) > MAX_MESSAGE_BYTES else raw


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
    """Every message of every file (see import_stream), their outcomes in a list."""
    return list(
        import_stream(
            case,
            paths,
            user=user,
            today=today,
            organisation_code=organisation_code,
            progress=progress,
            cancelled=cancelled,
        )
    )


def import_stream(
    case: CaseFile,
    paths: list[Path],
    *,
    user: str,
    today: date,
    organisation_code: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[ImportOutcome]:
    """Every message of every file, in batches of one transaction; an unreadable file is one outcome.

    The outcomes of a batch come once it is saved, without the messages' bytes (ImportOutcome.kept),
    so memory stays that of one batch whatever the files' size. `cancelled()` is checked between
    messages: what was imported so far is saved, the rest is not touched.
    """
    items = _messages(paths, progress)
    try:
        finished = False
        while not finished:
            done: list[ImportOutcome] = []
            size = 0
            with case.unit_of_work() as session:  # one batch, saved whole when the block ends
                finished = True
                for item in items:
                    if cancelled():
                        break
                    if isinstance(item, ImportOutcome):
                        done.append(item)
                        continue
                    source, raw = item
                    done.append(
                        _import_in_savepoint(
                            session, raw, source, user=user, today=today, organisation_code=organisation_code
                        ).kept()
                    )
                    size += raw.size if isinstance(raw, Oversized) else len(raw)
                    if len(done) >= BATCH_MESSAGES or size >= BATCH_BYTES:
                        finished = False
                        break
            yield from done
    finally:
        items.close()


def _messages(
    paths: list[Path], progress: Callable[[int, int], None] | None
) -> Generator[tuple[str, bytes | Oversized] | ImportOutcome]:
    """The messages of each file in turn, read as they are asked for; a file that cannot be read is an outcome."""
    for number, path in enumerate(paths, 1):
        if progress is not None:
            progress(number - 1, len(paths))
        try:
            yield from messages_in(path)
        except OSError as exc:
            yield ImportOutcome(
                path.name,
                "error",
                Words(QT_TRANSLATE_NOOP("Services", "Cannot read the file: {why}."), why=exc.strerror or exc),
            )


def _import_in_savepoint(
    session: Session, raw: bytes | Oversized, source: str, *, user: str, today: date, organisation_code: str | None
) -> ImportOutcome:
    """One message, all of it or nothing of it (a refusal may come after the person was added)."""
    if isinstance(raw, Oversized):
        return ImportOutcome(source, "error", str(too_large(raw.size)))
    savepoint = session.begin_nested()
    try:
        result = import_message(session, raw, source, user=user, today=today, organisation_code=organisation_code)
    except BaseException:
        savepoint.rollback()
        raise
    if result.outcome == "imported":
        savepoint.commit()
    else:
        savepoint.rollback()
    return result
