"""Preferences of this computer (not of the case file): when to lock by itself, the interface language."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QVBoxLayout, QWidget

IDLE_KEY = "lock/idle_minutes"
DEFAULT_IDLE_MINUTES = 15
LANGUAGE_KEY = "interface/language"  # "" follows the system; else "fr" or "en"


def interface_language() -> str:
    value = QSettings().value(LANGUAGE_KEY, "")
    return value if value in ("fr", "en") else ""


def idle_minutes() -> int:
    try:
        return int(QSettings().value(IDLE_KEY, DEFAULT_IDLE_MINUTES))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES


class PreferencesDialog(QDialog):
    """Signals:
    changed(int): the new idle time in minutes (0: never lock by itself).
    """

    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.idle = QSpinBox(self)
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(0, 240)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.setValue(idle_minutes())
        self.idle.setToolTip(self.tr("Without keyboard or mouse for this long, the case file locks itself"))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem(self.tr("As the system"), "")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(interface_language())))
        self.language.setToolTip(self.tr("Takes effect the next time DPO Desk starts"))
        form = QFormLayout()
        form.addRow(self.tr("Lock after"), self.idle)
        form.addRow(self.tr("Language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)

    def _save(self) -> None:
        QSettings().setValue(IDLE_KEY, self.idle.value())
        QSettings().setValue(LANGUAGE_KEY, self.language.currentData())
        self.changed.emit(self.idle.value())
        self.accept()
