"""Looking at a document of a case without writing it to disk in plaintext.

PDFs are read by QtPdf from a memory buffer; images are decoded in memory; text is shown as is.
"Save a copy…" is the one way out, and it is the user's explicit choice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .pdf_memory import load_pdf
from .printing import PrintingFailed, ask_printer, print_pdfs, printed_words

TEXT_LIMIT = 2_000_000


class PreviewDialog(QDialog):
    def __init__(self, filename: str, media_type: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(filename)
        self._filename = filename
        self._data = data
        self.kind = "none"
        layout = QVBoxLayout(self)
        layout.addWidget(self._viewer(media_type, data), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        save = QPushButton(self.tr("Save a copy…"), self)
        save.setToolTip(self.tr("Writes the document, unencrypted, where you choose"))
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        save.clicked.connect(self._save_copy)
        if self.kind == "pdf":
            self.print_button = QPushButton(self.tr("Print…"), self)
            self.print_button.setObjectName("printButton")
            buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.print_button.clicked.connect(self._print_dialog)
        self.outcome = QLabel(self)  # what printing did, or why it did not
        self.outcome.setObjectName("printOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.resize(820, 900)

    def _viewer(self, media_type: str, data: bytes) -> QWidget:
        if media_type == "application/pdf" or data[:5] == b"%PDF-":
            self.document = QPdfDocument(self)
            if load_pdf(self.document, data):
                view = QPdfView(self)
                view.setObjectName("pdfView")
                view.setDocument(self.document)
                view.setPageMode(QPdfView.PageMode.MultiPage)
                view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
                self.kind = "pdf"
                return view
            return self._nothing(self.tr("This PDF cannot be read: it may be damaged or protected."))
        if media_type.startswith("image/"):
            image = QImage.fromData(data)
            if image.isNull():
                return self._nothing(self.tr("This image cannot be read."))
            label = QLabel(self)
            label.setObjectName("imageView")
            label.setPixmap(QPixmap.fromImage(image))
            area = QScrollArea(self)
            area.setWidget(label)
            area.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.kind = "image"
            return area
        if media_type.startswith("text/") or media_type in ("application/json", "message/rfc822"):
            text = QPlainTextEdit(self)
            text.setObjectName("textView")
            text.setReadOnly(True)
            text.setPlainText(data[:TEXT_LIMIT].decode("utf-8", errors="replace"))
            self.kind = "text"
            return text
        return self._nothing(self.tr("No preview for this kind of document. Save a copy to open it elsewhere."))

    def _print_dialog(self) -> None:
        ask_printer(self, self.print_to)

    def print_to(self, printer: QPrinter) -> int:
        """Print every page at 300 dpi, rendered in memory; returns the number of pages printed.

        The dialog says under the document how it went: the pages sent and where, or why not.
        """
        try:
            pages = print_pdfs(printer, [self._data])
        except PrintingFailed as exc:
            self.outcome.setText(self.tr("Not printed: {why}").format(why=exc))
            self.outcome.setStyleSheet("color: #b91c1c;")
            self.outcome.show()
            return 0
        self.outcome.setText(printed_words(pages, printer))
        self.outcome.setStyleSheet("")
        self.outcome.show()
        return pages

    def _nothing(self, message: str) -> QLabel:
        label = QLabel(message, self)
        label.setObjectName("noPreview")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def _save_copy(self) -> None:
        dialog = QFileDialog(self, self.tr("Save a copy"), self._filename)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.save_to)
        dialog.open()

    def save_to(self, path: str) -> None:
        with open(path, "wb") as handle:
            handle.write(self._data)
