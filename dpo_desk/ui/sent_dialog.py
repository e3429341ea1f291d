"""Recording that a letter went out: when, how, and its registered-mail number."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from ..domain.channels import Channel
from . import labels
from .dates import day_format


class SentDialog(QDialog):
    """Signals:
    chosen(object, str, str): the date sent, the channel, the registered-mail number.
    """

    chosen = Signal(object, str, str)

    def __init__(self, today: date, parent: QWidget | None = None, *, channel: str = "post") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letter sent"))
        self.day = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(day_format())
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.channel = QComboBox(self)
        for channel in (Channel.POST, Channel.EMAIL, Channel.IN_PERSON):
            self.channel.addItem(labels.show(labels.CHANNEL, channel.value), channel.value)
        self.channel.setCurrentIndex(max(0, self.channel.findData(channel)))  # the request's channel
        self.registered = QLineEdit(self)
        self.registered.setObjectName("sentRegistered")
        self.registered.setPlaceholderText(self.tr("for a registered letter (recommandé)"))
        form = QFormLayout(self)
        form.addRow(self.tr("Sent on"), self.day)
        form.addRow(self.tr("By"), self.channel)
        form.addRow(self.tr("Registered-mail no."), self.registered)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self._done)
        self.buttons.rejected.connect(self.reject)

    def _done(self) -> None:
        self.chosen.emit(self.day.date().toPython(), self.channel.currentData(), self.registered.text())
        self.accept()
