"""Spreadsheets read and written through maintained libraries: XLSX (openpyxl), ODS (odfpy), CSV.

Cells come back as Python values: text, numbers, dates (a typed date cell is a date, never its
serial number), booleans, or None for an empty cell.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

MAX_ROWS = 200_000
MAX_COLUMNS = 500
XLSX, ODS, CSV = ".xlsx", ".ods", ".csv"
FORMATS = (XLSX, ODS, CSV)


class SpreadsheetError(ValueError):
    """A file that cannot be read as a spreadsheet; str() says why, in words."""


@dataclass
class Sheet:
    name: str
    rows: list[list[Any]] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)  # column widths in characters, for writing

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def kind_of(filename: str) -> str:
    lower = filename.lower()
    for suffix in FORMATS:
        if lower.endswith(suffix):
            return suffix
    if lower.endswith((".xls", ".xlsm", ".xlsb")):
        raise SpreadsheetError(f"{filename}: save it as .xlsx (Excel workbook) or .ods first; this format is not read.")
    raise SpreadsheetError(f"{filename} is not a spreadsheet DPO Desk reads (.xlsx, .ods or .csv).")


def read_sheets(data: bytes, filename: str) -> list[Sheet]:
    """Every sheet of the file, empty trailing rows and columns dropped."""
    kind = kind_of(filename)
    try:
        if kind == CSV:
            sheets = [_read_csv(data, filename)]
        elif kind == XLSX:
            sheets = _read_xlsx(data)
        else:
            sheets = _read_ods(data)
    except SpreadsheetError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, AttributeError) as exc:
        raise SpreadsheetError(f"{filename} cannot be read as a {kind[1:].upper()} spreadsheet ({exc}).") from None
    except Exception as exc:  # the XML parsers' own errors (defusedxml refusals, malformed XML)
        raise SpreadsheetError(f"{filename} cannot be read as a {kind[1:].upper()} spreadsheet ({exc}).") from None
    for sheet in sheets:
        _trim(sheet)
    return sheets


def _trim(sheet: Sheet) -> None:
    rows = [list(r) for r in sheet.rows]
    while rows and not any(_filled(v) for v in rows[-1]):
        rows.pop()
    for row in rows:
        while row and not _filled(row[-1]):
            row.pop()
    sheet.rows = rows


def _filled(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _too_big(rows: int, columns: int = 0) -> None:
    if rows > MAX_ROWS or columns > MAX_COLUMNS:
        raise SpreadsheetError(
            f"The sheet has more than {MAX_ROWS} rows or {MAX_COLUMNS} columns: split it before importing."
        )


def _read_csv(data: bytes, filename: str) -> Sheet:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # what French Excel writes as "CSV (;)"
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:8192], delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
    rows = []
    for row in csv.reader(io.StringIO(text), dialect):
        rows.append([cell if cell.strip() else None for cell in row])
        _too_big(len(rows), len(row))
    return Sheet(filename.rsplit("/", 1)[-1], rows)


def _read_xlsx(data: bytes) -> list[Sheet]:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheets = []
        for ws in book.worksheets:
            rows = []
            for row in ws.iter_rows(values_only=True):
                rows.append([v.strip() if isinstance(v, str) else v for v in row[:MAX_COLUMNS]])
                _too_big(len(rows))
            sheets.append(Sheet(ws.title, rows))
        return sheets
    finally:
        book.close()


def _read_ods(data: bytes) -> list[Sheet]:
    from odf import opendocument, table, teletype

    document = opendocument.load(io.BytesIO(data))
    sheets: list[Sheet] = []
    for tab in document.spreadsheet.getElementsByType(table.Table):
        rows: list[list[Any]] = []
        pending_empty = 0
        for row in tab.getElementsByType(table.TableRow):
            cells: list[Any] = []
            empty_run = 0
            for cell in row.childNodes:
                if cell.qname[1] not in ("table-cell", "covered-table-cell"):
                    continue
                repeat = int(cell.getAttribute("numbercolumnsrepeated") or 1)
                value = _ods_value(cell, teletype)
                if value is None:
                    empty_run += repeat
                    continue
                cells.extend([None] * empty_run)
                empty_run = 0
                cells.extend([value] * min(repeat, MAX_COLUMNS))
                if len(cells) > MAX_COLUMNS:
                    _too_big(0, len(cells))
            repeat = int(row.getAttribute("numberrowsrepeated") or 1)
            if not cells:
                pending_empty += repeat  # trailing empty rows are often repeated a million times
                continue
            rows.extend([[] for _ in range(pending_empty)])
            pending_empty = 0
            rows.extend([list(cells) for _ in range(min(repeat, MAX_ROWS))])
            _too_big(len(rows))
        sheets.append(Sheet(tab.getAttribute("name") or f"Sheet{len(sheets) + 1}", rows))
    return sheets


def _ods_value(cell, teletype) -> Any:  # type: ignore[no-untyped-def]
    kind = cell.getAttribute("valuetype")
    if kind in ("float", "percentage", "currency"):
        number = float(cell.getAttribute("value"))
        return int(number) if number.is_integer() else number
    if kind == "date":
        text = cell.getAttribute("datevalue")
        return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)
    if kind == "boolean":
        return cell.getAttribute("booleanvalue") == "true"
    from odf import text as odf_text

    paragraphs = [teletype.extractText(p) for p in cell.getElementsByType(odf_text.P)]
    value = "\n".join(paragraphs).strip()
    return value or None


# Writing ------------------------------------------------------------------------------------------


def write(sheets: Sequence[Sheet], filename: str) -> bytes:
    kind = kind_of(filename)
    if kind == XLSX:
        return write_xlsx(sheets)
    if kind == ODS:
        return write_ods(sheets)
    return write_csv(sheets[0].rows)


def write_csv(rows: Sequence[Sequence[Any]]) -> bytes:
    """UTF-8 with a byte-order mark (Excel then reads the accents), dates as YYYY-MM-DD."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else v.isoformat() if isinstance(v, date) else v for v in row])
    return out.getvalue().encode("utf-8-sig")


