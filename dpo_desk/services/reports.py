"""The access report of a case (Art. 15), from the register and the extracts attached to the case."""

from __future__ import annotations

import hashlib
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.extracts import Extract, read_extract
from ..domain.letters import date_in_words
from ..storage.models import Attachment, AttachmentBlob, Request
from .cases import FileInput, add_attachment, load_request
from .errors import QT_TRANSLATE_NOOP, ActionRefused
from .register import concerned

EXTRACT_TYPES = (".csv", ".json")


def read_extracts(session: Session, request: Request, *, language: str | None = None) -> list[Extract]:
    """The data extracts attached to the case (CSV or JSON), as tables; ActionRefused if one cannot be read.

    With a `language`, as they go out: other people's data the DPO marked is withheld (Art. 15(4)).
    """
    from ..domain.redaction import redact_extract
    from .redaction import extract_marks

    marks = extract_marks(session, request) if language else {}
    extracts = []
    rows = session.execute(
        select(Attachment.id, Attachment.filename, AttachmentBlob.data)
        .join(AttachmentBlob, AttachmentBlob.attachment_id == Attachment.id)
        .where(Attachment.request_id == request.id, Attachment.kind == "extract")
        .order_by(Attachment.id)
    )
    for attachment_id, name, data in rows:
        if not name.lower().endswith(EXTRACT_TYPES):
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The extract {name} must be a CSV or JSON file.",
                ),
                name=name,
            )
        try:
            extract = read_extract(name, data)
        except ValueError as exc:
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The extract {name} cannot be read: {exc}",
                ),
                name=name,
                exc=exc,
            ) from None
        extracts.append(
            redact_extract(extract, marks[attachment_id], language) if language and attachment_id in marks else extract
        )
    return extracts


def access_report(session: Session, reference: str, *, today: date, language: str | None = None) -> bytes:
    """The report as PDF bytes, built from the case as it is now (identical input, identical bytes)."""
    from ..renderers.report_pdf import ReportContent, render_report  # ReportLab only when needed

    request = load_request(session, reference)
    org, person = request.organisation, request.person
    language = language or org.letter_language
    activities = concerned(session, reference)
    if not activities:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Tick the processing activities that concern the person first (dpo-desk activities "
                "{reference} NAME...): the access report explains each of them.",
            ),
            reference=request.reference,
        )
    from ..domain.completeness import missing_extracts, register_gaps
    from .answers import case_facts
    from .redaction import withheld_reasons, withheld_where

    gaps = register_gaps(activities, language, org.letter_language)
    if gaps:  # the report never shows an internal gap to the person
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Complete the register first (File → Register of processing activities): {activities}. The access "
                "report states each of these for every activity that concerns the person.",
            ),
            activities="; ".join(gaps),
        )
    problems = missing_extracts(case_facts(session, request.reference))
    if problems:
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "The access answer is not complete yet: {problems}."),
            problems="; ".join(problems),
        )
    activities = [a.in_language(language, org.letter_language) or a for a in activities]
    extracts = read_extracts(session, request, language=language)
    from ..domain.letter_blocks import authority_words

    authority = authority_words(
        language, ", ".join(line.strip() for line in org.supervisory_authority.splitlines() if line.strip())
    )
    return render_report(
        ReportContent(
            language=language,
            person=person.display_name,
            reference=request.reference,
            controller=[org.legal_name, *[line for line in org.address.splitlines() if line.strip()]],
            date=date_in_words(today, language),
            dpo=" — ".join(part for part in (org.dpo_name, org.dpo_email) if part),
            authority=authority,
            activities=activities,
            extracts=extracts,
            withheld=withheld_reasons(session, request),
            withheld_in=withheld_where(session, request),
        )
    )


def keep_access_report(
    session: Session, reference: str, *, user: str, today: date, language: str | None = None
) -> tuple[bytes, bool]:
    """Make the report and keep it with the case's documents, as sent; (PDF, whether it was new).

    The same report made twice (same day, same ticks, same extracts) is kept once.
    """
    pdf = access_report(session, reference, today=today, language=language)
    request = load_request(session, reference)
    digest = hashlib.sha256(pdf).hexdigest()
    kept = session.scalar(
        select(Attachment.id).where(
            Attachment.request_id == request.id, Attachment.kind == "report", Attachment.sha256 == digest
        )
    )
    if kept is not None:
        return pdf, False
    name = f"{'rapport-acces' if (language or request.organisation.letter_language) == 'fr' else 'access-report'}"
    add_attachment(
        session, reference, FileInput(f"{name}-{request.reference}-{today.isoformat()}.pdf", pdf, "report"), user=user
    )
    return pdf, True
