"""The text of an email answer: a template per letter kind (and for the access report, the
portability bundle and a password sent apart), FR and EN, that an organisation may reword.

Same form as letter templates: the subject, a line `---`, then the body; placeholders by name. A
placeholder left without a value is an error, never sent.
"""

from __future__ import annotations

import string

from .letters import LetterError, LetterKind, french_typography, split_template

REPORT = "access_report"
BUNDLE = "portability_bundle"
PASSWORD = "password"
# Every email template there is: one per letter kind, and those of the documents sent on their own.
EMAIL_KINDS = (*[k.value for k in LetterKind], REPORT, BUNDLE, PASSWORD)

EMAIL_PLACEHOLDERS = {
    "reference": "the case reference, e.g. IMV-2026-0007",
    "person_name": "the data subject's name",
    "subject": "the subject of the letter sent (letters only)",
    "organisation": "the organisation's legal name",
    "attachment_note": "what is attached, and how its password reaches the person when it is encrypted",
    "sender_address": "the address the answer is sent from",
    "signatory": "who signs: the organisation's signatory, else its DPO",
    "password": "the password (the separate password email only)",
    "sent_date": "the day the encrypted answer was sent (the separate password email only)",
}


def check_email_template(template: str, where: str = "this template") -> None:
    subject, body = split_template(template, where)
    try:
        used = {n for part in (subject, body) for _, n, _, _ in string.Formatter().parse(part) if n}
    except ValueError as exc:
        raise LetterError(f"{where} has a stray brace: {exc}. Write {{{{ and }}}} for literal braces.") from None
    unknown = sorted(used - set(EMAIL_PLACEHOLDERS))
    if unknown:
        raise LetterError(
            f"{where} uses {', '.join('{' + u + '}' for u in unknown)}, which DPO Desk cannot fill. "
            f"Known placeholders: {', '.join('{' + p + '}' for p in EMAIL_PLACEHOLDERS)}."
        )


def fill_email(template: str, values: dict[str, str], *, where: str, language: str) -> tuple[str, str]:
    """(subject, body): line breaks kept, French typography in French."""
    check_email_template(template, where)
    subject, body = split_template(template, where)
    used = {n for part in (subject, body) for _, n, _, _ in string.Formatter().parse(part) if n}
    missing = sorted(n for n in used if not str(values.get(n, "")).strip())
    if missing:
        raise LetterError(f"The email {where} cannot be written: it needs {', '.join(missing)}.")
    subject, body = subject.format(**values), body.format(**values)
    if language == "fr":
        subject = french_typography(subject)
        body = "\n".join(french_typography(line) for line in body.split("\n"))
    return " ".join(subject.split()), body.strip() + "\n"
