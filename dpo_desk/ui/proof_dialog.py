"""Proof of identity received: on which day (the clock runs again from it), and whether a copy is kept."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from .date_field import DateField
from .dates import day_format


class ProofDialog(QDialog):
    """Signals:
    chosen(str, object): "attach" or "no_copy", and the day the proof arrived.
    """

    chosen = Signal(str, object)

    def __init__(self, today: date, earliest: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proofBox")
        self.setWindowTitle(self.tr("Proof received"))
        self.text = QLabel(
            self.tr(
                "Keep a copy of the identity document until it is checked? The copy is destroyed "
                "as soon as the identity is marked verified."
            ),
            self,
        )
        self.text.setWordWrap(True)
        self.day = DateField(QDate(today.year, today.month, today.day), self)
        self.day.setObjectName("proofReceivedOn")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(day_format())
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        if earliest is not None:  # not before it was asked for
            self.day.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        self.day.setToolTip(self.tr("The day the proof arrived: the clock runs again from that day"))
        form = QFormLayout()
        form.addRow(self.tr("&Received on"), self.day)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.attach = self.buttons.addButton(self.tr("Attach the copy…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.no_copy = self.buttons.addButton(self.tr("No copy"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.attach.clicked.connect(lambda: self._done("attach"))
        self.no_copy.clicked.connect(lambda: self._done("no_copy"))

    def _done(self, choice: str) -> None:
        day = self.day.date().toPython()
        self.accept()
        self.chosen.emit(choice, day)
