"""Through the real widgets: the redaction window (extracts and documents), the mapping dialog of an
import, Export dossier… on a case, the register of requests, the register's spreadsheets."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from dpo_desk.front_door.workbench import Workbench
from dpo_desk.services import cases
from dpo_desk.storage.casefile import CaseFile
from dpo_desk.ui.import_requests_dialog import ImportRequestsDialog
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.redaction_dialog import RedactionDialog

from .conftest import TODAY
from .test_cases import log
from .test_redaction import NEIGHBOUR_PHONE, complaint_pdf
from .test_spreadsheet_import import workbook

pytestmark = pytest.mark.gui


def _modal(qtbot, kind):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=5000)
    return QApplication.activeModalWidget()


@pytest.fixture
def own_window(qtbot, case: CaseFile):  # type: ignore[no-untyped-def]
    rows = "date;personne;téléphone\n2026-10-01;Jeanne Lefèvre;0611223344\n2026-10-02;Sophie MARTIN;0781234567\n"
    ref = log(
        case,
        received=TODAY - timedelta(days=3),
        identifiers={"téléphone": "06 11 22 33 44"},
        files=(
            cases.FileInput("plainte.pdf", complaint_pdf(), "scan"),
            cases.FileInput("cctv.csv", rows.encode(), "extract"),
        ),
    ).reference
    window = MainWindow(Workbench(case, "dpo", today=lambda: TODAY))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        window.show()
    assert window.select_reference(ref)
    return window, ref


def _choose_document(qtbot, window: MainWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    detail = window.detail
    detail.tabs.setCurrentIndex(1)
    model = detail.documents_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data().startswith(name))
    rect = detail.documents.visualRect(model.index(row, 0))
    qtbot.mouseClick(detail.documents.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert detail.redact_button.isEnabled()


def test_the_redaction_window_on_a_document(qtbot, own_window) -> None:  # type: ignore[no-untyped-def]
    window, _ = own_window
    _choose_document(qtbot, window, "plainte.pdf")
    qtbot.mouseClick(window.detail.redact_button, Qt.MouseButton.LeftButton)
    dialog = _modal(qtbot, RedactionDialog)
    qtbot.waitUntil(lambda: dialog.suggestions_list.count() > 0, timeout=10000)  # searched in the background
    items = [dialog.suggestions_list.item(i).text() for i in range(dialog.suggestions_list.count())]
    assert any(NEIGHBOUR_PHONE in text for text in items) and not any("06 11 22 33 44" in t for t in items)
    phone = next(i for i, text in enumerate(items) if NEIGHBOUR_PHONE in text and "page 1" in text)
    dialog.suggestions_list.item(phone).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.marks_list.count() == 1
    # Drag a box by hand over the first line.
    canvas = dialog.canvas
    start, end = QPoint(40, 30), QPoint(canvas.width() // 2, 60)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    assert dialog.marks_list.count() == 2 and len(canvas.boxes) == 2
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.page == 1 and canvas.boxes == []
    with qtbot.waitSignal(dialog.copy_made, timeout=30000) as made:
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    name, _, copy = window.workbench.attachment(made.args[0])
    assert name == "plainte-occulte.pdf"
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(copy)).pages)
    assert NEIGHBOUR_PHONE not in text
    qtbot.waitUntil(lambda: "Redacted copy" in window.statusBar().currentMessage(), timeout=3000)
    documents = window.detail.documents_model
    qtbot.waitUntil(  # the case read again off the GUI thread: the copy is listed with the documents
        lambda: "plainte-occulte.pdf" in [documents.index(r, 0).data() for r in range(documents.rowCount())],
        timeout=5000,
    )


def test_the_redaction_window_on_an_extract(qtbot, own_window) -> None:  # type: ignore[no-untyped-def]
    window, _ = own_window
    _choose_document(qtbot, window, "cctv.csv")
    qtbot.mouseClick(window.detail.redact_button, Qt.MouseButton.LeftButton)
    dialog = _modal(qtbot, RedactionDialog)
    dialog.reason.clear()
    table = dialog.table
    rect = table.visualRect(dialog.table_model.index(1, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(dialog.findChild(QPushButton, "withholdRows"), Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "reason" in dialog.error.text() and dialog.marks_list.count() == 0
    qtbot.keyClicks(dialog.reason, "Another person filmed")
    qtbot.mouseClick(dialog.findChild(QPushButton, "withholdRows"), Qt.MouseButton.LeftButton)
    assert dialog.marks_list.count() == 1 and dialog.table_model.item(1, 0).toolTip()
    with qtbot.waitSignal(dialog.saved, timeout=3000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [1]
    assert window.workbench.redaction_source(dialog.attachment_id).marks[0].row == 1


def test_the_mapping_dialog_imports_the_readable_rows(qtbot, own_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, _ = own_window
    path = workbook(tmp_path / "demandes.xlsx")
    window.open_import_requests(path)
    dialog = _modal(qtbot, ImportRequestsDialog)
    assert "4 row(s) can be imported; 5 cannot" in dialog.summary.text()
    assert dialog.problems.count() == 5 and dialog.problems.item(0).text().startswith("Row 6:")
    # Unmap the date received: nothing can be imported until it is mapped again.
    combo = dialog.columns["received_on"]
    combo.setCurrentIndex(0)
    assert not dialog.import_button.isEnabled() and "Date received" in dialog.summary.text()
    combo.setCurrentIndex(combo.findData("Date de réception"))
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Import 4 request(s)"
    with qtbot.waitSignal(dialog.imported, timeout=30000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args == [4]
    assert "4 request(s) imported, 0 already there, 5 row(s) not imported." in dialog.summary.text()
    qtbot.waitUntil(lambda: window.model.rowCount() == 5, timeout=3000)
    # The mapping is saved for the command line.
    dialog.save_mapping(str(tmp_path / "mapping.json"))
    assert '"received_on": "Date de réception"' in (tmp_path / "mapping.json").read_text()


def test_export_dossier_from_the_case(qtbot, own_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, ref = own_window
    qtbot.mouseClick(window.detail.dossier_button, Qt.MouseButton.LeftButton)
    chooser = window.findChild(QFileDialog, "dossierChooser")
    assert chooser is not None and chooser.isVisible()
    target = tmp_path / "dossier.pdf"
    chooser.fileSelected.emit(str(target))
    chooser.close()
    box = _modal(qtbot, QMessageBox)
    assert box.objectName() == "dossierBox" and "verify --expect" in box.text()
    assert target.read_bytes().startswith(b"%PDF") and ref in " ".join(
        p.extract_text() for p in PdfReader(str(target)).pages
    )
    box.accept()


def test_the_register_of_requests_and_the_register_spreadsheets(qtbot, own_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from dpo_desk.ui.register_dialog import RegisterDialog
    from dpo_desk.ui.request_register_dialog import RequestRegisterDialog

    window, ref = own_window
    action = window.findChild(type(window.lock_action), "requestRegisterAction")
    action.trigger()
    dialog = _modal(qtbot, RequestRegisterDialog)
    assert not dialog.names.isChecked()
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save_to(tmp_path / "r.xlsx")
    rows = list(load_workbook(tmp_path / "r.xlsx").active.values)
    assert rows[1][0] == ref and len(rows) == 2
    with window.workbench.case.unit_of_work() as session:
        from dpo_desk.paths import resources_dir
        from dpo_desk.services import register as registers

        registers.import_register(session, resources_dir() / "registers" / "imv.json", "IMV", user="dpo")
    window.open_register()
    register = _modal(qtbot, RegisterDialog)
    assert register.export_file(tmp_path / "reg.ods", "cnil")
    box = register.import_file(tmp_path / "reg.ods")
    assert box is not None and "6 processing activit" in box.text() and "CNIL model register" in box.text()
    replace = next(b for b in box.buttons() if b.text() == "Replace the register")
    with qtbot.waitSignal(register.saved, timeout=3000):
        qtbot.mouseClick(replace, Qt.MouseButton.LeftButton)
    assert register.list.count() == 6