def write_xlsx(sheets: Sequence[Sheet]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    for sheet in sheets:
        ws = book.create_sheet(_sheet_title(sheet.name))
        for values in sheet.rows:
            ws.append(list(values))
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # case data is never a formula
                cell.alignment = wrap
                if isinstance(cell.value, date):
                    cell.number_format = "DD/MM/YYYY"
        if sheet.rows:
            for cell in ws[1]:
                cell.font = bold
            ws.freeze_panes = "A2"
        for index, width in enumerate(sheet.widths, 1):
            ws.column_dimensions[get_column_letter(index)].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _sheet_title(name: str) -> str:
    cleaned = "".join("_" if c in "[]:*?/\\" else c for c in name).strip("'")
    return (cleaned or "Sheet")[:31]


def write_ods(sheets: Sequence[Sheet]) -> bytes:
    from odf import opendocument, style, table, text

    document = opendocument.OpenDocumentSpreadsheet()
    date_style = _ods_date_style(document)
    for sheet in sheets:
        tab = table.Table(name=_sheet_title(sheet.name))
        for index, width in enumerate(sheet.widths):
            column_style = style.Style(name=f"co{len(sheets)}{sheet.name[:3]}{index}", family="table-column")
            column_style.addElement(style.TableColumnProperties(columnwidth=f"{width * 0.21:.2f}cm"))
            document.automaticstyles.addElement(column_style)
            tab.addElement(table.TableColumn(stylename=column_style))
        for values in sheet.rows:
            row = table.TableRow()
            for value in values:
                row.addElement(_ods_cell(value, table, text, date_style))
            tab.addElement(row)
        document.spreadsheet.addElement(tab)
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def _ods_date_style(document):  # type: ignore[no-untyped-def]
    from odf import number, style

    date_format = number.DateStyle(name="dpoDate")
    date_format.addElement(number.Day(style="long"))
    date_format.addElement(number.Text(text="/"))
    date_format.addElement(number.Month(style="long"))
    date_format.addElement(number.Text(text="/"))
    date_format.addElement(number.Year(style="long"))
    document.automaticstyles.addElement(date_format)
    cell_style = style.Style(name="dpoDateCell", family="table-cell", datastylename="dpoDate")
    document.automaticstyles.addElement(cell_style)
    return cell_style


def _ods_cell(value: Any, table, text, date_style):  # type: ignore[no-untyped-def]
    if value is None or value == "":
        return table.TableCell()
    if isinstance(value, bool):
        cell = table.TableCell(valuetype="boolean", booleanvalue="true" if value else "false")
        shown = "TRUE" if value else "FALSE"
    elif isinstance(value, int | float):
        cell = table.TableCell(valuetype="float", value=value)
        shown = str(value)
    elif isinstance(value, datetime | date):
        day = value.date() if isinstance(value, datetime) else value
        cell = table.TableCell(valuetype="date", datevalue=day.isoformat(), stylename=date_style)
        shown = day.strftime("%d/%m/%Y")
    else:
        cell = table.TableCell(valuetype="string")
        shown = str(value)
    for line in shown.split("\n"):
        cell.addElement(text.P(text=line))
    return cell
