"""Importing a register of requests kept in a spreadsheet (XLSX, ODS, CSV).

Every row is read first; the readable ones are then logged in one transaction (all of them or, if the
file cannot be written, none), each fully or not at all, and the others listed with their reason. The
deadlines of open requests are computed as for any request; the history says each came from the file.
The mapping used is remembered in the case file for spreadsheets with the same headings.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.request_import import Mapping, MappingError, RowProblem, RowRequest, guess_mapping, read_rows
from ..domain.statuses import Status, closing_day
from ..explained import Words
from ..storage.models import ImportedRow, Meta, Organisation
from . import events
from .cases import NewRequest, PersonInput, _refresh_deadlines, add_request, load_request
from .errors import QT_TRANSLATE_NOOP, ActionRefused
from .organisations import get_organisation

MAPPING_KEY = "import_mapping:"


@dataclass(frozen=True)
class SheetTable:
    """The sheet chosen in the file: its headings and rows (the headings' row number as shown)."""

    filename: str
    sha256: str
    sheet: str
    headers: list[str]
    rows: list[list[object]]
    header_row: int = 1


@dataclass
class ImportPreview:
    table: SheetTable
    mapping: Mapping
    problems: list[str]  # of the mapping itself: nothing can be imported while there are any
    readable: list[RowRequest] = field(default_factory=list)
    unreadable: list[RowProblem] = field(default_factory=list)


@dataclass
class ImportReport:
    imported: list[tuple[int, str]]  # (row, new reference)
    unreadable: list[RowProblem]
    already: list[tuple[int, str]]  # (row, reference it was imported as before)


def read_table(data: bytes, filename: str) -> SheetTable:
    """The first sheet that has a row of headings (the row with most filled cells in the first ten)."""
    from ..spreadsheets import SpreadsheetError, read_sheets

    try:
        sheets = read_sheets(data, filename)
    except SpreadsheetError as exc:
        raise ActionRefused(str(exc)) from None
    for sheet in sheets:
        if not sheet.rows:
            continue
        top = sheet.rows[:10]
        at = max(range(len(top)), key=lambda i: sum(1 for v in top[i] if v not in (None, "")))
        headers = [str(v).strip() if v is not None else "" for v in sheet.rows[at]]
        if sum(1 for h in headers if h) >= 2:
            return SheetTable(
                filename, hashlib.sha256(data).hexdigest(), sheet.name, headers, sheet.rows[at + 1 :], at + 1
            )
    raise ActionRefused(
        QT_TRANSLATE_NOOP("Services", "{name} has no row of column headings to import requests from."), name=filename
    )


def _signature(headers: list[str]) -> str:
    return MAPPING_KEY + hashlib.sha256("\x1f".join(h for h in headers if h).encode()).hexdigest()[:32]


def remembered_mapping(session: Session, headers: list[str]) -> Mapping | None:
    value = session.scalar(select(Meta.value).where(Meta.key == _signature(headers)))
    if value is None:
        return None
    try:
        return Mapping.from_json(json.loads(value))
    except (MappingError, ValueError):
        return None


def remember_mapping(session: Session, headers: list[str], mapping: Mapping) -> None:
    key, value = _signature(headers), json.dumps(mapping.as_json(), ensure_ascii=False)
    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=value))
    else:
        row.value = value


def mapping_from_file(data: bytes) -> Mapping:
    try:
        return Mapping.from_json(json.loads(data.decode("utf-8-sig")))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ActionRefused(QT_TRANSLATE_NOOP("Services", "The mapping file is not JSON ({exc})."), exc=exc) from None
    except MappingError as exc:
        raise ActionRefused(str(exc)) from None


def preview(session: Session, table: SheetTable, mapping: Mapping | None, *, today: date) -> ImportPreview:
    """What an import would do with `mapping` (else the remembered one, else one guessed from headings)."""
    chosen = mapping or remembered_mapping(session, table.headers) or guess_mapping(table.headers)
    problems = chosen.missing(table.headers)
    codes = {o.code for o in session.scalars(select(Organisation))}
    if chosen.organisation and chosen.organisation not in codes:
        problems.append(
            Words(
                QT_TRANSLATE_NOOP("Services", "organisation {code}: not in this case file ({known})"),
                code=chosen.organisation,
                known=", ".join(sorted(codes)),
            )
        )
    result = ImportPreview(table, chosen, problems)
    if problems:
        return result
    for item in read_rows(table.headers, table.rows, chosen, today=today, first_row=table.header_row + 1):
        if isinstance(item, RowProblem):
            result.unreadable.append(item)
            continue
        organisation = item.organisation or (next(iter(codes)) if len(codes) == 1 else None)
        if organisation is None:
            result.unreadable.append(
                RowProblem(
                    item.row,
                    (
                        Words(
                            QT_TRANSLATE_NOOP(
                                "Services", "which organisation? map an organisation column or choose one for every row"
                            )
                        ),
                    ),
                )
            )
        elif organisation not in codes:
            result.unreadable.append(
                RowProblem(
                    item.row,
                    (
                        Words(
                            QT_TRANSLATE_NOOP("Services", "organisation {code} is not in this case file"),
                            code=organisation,
                        ),
                    ),
                )
            )
        else:
            result.readable.append(item)
    return result


