"""What a letter says about its case: the blocks built from what was recorded, and its enclosures.

A letter whose facts are not recorded yet is refused, saying what to record first: the letter
would otherwise state something nobody decided.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from ..domain import letter_blocks as blocks
from ..domain.completeness import missing_extracts
from ..domain.letter_facts import CaseFacts, ObjectionOutcome
from ..domain.letters import LetterKind
from ..storage.models import Request
from .answers import case_facts
from .errors import QT_TRANSLATE_NOOP, ActionRefused

ENCLOSURE_WORDS = {
    "fr": {
        "report": "rapport d’accès à vos données personnelles ({name})",
        "copy": "copie du document {name}",
        "bundle": "vos données dans un fichier ZIP (portabilité)",
    },
    "en": {
        "report": "report on access to your personal data ({name})",
        "copy": "copy of the document {name}",
        "bundle": "your data in a ZIP file (portability)",
    },
}


def _authority_inline(request: Request) -> str:
    return ", ".join(line.strip() for line in request.organisation.supervisory_authority.splitlines() if line.strip())


def content_values(
    session: Session, request: Request, kind: LetterKind, language: str, today: date
) -> tuple[dict[str, str], list[str]]:
    """(the placeholders' values built from the case's facts, the enclosures) for a letter of `kind`."""
    authority = _authority_inline(request)
    values = {
        "authority": blocks.authority_words(language, authority),
        "remedies": blocks.remedies(language, authority),
    }
    enclosures: list[str] = []
    facts = case_facts(session, request.reference)
    words = ENCLOSURE_WORDS[language]
    if kind is LetterKind.ACCESS_RESPONSE:
        _access_ready(request, facts)
        values["enclosed"] = blocks.access_enclosed(language, facts)
        enclosures.append(words["report"].format(name=facts.reports[-1]))
        enclosures += [words["copy"].format(name=name) for name in facts.copies]
    elif kind is LetterKind.NO_DATA:
        _no_data_ready(request, facts)
        values["checked"] = blocks.no_data(language, facts)
    elif kind is LetterKind.ERASURE_DONE:
        if facts.erasure is None:
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "Record what was erased and what is kept first (dpo-desk decide-erasure {reference}, or Letters → "
                    "Record answer → Erasure decided…): the letter states that decision.",
                ),
                reference=request.reference,
            )
        outcome = blocks.erasure_outcome(language, facts.erasure)
        if facts.erasure.kept:  # keeping data is a partial refusal (Art. 12(4))
            outcome += "\n\n" + values["remedies"]
        values["erasure_outcome"] = outcome
        values["recipients_outcome"] = _recipients(request, facts, language, "erasure")
    elif kind is LetterKind.RECTIFICATION_DONE:
        values["recipients_outcome"] = _recipients(request, facts, language, "rectification")
    elif kind is LetterKind.RESTRICTION_APPLIED:
        values["recipients_outcome"] = _recipients(request, facts, language, "restriction")
    elif kind is LetterKind.RESTRICTION_LIFT:
        lift = facts.restriction_lift
        if lift is None:
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "Record when and why the restriction is to be lifted first (dpo-desk lift-restriction "
                    "{reference}).",
                ),
                reference=request.reference,
            )
        if lift.on <= today:
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The person is told before the restriction is lifted (Art. 18(3)); it was to be lifted on {on}: "
                    "record a later day.",
                ),
                on=lift.on.isoformat(),
            )
        values["restriction_lift_outcome"] = blocks.restriction_lift_outcome(language, lift.on, lift.reason)
    elif kind is LetterKind.OBJECTION_DONE:
        if facts.objection is None:
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "Record which objection this is and what was decided first (dpo-desk decide-objection "
                    "{reference}): direct marketing, or another processing (Art. 21(1)).",
                ),
                reference=request.reference,
            )
        outcome = blocks.objection_outcome(language, facts.objection)
        if facts.objection.outcome is ObjectionOutcome.CONTINUES:
            outcome += "\n\n" + values["remedies"]
        values["objection_outcome"] = outcome
    elif kind is LetterKind.MANIFESTLY_UNFOUNDED:
        if facts.unfounded is None:
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "Record the Art. 12(5) decision first (dpo-desk decide-unfounded {reference}): manifestly "
                    "unfounded or excessive, the reasons, and refusal or a fee.",
                ),
                reference=request.reference,
            )
        values["unfounded_outcome"] = blocks.unfounded_outcome(language, facts.unfounded, authority)
    elif kind is LetterKind.AUTOMATED_DECISION:
        if facts.automated is None:
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "Record first whether a decision about the person is automated (dpo-desk decide-automated "
                    "{reference} --none, or --logic, --significance and --consequences).",
                ),
                reference=request.reference,
            )
        values["automated_outcome"] = blocks.automated_outcome(
            language, facts.automated, request.organisation.dpo_email
        )
    elif kind is LetterKind.PORTABILITY_RESPONSE:
        _ticked_first(request, facts)
        provided = [s for s in facts.extract_sources.values() if s.provided_by_person and s.activity in facts.portable]
        if provided and not facts.bundles:
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "Make the portability bundle first (dpo-desk export {reference} -o FILE.zip): the letter "
                    "encloses it.",
                ),
                reference=request.reference,
            )
        values["portability_outcome"] = blocks.portability_outcome(language, facts, authority)
        if provided:
            enclosures.append(words["bundle"])
    return values, enclosures


def _ticked_first(request: Request, facts: CaseFacts) -> None:
    if not facts.activities:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Tick the processing activities that concern the person first (dpo-desk activities {reference} "
                "NAME...): the letter answers for each of them.",
            ),
            reference=request.reference,
        )


def _access_ready(request: Request, facts: CaseFacts) -> None:
    """Art. 15: every ticked activity has its extract or a reason, and the report to enclose was made."""
    _ticked_first(request, facts)
    problems = missing_extracts(facts)
    if problems:
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "The access answer is not complete yet: {problems}."),
            problems="; ".join(problems),
        )
    if not facts.extracts:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "No data about the person was found in any activity: write the no_data letter (we hold no data "
                "about you) instead of the access response.",
            )
        )
    if not facts.reports:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Make the access report first (dpo-desk report {reference} -o FILE.pdf, or Activities → Access "
                "report…): the letter encloses it.",
            ),
            reference=request.reference,
        )


def _no_data_ready(request: Request, facts: CaseFacts) -> None:
    _ticked_first(request, facts)
    if facts.extracts:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "{reference} has data extracts attached: answer with the access response, not with no_data.",
            ),
            reference=request.reference,
        )
    unchecked = [a for a in facts.activities if a not in facts.extract_reasons]
    if unchecked:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Record, for each ticked activity, that it holds no data about the person and the day it was "
                "checked (dpo-desk extract-reason): {activities}.",
            ),
            activities=", ".join(unchecked),
        )


def _recipients(request: Request, facts: CaseFacts, language: str, what: str) -> str:
    """Art. 19: every recipient of the ticked activities is accounted for before the letter says so."""
    _ticked_first(request, facts)
    missing = [r.name for r in facts.recipients if r.name not in facts.notices]
    if missing:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Record for each recipient whether it was notified, and when, or why that is impossible or would "
                "take disproportionate effort (Art. 19; dpo-desk notify-recipient {reference} NAME): {names}.",
            ),
            reference=request.reference,
            names="; ".join(missing),
        )
    return blocks.recipients_outcome(language, facts, what)
