"""Once a day, per user and case file: what falls due, in a banner over the list and a desktop notification."""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSystemTrayIcon, QWidget

from ..domain.reminders import Reminder, announce_today
from .dates import short_day


def summary(items: list[Reminder], today: date) -> str:
    """One sentence of what falls due, counted by kind (translated)."""
    counts = Counter(item.what for item in items)
    late = sum(1 for item in items if item.what == "deadline" and item.due_on < today)
    parts = []
    if counts["deadline"]:
        part = QCoreApplication.translate("Reminders", "%n answer(s) due within a week", "", counts["deadline"])
        if late:
            part += QCoreApplication.translate("Reminders", " (%n overdue)", "", late)
        parts.append(part)
    if counts["extension_notice"]:
        parts.append(
            QCoreApplication.translate(
                "Reminders", "%n last day(s) to notify an extension", "", counts["extension_notice"]
            )
        )
    if counts["letter_to_send"]:
        parts.append(
            QCoreApplication.translate("Reminders", "%n letter(s) written, not sent yet", "", counts["letter_to_send"])
        )
    if counts["relay_late"]:
        parts.append(
            QCoreApplication.translate("Reminders", "%n department(s) late with their answer", "", counts["relay_late"])
        )
    return "; ".join(parts)


def details(items: list[Reminder]) -> str:
    """One line per reminder: date, reference, what."""
    words = {
        "deadline": QCoreApplication.translate("Reminders", "answer due"),
        "extension_notice": QCoreApplication.translate("Reminders", "last day to notify an extension"),
        "letter_to_send": QCoreApplication.translate("Reminders", "letter written, not sent yet"),
        "relay_late": QCoreApplication.translate("Reminders", "a department's answer is late"),
    }
    return "\n".join(f"{short_day(i.due_on)} — {i.reference} — {words[i.what]}" for i in items)


class RemindersBanner(QWidget):
    """Hidden until `announce` finds something due that was not announced today to this user.

    Signals:
    dismissed(): the user closed the banner.
    """

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remindersBanner")
        self.setStyleSheet("#remindersBanner { background: #dbeafe; } QLabel { color: #1e3a8a; padding: 6px; }")
        self.text = QLabel(self)
        self.text.setObjectName("remindersText")
        self.text.setWordWrap(True)
        self.details_button = QPushButton(self.tr("Details…"), self)
        self.details_button.setObjectName("reminderDetails")
        self.details_button.setAccessibleName(self.tr("Details of what falls due"))
        self.close_button = QPushButton(self.tr("Dismiss"), self)
        self.close_button.setObjectName("dismissReminders")
        self.close_button.setAccessibleName(self.tr("Dismiss today's reminders"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.details_button)
        layout.addWidget(self.close_button)
        self.close_button.clicked.connect(self._dismiss)
        self.details_button.clicked.connect(self.show_details)
        self.tray: QSystemTrayIcon | None = None
        self.items: list[Reminder] = []
        self.hide()

    @staticmethod
    def settings_key(login: str, case_name: str) -> str:
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in f"{login}@{case_name}")
        return f"reminders/{safe}"

    def due(self, *, login: str, case_name: str, today: date) -> bool:
        """Whether this user has still to be told today what falls due in this file."""
        last = QSettings().value(self.settings_key(login, case_name))
        return announce_today(date.fromisoformat(str(last)) if last else None, today)

    def announce(self, items: list[Reminder], *, login: str, case_name: str, today: date) -> bool:
        """Show the banner and notify the desktop, unless already done today for this user; True if shown."""
        settings = QSettings()
        key = self.settings_key(login, case_name)
        if not items or not self.due(login=login, case_name=case_name, today=today):
            return False
        self.items = items
        said = summary(items, today)
        self.text.setText(self.tr("Falls due: {summary}.").format(summary=said))
        self.text.setToolTip(details(items))
        self.show()
        settings.setValue(key, today.isoformat())
        self._notify(said)
        return True

    def _notify(self, said: str) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(QApplication.windowIcon() or QIcon(), self)
            self.tray.setToolTip("DPO Desk")
        self.tray.show()
        self.tray.showMessage(self.tr("DPO Desk — falls due"), said, QSystemTrayIcon.MessageIcon.Information, 15_000)

    def show_details(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("What falls due"), details(self.items), parent=self)
        box.setObjectName("remindersBox")
        box.open()
        return box

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
