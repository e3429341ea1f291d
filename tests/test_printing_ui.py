"""Print… clicked through the real print dialog, to a real CUPS queue whose output is read back.

A private cupsd (tests/cups_server.py) holds one queue that keeps each job's document; without
cupsd the tests skip, except in CI (DPO_DESK_CI=1, where .ci/run installs cups-daemon).
"""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QMessageBox, QWidget

from dpo_desk.domain.letters import LetterKind
from dpo_desk.ui.letters_of_day_dialog import LettersOfDayDialog
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.preview_dialog import PreviewDialog

from .cups_server import CupsServer, cupsd_binary, running_cups
from .test_batch_ui import complete_access_answer
from .test_ui import _select_open_request

pytestmark = [
    pytest.mark.gui,
    pytest.mark.needs_cups,
    pytest.mark.skipif(cupsd_binary() is None, reason="cupsd is not installed (.ci/run installs cups-daemon)"),
]


@pytest.fixture
def cups() -> Iterator[CupsServer]:
    with running_cups() as server:
        yield server


@pytest.fixture
def no_printer() -> Iterator[CupsServer]:
    with running_cups(with_printer=False) as server:
        yield server


def _dialog_of(qtbot, kind: type[QWidget]) -> QWidget:  # type: ignore[no-untyped-def]
    found: list[QWidget] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=5000)
    return found[-1]


def _print_through_the_dialog(qtbot, cups: CupsServer) -> None:  # type: ignore[no-untyped-def]
    """In the system's print dialog: choose the queue by its name and click Print."""
    dialog = _dialog_of(qtbot, QPrintDialog)
    printers = dialog.findChild(QComboBox, "printers")
    assert printers is not None and printers.findText(cups.printer) >= 0, [
        printers.itemText(i) for i in range(printers.count())
    ]
    printers.setCurrentIndex(printers.findText(cups.printer))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text().replace("&", "") == "Print"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _printed(qtbot, cups: CupsServer, count: int = 1) -> list[PdfReader]:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: len(cups.jobs()) >= count, timeout=30000)
    return [PdfReader(path) for path in cups.jobs()]


def test_a_letter_is_printed_from_its_preview(qtbot, window: MainWindow, cups: CupsServer) -> None:  # type: ignore[no-untyped-def]
    reference = _select_open_request(window)
    action = next(a for a in window.detail.write_menu.actions() if a.data() == LetterKind.ACKNOWLEDGEMENT.value)
    action.trigger()
    preview = _dialog_of(qtbot, PreviewDialog)
    assert isinstance(preview, PreviewDialog) and reference in preview.windowTitle()
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    _print_through_the_dialog(qtbot, cups)
    [printed] = _printed(qtbot, cups)
    letter = PdfReader(BytesIO(preview._data))
    assert len(printed.pages) == len(letter.pages)
    image = printed.pages[0].images[0].image  # the page rendered at 300 dpi, A4: 2480 pixels wide
    assert 2400 < image.width < 2600
    assert image.convert("L").getextrema()[0] < 64  # ink on the page, not a blank sheet
    assert preview.outcome.text() == f"{len(letter.pages)} page(s) sent to {cups.printer}."
    preview.close()


def test_the_letters_of_the_day_are_printed_as_one_job(qtbot, window: MainWindow, cups: CupsServer) -> None:  # type: ignore[no-untyped-def]
    reference = _select_open_request(window)
    complete_access_answer(window, reference)
    window.workbench.write_letter(reference, LetterKind.ACKNOWLEDGEMENT)
    window.workbench.write_letter(reference, LetterKind.ACCESS_RESPONSE)
    menu_action = next(
        a for a in window.findChildren(type(window.lock_action)) if a.text() == "&Letters written today…"
    )
    menu_action.trigger()
    dialog = _dialog_of(qtbot, LettersOfDayDialog)
    assert isinstance(dialog, LettersOfDayDialog)
    expected = sum(len(PdfReader(BytesIO(window.workbench.day_document_pdf(le))).pages) for le in dialog.chosen())
    assert [d.kind for d in dialog.chosen()][-1] == "access_report"  # the enclosure printed too
    with qtbot.waitSignal(dialog.finished_work, timeout=30000) as said:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        _print_through_the_dialog(qtbot, cups)
    assert said.args == [f"{expected} page(s) sent to {cups.printer}."]
    [printed] = _printed(qtbot, cups)  # one job, every page
    assert len(printed.pages) == expected
    dialog.close()


def test_with_no_printer_a_message_says_so(qtbot, window: MainWindow, no_printer: CupsServer) -> None:  # type: ignore[no-untyped-def]
    reference = _select_open_request(window)
    window.workbench.write_letter(reference, LetterKind.ACKNOWLEDGEMENT)
    dialog = window.open_letters_of_day()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    box = _dialog_of(qtbot, QMessageBox)
    assert box.objectName() == "noPrinter" and "No printer is set up" in box.text()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintDialog) and w.isVisible()]
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    dialog.close()
    assert no_printer.jobs() == []
