"""Reports and registers as the command line asks for them (its file formats, its organisation by default),
beside the Workbench's: each one transaction through the same service as the window's."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.hashchain import Checkpoint
from ..domain.request_import import guess_mapping
from .workbench import Workbench

if TYPE_CHECKING:
    from ..services.integrity import IntegrityReport
    from ..services.request_import import Mapping, SheetTable


def key_figures(summary: Any, language: str) -> list[tuple[str, str]]:
    """The activity report's key figures, as its first page says them."""
    from ..renderers.activity_pdf import key_figures as figures

    return list(figures(summary, language))


def register_of(bench: Workbench, organisation_code: str | None) -> list[Any]:
    """The processing activities of that organisation (None: the only one)."""
    from ..services import register

    with bench.case.reader(orm=True) as read:
        return list(register.activities(read.orm, organisation_code))


def set_internal_contact(bench: Workbench, organisation_code: str | None, activity: str, address: str) -> None:
    """Who answers for that activity inside the organisation (None: the first organisation)."""
    from ..services.organisations import list_organisations
    from ..services.relays import set_internal_contact as set_contact

    with bench.case.unit_of_work() as session:
        code = organisation_code or list_organisations(session)[0].code
        set_contact(session, code, activity, address, user=bench.user)


def import_register_json(bench: Workbench, path: Path, organisation_code: str | None) -> int:
    """Replace the register with a JSON register file; returns how many activities."""
    from ..services import register

    with bench.case.unit_of_work() as session:
        return register.import_register(session, path, organisation_code, user=bench.user)


def import_register_spreadsheet(bench: Workbench, organisation_code: str | None, data: bytes, filename: str) -> Any:
    return bench.import_register_spreadsheet(organisation_code, data, filename)  # type: ignore[arg-type]


def export_register_spreadsheet(
    bench: Workbench, organisation_code: str | None, filename: str, *, layout: str, language: str
) -> tuple[bytes, str]:
    """The register as a spreadsheet, and the organisation's code."""
    from ..services import register

    with bench.case.reader(orm=True) as read:
        data = register.export_register_spreadsheet(
            read.orm,
            organisation_code,
            filename,
            layout=layout,
            language=language,
        )
        return data, register.get_organisation(read.orm, organisation_code).code


def export_register_json(bench: Workbench, organisation_code: str | None) -> dict[str, Any]:
    from ..services import register

    with bench.case.reader(orm=True) as read:
        return register.export_register(read.orm, organisation_code)


def import_mapping(data: bytes) -> Mapping:
    """A mapping of columns to fields, from its JSON file."""
    from ..services.request_import import mapping_from_file

    return mapping_from_file(data)


def mapping_for_organisation(bench: Workbench, table: SheetTable, mapping: Mapping | None, code: str) -> Mapping:
    """The mapping given, else the one remembered for these headings, else guessed; for organisation `code`."""
    from ..services.request_import import remembered_mapping

    with bench.case.reader(orm=True) as read:
        base = mapping or remembered_mapping(read.orm, table.headers) or guess_mapping(table.headers)
    return replace(base, organisation=code.strip().upper())


def verify(bench: Workbench, expect: list[str], *, since_checkpoint: bool = False) -> IntegrityReport:
    """The case file checked (its history chain against the checkpoints in `expect`); ValueError
    when a checkpoint is not written as one. `since_checkpoint`: only what came since the last
    checkpoint such a check recorded, then the new one recorded (services/integrity.py)."""
    from ..services.integrity import verify_case_file

    checkpoints = [Checkpoint.parse(text) for text in expect]
    return verify_case_file(
        bench.case, expect=checkpoints, since_checkpoint_by=bench.user if since_checkpoint else None
    )


def activity_of(bench: Workbench, start: date, end: date, organisation_code: str | None) -> tuple[Any, Any, str]:
    """The activity report's figures, its facts, and the organisation's name ('' for all)."""
    summary, facts = bench.activity(start, end, organisation_code)
    name = bench.organisation(organisation_code)[0].legal_name if organisation_code else ""
    return summary, facts, name


def activity_pdf(summary: Any, language: str, organisation: str) -> bytes:
    """The activity report as PDF (`organisation` its name, '' for all)."""
    from ..renderers.activity_pdf import render_activity

    return render_activity(summary, language=language, organisation=organisation)
