"""An organisation's own wording of its letters and of the emails that carry them: edit, preview on
a sample case, save or go back to the standard wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
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

from ..domain.email_text import BUNDLE, EMAIL_PLACEHOLDERS, PASSWORD, REPORT
from ..domain.letters import PLACEHOLDERS, WRITTEN_BY_DPO_DESK, LetterKind
from ..front_door.errors import ActionRefused, CaseFileError
from ..front_door.workbench import Workbench
from .letter_table_model import kind_label
from .messages import in_words

if TYPE_CHECKING:  # QtPdf loads when a preview is first asked for
    from .preview_dialog import PreviewDialog

LETTERS, EMAILS = "letter", "email"

# The emails that carry no letter: the documents sent on their own, and a password sent apart.
EMAIL_ONLY = {
    REPORT: QT_TRANSLATE_NOOP("TemplateDialog", "Access report (Art. 15), encrypted"),
    BUNDLE: QT_TRANSLATE_NOOP("TemplateDialog", "Portability bundle (Art. 20), encrypted"),
    PASSWORD: QT_TRANSLATE_NOOP("TemplateDialog", "Password sent in a separate email"),
}

# What each placeholder of domain.email_text.EMAIL_PLACEHOLDERS stands for, marked for translation.
EMAIL_PLACEHOLDER_WORDS = {
    "reference": QT_TRANSLATE_NOOP("TemplateDialog", "the case reference, e.g. IMV-2026-0007"),
    "person_name": QT_TRANSLATE_NOOP("TemplateDialog", "the data subject's name"),
    "subject": QT_TRANSLATE_NOOP("TemplateDialog", "the subject of the letter sent (letters only)"),
    "organisation": QT_TRANSLATE_NOOP("TemplateDialog", "the organisation's legal name"),
    "attachment_note": QT_TRANSLATE_NOOP(
        "TemplateDialog", "what is attached, and how its password reaches the person when it is encrypted"
    ),
    "sender_address": QT_TRANSLATE_NOOP("TemplateDialog", "the address the answer is sent from"),
    "signatory": QT_TRANSLATE_NOOP("TemplateDialog", "who signs: the organisation's signatory, else its DPO"),
    "password": QT_TRANSLATE_NOOP("TemplateDialog", "the password (the separate password email only)"),
    "sent_date": QT_TRANSLATE_NOOP(
        "TemplateDialog", "the day the encrypted answer was sent (the separate password email only)"
    ),
}


def email_placeholder_words(name: str) -> str:
    source = EMAIL_PLACEHOLDER_WORDS.get(name)
    return QCoreApplication.translate("TemplateDialog", source) if source else EMAIL_PLACEHOLDERS[name]


def email_kind_label(kind: str) -> str:
    source = EMAIL_ONLY.get(kind)
    return QCoreApplication.translate("TemplateDialog", source) if source else kind_label(kind)


class TemplateDialog(QDialog):
    """Signals:
    saved(): a template was saved or reset.
    """

    saved = Signal()

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self.setWindowTitle(self.tr("Letter and email templates"))
        self.organisation = QComboBox(self)
        for code, name in workbench.organisations():
            self.organisation.addItem(f"{name} ({code})", code)
        self.document = QComboBox(self)
        self.document.setObjectName("templateDocument")
        self.document.addItem(self.tr("Letters"), LETTERS)
        self.document.addItem(self.tr("Email bodies"), EMAILS)
        self.document.setToolTip(
            self.tr("The letter itself, or the email that carries it (or the report, or the bundle) when sent by email")
        )
        self.kind = QComboBox(self)
        self.kind.setObjectName("templateKind")
        self._fill_kinds()
        self.language = QComboBox(self)
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        self.state = QLabel(self)
        self.state.setObjectName("templateState")
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("templateText")
        self.editor.setAccessibleName(self.tr("Wording of the template"))
        self.editor.setMinimumSize(640, 360)
        help_text = "  ".join(f"{{{name}}}: {meaning}." for name, meaning in PLACEHOLDERS.items())
        hint = QLabel(
            self.tr("First line: the subject; then a line ---; then the text. Placeholders:") + " " + help_text, self
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #4b5563;")
        self.letter_hint = hint
        self.email_hint = QLabel(self._email_hint(), self)
        self.email_hint.setObjectName("emailTemplateHint")
        self.email_hint.setWordWrap(True)
        self.email_hint.setStyleSheet("color: #4b5563;")
        self.email_hint.hide()
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
        for widget in (self.organisation, self.document, self.kind, self.language):
            pickers.addWidget(widget)
        pickers.addStretch(1)
        actions = QHBoxLayout()
        for widget in (self.preview_button, self.save_button, self.reset_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.state)
        layout.addWidget(self.editor, 1)
        layout.addWidget(hint)
        layout.addWidget(self.email_hint)
        layout.addWidget(self.error)
        layout.addLayout(actions)
        for combo in (self.organisation, self.kind, self.language):
            combo.currentIndexChanged.connect(lambda _: self.load())
        self.document.currentIndexChanged.connect(self._document_changed)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        close.rejected.connect(self.reject)
        self.load()
        self._fit()

    def _fit(self) -> None:
        """Grow to hold the hint shown (the email one is longer than the letter one)."""
        self.layout().activate()
        wanted = self.layout().sizeHint()
        if wanted.height() > self.height() or wanted.width() > self.width():
            self.resize(max(wanted.width(), self.width()), max(wanted.height(), self.height()))

    def _email_hint(self) -> str:
        help_text = "  ".join(
            self.tr("{placeholder}: {meaning}.").format(
                placeholder="{" + name + "}", meaning=email_placeholder_words(name)
            )
            for name in EMAIL_PLACEHOLDERS
        )
        return (
            self.tr(
                "The email that carries the document. First line: the subject; then a line ---; then the text. "
                "A letter kind without its own email uses the standard one for letters. Placeholders:"
            )
            + " "
            + help_text
        )

    def _fill_kinds(self) -> None:
        self.kind.blockSignals(True)
        self.kind.clear()
        if self.emails:
            for kind in LetterKind:
                if kind not in WRITTEN_BY_DPO_DESK:  # the password letter is posted, never emailed
                    self.kind.addItem(kind_label(kind.value), kind.value)
            for kind in EMAIL_ONLY:
                self.kind.addItem(email_kind_label(kind), kind)
        else:
            for kind in LetterKind:
                self.kind.addItem(kind_label(kind.value), kind.value)
        self.kind.blockSignals(False)

    @property
    def emails(self) -> bool:
        """The email bodies are being edited, not the letters."""
        return self.document.currentData() == EMAILS

    def _document_changed(self) -> None:
        self._fill_kinds()
        self.letter_hint.setVisible(not self.emails)
        self.email_hint.setVisible(self.emails)
        self.load()
        self._fit()

    def show_email(self, kind: str, language: str | None = None) -> None:
        """Open on the email body of `kind` (a letter kind, access_report, portability_bundle, password)."""
        self.document.setCurrentIndex(self.document.findData(EMAILS))
        if language is not None:
            self.language.setCurrentIndex(self.language.findData(language))
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def _choice(self) -> tuple[str, LetterKind, str]:
        return self.organisation.currentData(), LetterKind(self.kind.currentData()), self.language.currentData()

    def _email_choice(self) -> tuple[str, str, str]:
        return self.organisation.currentData(), self.kind.currentData(), self.language.currentData()

    def load(self) -> None:
        if self.emails:
            text, own = self.workbench.email_template(*self._email_choice())
        else:
            text, own = self.workbench.template(*self._choice())
        self.editor.setPlainText(text)
        self.state.setText(self.tr("This organisation's own wording") if own else self.tr("Standard wording"))
        self.reset_button.setEnabled(own)
        self.error.hide()

    def preview(self) -> PreviewDialog | EmailPreviewDialog | None:
        if self.emails:
            return self._preview_email()
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

    def _preview_email(self) -> EmailPreviewDialog | None:
        try:
            subject, body = self.workbench.sample_email(*self._email_choice(), self.editor.toPlainText())
        except (ActionRefused, CaseFileError) as exc:
            self._fail(in_words(exc))
            return None
        self.error.hide()
        dialog = EmailPreviewDialog(subject, body, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def save(self) -> None:
        try:
            if self.emails:
                self.workbench.save_email_template(*self._email_choice(), self.editor.toPlainText())
            else:
                self.workbench.save_template(*self._choice(), self.editor.toPlainText())
        except (ActionRefused, CaseFileError) as exc:
            self._fail(in_words(exc))
            return
        self.load()
        self.saved.emit()

    def reset(self) -> None:
        try:
            if self.emails:
                self.workbench.reset_email_template(*self._email_choice())
            else:
                self.workbench.reset_template(*self._choice())
        except (ActionRefused, CaseFileError) as exc:
            self._fail(in_words(exc))
            return
        self.load()
        self.saved.emit()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class EmailPreviewDialog(QDialog):
    """The email a template gives on a sample case, as the person would read it."""

    def __init__(self, subject: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sample email"))
        self.subject = QLabel(self.tr("Subject: {subject}").format(subject=subject), self)
        self.subject.setObjectName("sampleSubject")
        self.subject.setWordWrap(True)
        self.subject.setStyleSheet("font-weight: 600;")
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QPlainTextEdit(body, self)
        self.body.setObjectName("sampleBody")
        self.body.setReadOnly(True)
        note = QLabel(
            self.tr("A sample case: the reference, the name and the dates are made up. Nothing was sent."), self
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #4b5563;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.subject)
        layout.addWidget(self.body, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(640, 480)
