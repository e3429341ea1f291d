"""What goes on the envelope, the address label and La Poste's registered-mail slip of a letter (pure).

Only facts recorded for the letter are printed: the registered-mail number when it was recorded
(else a line to copy it from the slip's sticker), never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass

# Postal address lines (NF Z 10-011 / La Poste): at most six lines of 38 characters.
MAX_LINES, MAX_CHARACTERS = 6, 38


@dataclass(frozen=True, slots=True)
class Envelope:
    sender: list[str]
    recipient: list[str]
    reference: str
    registered_mail_no: str = ""


class EnvelopeError(ValueError):
    """An envelope that cannot be printed as asked; str() says why and what to do."""


def postal_lines(name: str, address: str) -> list[str]:
    """The name, then the address's non-empty lines; refused when there is no postal address."""
    lines = [line.strip() for line in address.splitlines() if line.strip()]
    if not lines:
        raise EnvelopeError(
            f"There is no postal address for {name}: an envelope needs one (add it to the request first)."
        )
    return [name.strip(), *lines][:MAX_LINES]


def too_long(lines: list[str]) -> list[str]:
    """The lines longer than La Poste's 38 characters (printed all the same, said to the user)."""
    return [line for line in lines if len(line) > MAX_CHARACTERS]


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
