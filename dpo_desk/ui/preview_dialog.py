"""Looking at a document of a case without writing it to disk in plaintext.

PDFs are read by QtPdf from a memory buffer; images are decoded in memory; text is shown as is.
"Save a copy…" is the one way out, and it is the user's explicit choice.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
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

TEXT_LIMIT = 2_000_000
PRINT_DPI = 300


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
        layout.addWidget(buttons)
        self.resize(820, 900)

    def _viewer(self, media_type: str, data: bytes) -> QWidget:
        if media_type == "application/pdf" or data[:5] == b"%PDF-":
            self._bytes = QByteArray(data)
            self._buffer = QBuffer(self._bytes, self)
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document = QPdfDocument(self)
            self.document.load(self._buffer)
            if self.document.status() == QPdfDocument.Status.Ready:
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
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.open()

    def print_to(self, printer: QPrinter) -> int:
        """Print every page at the printer's resolution; returns the number of pages printed.

        Pages are rendered in memory (QtPdf) and painted straight onto the printer: no file is written.
        """
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            pages = self.document.pageCount()
            for index in range(pages):
                if index:
                    printer.newPage()
                area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
                size = self.document.pagePointSize(index)
                # 300 dpi is sharp on paper; the printer's own 1200 dpi would cost ~500 MB a page.
                dpi = min(PRINT_DPI, printer.resolution())
                target = QSize(int(size.width() * dpi / 72), int(size.height() * dpi / 72))
                image = self.document.render(index, target)
                white = QImage(target, QImage.Format.Format_RGB32)
                white.fill(Qt.GlobalColor.white)  # QtPdf renders on a transparent background
                page_painter = QPainter(white)
                page_painter.drawImage(0, 0, image)
                page_painter.end()
                scale = min(area.width() / target.width(), area.height() / target.height())
                placed = QSize(int(target.width() * scale), int(target.height() * scale))
                painter.drawImage(QRect(area.topLeft(), placed), white)
            return pages
        finally:
            painter.end()

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
