"""Withholding other people's data (Art. 15(4)): marks on extracts and documents, suggestions, copies.

An extract's marks change what the access report and the portability bundle show, never the extract
kept in the case. A document's boxes make a new, flattened copy (kept beside the original, which stays
encrypted in the case): that copy is what goes out.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.extracts import Extract, read_extract
from ..domain.redaction import Mark, Part, RedactionError
from ..domain.third_parties import Kind, Subject, find_third_parties
from ..storage.models import Attachment, AttachmentBlob, RedactedCopy, Redaction, Request
from . import events
from .cases import FileInput, _attach, load_request
from .errors import QT_TRANSLATE_NOOP, ActionRefused, NotFound

EXTRACT = "extract"
REDACTED = "redacted"
EMAIL_TYPES = (".eml", ".msg")


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Something that looks like another person's data, for the DPO to withhold or not."""

    kind: Kind
    text: str
    page: int | None = None
    boxes: tuple[tuple[float, float, float, float], ...] = ()
    row: int | None = None
    column: int | None = None


@dataclass(frozen=True, slots=True)
class RedactionSource:
    """What the redaction window works on: an extract's table, or a document as PDF pages."""

    attachment_id: int
    reference: str
    filename: str
    is_extract: bool
    extract: Extract | None
    pdf: bytes | None
    marks: list[Mark]


def _attachment(session: Session, attachment_id: int) -> tuple[Attachment, bytes]:
    row = session.execute(
        select(Attachment, AttachmentBlob.data)
        .join(AttachmentBlob, AttachmentBlob.attachment_id == Attachment.id)
        .where(Attachment.id == attachment_id)
    ).first()
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Services", "That attachment does not exist, or it was destroyed after its check.")
        )
    return row[0], row[1]


def marks_of(session: Session, attachment_id: int) -> list[Mark]:
    rows = session.scalars(select(Redaction).where(Redaction.attachment_id == attachment_id).order_by(Redaction.id))
    return [_mark(r) for r in rows]


def _mark(row: Redaction) -> Mark:
    box = None
    if row.part == Part.BOX.value:
        box = (row.left or 0.0, row.top or 0.0, row.right or 0.0, row.bottom or 0.0)
    return Mark(Part(row.part), row.reason, row=row.row, column=row.column, page=row.page, box=box)


def as_pdf(filename: str, media_type: str, data: bytes) -> bytes:
    """A document as PDF pages: a PDF as it is, an image on a page, an email set as text."""
    from ..renderers.redacted_pdf import DocumentUnreadable, image_as_pdf, text_as_pdf

    lower = filename.lower()
    try:
        if media_type == "application/pdf" or data[:5] == b"%PDF-":
            return data
        if media_type.startswith("image/"):
            return image_as_pdf(data)
        if lower.endswith(EMAIL_TYPES) or media_type == "message/rfc822":
            from .email_intake import EmailRefused
            from .email_worker import parse_email

            try:
                draft = parse_email(data)
            except EmailRefused as exc:
                raise DocumentUnreadable(str(exc)) from None
            headers = [
                ("From:", f"{draft.from_name} <{draft.from_address}>".strip()),
                ("To:", ", ".join(draft.to)),
                ("Date:", draft.date.isoformat(sep=" ", timespec="minutes") if draft.date else ""),
                ("Subject:", draft.subject),
            ]
            names = [a.filename for a in draft.attachments]
            if names:
                headers.append(("Attachments:", ", ".join(names)))
            return text_as_pdf([h for h in headers if h[1]], draft.body_text)
        if media_type.startswith("text/"):
            return text_as_pdf([], data.decode("utf-8", errors="replace"))
    except DocumentUnreadable as exc:
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "{name} cannot be shown as pages: {why}."), name=filename, why=exc
        ) from None
    raise ActionRefused(
        QT_TRANSLATE_NOOP(
            "Services",
            "{name}: DPO Desk redacts PDFs, images, emails and text files; save this one as PDF first.",
        ),
        name=filename,
    )


