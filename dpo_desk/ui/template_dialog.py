"""An organisation's own wording of its letters: edit, preview on a sample case, save or reset."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.letters import PLACEHOLDERS, LetterKind
from ..services.errors import ActionRefused
from ..services.workbench import Workbench
from ..storage.errors import CaseFileError
from .letter_table_model import kind_label
from .messages import in_words

if TYPE_CHECKING:  # QtPdf loads when a preview is first asked for
    from .preview_dialog import PreviewDialog


class TemplateDialog(QDialog):
    """Signals:
    saved(): a template was saved or reset.
    """

    saved = Signal()

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self.setWindowTitle(self.tr("Letter templates"))
        self.organisation = QComboBox(self)
        for code, name in workbench.organisations():
            self.organisation.addItem(f"{name} ({code})", code)
        self.kind = QComboBox(self)
        for kind in LetterKind:
            self.kind.addItem(kind_label(kind.value), kind.value)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        self.state = QLabel(self)
        self.state.setObjectName("templateState")
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("templateText")
        self.editor.setMinimumSize(640, 360)
        help_text = "  ".join(f"{{{name}}}: {meaning}." for name, meaning in PLACEHOLDERS.items())
        hint = QLabel(
            self.tr("First line: the subject; then a line ---; then the text. Placeholders:") + " " + help_text, self
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #4b5563;")
        self.error = QLabel(self)
        self.error.setObjectName("templateError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.hide()
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.reset_button = QPushButton(self.tr("Back to the standard wording"), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        pickers = QHBoxLayout()
        for widget in (self.organisation, self.kind, self.language):
            pickers.addWidget(widget)
        pickers.addWidget(self.state, 1)
        actions = QHBoxLayout()
        for widget in (self.preview_button, self.save_button, self.reset_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.editor, 1)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addLayout(actions)
        for combo in (self.organisation, self.kind, self.language):
            combo.currentIndexChanged.connect(lambda _: self.load())
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        close.rejected.connect(self.reject)
        self.load()

    def _choice(self) -> tuple[str, LetterKind, str]:
        return self.organisation.currentData(), LetterKind(self.kind.currentData()), self.language.currentData()

    def load(self) -> None:
        text, own = self.workbench.template(*self._choice())
        self.editor.setPlainText(text)
        self.state.setText(self.tr("This organisation's own wording") if own else self.tr("Standard wording"))
        self.reset_button.setEnabled(own)
        self.error.hide()

    def preview(self) -> PreviewDialog | None:
        try:
            pdf = self.workbench.sample_letter(*self._choice(), self.editor.toPlainText())
        except (ActionRefused, CaseFileError) as exc:
            self._fail(in_words(exc))
            return None
        self.error.hide()
        from .preview_dialog import PreviewDialog

        dialog = PreviewDialog(self.tr("Sample letter.pdf"), "application/pdf", pdf, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def save(self) -> None:
        try:
            self.workbench.save_template(*self._choice(), self.editor.toPlainText())
        except (ActionRefused, CaseFileError) as exc:
            self._fail(in_words(exc))
            return
        self.load()
        self.saved.emit()

    def reset(self) -> None:
        self.workbench.reset_template(*self._choice())
        self.load()
        self.saved.emit()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
