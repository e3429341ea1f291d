"""Printing PDFs held in memory: pages rendered by QtPdf at 300 dpi and painted onto the printer.

No file is written. QPainter may paint on a QPrinter from a worker thread, so batches run as jobs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from .pdf_memory import load_pdf

PRINT_DPI = 300  # sharp on paper; the printer's own 1200 dpi would cost ~500 MB a page


def ask_printer(parent: QWidget, then: Callable[[QPrinter], object]) -> QPrintDialog:
    """The system's print dialog, opened without blocking; `then(printer)` when the user prints."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: then(printer))
    dialog.open()
    return dialog


class PrintingFailed(Exception):
    """The printer could not be opened or a document could not be read."""


def print_pdfs(
    printer: QPrinter,
    documents: Sequence[bytes],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Print every page of every document, in order, as one print job; returns the pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintingFailed("The printer could not be opened.")
    printed = 0
    try:
        for number, data in enumerate(documents):
            if cancelled is not None and cancelled():
                break
            document = QPdfDocument()
            if not load_pdf(document, data):
                raise PrintingFailed(f"Document {number + 1} cannot be read as a PDF.")
            for index in range(document.pageCount()):
                if printed:
                    printer.newPage()
                _paint_page(painter, printer, document, index)
                printed += 1
            document.close()
            if progress is not None:
                progress(number + 1, len(documents))
        return printed
    finally:
        painter.end()


def _paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, index: int) -> None:
    area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
    size = document.pagePointSize(index)
    dpi = min(PRINT_DPI, printer.resolution())
    target = QSize(int(size.width() * dpi / 72), int(size.height() * dpi / 72))
    image = document.render(index, target)
    white = QImage(target, QImage.Format.Format_RGB32)
    white.fill(Qt.GlobalColor.white)  # QtPdf renders on a transparent background
    page_painter = QPainter(white)
    page_painter.drawImage(0, 0, image)
    page_painter.end()
    scale = min(area.width() / target.width(), area.height() / target.height())
    placed = QSize(int(target.width() * scale), int(target.height() * scale))
    painter.drawImage(QRect(area.topLeft(), placed), white)