def source(session: Session, attachment_id: int) -> RedactionSource:
    """The extract or document to redact, with the marks already saved on it."""
    attachment, data = _attachment(session, attachment_id)
    request = session.get(Request, attachment.request_id)
    assert request is not None
    if attachment.kind == REDACTED:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services", "{name} is already a redacted copy: redact the original, and make a new copy."
            ),
            name=attachment.filename,
        )
    marks = marks_of(session, attachment_id)
    if attachment.kind == EXTRACT:
        try:
            extract = read_extract(attachment.filename, data)
        except ValueError as exc:
            raise ActionRefused(
                QT_TRANSLATE_NOOP("Services", "The extract {name} cannot be read: {exc}"),
                name=attachment.filename,
                exc=exc,
            ) from None
        return RedactionSource(attachment_id, request.reference, attachment.filename, True, extract, None, marks)
    pdf = as_pdf(attachment.filename, attachment.media_type, data)
    return RedactionSource(attachment_id, request.reference, attachment.filename, False, None, pdf, marks)


def save_marks(session: Session, attachment_id: int, marks: list[Mark], *, user: str) -> int:
    """The attachment's marks become `marks` (each with its reason), recorded in the history."""
    attachment, _ = _attachment(session, attachment_id)
    request = load_request(session, session.get(Request, attachment.request_id).reference)  # type: ignore[union-attr]
    is_extract = attachment.kind == EXTRACT
    try:
        checked = [m.checked() for m in marks]
    except RedactionError as exc:
        raise ActionRefused(str(exc)) from None
    if any((m.part is Part.BOX) == is_extract for m in checked):
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services", "An extract is redacted by cells, rows or columns; a document by boxes on its pages."
            )
        )
    session.execute(delete(Redaction).where(Redaction.attachment_id == attachment_id))
    now = events.now(session)
    for mark in checked:
        left, top, right, bottom = mark.box or (None, None, None, None)
        session.add(
            Redaction(
                request_id=request.id,
                attachment_id=attachment_id,
                part=mark.part.value,
                row=mark.row,
                column=mark.column,
                page=mark.page,
                left=left,
                top=top,
                right=right,
                bottom=bottom,
                reason=mark.reason,
                added_at=now,
                added_by=user,
            )
        )
    events.record(
        session,
        user=user,
        kind="redactions_saved",
        request=request,
        details={
            "attachment_id": attachment_id,
            "filename": attachment.filename,
            "marks": len(checked),
            "reasons": sorted({m.reason for m in checked}),
        },
    )
    return len(checked)


def subject_of(request: Request) -> Subject:
    person = request.person
    identifiers = person.identifiers or {}
    phones = tuple(
        v for k, v in identifiers.items() if any(w in k.lower() for w in ("phone", "tel", "mobile", "portable"))
    )
    return Subject(
        names=tuple(n for n in (f"{person.first_name} {person.last_name}".strip(),) if n),
        emails=tuple(person.emails),
        phones=phones,
        addresses=(person.postal_address,) if person.postal_address else (),
    )


def suggestions(session: Session, item: RedactionSource) -> list[Suggestion]:
    """Other people's data found in the extract's cells or the document's text (the subject's never)."""
    return look_for_others(session, item)[0]


def look_for_others(session: Session, item: RedactionSource) -> tuple[list[Suggestion], bool]:
    """(suggestions, whether there was any text to search at all: a scan or a photo has none)."""
    from ..renderers.redacted_pdf import page_texts, span_boxes

    request = load_request(session, item.reference)
    subject = subject_of(request)
    found: list[Suggestion] = []
    if item.extract is not None:
        for r, row in enumerate(item.extract.rows):
            for c, cell in enumerate(row):
                for finding in find_third_parties(cell, subject):
                    found.append(Suggestion(finding.kind, finding.text, row=r, column=c))
                    break
        return found, True
    assert item.pdf is not None
    pages = page_texts(item.pdf)
    for index, page in enumerate(pages):
        for finding in find_third_parties(page.text, subject):
            boxes = span_boxes(page, finding.start, finding.end)
            if boxes:
                found.append(Suggestion(finding.kind, finding.text, page=index, boxes=tuple(boxes)))
    return found, any(page.text.strip() for page in pages)


