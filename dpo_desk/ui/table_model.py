"""What every table model of the workbench shares: rows held in a list, translated headers."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowsTableModel(QAbstractTableModel, Generic[Row]):
    """A flat table over `self._rows`; subclasses give HEADERS, CONTEXT and data()."""

    CONTEXT = "Table"
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        """Replace every row (small lists, set whole by their view)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def multiData(self, index: Index, span: QModelRoleDataSpan) -> None:
        """Every role a cell is painted with, in one call from Qt instead of one per role.

        A view's delegate asks about seven roles per cell: answered one by one, each is a call
        from C++ into Python that must take the GIL again, which a background job holds in turns.
        Answered here in one call, a page of the list paints about three times faster and waits
        for the GIL once per cell (issue #18: the GUI thread never blocked for more than 50 ms).
        """
        for role_data in span:  # a delegate passes the same span from cell to cell: clear what is not set
            value = self.data(index, role_data.role())
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None
