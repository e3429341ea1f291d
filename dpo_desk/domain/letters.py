"""Letters: which ones exist, and how a template becomes a subject and a body.

A template is a plain text: its first line is the subject, then a line `---`, then the body with
named placeholders such as {reference}. A placeholder left without a value is an error, never
printed: the letter would otherwise go out with a hole in it.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class LetterKind(StrEnum):
    ACKNOWLEDGEMENT = "acknowledgement"
    IDENTITY_REQUEST = "identity_request"
    CLARIFICATION_REQUEST = "clarification_request"
    EXTENSION_NOTICE = "extension_notice"
    ACCESS_RESPONSE = "access_response"
    RECTIFICATION_DONE = "rectification_done"
    ERASURE_DONE = "erasure_done"
    RESTRICTION_APPLIED = "restriction_applied"
    PORTABILITY_RESPONSE = "portability_response"
    OBJECTION_DONE = "objection_done"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    REFUSAL = "refusal"
    PARTIAL_REFUSAL = "partial_refusal"
    MANIFESTLY_UNFOUNDED = "manifestly_unfounded"
    POST_MORTEM_RECORDED = "post_mortem_recorded"
    NO_DATA = "no_data"  # Art. 15: we hold no data about you (where it was checked, and when)
    AUTOMATED_DECISION = "automated_decision"  # Art. 22 and 15(1)(h)
    RESTRICTION_LIFT = "restriction_lift"  # Art. 18(3): told before the restriction is lifted
    # Written by DPO Desk itself when an encrypted answer's password goes by post.
    PASSWORD_NOTICE = "password_notice"

    @property
    def details_prompt(self) -> str | None:
        """What the person writing the letter must supply in their own words, if anything."""
        return DETAILS_PROMPTS.get(self)


# Letters that notify what only a DPO decides: an extension (Art. 12(3)) and a refusal (Art. 12(4), 12(5)).
DECISION_LETTERS = frozenset(
    {LetterKind.EXTENSION_NOTICE, LetterKind.REFUSAL, LetterKind.PARTIAL_REFUSAL, LetterKind.MANIFESTLY_UNFOUNDED}
)


# Letters DPO Desk writes itself, never offered to write by hand.
WRITTEN_BY_DPO_DESK = frozenset({LetterKind.PASSWORD_NOTICE})


DETAILS_PROMPTS = {
    LetterKind.CLARIFICATION_REQUEST: "What must the person clarify?",
    LetterKind.RECTIFICATION_DONE: "What was rectified (which data, from what to what)?",
    LetterKind.RESTRICTION_APPLIED: "Which processing is restricted, and on which ground (Art. 18(1))?",
    LetterKind.CONSENT_WITHDRAWN: "Which consent was withdrawn (e.g. newsletter, customer testimonial)?",
    LetterKind.POST_MORTEM_RECORDED: "What the instructions say, in short, and who is to carry them out.",
}


class LetterError(ValueError):
    """A letter that cannot be written as asked; str() says what is missing."""


# What each placeholder needs, said to the person generating the letter.
NEEDS = {
    "identity_doubt": "the reasonable doubt about the identity (ask for proof of identity first)",
    "extension_reasons": "the reasons of the extension (extend the request first)",
    "extended_date": "the extended deadline (extend the request first)",
    "refusal_reasons": "the reasons of the refusal (set the status to refused or partially refused, with reasons)",
    "details": "the details this letter is about (the text it asks for)",
    "dpo_email": "the DPO's email address (organisation settings)",
    "authority_inline": "the supervisory authority (organisation settings)",
    "password": "the password of an encrypted email (DPO Desk writes this letter when it sends one)",
    "sent_date": "the day the encrypted email was sent (DPO Desk writes this letter when it sends one)",
    "enclosed": "what is enclosed (DPO Desk writes it from the case)",
    "checked": "where the person's data was looked for (record it with extract-reason)",
    "erasure_outcome": "what was erased and what is kept (record it with decide-erasure)",
    "recipients_outcome": "what each recipient was told (record it with notify-recipient)",
    "objection_outcome": "which objection and what was decided (record it with decide-objection)",
    "unfounded_outcome": "the Art. 12(5) decision (record it with decide-unfounded)",
    "automated_outcome": "whether there is an automated decision (record it with decide-automated)",
    "portability_outcome": "what can be ported (DPO Desk writes it from the ticked activities)",
    "restriction_lift_outcome": "when and why the restriction is lifted (record it with lift-restriction)",
}

# Placeholders whose sentences DPO Desk builds from what was recorded for the case: a letter of this
# kind that lacks its block would state fixed text instead of what was decided, so own wordings keep it.
REQUIRED_BLOCKS = {
    LetterKind.ACCESS_RESPONSE: ("enclosed",),
    LetterKind.NO_DATA: ("checked",),
    LetterKind.ERASURE_DONE: ("erasure_outcome", "recipients_outcome"),
    LetterKind.RECTIFICATION_DONE: ("recipients_outcome",),
    LetterKind.RESTRICTION_APPLIED: ("recipients_outcome",),
    LetterKind.RESTRICTION_LIFT: ("restriction_lift_outcome",),
    LetterKind.OBJECTION_DONE: ("objection_outcome",),
    LetterKind.MANIFESTLY_UNFOUNDED: ("unfounded_outcome",),
    LetterKind.AUTOMATED_DECISION: ("automated_outcome",),
    LetterKind.PORTABILITY_RESPONSE: ("portability_outcome",),
    LetterKind.REFUSAL: ("remedies",),
    LetterKind.PARTIAL_REFUSAL: ("remedies",),
}


# Every placeholder a template may use, with what it stands for (shown in the template editor).
PLACEHOLDERS = {
    "reference": "the case reference, e.g. IMV-2026-0007",
    "person_name": "the data subject's name",
    "received_date": "the date the request was received, in words",
    "due_date": "the first deadline (and the extension notice deadline), in words",
    "extended_date": "the extended deadline, in words (extended requests only)",
    "extension_reasons": "the reasons of the extension",
    "refusal_reasons": "the reasons of a refusal",
    "identity_doubt": "the reasonable doubt about the identity",
    "rights": "the rights asked, in words",
    "organisation": "the organisation's legal name",
    "dpo_email": "the DPO's email address",
    "authority_inline": "the supervisory authority and its address, on one line",
    "authority": "the supervisory authority to complain to: the CNIL, its address and its online complaint page",
    "remedies": "Art. 12(4): the complaint to the CNIL (address and online page) and the judicial remedy",
    "enclosed": "access response: what is enclosed, exactly (the report, the copy of the data, the documents)",
    "checked": "no data: where the person's data was looked for, and when",
    "erasure_outcome": "erasure: what was erased, and each thing kept with its Art. 17(3) ground and end date",
    "recipients_outcome": "Art. 19: what each recipient was told, as recorded",
    "objection_outcome": "objection: which one (Art. 21(1) or 21(2)) and what was decided",
    "unfounded_outcome": "Art. 12(5): unfounded or excessive, the reasons, refusal or fee, the remedies",
    "automated_outcome": "Art. 22: whether there is an automated decision, its logic, significance, consequences",
    "portability_outcome": "Art. 20: the data sent, and what cannot be ported and why",
    "restriction_lift_outcome": "Art. 18(3): when the restriction is lifted, and why",
    "details": "the words the DPO gives when writing the letter",
    "password": "the password of an encrypted email answer (the password letter only)",
    "sent_date": "the day the encrypted email answer was sent, in words (the password letter only)",
}


def check_template(template: str, where: str = "this template", kind: LetterKind | None = None) -> None:
    """Raise LetterError when a template could never be filled: no subject, or unknown placeholders,
    or (with `kind`) it lacks a block that states what was decided for the case."""
    subject, body = split_template(template, where)
    try:
        unknown = sorted((placeholders(subject) | placeholders(body)) - set(PLACEHOLDERS))
    except ValueError as exc:
        raise LetterError(f"{where} has a stray brace: {exc}. Write {{{{ and }}}} for literal braces.") from None
    if unknown:
        raise LetterError(
            f"{where} uses {', '.join('{' + u + '}' for u in unknown)}, which DPO Desk cannot fill. "
            f"Known placeholders: {', '.join('{' + p + '}' for p in PLACEHOLDERS)}."
        )
    required = REQUIRED_BLOCKS.get(kind, ()) if kind is not None else ()
    lacking = [b for b in required if "{" + b + "}" not in body]
    if lacking:
        raise LetterError(
            f"{where} must keep {', '.join('{' + b + '}' for b in lacking)}: DPO Desk writes there what was "
            "decided and recorded for the case, so that the letter states nothing else."
        )


@dataclass(frozen=True, slots=True)
class Filled:
    subject: str
    paragraphs: list[str]


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def split_template(template: str, where: str) -> tuple[str, str]:
    subject, separator, body = template.partition("\n---\n")
    if not separator or not subject.strip() or not body.strip():
        raise LetterError(f"The letter template {where} must start with its subject, then a line '---', then the text.")
    return subject.strip(), body.strip()


def fill(template: str, values: dict[str, str], *, where: str, language: str) -> Filled:
    """Subject and paragraphs with every placeholder filled, or LetterError naming what is missing."""
    subject, body = split_template(template, where)
    wanted = placeholders(subject) | placeholders(body)
    missing = sorted(name for name in wanted if not str(values.get(name, "")).strip())
    if missing:
        reasons = "; ".join(NEEDS.get(name, f"a value for {{{name}}}") for name in missing)
        raise LetterError(f"This letter cannot be written yet: it needs {reasons}.")
    try:
        subject = subject.format(**values)
        body = body.format(**values)
    except (KeyError, IndexError, ValueError) as exc:
        raise LetterError(f"The letter template {where} is not valid: {exc}.") from None
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    if language == "fr":
        subject = french_typography(subject)
        paragraphs = [french_typography(p) for p in paragraphs]
    return Filled(subject, paragraphs)


def french_typography(text: str) -> str:
    """Narrow no-break spaces before ; : ! ? » and after « (French typography)."""
    text = re.sub(r"[ \u00a0]([;:!?»])", "\u202f\\1", text)
    return re.sub(r"«[ \u00a0]", "«\u202f", text)


MONTHS = {
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


def date_in_words(day: date, language: str) -> str:
    """'22 novembre 2026', '1er mars 2026', '22 November 2026' (not locale-dependent)."""
    number = "1er" if language == "fr" and day.day == 1 else str(day.day)
    return f"{number} {MONTHS[language][day.month - 1]} {day.year}"


def dateline(city: str, day: date, language: str) -> str:
    """'L'Aigle, le 22 novembre 2026' or 'L'Aigle, 22 November 2026'."""
    words = date_in_words(day, language)
    if language == "fr":
        return f"{city}, le {words}" if city else f"Le {words}"
    return f"{city}, {words}" if city else words
