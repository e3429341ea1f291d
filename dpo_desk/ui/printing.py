"""Printing PDFs held in memory: pages rendered by QtPdf at 300 dpi and painted onto the printer.

No file is written. QPainter may paint on a QPrinter from a worker thread, so batches run as jobs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from .pdf_memory import load_pdf

PRINT_DPI = 300  # sharp on paper; the printer's own 1200 dpi would cost ~500 MB a page


def ask_printer(parent: QWidget, then: Callable[[QPrinter], object]) -> QDialog:
    """The system's print dialog, opened without blocking; `then(printer)` when the user prints.

    With no printer set up on this computer, a message says so and how to go on, instead.
    """
    if not QPrinterInfo.availablePrinters():
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("Printing", "No printer"),
            QCoreApplication.translate(
                "Printing",
                "No printer is set up on this computer, so nothing can be printed. Add the printer in "
                "the system's printer settings, then choose Print… again; or save the letters as PDF "
                "and print them from another computer.",
            ),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("noPrinter")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: then(printer))
    # QPrintDialog.open(receiver, member) hides QDialog.open() in the binding: call the latter.
    QDialog.open(dialog)
    return dialog


def printed_words(pages: int, printer: QPrinter) -> str:
    """What a finished print job says, with the printer's name (or the file printed into)."""
    if printer.outputFormat() is QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        where = printer.outputFileName()
    else:
        where = printer.printerName()
    return QCoreApplication.translate("Printing", "%n page(s) sent to {printer}.", "", pages).format(printer=where)


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
        raise PrintingFailed(
            QCoreApplication.translate("Printing", "The printer {name} could not be opened.").format(
                name=printer.printerName()
            )
        )
    printed = 0
    try:
        for number, data in enumerate(documents):
            if cancelled is not None and cancelled():
                break
            document = QPdfDocument()
            if not load_pdf(document, data):
                raise PrintingFailed(
                    QCoreApplication.translate("Printing", "Document {number} cannot be read as a PDF.").format(
                        number=number + 1
                    )
                )
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
