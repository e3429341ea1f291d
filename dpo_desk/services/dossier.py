"""The dossier of one case (`dpo-desk dossier REF -o FILE`, the case's *Export dossier…*)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.channels import Channel
from ..domain.identity import note_in
from ..domain.letters import date_in_words
from ..domain.rights import Right
from ..storage.models import Event, Letter
from . import events
from .cases import load_request
from .request_register import STATUS_WORDS

PARIS = ZoneInfo("Europe/Paris")
EVENT_WORDS = {
    "fr": {
        "request_logged": "Demande enregistrée",
        "status_changed": "Statut changé",
        "pause_started": "Délai suspendu",
        "pause_ended": "Délai repris",
        "extended": "Délai prolongé",
        "identity_requested": "Justificatif d’identité demandé",
        "identity_received": "Justificatif reçu",
        "identity_verified": "Identité vérifiée",
        "identity_failed": "Identité non vérifiée",
        "id_document_destroyed": "Copie de pièce d’identité détruite",
        "attachment_added": "Document ajouté",
        "letter_created": "Courrier rédigé",
        "letter_sent": "Courrier envoyé",
        "note": "Note",
        "assigned": "Attribuée",
        "request_corrected": "Demande corrigée",
        "logged_in_error": "Retirée (enregistrée par erreur)",
        "withdrawal_undone": "Retrait annulé",
        "activities_ticked": "Traitements concernés cochés",
        "access_report": "Rapport d’accès",
        "portability_bundle": "Export de portabilité",
        "redactions_saved": "Occultations enregistrées",
        "redacted_copy_made": "Copie occultée établie",
        "dossier_exported": "Dossier exporté",
        "case_purged": "Dossier purgé",
    },
    "en": {
        "request_logged": "Request logged",
        "status_changed": "Status changed",
        "pause_started": "Clock paused",
        "pause_ended": "Clock resumed",
        "extended": "Deadline extended",
        "identity_requested": "Proof of identity asked for",
        "identity_received": "Proof received",
        "identity_verified": "Identity verified",
        "identity_failed": "Identity not verified",
        "id_document_destroyed": "ID document copy destroyed",
        "attachment_added": "Document added",
        "letter_created": "Letter written",
        "letter_sent": "Letter sent",
        "note": "Note",
        "assigned": "Assigned",
        "request_corrected": "Request corrected",
        "logged_in_error": "Withdrawn: logged in error",
        "withdrawal_undone": "Withdrawal undone",
        "activities_ticked": "Activities concerned ticked",
        "access_report": "Access report",
        "portability_bundle": "Portability bundle",
        "redactions_saved": "Redactions saved",
        "redacted_copy_made": "Redacted copy made",
        "dossier_exported": "Dossier exported",
        "case_purged": "Case purged",
    },
}
FACT_WORDS = {
    "fr": (
        "Organisme",
        "Personne concernée",
        "Droits",
        "Reçue le",
        "Canal",
        "Recommandé reçu",
        "Statut",
        "Échéance",
        "Prolongation",
        "Identité",
        "Attribuée à",
    ),
    "en": (
        "Organisation",
        "Data subject",
        "Rights",
        "Received",
        "Channel",
        "Registered mail received",
        "Status",
        "Deadline",
        "Extension",
        "Identity",
        "Assigned to",
    ),
}
IDENTITY_WORDS = {
    "fr": {
        "not_needed": "non demandée (pas de doute raisonnable)",
        "requested": "justificatif demandé",
        "received": "justificatif reçu",
        "verified": "vérifiée",
        "failed": "non vérifiée",
    },
    "en": {
        "not_needed": "not asked for (no reasonable doubt)",
        "requested": "proof asked for",
        "received": "proof received",
        "verified": "verified",
        "failed": "not verified",
    },
}
KIND_WORDS = {
    "fr": {
        "document": "document",
        "scan": "numérisation",
        "email": "courriel",
        "id_document": "pièce d’identité",
        "extract": "extrait",
        "report": "rapport",
        "redacted": "copie occultée",
    },
    "en": {},
}


@dataclass(frozen=True)
class Dossier:
    pdf: bytes
    checkpoint: str
    sha256: str
    pages: int


def _moment(at: str) -> str:
    moment = datetime.fromisoformat(at)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(PARIS).strftime("%d/%m/%Y %H:%M")


PURGED_WORDS = {"fr": "détails retirés lors de la purge", "en": "details removed by the purge"}


def _details(details: dict[str, Any], language: str = "en") -> str:
    if details.get("redacted") is True:
        return PURGED_WORDS[language]
    parts = []
    for key, value in details.items():
        if key.endswith("sha256") or value in ("", None, [], {}):
            continue
        shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        parts.append(f"{key.replace('_', ' ')}: {shown[:300]}")
    return "; ".join(parts)


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def case_dossier(session: Session, reference: str, *, user: str, today: date, language: str | None = None) -> Dossier:
    """The dossier as PDF, its checkpoint the history's head now; its export is then recorded."""
    from ..renderers.dossier_pdf import (
        DossierContent,
        DossierDocument,
        DossierEvent,
        DossierLetter,
        join_letters,
        pages_of,
        render_dossier,
    )

    request = load_request(session, reference)
    language = language or request.organisation.letter_language
    words = EVENT_WORDS[language]
    head = events.checkpoint(session)
    assert head is not None  # a request's logging is itself an event
    history = session.execute(
        select(Event.seq, Event.at, Event.user, Event.kind, Event.details, Event.hash)
        .where(Event.request_id == request.id)
        .order_by(Event.seq)
    ).all()
    chronology = [
        DossierEvent(
            seq,
            _moment(at),
            who,
            words.get(kind, kind.replace("_", " ")),
            _details(details or {}, language),
            digest[:16],
        )
        for seq, at, who, kind, details, digest in history
    ]
    letters = []
    for letter in session.scalars(select(Letter).where(Letter.request_id == request.id).order_by(Letter.id)):
        pdf = letter.pdf if letter.pdf else None
        sent = ""
        if letter.sent_on:
            channel = Channel(letter.sent_channel).label(language) if letter.sent_channel else ""
            sent = f"{_day(letter.sent_on)} ({channel})"
            if letter.registered_mail_no:
                sent += f"\n{letter.registered_mail_no}"
        written = _moment(letter.created_at.replace(tzinfo=UTC).isoformat()) if letter.created_at else ""
        letters.append(
            DossierLetter(letter.subject, written, sent, letter.sha256, pdf if request.purged_on is None else None)
        )
    documents = []
    kinds = KIND_WORDS[language]
    for attachment in request.attachments:
        if attachment.destroyed_at is not None:
            state = ("détruit le " if language == "fr" else "destroyed on ") + _day(attachment.destroyed_at.date())
        else:
            state = "conservé" if language == "fr" else "kept"
        documents.append(
            DossierDocument(
                attachment.filename,
                kinds.get(attachment.kind, attachment.kind.replace("_", " ")),
                f"{_day(attachment.added_at.date())} {attachment.added_by}",
                attachment.size,
                attachment.sha256,
                state,
            )
        )
    status = STATUS_WORDS[language].get(request.status, request.status)
    extension = ""
    if request.extended:
        extension = f"{_day(request.extended_on)} → {_day(request.extended_due_on)}: {request.extension_reason}"
    facts = list(
        zip(
            FACT_WORDS[language],
            (
                f"{request.organisation.legal_name} ({request.organisation.code})",
                request.person.display_name,
                ", ".join(Right(r.right).label(language) for r in request.rights),
                _day(request.received_on),
                Channel(request.channel).label(language),
                request.registered_mail_no or "—",
                status + (f" — {request.status_reason}" if request.status_reason else ""),
                _day(request.deadline_on),
                extension or ("non" if language == "fr" else "no"),
                note_in(request.identity_note, language, _day)
                or IDENTITY_WORDS[language].get(request.identity_state, request.identity_state),
                request.assignee or "—",
            ),
            strict=True,
        )
    )
    content = DossierContent(
        language=language,
        reference=request.reference,
        made_on=date_in_words(today, language),
        facts=facts,
        events=chronology,
        letters=letters,
        documents=documents,
        checkpoint=str(head),
        case_head=f"{history[-1][0]}:{history[-1][5][:16]}" if history else "—",
    )
    kept = [letter.pdf for letter in letters if letter.pdf is not None]
    counts = [pages_of(pdf) for pdf in kept]
    own = pages_of(render_dossier(content, []))
    for _ in range(3):  # the letters' page numbers may move the dossier's own pages: settle them
        own_pages = render_dossier(content, _starts(own, letters, counts))
        if pages_of(own_pages) == own:
            break
        own = pages_of(own_pages)
    whole = join_letters(own_pages, kept) if kept else own_pages
    digest = hashlib.sha256(whole).hexdigest()
    events.record(
        session,
        user=user,
        kind="dossier_exported",
        request=request,
        details={"checkpoint": str(head), "sha256": digest, "letters": len(kept), "language": language},
    )
    return Dossier(whole, str(head), digest, pages_of(whole))


def _starts(own: int, letters: list[Any], counts: list[int]) -> list[int]:
    """The dossier page each letter starts on (0 for a letter whose content was destroyed)."""
    starts, page, index = [], own + 1, 0
    for letter in letters:
        if letter.pdf is None:
            starts.append(0)
            continue
        starts.append(page)
        page += counts[index]
        index += 1
    return starts
