"""Correcting what was logged for a request: the values as they are now, changed in place.

Only what differs is sent; the service records each old and new value in the history and counts
the deadlines again. A refusal (nothing changed, a date in the future…) shows in the dialog and
nothing is lost.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.channels import Channel
from ..domain.rights import Right
from . import labels
from .date_field import DateField
from .dates import day_format

if TYPE_CHECKING:  # the ORM loads after the first paint: the correction is made in correction()
    from ..front_door.views import Correction


class CorrectionDialog(QDialog):
    """Signals:
    chosen(object): the Correction to apply (the dialog stays open until `done_ok` or `refused`).
    """

    chosen = Signal(object)

    def __init__(self, reference: str, values: dict[str, Any], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct {ref}").format(ref=reference))
        self.values = values
        self.first_name = QLineEdit(values["first_name"], self)
        self.first_name.setObjectName("correctFirstName")
        self.last_name = QLineEdit(values["last_name"], self)
        self.last_name.setObjectName("correctLastName")
        self.address = QPlainTextEdit(values["postal_address"], self)
        self.address.setObjectName("correctAddress")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(64)
        received = date.fromisoformat(values["received_on"])
        self.received = DateField(QDate(received.year, received.month, received.day), self)
        self.received.setObjectName("correctReceived")
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat(day_format())
        self.received.setMaximumDate(QDate(today.year, today.month, today.day))
        self.channel = QComboBox(self)
        self.channel.setObjectName("correctChannel")
        for channel in Channel:
            self.channel.addItem(labels.show(labels.CHANNEL, channel.value), channel.value)
        self.channel.setCurrentIndex(self.channel.findData(values["channel"]))
        self.rights: dict[Right, QCheckBox] = {}
        grid = QGridLayout()
        for i, right in enumerate(Right):
            box = QCheckBox(labels.show(labels.RIGHT, right.value), self)
            box.setObjectName(f"correct_{right.value}")
            box.setChecked(right.value in values["rights"])
            self.rights[right] = box
            grid.addWidget(box, i // 3, i % 3)
        self.note = QLabel(
            self.tr("The history keeps the values as logged and each correction, old and new."),
            self,
        )
        self.note.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("correctionError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&First name"), self.first_name)
        form.addRow(self.tr("&Last name"), self.last_name)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("&Received on"), self.received)
        form.addRow(self.tr("C&hannel"), self.channel)
        form.addRow(self.tr("Rights asked"), grid)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Correct"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(lambda: self.chosen.emit(self.correction()))
        self.buttons.rejected.connect(self.reject)

    def correction(self) -> Correction:
        """The fields that differ from what is recorded (None: unchanged)."""

        def changed(name: str, value: Any) -> Any:
            return value if value != self.values[name] else None

        rights = sorted(right.value for right, box in self.rights.items() if box.isChecked())
        received = self.received.date().toPython()
        from ..front_door.views import Correction

        return Correction(
            first_name=changed("first_name", self.first_name.text().strip()),
            last_name=changed("last_name", self.last_name.text().strip()),
            postal_address=changed("postal_address", self.address.toPlainText().strip()),
            received_on=received if received.isoformat() != self.values["received_on"] else None,
            channel=Channel(self.channel.currentData())
            if self.channel.currentData() != self.values["channel"]
            else None,
            rights=tuple(Right(r) for r in rights) if rights != self.values["rights"] else None,
        )

    def refused(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
