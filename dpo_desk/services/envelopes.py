"""The envelope or address label of a letter, and its registered-mail slip details, for whoever posts it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.envelopes import Envelope
from ..domain.proxies import OnBehalf
from ..storage.models import Letter
from . import letter_form
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
    proxy = OnBehalf(request.on_behalf or "") is not OnBehalf.SELF  # the letter goes to the representative
    name = request.requester_name if proxy else person.display_name
    if not (request.requester_address if proxy else person.postal_address).strip():
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "There is no postal address for {name}: an envelope needs one (add it to the request first).",
            ),
            name=name,
        )
    recipient = letter_form.recipient(request, letter.language)  # the letter's own address block
    sender = [org.legal_name, *[line.strip() for line in org.address.splitlines() if line.strip()]]
    return Envelope(sender, recipient, request.reference, letter.registered_mail_no), letter.language


def envelope_pdf_for(session: Session, reference: str, letter_id: int, *, label: bool = False) -> bytes:
    from ..renderers.envelope_pdf import envelope_pdf  # ReportLab only when one is printed

    envelope, language = letter_envelope(session, reference, letter_id)
    return envelope_pdf(envelope, language=language, label=label)


def batch_envelopes_pdf(
    session: Session, letters: list[tuple[str, int]], *, label: bool = False
) -> tuple[bytes | None, list[str]]:
    """The envelopes of (reference, letter id) in one PDF, and the references left out (no postal address)."""
    from ..renderers.envelope_pdf import envelopes_pdf

    made, left_out = [], []
    for reference, letter_id in letters:
        try:
            made.append(letter_envelope(session, reference, letter_id))
        except ActionRefused:
            left_out.append(reference)
    return (envelopes_pdf(made, label=label) if made else None), left_out
