"""The letters written on a day, with what they enclose: the batch whoever signs and posts prints.

An access letter says the access report is enclosed: the batch carries the report right after
the letter, so the envelope holds what the letter says it holds. The report is made now and kept
with the case's documents, as the Access report button does (the same report is kept once); when
it cannot be made (no activity ticked yet), the last one kept goes, or the batch says it is missing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.letters import LetterKind
from ..storage.models import Attachment
from . import cases, letters, reports
from .errors import ActionRefused

# Letters whose text says a document is enclosed, and what it is.
ENCLOSES_REPORT = frozenset({LetterKind.ACCESS_RESPONSE.value})
REPORT = "access_report"


@dataclass(frozen=True)
class DayDocument:
    """A letter of the day, or the access report it encloses (kind "access_report")."""

    id: int  # the letter's id, or the report's attachment id
    reference: str
    person: str
    kind: str
    language: str
    subject: str
    sent_on: date | None

    @property
    def is_letter(self) -> bool:
        return self.kind != REPORT

    @property
    def filename(self) -> str:
        return f"{self.reference}-{self.kind}-{self.id}.pdf"


@dataclass(frozen=True)
class Batch:
    documents: list[DayDocument]
    # Access letters whose report cannot be made yet (no activity ticked…), with why: said, never hidden.
    missing: list[tuple[str, ActionRefused | None]] = field(default_factory=list)


def _kept_report(session: Session, reference: str) -> int | None:
    request = cases.load_request(session, reference)
    return session.scalar(
        select(Attachment.id)
        .where(Attachment.request_id == request.id, Attachment.kind == "report")
        .order_by(Attachment.id.desc())
        .limit(1)
    )


def documents_written_on(session: Session, day: date, *, user: str, today: date, may_keep: bool = True) -> Batch:
    """The day's letters in the order written, each access letter followed by its report.

    `may_keep` False (a file opened read-only): a report never kept is not made, nor listed.
    """
    batch: list[DayDocument] = []
    missing: list[tuple[str, ActionRefused | None]] = []
    for letter in letters.letters_written_on(session, day):
        batch.append(
            DayDocument(
                letter.id, letter.reference, letter.person, letter.kind, letter.language, letter.subject, letter.sent_on
            )
        )
        if letter.kind not in ENCLOSES_REPORT:
            continue
        refused: ActionRefused | None = None
        if may_keep:  # today's report: the one kept already when nothing changed (same content)
            try:
                reports.keep_access_report(session, letter.reference, user=user, today=today, language=letter.language)
            except ActionRefused as exc:
                refused = exc
        report = _kept_report(session, letter.reference)
        if report is None:
            missing.append((letter.reference, refused))
            continue
        if not any(d.kind == REPORT and d.id == report for d in batch):
            batch.append(
                DayDocument(
                    report, letter.reference, letter.person, REPORT, letter.language, letter.subject, letter.sent_on
                )
            )
    return Batch(batch, missing)


def document_pdf(session: Session, document: DayDocument) -> bytes:
    if document.is_letter:
        return letters.letter_pdf(session, document.id)
    return cases.attachment_bytes(session, document.id)[2]