def copy_name(filename: str, language: str) -> str:
    stem = filename.rsplit(".", 1)[0] if "." in filename else filename
    return f"{stem}-{'occulte' if language == 'fr' else 'redacted'}.pdf"


def keep_redacted_copy(session: Session, attachment_id: int, pdf: bytes, *, user: str, language: str = "fr") -> int:
    """Keep the flattened copy beside its original (which stays as it is); returns the copy's id."""
    attachment, _ = _attachment(session, attachment_id)
    request = load_request(session, session.get(Request, attachment.request_id).reference)  # type: ignore[union-attr]
    marks = marks_of(session, attachment_id)
    copy = _attach(session, request, FileInput(copy_name(attachment.filename, language), pdf, REDACTED), user=user)
    reasons = sorted({m.reason for m in marks})
    session.add(
        RedactedCopy(attachment_id=copy.id, source_attachment_id=attachment_id, boxes=len(marks), reasons=reasons)
    )
    events.record(
        session,
        user=user,
        kind="redacted_copy_made",
        request=request,
        details={
            "source_attachment_id": attachment_id,
            "source_sha256": attachment.sha256,
            "copy_attachment_id": copy.id,
            "copy_sha256": hashlib.sha256(pdf).hexdigest(),
            "boxes": len(marks),
            "reasons": reasons,
        },
    )
    return copy.id


def boxes_by_page(marks: list[Mark]) -> dict[int, list[tuple[float, float, float, float]]]:
    pages: dict[int, list[tuple[float, float, float, float]]] = {}
    for mark in marks:
        if mark.part is Part.BOX and mark.page is not None and mark.box is not None:
            pages.setdefault(mark.page, []).append(mark.box)
    return pages


def withheld_where(session: Session, request: Request) -> tuple[str, ...]:
    """Where information of this case is withheld: "extracts" (placeholders), "copies" (blacked out)."""
    marked = session.scalar(
        select(Redaction.id)
        .join(Attachment, Attachment.id == Redaction.attachment_id)
        .where(Redaction.request_id == request.id, Attachment.kind == EXTRACT)
        .limit(1)
    )
    copied = session.scalar(
        select(RedactedCopy.attachment_id)
        .join(Attachment, Attachment.id == RedactedCopy.attachment_id)
        .where(Attachment.request_id == request.id, Attachment.destroyed_at.is_(None))
        .limit(1)
    )
    return tuple(where for where, found in (("extracts", marked), ("copies", copied)) if found is not None)


def withheld_reasons(session: Session, request: Request) -> list[str]:
    """Why information of this case was withheld: every reason of its extracts' marks and copies."""
    reasons = set(
        session.scalars(
            select(Redaction.reason)
            .join(Attachment, Attachment.id == Redaction.attachment_id)
            .where(Redaction.request_id == request.id, Attachment.kind == EXTRACT)
        )
    )
    for (kept,) in session.execute(
        select(RedactedCopy.reasons)
        .join(Attachment, Attachment.id == RedactedCopy.attachment_id)
        .where(Attachment.request_id == request.id, Attachment.destroyed_at.is_(None))
    ):
        reasons.update(kept)
    return sorted(reasons)


def extract_marks(session: Session, request: Request) -> dict[int, list[Mark]]:
    """Each extract's marks, by attachment id."""
    rows = session.execute(
        select(Redaction)
        .join(Attachment, Attachment.id == Redaction.attachment_id)
        .where(Redaction.request_id == request.id, Attachment.kind == EXTRACT)
        .order_by(Redaction.id)
    )
    marks: dict[int, list[Mark]] = {}
    for (row,) in rows:
        marks.setdefault(row.attachment_id, []).append(_mark(row))
    return marks
