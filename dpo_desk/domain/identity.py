"""Identity verification of the data subject (Art. 12(6), EDPB 01/2022 §§70-79)."""

from __future__ import annotations

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
