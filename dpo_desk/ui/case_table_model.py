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

    # Loading ---------------------------------------------------------------------------------

    def reload(self, fetch: Fetch | None = None) -> None:
        """Start again from the first page (new filter, new data)."""
        self.beginResetModel()
        if fetch is not None:
            self._fetch = fetch
        self._rows = self._fetch(self._sort, self._descending, 0, self.PAGE_SIZE)
        self._exhausted = len(self._rows) < self.PAGE_SIZE
        self.endResetModel()

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
        self._sort, self._descending = key, descending
        self._rows = self._fetch(self._sort, self._descending, 0, max(self.PAGE_SIZE, len(self._rows)))
        self._exhausted = len(self._rows) < self.PAGE_SIZE
        self.layoutChanged.emit()

    # Qt model contract -------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = urgency(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(CLOSED_TEXT) if row.status not in OPEN_STATUSES else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == DAYS_LEFT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

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
