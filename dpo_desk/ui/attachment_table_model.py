"""The documents of one case, set whole by the detail pane."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ..front_door.views import AttachmentView
from .dates import short_day
from .table_model import Index, RowsTableModel

ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole + 1

HEADERS = (
    QT_TRANSLATE_NOOP("Documents", "Document"),
    QT_TRANSLATE_NOOP("Documents", "Kind"),
    QT_TRANSLATE_NOOP("Documents", "Size"),
    QT_TRANSLATE_NOOP("Documents", "Added"),
)
KINDS = {
    "scan": QT_TRANSLATE_NOOP("Documents", "Scan"),
    "document": QT_TRANSLATE_NOOP("Documents", "Document"),
    "email": QT_TRANSLATE_NOOP("Documents", "Email"),
    "id_document": QT_TRANSLATE_NOOP("Documents", "ID copy"),
    "extract": QT_TRANSLATE_NOOP("Documents", "Data extract"),
    "acknowledgement": QT_TRANSLATE_NOOP("Documents", "Acknowledgement of receipt"),
    "report": QT_TRANSLATE_NOOP("Documents", "Access report"),
    "redacted": QT_TRANSLATE_NOOP("Documents", "Redacted copy"),
}


def human_size(size: int) -> str:
    for unit in ("bytes", "KB", "MB"):
        if size < 1024 or unit == "MB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return str(size)


class AttachmentTableModel(RowsTableModel[AttachmentView]):
    CONTEXT = "Documents"
    HEADERS = HEADERS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ATTACHMENT_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and row.destroyed:
            return QBrush(QColor("#6b7280"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.destroyed:
                return QCoreApplication.translate(
                    "Documents", "Destroyed after the identity check; only its record stays"
                )
            return QCoreApplication.translate("Documents", "Double-click to preview. SHA-256 {digest}").format(
                digest=row.sha256
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            suffix = QCoreApplication.translate("Documents", " (destroyed)") if row.destroyed else ""
            return row.filename + suffix
        if column == 1:
            kind = KINDS.get(row.kind)
            return QCoreApplication.translate("Documents", kind) if kind else row.kind
        if column == 2:
            return human_size(row.size)
        return short_day(datetime.fromisoformat(row.added_at).astimezone().date())
