"""Requests made through someone else, and post-mortem directives (domain/proxies.py, LIL art. 85).

Recorded at intake; the identity check covers both people: the person's identity is verified only
once the requester's identity and authority (mandate, parental authority or guardianship, or for an
heir the proofs of the death and of being heir) were checked.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from ..domain.civility import parse_civility
from ..domain.proxies import DirectivesKind, OnBehalf, parse_directives, parse_on_behalf
from ..storage.models import Request
from . import events
from .errors import QT_TRANSLATE_NOOP, ActionRefused
from .views import DirectivesInput, ProxyInput


def _kind(value: str) -> OnBehalf:
    try:
        kind = parse_on_behalf(value)
    except ValueError:
        kind = None
    if kind is None or kind is OnBehalf.SELF:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Someone acting for the person is a representative, a parent or guardian, or an heir, not “{value}”.",
            ),
            value=value,
        )
    return kind


def record_proxy(session: Session, request: Request, proxy: ProxyInput, *, user: str) -> None:
    """Who made the request for the person, where to answer them, and the proofs received so far."""
    kind = _kind(proxy.kind)
    if not proxy.name.strip():
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "Say who made the request on the person's behalf: their name.")
        )
    if not (proxy.address.strip() or proxy.email.strip()):
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Say where to answer whoever made the request on the person's behalf: a postal or email address.",
            )
        )
    try:
        civility = parse_civility(proxy.civility)
    except ValueError:
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "The civility is Madame, Monsieur or none, not “{value}”."),
            value=proxy.civility,
        ) from None
    request.on_behalf = kind.value
    request.requester_name = proxy.name.strip()
    request.requester_civility = civility.value
    request.requester_address = proxy.address.strip()
    request.requester_email = proxy.email.strip().lower()
    request.authority_proof = proxy.authority_proof.strip()
    request.death_proof = proxy.death_proof.strip()
    events.record(
        session,
        user=user,
        kind="on_behalf_recorded",
        request=request,
        details={
            "on_behalf": kind.value,
            "requester": request.requester_name,
            "authority_proof": request.authority_proof,
            "death_proof": request.death_proof,
        },
    )


def check_authority(
    session: Session,
    request: Request,
    *,
    authority_proof: str,
    death_proof: str = "",
    user: str,
    on: date,
    today: date,
) -> None:
    """The requester's identity and authority were checked on `on`, on these proofs."""
    kind = OnBehalf(request.on_behalf or "")
    if kind is OnBehalf.SELF:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "{reference} was made by the person themselves; there is no one else's authority to check.",
            ),
            reference=request.reference,
        )
    if on > today:
        raise ActionRefused(QT_TRANSLATE_NOOP("Services", "{on} is in the future."), on=on)
    proof = authority_proof.strip() or request.authority_proof
    death = death_proof.strip() or request.death_proof
    if not proof:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Say which proof of {name}'s identity and authority was checked (a mandate, the parental "
                "authority or guardianship order, the heir's certificate).",
            ),
            name=request.requester_name,
        )
    if kind.needs_death_proof and not death:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "An heir acts on proof of the death too (LIL art. 85-II): say which (e.g. the death certificate).",
            )
        )
    request.authority_proof, request.death_proof = proof, death
    request.authority_checked_on, request.authority_checked_by = on, user
    events.record(
        session,
        user=user,
        kind="authority_checked",
        request=request,
        details={"on": on.isoformat(), "authority_proof": proof, "death_proof": death},
    )


def require_authority_checked(request: Request) -> None:
    """Before the person's identity counts as verified, whoever acted for them was checked too."""
    kind = OnBehalf(request.on_behalf or "")
    if kind is not OnBehalf.SELF and request.authority_checked_on is None:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "{name} made this request on the person's behalf: check their identity and authority first "
                "(Authority checked…, or dpo-desk authority); the identity check covers both people.",
            ),
            name=request.requester_name,
        )


def record_directives(session: Session, request: Request, directives: DirectivesInput, *, user: str) -> None:
    """General directives (a certified trusted third party holds them) or particular ones (the
    controller holds them, with the person's specific consent), told apart (LIL art. 85-I)."""
    try:
        kind = parse_directives(directives.kind)
    except ValueError:
        kind = DirectivesKind.NONE
    if kind is DirectivesKind.NONE:
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "Post-mortem directives are general or particular, not “{value}”."),
            value=directives.kind,
        )
    if kind is DirectivesKind.GENERAL and not directives.holder.strip():
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "General directives are registered with a certified digital trusted third party (LIL art. 85-I): "
                "name it.",
            )
        )
    if kind is DirectivesKind.PARTICULAR and directives.consent_on is None:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Particular directives are held by the controller with the person's specific consent (LIL art. "
                "85-I): give the day that consent was given.",
            )
        )
    request.directives_kind = kind.value
    request.directives_holder = directives.holder.strip() if kind is DirectivesKind.GENERAL else ""
    request.directives_consent_on = directives.consent_on if kind is DirectivesKind.PARTICULAR else None
    events.record(
        session,
        user=user,
        kind="directives_recorded",
        request=request,
        details={
            "kind": kind.value,
            "holder": request.directives_holder,
            "consent_on": request.directives_consent_on.isoformat() if request.directives_consent_on else "",
        },
    )
