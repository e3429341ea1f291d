"""PDFs held in memory, opened by QtPdf without a file: case data never touches the disk."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument


def load_pdf(document: QPdfDocument, data: bytes) -> bool:
    """Load `data` into `document`; True when it can be read.

    QtPdf reads pages from the device as they are drawn, so the buffer belongs to the document
    and lives as long as it.
    """
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document.status() == QPdfDocument.Status.Ready
