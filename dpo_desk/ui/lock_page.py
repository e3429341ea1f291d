"""What the window shows while locked: the file's name and a passphrase field, no case data."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

TEXT_WIDTH = 520


class LockPage(QWidget):
    """Signals:
    unlock_requested(str): the passphrase typed.
    """

    unlock_requested = Signal(str)

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("{name} is locked").format(name=file_name), self)
        title.setObjectName("lockTitle")
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        explain = QLabel(self.tr("The key was forgotten and every case hidden. Type the passphrase to continue."))
        explain.setObjectName("lockExplanation")
        explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explain.setWordWrap(True)
        # Wrapped words need a width to be laid out in: the column of the page, centred, as tall as they need.
        self._wrapped = (title, explain)
        for label in self._wrapped:
            label.setFixedWidth(TEXT_WIDTH)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("lockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMaximumWidth(360)
        self.button = QPushButton(self.tr("Unlock"), self)
        self.button.setObjectName("unlockButton")
        self.error = QLabel(self)
        self.error.setObjectName("lockError")
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setFixedWidth(TEXT_WIDTH)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, explain, self.passphrase, self.button, self.error):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.button.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_heights()
        super().showEvent(event)

    def _fit_heights(self) -> None:
        for label in (*self._wrapped, self.error):
            label.ensurePolished()
            label.setMinimumHeight(label.heightForWidth(TEXT_WIDTH) if label.text() else 0)

    def reset(self) -> None:
        self.passphrase.clear()
        self.error.hide()
        self.passphrase.setFocus()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self._fit_heights()
        self.error.show()
        self.passphrase.selectAll()

    def _submit(self) -> None:
        self.unlock_requested.emit(self.passphrase.text())
