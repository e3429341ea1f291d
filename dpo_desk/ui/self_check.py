"""The self-test's window step: QtPdf draws the letter and the workbench lists the request, offscreen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtPdf import QPdfDocument

from ..front_door.case_files import CaseFile
from ..front_door.workbench import Workbench
from .app import make_application
from .main_window import MainWindow
from .pdf_memory import load_pdf


def check_window(case: CaseFile, pdf: bytes, folder: Path) -> str:
    """A sentence on success; RuntimeError saying what failed."""
    # The user's own settings (window state, recent files) are left as they are.
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    app = make_application(["dpo-desk"])
    document = QPdfDocument()
    if not load_pdf(document, pdf):
        raise RuntimeError("QtPdf cannot read the letter")
    image = document.render(0, QSize(210, 297))
    if image.isNull():
        raise RuntimeError("QtPdf drew nothing")
    window = MainWindow(Workbench(case, "self-test"))
    window.show()
    app.processEvents()
    rows = window.model.rowCount()
    window.close()
    if rows != 1:
        raise RuntimeError(f"the window lists {rows} requests instead of 1")
    return f"Qt {app.platformName()}, letter drawn, window lists the request"
