"""The case list model: pages of rows fetched lazily from SQL, sorted by SQL.

The model never touches the database: it calls `fetch(sort, descending, offset, limit)`,
which the window wires to Workbench.page(). It keeps only the rows already shown, so opening a
case file of 100,000 requests costs one page (tech notes: a Python proxy took 45 s to sort).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QModelRoleDataSpan,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ..domain.case_actions import is_due_soon
from ..domain.statuses import OPEN_STATUSES
from ..front_door.views import RequestRow
from . import labels
from .dates import short_day
from .table_model import Index, RowsTableModel

Fetch = Callable[[str, bool, int, int], list[RequestRow]]

ROW_ROLE = Qt.ItemDataRole.UserRole + 1

# (sort key understood by services.cases.SORT_COLUMNS, header)
COLUMNS: list[tuple[str | None, str]] = [
    ("reference", QT_TRANSLATE_NOOP("CaseTable", "Reference")),
    ("person", QT_TRANSLATE_NOOP("CaseTable", "Person")),
    ("organisation", QT_TRANSLATE_NOOP("CaseTable", "Organisation")),
    (None, QT_TRANSLATE_NOOP("CaseTable", "Rights")),
    ("channel", QT_TRANSLATE_NOOP("CaseTable", "Channel")),
    ("received", QT_TRANSLATE_NOOP("CaseTable", "Received")),
    ("deadline", QT_TRANSLATE_NOOP("CaseTable", "Due")),
    ("deadline", QT_TRANSLATE_NOOP("CaseTable", "Days left")),
    ("status", QT_TRANSLATE_NOOP("CaseTable", "Status")),
    ("assignee", QT_TRANSLATE_NOOP("CaseTable", "Assignee")),
]
DAYS_LEFT_COLUMN = 7
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
DISPLAY, BACKGROUND, FOREGROUND, ALIGNMENT = (
    int(Qt.ItemDataRole.DisplayRole.value),
    int(Qt.ItemDataRole.BackgroundRole.value),
    int(Qt.ItemDataRole.ForegroundRole.value),
    int(Qt.ItemDataRole.TextAlignmentRole.value),
)

OVERDUE = QColor("#f8d7da")
SOON = QColor("#fff3cd")
PAUSED = QColor("#e2e8f0")
CLOSED_TEXT = QColor("#6b7280")


def urgency(row: RequestRow) -> QColor | None:
    if row.status not in OPEN_STATUSES:
        return None
    if row.paused_since is not None:
        return PAUSED
    if row.days_left < 0:
        return OVERDUE
    if is_due_soon(row.days_left):
        return SOON
    return None


class Cells:
    """What a row is painted with, worked out once per row shown rather than once per paint."""

    __slots__ = ("background", "foreground", "texts")

    def __init__(self, texts: tuple[str, ...], background: QBrush | None, foreground: QBrush | None) -> None:
        self.texts, self.background, self.foreground = texts, background, foreground


class CaseTableModel(RowsTableModel[RequestRow]):
    """Not set whole: pages are fetched as the view scrolls (canFetchMore/fetchMore)."""

    CONTEXT = "CaseTable"
    HEADERS = tuple(title for _, title in COLUMNS)
    PAGE_SIZE = 256

    def __init__(self, fetch: Fetch, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._exhausted = True
        self._sort = "deadline"
        self._descending = False
        self._cells: dict[int, Cells] = {}  # by row number, for the rows now held

    def beginResetModel(self) -> None:
        self._cells.clear()
        super().beginResetModel()

    # Loading ---------------------------------------------------------------------------------

    def reload(self, fetch: Fetch | None = None) -> None:
        """Start again from the first page (new filter, new data)."""
        self.beginResetModel()
        if fetch is not None:
            self._fetch = fetch
        self._rows = self._fetch(self._sort, self._descending, 0, self.PAGE_SIZE)
        self._exhausted = len(self._rows) < self.PAGE_SIZE
        self.endResetModel()

    @property
    def order(self) -> tuple[str, bool]:
        """The sort key and whether it is descending."""
        return self._sort, self._descending

    def show_rows(self, rows: list[RequestRow], *, exhausted: bool) -> bool:
        """Show a first page already read (a snapshot), in the model's order. True if the list
        started again (a reset: the view repaints every row and the selection is made again).

        When the page holds the same requests in the same order (a letter written, a status
        changed), only the rows that changed are replaced and repainted: the selection stays, and
        the GUI thread paints one row instead of the whole list (issue #18)."""
        if [row.id for row in rows] != [row.id for row in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self._exhausted = exhausted
            self.endResetModel()
            return True
        changed = [number for number, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new]
        self._rows = rows
        self._exhausted = exhausted
        last = len(COLUMNS) - 1
        for number in changed:
            self._cells.pop(number, None)
            self.dataChanged.emit(self.index(number, 0), self.index(number, last))
        return False

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._fetch(self._sort, self._descending, len(self._rows), self.PAGE_SIZE)
        self._exhausted = len(page) < self.PAGE_SIZE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][0] if 0 <= column < len(COLUMNS) else None
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (key, descending) == (self._sort, self._descending):
            return
        self.layoutAboutToBeChanged.emit()
        self._cells.clear()
        self._sort, self._descending = key, descending
        self._rows = self._fetch(self._sort, self._descending, 0, max(self.PAGE_SIZE, len(self._rows)))
        self._exhausted = len(self._rows) < self.PAGE_SIZE
        self.layoutChanged.emit()

    # Qt model contract -------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role == ROW_ROLE:
            return self._rows[index.row()]
        cells = self._cells_of(index.row())
        role = int(role)
        if role == DISPLAY:
            return cells.texts[index.column()]
        if role == BACKGROUND:
            return cells.background
        if role == FOREGROUND:
            return cells.foreground
        if role == ALIGNMENT and index.column() == DAYS_LEFT_COLUMN:
            return RIGHT_ALIGNED
        return None

    def multiData(self, index: Index, span: QModelRoleDataSpan) -> None:
        """The roles a cell is painted with, in one call (see RowsTableModel.multiData)."""
        number, column = index.row(), index.column()
        if not index.isValid() or number >= len(self._rows):
            for role_data in span:
                role_data.clearData()
            return
        cells = self._cells_of(number)
        for role_data in span:  # a delegate passes the same span from cell to cell: clear what is not set
            role = role_data.role()
            if role == DISPLAY:
                role_data.setData(cells.texts[column])
            elif role == BACKGROUND and cells.background is not None:
                role_data.setData(cells.background)
            elif role == FOREGROUND and cells.foreground is not None:
                role_data.setData(cells.foreground)
            elif role == ALIGNMENT and column == DAYS_LEFT_COLUMN:
                role_data.setData(RIGHT_ALIGNED)
            elif role == ROW_ROLE:
                role_data.setData(self._rows[number])
            else:
                role_data.clearData()

    def _cells_of(self, number: int) -> Cells:
        cells = self._cells.get(number)
        if cells is None:
            row = self._rows[number]
            colour = urgency(row)
            cells = Cells(
                tuple(self._text(row, column) for column in range(len(COLUMNS))),
                QBrush(colour) if colour is not None else None,
                QBrush(CLOSED_TEXT) if row.status not in OPEN_STATUSES else None,
            )
            self._cells[number] = cells
        return cells

    def _text(self, row: RequestRow, column: int) -> str:
        if column == 0:
            return row.reference
        if column == 1:
            return row.person or (QCoreApplication.translate("CaseTable", "(purged)") if row.purged_on else "")
        if column == 2:
            return row.organisation
        if column == 3:
            return ", ".join(labels.show(labels.RIGHT, r) for r in row.rights)
        if column == 4:
            return labels.show(labels.CHANNEL, row.channel)
        if column == 5:
            return _short(row.received_on)
        if column == 6:
            suffix = QCoreApplication.translate("CaseTable", " (ext.)") if row.extended else ""
            return _short(row.deadline_on) + suffix
        if column == 7:
            if row.status not in OPEN_STATUSES:
                return ""
            if row.paused_since is not None:
                return QCoreApplication.translate("CaseTable", "paused")
            return str(row.days_left)
        if column == 8:
            return labels.show(labels.STATUS, row.status)
        return row.assignee


def _short(day: date) -> str:
    return short_day(day)
