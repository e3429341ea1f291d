"""The window's ways in for a document (dropped on the window, on the intake form, the proof of
identity chosen) refuse it by its size before reading it, and store the others a chunk at a time."""

from __future__ import annotations

import hashlib
import os
import tracemalloc
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from dpo_desk.front_door.workbench import Workbench
from dpo_desk.storage.casefile import CaseFile
from dpo_desk.ui.main_window import MainWindow

from .conftest import TODAY
from .test_cases import log

pytestmark = pytest.mark.gui


def _sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as f:
        f.truncate(size)
    return path


def _drop(window: MainWindow, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)  # what Qt calls once the drag was accepted (dragEnterEvent)


def test_a_2_gb_document_dropped_on_a_case_is_refused_unread_and_a_40_mb_one_kept(  # type: ignore[no-untyped-def]
    qtbot, case: CaseFile, tmp_path: Path
) -> None:
    reference = log(case, received=TODAY).reference
    window = MainWindow(Workbench(case, "lucas"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    window.table.selectRow(0)
    assert window.detail.reference == reference
    huge = _sparse(tmp_path / "scan-600dpi.pdf", 2 * 1024**3)
    tracemalloc.start()
    try:
        _drop(window, huge)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and "scan-600dpi.pdf is 2,048.0 MB; attachments are limited to 50 MB" in box.text()
    assert peak < 16 * 1024 * 1024, peak
    assert window.workbench.detail(reference).attachments == []
    box.close()
    kept = tmp_path / "dossier.pdf"
    data = os.urandom(40 * 1024 * 1024)
    kept.write_bytes(data)
    _drop(window, kept)  # kept off the GUI thread; the pane then shows it (the first counts may refresh first)
    qtbot.waitUntil(lambda: window.detail.documents_model.rowCount() == 1, timeout=20000)
    documents = window.workbench.detail(reference).attachments
    assert [(d.filename, d.size) for d in documents] == [("dossier.pdf", len(data))]
    name, _, back = window.workbench.attachment(documents[0].id)
    assert (name, hashlib.sha256(back).digest()) == ("dossier.pdf", hashlib.sha256(data).digest())


def test_the_intake_form_refuses_a_2_gb_scan_in_words_and_logs_nothing(  # type: ignore[no-untyped-def]
    qtbot, case: CaseFile, tmp_path: Path
) -> None:
    window = MainWindow(Workbench(case, "lucas"))
    qtbot.addWidget(window)
    window.show()
    intake = window.open_intake()
    qtbot.keyClicks(intake.last_name, "Lefevre")
    intake.rights[next(iter(intake.rights))].setChecked(True)
    intake.add_scan_files([_sparse(tmp_path / "courrier.pdf", 2 * 1024**3)])
    qtbot.mouseClick(intake.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "attachments are limited to 50 MB" in intake.error.text(), timeout=5000)
    assert "courrier.pdf is 2,048.0 MB" in intake.error.text()
    assert window.model.rowCount() == 0
