"""A small dialog asking for one piece of text (a reason, a note), opened without exec()."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class TextDialog(QDialog):
    def __init__(self, title: str, prompt: str, *, required: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.required = required
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("textEditor")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.editor)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.editor.textChanged.connect(self._update)
        self._update()
        self.resize(460, 220)

    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text()) or not self.required)
