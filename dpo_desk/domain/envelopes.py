"""What goes on the envelope, the address label and La Poste's registered-mail slip of a letter (pure).

Only facts recorded for the letter are printed: the registered-mail number when it was recorded
(else a line to copy it from the slip's sticker), never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Envelope:
    sender: list[str]
    recipient: list[str]
    reference: str
    registered_mail_no: str = ""


SLIP_WORDS = {
    "fr": {
        "title": "Recommandé\u202f: à recopier sur le bordereau de La Poste",
        "sender": "Expéditeur",
        "recipient": "Destinataire",
        "reference": "Notre référence",
        "number": "N° de recommandé",
        "number_blank": "à recopier depuis l’étiquette du bordereau\u202f: ____________________",
        "note": "Cocher «\u202favec avis de réception\u202f» si l’accusé de réception doit revenir\u202f; "
        "garder la preuve de dépôt avec le dossier.",
    },
    "en": {
        "title": "Registered mail: to copy onto La Poste's slip",
        "sender": "Sender",
        "recipient": "Recipient",
        "reference": "Our reference",
        "number": "Registered-mail number",
        "number_blank": "to copy from the slip's sticker: ____________________",
        "note": "Tick “with acknowledgement of receipt” if the signed receipt is to come back; keep the proof "
        "of posting with the case.",
    },
}


def slip_rows(envelope: Envelope, language: str) -> list[tuple[str, str]]:
    words = SLIP_WORDS["fr" if language == "fr" else "en"]
    return [
        (words["sender"], "\n".join(envelope.sender)),
        (words["recipient"], "\n".join(envelope.recipient)),
        (words["reference"], envelope.reference),
        (words["number"], envelope.registered_mail_no or words["number_blank"]),
    ]
