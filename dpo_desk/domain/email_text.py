"""The text of an email answer: a template per letter kind (and for the access report, the
portability bundle and a password sent apart), FR and EN, that an organisation may reword.

Same form as letter templates: the subject, a line `---`, then the body; placeholders by name. A
placeholder left without a value is an error, never sent.
"""

from __future__ import annotations

import re
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


class EmailTemplateError(LetterError):
    """An email template that cannot be used: str() says why in English; `problem` and `values`
    let the services say it in the interface's language."""

    def __init__(self, problem: str, message: str, **values: str) -> None:
        super().__init__(message)
        self.problem, self.values = problem, values


def check_email_template(template: str, where: str = "this template") -> None:
    try:
        subject, body = split_template(template, where)
    except LetterError:
        raise EmailTemplateError(
            "shape", f"The email template {where} must start with its subject, then a line '---', then the text."
        ) from None
    try:
        used = {n for part in (subject, body) for _, n, _, _ in string.Formatter().parse(part) if n}
    except ValueError as exc:
        raise EmailTemplateError(
            "brace", f"{where} has a stray brace: {exc}. Write {{{{ and }}}} for literal braces.", why=str(exc)
        ) from None
    unknown = sorted(used - set(EMAIL_PLACEHOLDERS))
    if unknown:
        names = ", ".join("{" + u + "}" for u in unknown)
        known = ", ".join("{" + p + "}" for p in EMAIL_PLACEHOLDERS)
        raise EmailTemplateError(
            "unknown",
            f"{where} uses {names}, which DPO Desk cannot fill. Known placeholders: {known}.",
            unknown=names,
            known=known,
        )


def fill_email(template: str, values: dict[str, str], *, where: str, language: str) -> tuple[str, str]:
    """(subject, body): line breaks kept, French typography in French."""
    check_email_template(template, where)
    subject, body = split_template(template, where)
    used = {n for part in (subject, body) for _, n, _, _ in string.Formatter().parse(part) if n}
    missing = sorted(n for n in used if not str(values.get(n, "")).strip())
    if missing:
        names = ", ".join("{" + m + "}" for m in missing)
        raise EmailTemplateError("missing", f"The email {where} cannot be written: it needs {names}.", missing=names)
    subject, body = subject.format(**values), body.format(**values)
    if language == "fr":
        subject = french_typography(subject)
        body = "\n".join(french_typography(line) for line in body.split("\n"))
    # One line of subject; only ordinary spaces are folded (str.split would fold French no-break ones too).
    return re.sub(r"[ \t\r\n]+", " ", subject).strip(" "), body.strip() + "\n"