def import_requests(
    session: Session,
    result: ImportPreview,
    *,
    user: str,
    today: date,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Log every readable row, in the caller's transaction (one for the whole file)."""
    if result.problems:
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "The columns are not mapped yet: {problems}."),
            problems="; ".join(result.problems),
        )
    table = result.table
    done = session.execute(
        select(ImportedRow.row, ImportedRow.request_id).where(ImportedRow.source_sha256 == table.sha256)
    )
    earlier = {row: request_id for row, request_id in done}
    report = ImportReport([], list(result.unreadable), [])
    total = len(result.readable)
    for count, item in enumerate(result.readable, 1):
        if progress is not None and count % 20 == 0:
            progress(count, total)
        before = earlier.get(item.row)
        if before is None and item.reference:
            before = session.scalar(
                select(ImportedRow.request_id).where(ImportedRow.original_reference == item.reference)
            )
        if before is not None:
            from ..storage.models import Request

            found = session.get(Request, before)
            report.already.append((item.row, found.reference if found is not None else "?"))
            continue
        try:
            with session.begin_nested():  # a row is logged whole, or not at all
                report.imported.append((item.row, _log(session, table, item, user=user, today=today)))
        except ActionRefused as exc:
            report.unreadable.append(RowProblem(item.row, (Words(exc.template, **exc.values),)))
    remember_mapping(session, table.headers, result.mapping)
    if report.imported:
        events.record(
            session,
            user=user,
            kind="requests_imported",
            details={
                "file": table.filename,
                "sha256": table.sha256,
                "sheet": table.sheet,
                "imported": len(report.imported),
                "unreadable": [f"row {p.row}: {p.reason}" for p in report.unreadable],
                "already_imported": len(report.already),
            },
        )
    if progress is not None:
        progress(total, total)
    return report


def _log(session: Session, table: SheetTable, item: RowRequest, *, user: str, today: date) -> str:
    org = get_organisation(session, item.organisation)
    new = NewRequest(
        channel=item.channel,
        received_on=item.received_on,
        person=PersonInput(
            first_name=item.first_name,
            last_name=item.last_name,
            emails=item.emails,
            postal_address=item.address,
            identifiers=dict(item.identifiers),
        ),
        rights=item.rights,
        summary=item.summary,
        registered_mail_no=item.registered_mail_no,
        assignee=item.assignee,
        organisation_code=org.code,
    )
    outcome = add_request(session, new, user=user, today=today)
    request = load_request(session, outcome.reference)
    session.add(
        ImportedRow(
            request_id=request.id,
            source=table.filename,
            source_sha256=table.sha256,
            row=item.row,
            original_reference=item.reference,
            imported_at=events.now(session),
        )
    )
    events.record(
        session,
        user=user,
        kind="note",
        request=request,
        details={
            "text": f"Imported from {table.filename}, sheet {table.sheet}, row {item.row}"
            + (f" (reference there: {item.reference})" if item.reference else "")
        },
    )
    if item.extended:
        on = item.extended_on or item.received_on
        request.extended, request.extended_on = True, on
        events.record(
            session,
            user=user,
            kind="extended",
            request=request,
            details={"on": on.isoformat(), "reason": "", "imported": True},
        )
    status = item.status
    steps: list[tuple[Status, date | None]] = []
    if status in (Status.ANSWERED, Status.REFUSED, Status.PARTIALLY_REFUSED, Status.WITHDRAWN):
        steps.append((status, item.answered_on or item.closed_on))
    elif status is Status.CLOSED:
        if item.answered_on is not None:
            steps.append((Status.ANSWERED, item.answered_on))
        steps.append((Status.CLOSED, item.closed_on or item.answered_on))
    elif status is not Status.RECEIVED:
        steps.append((status, item.received_on))
    current = Status.RECEIVED
    for step, stepped_on in steps:
        request.status, request.is_open = step.value, step.is_open
        if step in (Status.REFUSED, Status.PARTIALLY_REFUSED, Status.WITHDRAWN):
            request.status_reason = item.reason
        if step in (Status.ANSWERED, Status.REFUSED, Status.PARTIALLY_REFUSED) and stepped_on is not None:
            request.answered_on = stepped_on
        if stepped_on is not None:
            request.closed_on = closing_day(step, stepped_on, request.closed_on)
        events.record(
            session,
            user=user,
            kind="status_changed",
            request=request,
            details={
                "from": current.value,
                "to": step.value,
                "on": stepped_on.isoformat() if stepped_on else "",
                "reason": request.status_reason if step is not Status.CLOSED else "",
                "imported": True,
            },
        )
        current = step
    _refresh_deadlines(request, today)
    return request.reference
