"""Reading, replacing and exporting an organisation's register of processing activities."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.register import (
    Activity,
    RegisterError,
    activity_from_json,
    register_from_json,
    register_to_json,
    suggest_activities,
)
from ..domain.register_sheets import RegisterImport, cnil_sheets, read_register, register_table
from ..storage.models import ProcessingActivity, RequestActivity
from . import events
from .cases import load_request
from .errors import QT_TRANSLATE_NOOP, ActionRefused
from .members import require_dpo
from .organisations import get_organisation


def activities(session: Session, organisation_code: str | None) -> list[Activity]:
    org = get_organisation(session, organisation_code)
    rows = session.scalars(
        select(ProcessingActivity)
        .where(ProcessingActivity.organisation_id == org.id)
        .order_by(ProcessingActivity.position)
    )
    return [activity_from_json({"name": row.name, **row.data}, f"Activity {row.name!r}", strict=False) for row in rows]


def replace_register(session: Session, organisation_code: str | None, new: list[Activity], *, user: str) -> int:
    """The organisation's register becomes `new` (an import), recorded in the history."""
    require_dpo(session, user, QT_TRANSLATE_NOOP("Services", "change the register of processing activities"))
    org = get_organisation(session, organisation_code)
    session.execute(delete(ProcessingActivity).where(ProcessingActivity.organisation_id == org.id))
    for position, activity in enumerate(new):
        data = activity.as_json()
        name = data.pop("name")
        session.add(ProcessingActivity(organisation_id=org.id, position=position, name=name, data=data))
    events.record(
        session, user=user, kind="register_replaced", details={"code": org.code, "activities": [a.name for a in new]}
    )
    return len(new)


def import_register(session: Session, path: Path, organisation_code: str | None, *, user: str) -> int:
    try:
        document: Any = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Cannot read {path}: {why}.",
            ),
            path=path,
            why=exc.strerror or exc,
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "{name} is not a JSON register file ({exc}).",
            ),
            name=path.name,
            exc=exc,
        ) from None
    try:
        code, parsed = register_from_json(document)
    except RegisterError as exc:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "{name}: {exc}",
            ),
            name=path.name,
            exc=exc,
        ) from None
    return replace_register(session, organisation_code or code, parsed, user=user)


def export_register(session: Session, organisation_code: str | None) -> dict[str, Any]:
    org = get_organisation(session, organisation_code)
    return register_to_json(org.code, activities(session, org.code))


def concerned(session: Session, reference: str) -> list[Activity]:
    """The activities of the register ticked for a request, in register order."""
    request = load_request(session, reference)
    names = set(session.scalars(select(RequestActivity.activity_name).where(RequestActivity.request_id == request.id)))
    return [a for a in activities(session, request.organisation.code) if a.name in names]


def set_concerned(session: Session, reference: str, names: list[str], *, user: str) -> None:
    """Tick which activities concern the person (they drive the access report)."""
    request = load_request(session, reference)
    known = {a.name for a in activities(session, request.organisation.code)}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Not in {code}'s register: {unknown}. Known: {known}.",
            ),
            code=request.organisation.code,
            unknown=", ".join(unknown),
            known=", ".join(sorted(known)),
        )
    session.execute(delete(RequestActivity).where(RequestActivity.request_id == request.id))
    for name in dict.fromkeys(names):
        session.add(RequestActivity(request_id=request.id, activity_name=name))
    events.record(session, user=user, kind="activities_ticked", request=request, details={"activities": names})


def suggested(session: Session, reference: str) -> list[str]:
    """Activities suggested for a request, from its words and identifiers (the DPO confirms)."""
    request = load_request(session, reference)
    identifiers = " ".join(f"{k} {v}" for k, v in request.person.identifiers.items())
    words = " ".join([request.summary, identifiers, *(r.right for r in request.rights)])
    return suggest_activities(words, activities(session, request.organisation.code))


# Spreadsheets (XLSX, ODS, CSV) ------------------------------------------------------------------


def read_register_spreadsheet(data: bytes, filename: str) -> RegisterImport:
    """What a spreadsheet register holds, before anything is replaced (the window shows it first)."""
    from ..spreadsheets import SpreadsheetError, read_sheets

    try:
        sheets = read_sheets(data, filename)
        found = read_register([(sheet.name, sheet.rows) for sheet in sheets])
    except (SpreadsheetError, ValueError) as exc:
        raise ActionRefused(QT_TRANSLATE_NOOP("Services", "{name}: {exc}"), name=filename, exc=exc) from None
    if not found.activities:
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "{name} holds no processing activity with a name."), name=filename
        )
    return found


def import_register_spreadsheet(
    session: Session, data: bytes, filename: str, organisation_code: str | None, *, user: str
) -> RegisterImport:
    """Replace the organisation's register by the spreadsheet's, in one step; what did not map is returned."""
    found = read_register_spreadsheet(data, filename)
    replace_register(session, organisation_code, found.activities, user=user)
    events.record(
        session,
        user=user,
        kind="register_imported",
        details={
            "code": get_organisation(session, organisation_code).code,
            "file": filename,
            "layout": found.layout,
            "unmapped": found.unmapped,
            "incomplete": found.incomplete,
        },
    )
    return found


def export_register_spreadsheet(
    session: Session, organisation_code: str | None, filename: str, *, layout: str = "table", language: str = "fr"
) -> bytes:
    """The register as XLSX, ODS or CSV: DPO Desk's table, or the CNIL model's register of fiches."""
    from ..spreadsheets import Sheet, SpreadsheetError, kind_of, write

    try:
        kind = kind_of(filename)
    except SpreadsheetError as exc:
        raise ActionRefused(str(exc)) from None
    org = get_organisation(session, organisation_code)
    found = activities(session, org.code)
    widths: list[float] = [34, 30, 40, 30, 34, 34, 30, 26, 30, 22, 26, 26]
    if layout == "cnil":
        if kind == ".csv":
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services", "The CNIL model has a sheet per activity: export it as .xlsx or .ods, not .csv."
                )
            )
        about = [
            ("Organisme" if language == "fr" else "Organisation", org.legal_name),
            ("Adresse" if language == "fr" else "Address", org.address),
            ("Délégué à la protection des données" if language == "fr" else "Data Protection Officer", org.dpo_name),
            ("Courriel du DPO" if language == "fr" else "DPO's email", org.dpo_email),
        ]
        sheets = [Sheet(name, rows, [38, 70]) for name, rows in cnil_sheets(found, language, about)]
        sheets[0].widths = [38, 12, 50, 30, 18]
    else:
        title = "Registre" if language == "fr" else "Register"
        sheets = [Sheet(title, register_table(found, language), widths)]
    return write(sheets, filename)
