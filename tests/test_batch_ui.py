"""Today's letters printed or saved in one go, the signature option and the portability export, in the GUI."""

from __future__ import annotations

import json
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from dpo_desk.domain.letters import LetterKind
from dpo_desk.ui.main_window import MainWindow

from .test_ui import _select_open_request

pytestmark = pytest.mark.gui


def _write_two(window: MainWindow) -> None:
    """Two letters today: one through the workbench, one as the Letters tab writes it, signed by hand."""
    reference = _select_open_request(window)
    window.workbench.write_letter(reference, LetterKind.ACKNOWLEDGEMENT)
    window.detail.sign_by_hand.setChecked(True)
    window._write_letter(reference, LetterKind.ACCESS_RESPONSE, "")


def test_todays_letters_are_printed_as_one_job(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _write_two(window)
    dialog = window.open_letters_of_day()
    assert dialog.table.rowCount() == 2  # the demo's letters were written on other days
    expected = sum(len(PdfReader(BytesIO(window.workbench.letter_pdf(le.id))).pages) for le in dialog.chosen())
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
    _write_two(window)
    dialog = window.open_letters_of_day()
    dialog.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    assert len(dialog.chosen()) == 1 and "1 letter(s) ticked" in dialog.summary.text()
    with qtbot.waitSignal(dialog.finished_work, timeout=10000):
        dialog.save_to(str(tmp_path))
    saved = list(tmp_path.glob("*.pdf"))
    assert [p.name for p in saved] == [dialog.chosen()[0].filename]
    assert len(PdfReader(saved[0]).pages[-1].images) == 0  # written with space to sign by hand
    dialog.table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    dialog.close()


def test_portability_bundle_from_the_case(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reference = _select_open_request(window)
    out = tmp_path / "bundle.zip"
    with qtbot.waitSignal(window.refreshed, timeout=3000):
        assert window.export_portability(reference, out)
    manifest = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    assert manifest["reference"] == reference and manifest["files"][0]["path"] == "data/contact-details.json"
    assert "portability bundle saved" in window.statusBar().currentMessage()
    assert not window.export_portability(reference, tmp_path / "missing" / "bundle.zip")  # said in words, no crash
