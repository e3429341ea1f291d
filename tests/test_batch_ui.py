"""Today's letters printed or saved in one go, the signature option and the portability export, in the GUI."""

from __future__ import annotations

import json
import threading
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from dpo_desk.domain.letters import LetterKind
from dpo_desk.ui.main_window import MainWindow

from .test_ui import _select_open_request

pytestmark = pytest.mark.gui


def complete_access_answer(window: MainWindow, reference: str) -> None:
    """One activity ticked and its extract attached: the access answer is complete."""
    from dpo_desk.services.views import FileInput

    window.workbench.set_concerned(reference, window.workbench.suggested_activities(reference)[:1])
    window.workbench.attach(reference, [FileInput("crm.csv", b"champ;valeur\nemail;x@example.fr\n", "extract")])
    window.workbench.access_report(reference)  # the letter encloses it: made first


def _write_two(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Two letters today: one through the workbench, one as the Letters tab writes it, signed by hand."""
    reference = _select_open_request(window)
    complete_access_answer(window, reference)
    window.workbench.write_letter(reference, LetterKind.ACKNOWLEDGEMENT)
    window.detail.sign_by_hand.setChecked(True)
    job = window._write_letter(reference, LetterKind.ACCESS_RESPONSE, "")
    qtbot.waitUntil(lambda: job not in window._jobs, timeout=15000)  # written off the GUI thread


def test_todays_letters_are_printed_as_one_job(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _write_two(qtbot, window)
    dialog = window.open_letters_of_day()
    # The demo's letters were written on other days; the access letter encloses the access report.
    assert [d.kind for d in dialog.chosen()] == ["acknowledgement", "access_response", "access_report"]
    assert dialog.table.item(2, 2).text() == "Access report (enclosed with the letter)"
    reference = dialog.chosen()[2].reference
    [kept] = [a for a in window.workbench.detail(reference).attachments if a.kind == "report"]
    assert dialog.chosen()[2].id == kept.id  # the report kept with the case's documents
    report = PdfReader(BytesIO(window.workbench.day_document_pdf(dialog.chosen()[2])))
    assert reference in report.pages[0].extract_text()
    expected = sum(len(PdfReader(BytesIO(window.workbench.day_document_pdf(le))).pages) for le in dialog.chosen())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # no printer here: print into a file
    printer.setOutputFileName(str(tmp_path / "batch.pdf"))
    with qtbot.waitSignal(dialog.finished_work, timeout=20000) as said:
        job = dialog.print_to(printer)
    assert job is not None
    assert said.args == [f"{expected} page(s) sent to {tmp_path / 'batch.pdf'}."]
    assert len(PdfReader(tmp_path / "batch.pdf").pages) == expected
    dialog.close()


def test_ticked_letters_are_saved_to_a_folder(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _write_two(qtbot, window)
    dialog = window.open_letters_of_day()
    dialog.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    assert len(dialog.chosen()) == 2 and "2 letter(s) ticked" in dialog.summary.text()  # the letter and its report
    with qtbot.waitSignal(dialog.finished_work, timeout=10000):
        dialog.save_to(str(tmp_path))
    saved = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert saved == sorted(d.filename for d in dialog.chosen())
    letter = tmp_path / dialog.chosen()[0].filename
    assert len(PdfReader(letter).pages[-1].images) == 0  # written with space to sign by hand
    dialog.table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    dialog.table.item(2, 0).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    dialog.close()


def test_portability_bundle_from_the_case(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    reference = _select_open_request(window)
    out = tmp_path / "bundle.zip"
    threads: list[bool] = []
    real = window.workbench.save_portability_bundle

    def bundle(ref: str, path: Path):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return real(ref, path)

    monkeypatch.setattr(window.workbench, "save_portability_bundle", bundle)
    with qtbot.waitSignal(window.refreshed, timeout=10000):
        window.export_portability(reference, out)
    assert threads == [False]  # made off the GUI thread
    manifest = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    assert manifest["reference"] == reference and manifest["files"][0]["path"] == "data/contact-details.json"
    assert "portability bundle saved" in window.statusBar().currentMessage()
    assert window.workbench.detail(reference).events[-1].kind == "portability_exported"
    with qtbot.waitSignal(
        window.export_portability(reference, tmp_path / "missing" / "bundle.zip").failed, timeout=10000
    ):
        pass
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox, "errorBox")))
    [box] = [b for b in window.findChildren(QMessageBox, "errorBox") if b.isVisible()]
    assert box.text().startswith("The bundle could not be written:")  # said in words, no crash
    box.close()
    assert window.workbench.detail(reference).events[-1].kind == "portability_exported"
    assert len([e for e in window.workbench.detail(reference).events if e.kind == "portability_exported"]) == 1


def test_an_access_letter_is_not_written_without_the_report_it_encloses(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """An access letter always has its report (issue 15): without ticks there is neither, and the batch holds none."""
    from dpo_desk.services.errors import ActionRefused

    reference = _select_open_request(window)
    window.workbench.set_concerned(reference, [])
    with pytest.raises(ActionRefused, match="Tick the processing activities"):
        window.workbench.write_letter(reference, LetterKind.ACCESS_RESPONSE)
    dialog = window.open_letters_of_day()
    assert dialog.chosen() == []
    dialog.close()


def test_the_portability_button_asks_where_and_saves_there(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QFileDialog

    reference = _select_open_request(window)
    qtbot.mouseClick(window.detail.portability_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QFileDialog), timeout=3000)
    chooser = QApplication.activeModalWidget()
    assert chooser.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert chooser.nameFilters() == ["ZIP archives (*.zip)"] and chooser.defaultSuffix() == "zip"
    assert chooser.selectedFiles()[0].endswith(f"{reference}-portability.zip")
    chooser.setDirectory(str(tmp_path))
    chooser.selectFile("bundle")  # typed without its suffix: .zip is added
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        chooser.accept()
    manifest = json.loads(zipfile.ZipFile(tmp_path / "bundle.zip").read("manifest.json"))
    assert manifest["reference"] == reference
