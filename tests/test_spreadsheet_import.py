"""Coming from Excel: a register of requests imported row by row, the French way of writing dates.

Bad rows are counted and reported with their reason; a good row is logged whole or not at all; open
requests get their deadlines as if logged by hand; the mapping is remembered.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from dpo_desk.cli.main import main
from dpo_desk.domain.calendars import calendar_for, parse_region
from dpo_desk.domain.deadlines import compute_deadlines
from dpo_desk.domain.request_import import Mapping, guess_mapping, read_rows
from dpo_desk.domain.spreadsheet_dates import DateUnreadable, read_date
from dpo_desk.services import request_import
from dpo_desk.spreadsheets import Sheet, read_sheets, write
from dpo_desk.storage.casefile import CaseFile
from dpo_desk.storage.models import Event, ImportedRow, Person, Request

from .conftest import PASSPHRASE, TODAY

HEADINGS = [
    "N°",
    "Date de réception",
    "Nom",
    "Prénom",
    "Courriel",
    "Droit exercé",
    "Canal",
    "Statut",
    "Date de réponse",
]
OPEN_DAY = TODAY - timedelta(days=3)


def rows() -> list[list[object]]:
    return [
        [
            "D-001",
            datetime(2025, 3, 5),
            "Lefèvre",
            "Jeanne",
            "jeanne@example.fr",
            "Accès",
            "Courrier",
            "Clôturé",
            "02/04/2025",
        ],
        ["D-002", "31/01/2025", "DUPONT", "Marc", "", "Suppression", "mail", "Répondu", "28 février 2025"],
        ["D-003", "32/01/2025", "Martin", "Paul", "", "Accès", "", "", ""],  # no such day
        ["D-004", OPEN_DAY.strftime("%d/%m/%Y"), "Bernard", "Anne", "anne@example", "Opposition", "web", "", ""],
        ["D-005", "12/10/2026", "", "", "", "Accès", "courrier", "", ""],  # from whom?
        [
            "D-006",
            OPEN_DAY.strftime("%d/%m/%y"),
            "Petit",
            "Luc",
            "luc@example.fr",
            "Rectification",
            "téléphone",
            "En cours",
            "",
        ],
        ["D-007", "3/9/26", "Roux", "Léa", "", "Portabilité", "Courrier", "Refusé", ""],  # refused when?
        ["D-008", (TODAY + timedelta(days=2)).isoformat(), "Futur", "Jean", "", "Accès", "", "", ""],
        ["D-009", "1er mars 2025", "Moreau", "Inès", "ines@example.fr", "droit d'accès et effacement", "LRAR", "", ""],
    ]


def workbook(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Demandes RGPD"
    sheet.append(["Registre des demandes 2025-2026"])
    sheet.append([])
    sheet.append(HEADINGS)
    for row in rows():
        sheet.append(row)
    book.save(path)
    return path


def count(case: CaseFile, model) -> int:  # type: ignore[no-untyped-def]
    with case.reader(orm=True) as reading:
        return reading.orm.scalar(select(func.count()).select_from(model)) or 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05/03/2026", date(2026, 3, 5)),
        ("5/3/26", date(2026, 3, 5)),
        ("05-03-2026", date(2026, 3, 5)),
        ("05.03.2026", date(2026, 3, 5)),
        ("2026-03-05", date(2026, 3, 5)),
        ("29/02/2028", date(2028, 2, 29)),
        ("31/12/2026 14h30", date(2026, 12, 31)),
        ("1er mars 2027", date(2027, 3, 1)),
        ("mardi 5 mars 2026", date(2026, 3, 5)),
        ("31 décembre 2026", date(2026, 12, 31)),
        ("5 March 2026", date(2026, 3, 5)),
        (46086, date(2026, 3, 5)),  # a serial number: days since 30 December 1899
        (datetime(2026, 3, 5, 10, 0), date(2026, 3, 5)),
    ],
)
def test_dates_as_french_spreadsheets_write_them(text: object, expected: date) -> None:
    assert read_date(text) == expected


@pytest.mark.parametrize("text", ["29/02/2027", "31/04/2026", "mars", "12/2026", "demain"])
def test_what_is_not_a_date_is_said(text: str) -> None:
    with pytest.raises(DateUnreadable):
        read_date(text)


def test_headings_are_mapped_by_their_words() -> None:
    mapping = guess_mapping(HEADINGS)
    assert mapping.columns == {
        "reference": "N°",
        "received_on": "Date de réception",
        "last_name": "Nom",
        "first_name": "Prénom",
        "email": "Courriel",
        "rights": "Droit exercé",
        "channel": "Canal",
        "status": "Statut",
        "answered_on": "Date de réponse",
    }
    results = read_rows(HEADINGS, rows(), mapping, today=TODAY, first_row=4)
    assert [r.row for r in results] == list(range(4, 13))


def test_a_spreadsheet_with_bad_rows_imports_the_good_ones_whole(case: CaseFile, tmp_path: Path) -> None:
    from dpo_desk.front_door.workbench import Workbench

    workbench = Workbench(case, "dpo", today=lambda: TODAY)
    data = workbook(tmp_path / "demandes.xlsx").read_bytes()
    preview = workbench.import_preview(data, "demandes.xlsx")
    assert preview.problems == [] and preview.table.header_row == 3
    bad = {p.row: p.reason for p in preview.unreadable}
    assert sorted(bad) == [6, 7, 8, 10, 11]
    assert "not a day of the calendar" in bad[6]
    assert "not an email address" in bad[7]
    assert "who is the request from" in bad[8]
    assert "give the date answered" in bad[10]
    assert "in the future" in bad[11]
    before_events = count(case, Event)
    report = workbench.import_requests(preview)
    assert [row for row, _ in report.imported] == [4, 5, 9, 12]
    assert len(report.unreadable) == 5
    assert count(case, Request) == 4 and count(case, Person) == 4 and count(case, ImportedRow) == 4
    with case.reader(orm=True) as reading:
        found = {r.reference: r for r in reading.orm.scalars(select(Request))}
        names = {p.last_name for p in reading.orm.scalars(select(Person))}
        assert names == {"Lefèvre", "DUPONT", "Petit", "Moreau"}  # nothing of the bad rows, not even a person
        closed = next(r for r in found.values() if r.received_on == date(2025, 3, 5))
        assert (closed.status, closed.answered_on, closed.closed_on, closed.is_open) == (
            "closed",
            date(2025, 4, 2),
            date(2025, 4, 2),
            False,
        )
        erased = next(r for r in found.values() if r.received_on == date(2025, 1, 31))
        assert (
            erased.due_on == date(2025, 2, 28) and erased.channel == "email" and erased.answered_on == date(2025, 2, 28)
        )
        open_one = next(r for r in found.values() if r.received_on == OPEN_DAY)
        expected = compute_deadlines(OPEN_DAY, calendar_for(parse_region("fr")))
        assert (open_one.status, open_one.due_on, open_one.deadline_on) == ("in_progress", expected.due, expected.due)
        both = next(r for r in found.values() if r.received_on == date(2025, 3, 1))
        assert sorted(x.right for x in both.rights) == ["access", "erasure"] and both.channel == "post"
        kinds = [e.kind for e in reading.orm.scalars(select(Event).where(Event.seq > before_events))]
    assert kinds.count("request_logged") == 4 and kinds[-1] == "requests_imported"
    # The same file again: nothing twice.
    again = workbench.import_requests(workbench.import_preview(data, "demandes.xlsx"))
    assert again.imported == [] and [row for row, _ in again.already] == [4, 5, 9, 12]
    assert count(case, Request) == 4


def test_a_row_that_fails_while_it_is_logged_leaves_nothing(
    case: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dpo_desk.front_door.workbench import Workbench
    from dpo_desk.services.errors import ActionRefused

    workbench = Workbench(case, "dpo", today=lambda: TODAY)
    preview = workbench.import_preview(workbook(tmp_path / "d.xlsx").read_bytes(), "d.xlsx")
    original = request_import._refresh_deadlines

    def failing(request, today):  # type: ignore[no-untyped-def]
        if request.person.last_name == "Petit":
            raise ActionRefused("The calendar cannot be read.")
        original(request, today)

    monkeypatch.setattr(request_import, "_refresh_deadlines", failing)
    report = workbench.import_requests(preview)
    assert [row for row, _ in report.imported] == [4, 5, 12]
    assert any(p.row == 9 and "calendar" in p.reason for p in report.unreadable)
    with case.reader(orm=True) as reading:
        assert "Petit" not in {p.last_name for p in reading.orm.scalars(select(Person))}
        assert reading.orm.scalar(select(func.count()).select_from(Event).where(Event.reference.like("%-0004"))) in (
            0,
            None,
        )
    assert count(case, Request) == 3


def test_the_mapping_is_remembered_and_can_be_given(case: CaseFile, tmp_path: Path) -> None:
    from dpo_desk.front_door.workbench import Workbench

    workbench = Workbench(case, "dpo", today=lambda: TODAY)
    headings = ["Quand", "Qui", "Quoi"]
    data = write([Sheet("S", [headings, [OPEN_DAY, "Jeanne MARTIN", "accès"]])], "odd.ods")
    first = workbench.import_preview(data, "odd.ods")
    assert first.problems  # nothing recognisable: the DPO maps it
    mapping = Mapping({"received_on": "Quand", "full_name": "Qui", "rights": "Quoi"}, "IMV")
    chosen = workbench.import_preview(data, "odd.ods", mapping)
    assert chosen.problems == [] and len(chosen.readable) == 1
    assert (chosen.readable[0].first_name, chosen.readable[0].last_name) == ("Jeanne", "MARTIN")
    workbench.import_requests(chosen)
    remembered = workbench.import_preview(data, "odd.ods")
    assert remembered.mapping.columns == mapping.columns and remembered.problems == []


def test_cli_import_requests(
    case: CaseFile, case_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    case.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    path = workbook(tmp_path / "demandes.xlsx")
    base = ["--no-keyring", "--case-file", str(case_path)]
    assert main([*base, "import-requests", str(path), "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "4 row(s) can be imported; 5 cannot (nothing was imported)" in out and "row 6:" in out
    assert main([*base, "list", "--json"]) == 0 and json.loads(capsys.readouterr().out) == []
    assert main([*base, "import-requests", str(path)]) == 1  # some rows were not imported
    captured = capsys.readouterr()
    assert "4 request(s) imported, 0 already there, 5 row(s) not imported." in captured.out
    assert "row 7: not imported" in captured.err
    # A CSV the way French Excel writes it (Windows-1252, semicolons), with a mapping file.
    csv_path = tmp_path / "export.csv"
    csv_path.write_bytes("Reçu;Demandeur;Type\n05/11/2026;Zoé FAURE;Accès\n".encode("cp1252"))
    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        json.dumps(Mapping({"received_on": "Reçu", "full_name": "Demandeur", "rights": "Type"}, "IMV").as_json())
    )
    assert main([*base, "import-requests", str(csv_path), "--mapping", str(mapping)]) == 0
    assert "1 request(s) imported" in capsys.readouterr().out
    bad_mapping = tmp_path / "bad.json"
    bad_mapping.write_text('{"format": "dpo-desk-import-mapping", "columns": {"when": "Reçu"}}')
    assert main([*base, "import-requests", str(csv_path), "--mapping", str(bad_mapping)]) == 1
    assert "Unknown fields in the mapping: when" in capsys.readouterr().err


def test_spreadsheets_of_every_kind_are_read(tmp_path: Path) -> None:
    sheet = Sheet("Demandes", [["Date", "Nom"], [date(2028, 2, 29), "Élodie"], [None, None]])
    for name in ("t.xlsx", "t.ods", "t.csv"):
        (back,) = read_sheets(write([sheet], name), name)
        assert back.rows[0] == ["Date", "Nom"] and read_date(back.rows[1][0]) == date(2028, 2, 29)
        assert back.rows[1][1] == "Élodie" and len(back.rows) == 2
    from dpo_desk.spreadsheets import SpreadsheetError

    with pytest.raises(SpreadsheetError, match=r"save it as \.xlsx"):
        read_sheets(b"\xd0\xcf\x11\xe0", "old.xls")
    with pytest.raises(SpreadsheetError, match="cannot be read as a XLSX"):
        read_sheets(b"not a zip", "broken.xlsx")
