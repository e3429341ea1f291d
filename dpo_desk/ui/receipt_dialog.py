"""Recording a registered letter's acknowledgement of receipt: the day it was signed, and its scan."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from .dates import day_format


class ReceiptDialog(QDialog):
    """Signals:
    chosen(object, object): the day the acknowledgement was signed, the scan's path (or None).
    """

    chosen = Signal(object, object)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Acknowledgement of receipt"))
        self.day = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.day.setObjectName("receiptSigned")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(day_format())
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.scan: Path | None = None
        self.scan_label = QLabel(self.tr("no scan"), self)
        self.scan_button = QPushButton(self.tr("Scan…"), self)
        self.scan_button.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.scan_label, 1)
        row.addWidget(self.scan_button)
        form = QFormLayout(self)
        form.addRow(self.tr("Signed on"), self.day)
        form.addRow(self.tr("Scan"), row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self._done)
        self.buttons.rejected.connect(self.reject)

    def set_scan(self, path: Path) -> None:
        self.scan = path
        self.scan_label.setText(path.name)

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Scan of the signed acknowledgement"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.set_scan(Path(name)))
        dialog.open()

    def _done(self) -> None:
        self.chosen.emit(self.day.date().toPython(), self.scan)
        self.accept()
