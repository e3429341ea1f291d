"""Identity verification of the data subject (Art. 12(6), EDPB 01/2022 §§70-79)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class IdentityState(StrEnum):
    NOT_NEEDED = "not_needed"
    REQUESTED = "requested"
    RECEIVED = "received"
    VERIFIED = "verified"
    FAILED = "failed"


class VerificationMethod(StrEnum):
    EMAIL_MATCH = "email_match"
    CUSTOMER_NUMBER = "customer_number"
    DOCUMENT_CHECKED = "document_checked"
    IN_PERSON = "in_person"
    OTHER = "other"


IDENTITY_TRANSITIONS: dict[IdentityState, frozenset[IdentityState]] = {
    IdentityState.NOT_NEEDED: frozenset({IdentityState.REQUESTED, IdentityState.VERIFIED}),
    IdentityState.REQUESTED: frozenset({IdentityState.RECEIVED, IdentityState.VERIFIED, IdentityState.FAILED}),
    IdentityState.RECEIVED: frozenset({IdentityState.VERIFIED, IdentityState.FAILED, IdentityState.REQUESTED}),
    IdentityState.VERIFIED: frozenset(),
    IdentityState.FAILED: frozenset({IdentityState.REQUESTED}),
}


class IdentityError(ValueError):
    """An identity step that is not allowed, with the reason in words."""


def check_identity_step(current: IdentityState, new: IdentityState) -> None:
    if new not in IDENTITY_TRANSITIONS[current]:
        raise IdentityError(
            f"Identity cannot go from {current.value.replace('_', ' ')} to {new.value.replace('_', ' ')}."
        )


def verification_note(method: VerificationMethod, on: str, by: str) -> str:
    """What stays on file once an ID copy is destroyed (EDPB §79: 'ID card was checked')."""
    if method is VerificationMethod.DOCUMENT_CHECKED:
        return f"Identity document checked on {on} by {by}; the copy was destroyed."
    return f"Identity verified on {on} by {by} ({method.value.replace('_', ' ')})."


# The method in the words of a note, per language (the stored note itself is written in English).
METHOD_WORDS = {
    "en": {
        "email_match": "email matches the account",
        "customer_number": "customer number matches",
        "document_checked": "ID document checked",
        "in_person": "seen in person",
        "other": "other means",
    },
    "fr": {
        "email_match": "courriel identique à celui du compte",
        "customer_number": "numéro de client concordant",
        "document_checked": "pièce d’identité vérifiée",
        "in_person": "vue en personne",
        "other": "autre moyen",
    },
}
_NOTE = re.compile(
    r"Identity (?:document checked|verified) on (?P<on>\d{4}-\d{2}-\d{2}) by (?P<by>.+?)"
    r"(?:; the copy was destroyed\.| \((?P<method>[a-z ]+)\)\.)"
)


@dataclass(frozen=True, slots=True)
class VerificationFacts:
    """What a verification note says: how, when and by whom (to say it in the reader's language)."""

    method: VerificationMethod
    on: date
    by: str


def verification_facts(note: str) -> VerificationFacts | None:
    """The facts of a note written by `verification_note`; None for any other text (e.g. a failure's reason)."""
    found = _NOTE.fullmatch(note.strip())
    if found is None:
        return None
    try:
        method = VerificationMethod((found["method"] or "document checked").replace(" ", "_"))
        return VerificationFacts(method, date.fromisoformat(found["on"]), found["by"])
    except ValueError:
        return None


def note_in(note: str, language: str, day_words: Callable[[date], str]) -> str:
    """A verification note in French or English (its date written by `day_words`); other notes as they are."""
    facts = verification_facts(note)
    if facts is None:
        return note
    day = day_words(facts.on)
    if facts.method is VerificationMethod.DOCUMENT_CHECKED:
        if language == "fr":
            return f"Pièce d’identité vérifiée le {day} par {facts.by}\u202f; la copie a été détruite."
        return f"Identity document checked on {day} by {facts.by}; the copy was destroyed."
    method = METHOD_WORDS["fr" if language == "fr" else "en"][facts.method.value]
    if language == "fr":
        return f"Identité vérifiée le {day} par {facts.by} ({method})."
    return f"Identity verified on {day} by {facts.by} ({method})."
