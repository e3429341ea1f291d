"""Proof of sending a registered letter: besides its number, the day the acknowledgement of receipt
was signed, and its scan kept as a document of the case."""

from __future__ import annotations

import dataclasses
from datetime import date

from sqlalchemy.orm import Session

from ..storage.models import Letter, Request
from . import events
from .cases import _attach
from .errors import QT_TRANSLATE_NOOP, ActionRefused, NotFound
from .views import FileInput

ACKNOWLEDGEMENT = "acknowledgement"  # the kind of document the scan of a receipt is kept as


def record_receipt(
    session: Session, letter_id: int, *, signed_on: date, scan: FileInput | None, user: str, today: date
) -> None:
    letter = session.get(Letter, letter_id)
    if letter is None:
        raise NotFound(QT_TRANSLATE_NOOP("Services", "That letter does not exist."))
    if letter.sent_on is None:
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "Mark the letter sent first: its acknowledgement of receipt follows.")
        )
    if signed_on < letter.sent_on or signed_on > today:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The acknowledgement of receipt is signed between the day the letter was sent ({sent_on}) and "
                "today, not on {signed_on}.",
            ),
            sent_on=letter.sent_on,
            signed_on=signed_on,
        )
    request = session.get(Request, letter.request_id)
    assert request is not None
    letter.ar_signed_on = signed_on
    if scan is not None:
        attachment = _attach(session, request, dataclasses.replace(scan, kind=ACKNOWLEDGEMENT), user=user)
        letter.ar_scan_id = attachment.id
    events.record(
        session,
        user=user,
        kind="receipt_signed",
        request=request,
        details={
            "letter_id": letter.id,
            "signed_on": signed_on.isoformat(),
            "scan_attachment_id": letter.ar_scan_id,
            "registered_mail_no": letter.registered_mail_no,
        },
    )
