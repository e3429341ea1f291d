"""The envelope or address label of a letter, and its registered-mail slip details, for whoever posts it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.envelopes import Envelope, EnvelopeError, postal_lines
from ..storage.models import Letter
from .cases import load_request
from .errors import QT_TRANSLATE_NOOP, ActionRefused, NotFound


def letter_envelope(session: Session, reference: str, letter_id: int) -> tuple[Envelope, str]:
    """The envelope's facts for letter `letter_id` of `reference`, and the letter's language."""
    request = load_request(session, reference)
    letter = session.scalar(select(Letter).where(Letter.id == letter_id, Letter.request_id == request.id))
    if letter is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Services", "{reference} has no letter {letter}."), reference=reference, letter=letter_id
        )
    org, person = request.organisation, request.person
    try:
        recipient = postal_lines(person.display_name, person.postal_address)
    except EnvelopeError:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "There is no postal address for {name}: an envelope needs one (add it to the request first).",
            ),
            name=person.display_name,
        ) from None
    sender = [org.legal_name, *[line.strip() for line in org.address.splitlines() if line.strip()]]
    return Envelope(sender, recipient, request.reference, letter.registered_mail_no), letter.language


def envelope_pdf_for(session: Session, reference: str, letter_id: int, *, label: bool = False) -> bytes:
    from ..envelope_pdf import envelope_pdf  # ReportLab only when one is printed

    envelope, language = letter_envelope(session, reference, letter_id)
    return envelope_pdf(envelope, language=language, label=label)
