"""The departments asked for one case's data (relays), set whole by the detail pane; late ones in red."""

from __future__ import annotations

from datetime import UTC
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from .dates import short_day
from .table_model import Index, RowsTableModel

if TYPE_CHECKING:  # the ORM loads after the window's first paint
    from ..front_door.views import RelayView

RELAY_ROLE = Qt.ItemDataRole.UserRole + 1
LATE = QColor("#b91c1c")


WORDS = {  # marked for lupdate; translated where shown
    "answered": QT_TRANSLATE_NOOP("Relays", "answered"),
    "answered_on": QT_TRANSLATE_NOOP("Relays", "answered on {day}"),
    "reminded": QT_TRANSLATE_NOOP("Relays", ", reminded on {day}"),
    "late": QT_TRANSLATE_NOOP("Relays", "LATE"),
    "waiting": QT_TRANSLATE_NOOP("Relays", "waiting"),
    "late_tip": QT_TRANSLATE_NOOP("Relays", "No answer by the internal due date: remind the department"),
}


def _tr(key: str) -> str:
    return QCoreApplication.translate("Relays", WORDS[key])


def relay_state(row: RelayView) -> str:
    """Answered on …, late (reminded on …), or waiting."""
    if row.answered:
        if row.answered_at is None:
            return _tr("answered")
        moment = row.answered_at if row.answered_at.tzinfo else row.answered_at.replace(tzinfo=UTC)
        return _tr("answered_on").format(day=short_day(moment.astimezone().date()))
    reminded = _tr("reminded").format(day=short_day(row.reminded_on)) if row.reminded_on else ""
    if row.overdue:
        return _tr("late") + reminded
    return _tr("waiting") + reminded


class RelayTableModel(RowsTableModel["RelayView"]):
    CONTEXT = "Relays"
    HEADERS = (
        QT_TRANSLATE_NOOP("Relays", "Activity"),
        QT_TRANSLATE_NOOP("Relays", "Department"),
        QT_TRANSLATE_NOOP("Relays", "Asked"),
        QT_TRANSLATE_NOOP("Relays", "Due"),
        QT_TRANSLATE_NOOP("Relays", "Answer"),
    )

    def late(self) -> int:
        return sum(r.overdue for r in self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == RELAY_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return QBrush(LATE)
        if role == Qt.ItemDataRole.FontRole and row.overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and row.overdue:
            return _tr("late_tip")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return row.activity
        if column == 1:
            return row.contact
        if column == 2:
            return short_day(row.asked_on)
        if column == 3:
            return short_day(row.due_on)
        return relay_state(row)
