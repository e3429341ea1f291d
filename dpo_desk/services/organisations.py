"""Controllers held in a case file."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.calendars import parse_region
from ..domain.deadlines import ExtensionRule
from ..domain.envelope import parse_side
from ..domain.references import normalise_code
from ..domain.retention import MAX_RETENTION_YEARS, MIN_RETENTION_YEARS
from ..storage.models import Organisation
from . import events
from .cases import refresh_open_deadlines
from .errors import QT_TRANSLATE_NOOP, ActionRefused
from .members import require_dpo
from .organisation_lookup import get_organisation
from .views import KEEP, Keep, OrganisationInput


def _validate(data: OrganisationInput) -> str:
    """The region's stored identifier; raises ActionRefused/ValueError in words otherwise."""
    if not data.legal_name.strip():
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "An organisation needs its legal name.",
            )
        )
    if data.letter_language not in ("fr", "en"):
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Letters can be written in French (fr) or English (en).",
            )
        )
    try:
        ExtensionRule(data.extension_rule)
    except ValueError:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The extension rule is 'standard' or 'conservative'.",
            )
        ) from None
    if not 0 <= data.grace_days <= 31:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The delay for asking for information must be between 0 and 31 days.",
            )
        )
    if not MIN_RETENTION_YEARS <= data.retention_years <= MAX_RETENTION_YEARS:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Closed cases are kept between {minimum} and {maximum} years.",
            ),
            minimum=MIN_RETENTION_YEARS,
            maximum=MAX_RETENTION_YEARS,
        )
    try:
        parse_side(data.envelope_window)
    except ValueError:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The envelope's window is on the right or on the left.",
            )
        ) from None
    return parse_region(data.holiday_region).value


_EDITABLE = (
    "legal_name",
    "address",
    "city",
    "dpo_name",
    "dpo_email",
    "dpo_address",
    "signatory_name",
    "signatory_title",
    "letter_language",
    "supervisory_authority",
    "holiday_region",
    "extension_rule",
    "grace_days",
    "retention_years",
    "envelope_window",
    "count_customary_days",
)


def _settings(data: OrganisationInput, region: str) -> dict[str, object]:
    """The stored settings of `data`: text trimmed, the region as its stored identifier."""
    values = {name: getattr(data, name) for name in _EDITABLE}
    values = {name: value.strip() if isinstance(value, str) else value for name, value in values.items()}
    values["holiday_region"] = region
    values["envelope_window"] = parse_side(data.envelope_window).value
    values["count_customary_days"] = bool(data.count_customary_days)
    return values


def add_organisation(session: Session, data: OrganisationInput, *, user: str) -> Organisation:
    require_dpo(session, user, QT_TRANSLATE_NOOP("Services", "change an organisation's settings"))
    code = normalise_code(data.code)
    region = _validate(data)
    if session.scalar(select(Organisation.id).where(Organisation.code == code)) is not None:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "An organisation with the code {code} already exists in this case file.",
            ),
            code=code,
        )
    org = Organisation(code=code, created_at=events.now(session), **_settings(data, region))
    session.add(org)
    session.flush()
    events.record(session, user=user, kind="organisation_added", details={"code": code, "legal_name": org.legal_name})
    return org


def list_organisations(session: Session) -> list[Organisation]:
    return list(session.scalars(select(Organisation).order_by(Organisation.code)).all())


_DEADLINE_FIELDS = {"holiday_region", "extension_rule", "count_customary_days"}
SIGNATURE_MAX_BYTES = 2 * 1024 * 1024


def update_organisation(
    session: Session,
    code: str,
    data: OrganisationInput,
    *,
    user: str,
    today: date,
    signature_image: bytes | Keep | None = KEEP,
) -> list[str]:
    """Save an organisation's settings; returns the names of the fields that changed.

    A new holiday region or extension rule changes the deadlines of its open requests, which are
    recomputed in the same transaction.
    """
    require_dpo(session, user, QT_TRANSLATE_NOOP("Services", "change an organisation's settings"))
    org = get_organisation(session, code)
    region = _validate(data)
    new_values = _settings(data, region)
    changed = [name for name, value in new_values.items() if getattr(org, name) != value]
    for name in changed:
        setattr(org, name, new_values[name])
    if not isinstance(signature_image, Keep):
        if signature_image is not None and len(signature_image) > SIGNATURE_MAX_BYTES:
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The signature image is larger than 2 MB; scan it at a lower resolution.",
                )
            )
        if signature_image != org.signature_image:
            org.signature_image = signature_image
            changed.append("signature_image")
    if not changed:
        return []
    session.flush()
    recomputed = 0
    if _DEADLINE_FIELDS & set(changed):
        recomputed = refresh_open_deadlines(session, org, today)
    events.record(
        session,
        user=user,
        kind="organisation_changed",
        details={"code": org.code, "fields": changed, "deadlines_recomputed": recomputed},
    )
    return changed
