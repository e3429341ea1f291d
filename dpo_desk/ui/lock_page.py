"""What the window shows while locked: the file's name and a passphrase field, no case data."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class LockPage(QWidget):
    """Signals:
    unlock_requested(str): the passphrase typed.
    """

    unlock_requested = Signal(str)

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("{name} is locked").format(name=file_name), self)
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        explain = QLabel(self.tr("The key was forgotten and every case hidden. Type the passphrase to continue."))
        explain.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("lockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMaximumWidth(360)
        self.button = QPushButton(self.tr("Unlock"), self)
        self.button.setObjectName("unlockButton")
        self.error = QLabel(self)
        self.error.setObjectName("lockError")
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, explain, self.passphrase, self.button, self.error):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.button.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)

    def reset(self) -> None:
        self.passphrase.clear()
        self.error.hide()
        self.passphrase.setFocus()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.passphrase.selectAll()

    def _submit(self) -> None:
        self.unlock_requested.emit(self.passphrase.text())
