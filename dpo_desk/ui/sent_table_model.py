"""The emails sent for one case (letters, report, bundle, password apart), set whole by the detail pane."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from .dates import short_moment
from .letter_table_model import kind_label
from .table_model import Index, RowsTableModel

SENT_ROLE = Qt.ItemDataRole.UserRole + 1
BOUNCED = QColor("#b91c1c")

PURPOSES = {
    "report": QT_TRANSLATE_NOOP("SentEmails", "Access report"),
    "bundle": QT_TRANSLATE_NOOP("SentEmails", "Portability bundle"),
    "password": QT_TRANSLATE_NOOP("SentEmails", "Password, sent apart"),
    "letter": QT_TRANSLATE_NOOP("SentEmails", "Letter"),
    "relay": QT_TRANSLATE_NOOP("SentEmails", "Request to a department"),
    "relay_reminder": QT_TRANSLATE_NOOP("SentEmails", "Reminder to a department"),
}
VIA = {
    "post": QT_TRANSLATE_NOOP("SentEmails", "encrypted, password by post"),
    "phone": QT_TRANSLATE_NOOP("SentEmails", "encrypted, password by telephone"),
    "email": QT_TRANSLATE_NOOP("SentEmails", "encrypted, password in a separate email"),
}


WORDS = {
    "message_id": QT_TRANSLATE_NOOP("SentEmails", "Message-ID {id}"),
    "encrypted": QT_TRANSLATE_NOOP("SentEmails", "encrypted"),
    "not_encrypted": QT_TRANSLATE_NOOP("SentEmails", "not encrypted"),
    "bounced": QT_TRANSLATE_NOOP("SentEmails", "bounced"),
    "delivered": QT_TRANSLATE_NOOP("SentEmails", "no bounce received"),
}


def _tr(text: str) -> str:
    """A marked text (PURPOSES, VIA) or a WORDS key, in the interface's language."""
    return QCoreApplication.translate("SentEmails", WORDS.get(text, text))


class SentTableModel(RowsTableModel[Any]):
    """Rows: services.sending.SentView."""

    CONTEXT = "SentEmails"
    HEADERS = (
        QT_TRANSLATE_NOOP("SentEmails", "Sent"),
        QT_TRANSLATE_NOOP("SentEmails", "What"),
        QT_TRANSLATE_NOOP("SentEmails", "To"),
        QT_TRANSLATE_NOOP("SentEmails", "Protection"),
        QT_TRANSLATE_NOOP("SentEmails", "Delivery"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.letter_kinds: dict[int, str] = {}  # letter id -> kind, to name the letter sent

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == SENT_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and row.bounced:
            return QBrush(BOUNCED)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = _tr("message_id").format(id=row.message_id)
            return tip + ("\n" + row.bounce_reason if row.bounced and row.bounce_reason else "")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            moment = datetime.fromisoformat(row.sent_at)
            return short_moment(moment if moment.tzinfo else moment.replace(tzinfo=UTC))
        if column == 1:
            if row.purpose == "letter" and row.letter_id in self.letter_kinds:
                return kind_label(self.letter_kinds[row.letter_id])
            source = PURPOSES.get(row.purpose)
            return _tr(source) if source else row.purpose
        if column == 2:
            return row.recipients
        if column == 3:
            source = VIA.get(row.password_via)
            return _tr(source) if source else (_tr("encrypted") if row.encrypted else _tr("not_encrypted"))
        return _tr("bounced") if row.bounced else _tr("delivered")
