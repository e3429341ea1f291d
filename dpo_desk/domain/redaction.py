"""Withholding other people's data from what goes out (Art. 15(4) GDPR): marks and what they do.

An extract's cell, row or column is replaced by a placeholder in the report; the extract kept in the
case is never changed. A document's boxes are fractions of its page (top-left origin), so that they
hold at every resolution the page is drawn at.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from .extracts import Extract

WITHHELD = {
    "en": "[withheld: another person's data]",
    "fr": "[occulté\u00a0: données d’un tiers]",
}


class Part(StrEnum):
    CELL = "cell"
    ROW = "row"
    COLUMN = "column"
    BOX = "box"


class RedactionError(ValueError):
    """A mark that cannot be kept; str() says why."""


@dataclass(frozen=True, slots=True)
class Mark:
    """One thing withheld, with its reason. Rows and columns count from 0 (the header is not a row)."""

    part: Part
    reason: str
    row: int | None = None
    column: int | None = None
    page: int | None = None
    box: tuple[float, float, float, float] | None = None  # left, top, right, bottom in [0, 1]

    def checked(self) -> Mark:
        if not self.reason.strip():
            raise RedactionError("Each redaction needs its reason: it is kept on the record.")
        if self.part is Part.BOX:
            if self.page is None or self.page < 0 or self.box is None:
                raise RedactionError("A box needs its page and its corners.")
            left, top, right, bottom = (min(max(v, 0.0), 1.0) for v in self.box)
            left, right = sorted((left, right))
            top, bottom = sorted((top, bottom))
            if right - left < 0.002 or bottom - top < 0.002:
                raise RedactionError("This box is too small to hide anything.")
            return replace(self, reason=self.reason.strip(), box=(left, top, right, bottom), row=None, column=None)
        needs_row = self.part in (Part.CELL, Part.ROW)
        needs_column = self.part in (Part.CELL, Part.COLUMN)
        if (needs_row and (self.row is None or self.row < 0)) or (
            needs_column and (self.column is None or self.column < 0)
        ):
            raise RedactionError("A cell needs its row and column, a row its number, a column its number.")
        return replace(
            self,
            reason=self.reason.strip(),
            row=self.row if needs_row else None,
            column=self.column if needs_column else None,
            page=None,
            box=None,
        )

    def covers(self, row: int, column: int) -> bool:
        if self.part is Part.ROW:
            return self.row == row
        if self.part is Part.COLUMN:
            return self.column == column
        return self.part is Part.CELL and self.row == row and self.column == column


def withheld_cells(rows: int, columns: int, marks: list[Mark]) -> set[tuple[int, int]]:
    """Every (row, column) of a table that a mark withholds."""
    cells: set[tuple[int, int]] = set()
    for mark in marks:
        if mark.part is Part.ROW and mark.row is not None and mark.row < rows:
            cells.update((mark.row, c) for c in range(columns))
        elif mark.part is Part.COLUMN and mark.column is not None and mark.column < columns:
            cells.update((r, mark.column) for r in range(rows))
        elif mark.part is Part.CELL and mark.row is not None and mark.column is not None and mark.row < rows:
            cells.add((mark.row, mark.column))
    return cells


def redact_extract(extract: Extract, marks: list[Mark], language: str) -> Extract:
    """The extract as it goes out: withheld cells replaced by the placeholder; JSON records too.

    A withheld column keeps its header (the person learns that a field exists, not its content).
    """
    if not marks:
        return extract
    columns = max([len(extract.header), *(len(r) for r in extract.rows)], default=0)
    cells = withheld_cells(len(extract.rows), columns, marks)
    placeholder = WITHHELD[language]
    rows = [
        [placeholder if (r, c) in cells else value for c, value in enumerate(row)] for r, row in enumerate(extract.rows)
    ]
    records = None
    if extract.records is not None:
        records = []
        for r, record in enumerate(extract.records):
            records.append(
                {
                    key: placeholder if (r, extract.header.index(key)) in cells else value
                    for key, value in record.items()
                }
            )
    return replace(extract, rows=rows, records=records)
