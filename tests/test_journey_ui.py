"""The whole journey through the window's own menus, buttons and dialogs, in English and in French:
a postal request logged at the keyboard → identity asked, received, verified → acknowledgement
written → printed to a real CUPS queue (read back) → marked sent; then an email imported →
answered."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time
from email.message import EmailMessage
from email.utils import format_datetime
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QFileDialog

from dpo_desk.domain.letters import LetterKind
from dpo_desk.ui.case_table_model import ROW_ROLE
from dpo_desk.ui.intake_dialog import IntakeDialog
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.preview_dialog import PreviewDialog
from dpo_desk.ui.proof_dialog import ProofDialog
from dpo_desk.ui.sent_dialog import SentDialog
from dpo_desk.ui.text_dialog import TextDialog

from .conftest import TODAY
from .cups_server import CupsServer, cupsd_binary, running_cups

pytestmark = [
    pytest.mark.gui,
    pytest.mark.needs_cups,
    pytest.mark.skipif(cupsd_binary() is None, reason="cupsd is not installed (.ci/run installs cups-daemon)"),
]


@pytest.fixture(params=["en", "fr"])
def language(request) -> Iterator[str]:  # type: ignore[no-untyped-def]
    if request.param == "fr":
        request.getfixturevalue("french")
    yield request.param


@pytest.fixture
def cups() -> Iterator[CupsServer]:
    with running_cups() as server:
        yield server


def _modal(qtbot, kind):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=5000)
    return QApplication.activeModalWidget()


def _activate(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.activateWindow()  # shortcuts need an active window; offscreen does not activate by itself
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=3000)


def _ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def _select(qtbot, window: MainWindow, reference: str, typed: str = "") -> None:  # type: ignore[no-untyped-def]
    window.search.clear()
    with qtbot.waitSignal(window.model.modelReset, timeout=3000):
        qtbot.keyClicks(window.search, typed or reference)
    [row] = [
        r for r in range(window.model.rowCount()) if window.model.index(r, 0).data(ROW_ROLE).reference == reference
    ]
    rect = window.table.visualRect(window.model.index(row, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.detail.reference == reference


def _menu_action(menu, data: str):  # type: ignore[no-untyped-def]
    return next(a for a in menu.actions() if a.data() == data)


def _email(tmp_path: Path) -> Path:
    message = EmailMessage()
    message["From"] = "Zoe Martin <zoe.martin@example.fr>"
    message["To"] = "dpo@imv-technologies.com"
    message["Subject"] = "Demande d'accès à mes données"
    message["Date"] = format_datetime(datetime.combine(TODAY, time(9, 30)).astimezone())
    message["Message-ID"] = "<journey-1@example.fr>"
    message.set_content(
        "Bonjour,\nJe souhaite exercer mon droit d'accès à mes données personnelles (article 15 du RGPD)."
    )
    path = tmp_path / "demande.eml"
    path.write_bytes(message.as_bytes())
    return path


def test_the_journey_through_the_window(
    qtbot, language: str, window: MainWindow, cups: CupsServer, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # 1. A letter arrives by post: logged at the keyboard (Ctrl+N, Tab, Ctrl+Enter).
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    intake = _modal(qtbot, IntakeDialog)
    _activate(qtbot, intake)
    qtbot.keyClick(intake.received, Qt.Key.Key_Tab)  # out of the date, to the channel
    qtbot.keyClick(intake.channel, Qt.Key.Key_Tab)
    qtbot.keyClicks(intake.registered, "1A 987 654 3210 9")
    qtbot.keyClicks(intake.first_name, "Anouk")
    qtbot.keyClicks(intake.last_name, "Journee")
    intake.address.setPlainText("4 rue des Voyages\n44000 Nantes")
    access = intake.rights[next(r for r in intake.rights if r.value == "access")]
    qtbot.mouseClick(access, Qt.MouseButton.LeftButton, pos=QPoint(8, access.height() // 2))
    with qtbot.waitSignal(intake.logged, timeout=5000) as logged:
        qtbot.keyClick(intake.last_name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    reference = logged.args[0]
    _select(qtbot, window, reference, "1A98765432109")  # found by its registered number typed without spaces

    # 2. Identity: asked (the doubt), the proof arrives today without a copy, verified by customer number.
    qtbot.mouseClick(window.detail.ask_id_button, Qt.MouseButton.LeftButton)
    doubt = _modal(qtbot, TextDialog)
    qtbot.keyClicks(doubt.editor, "The address differs from the customer file")
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        _ok(qtbot, doubt)
    qtbot.mouseClick(window.detail.id_received_button, Qt.MouseButton.LeftButton)
    proof = _modal(qtbot, ProofDialog)
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        qtbot.mouseClick(proof.no_copy, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        _menu_action(window.detail.verify_menu, "customer_number").trigger()
    assert window.workbench.detail(reference).identity_state == "verified"

    # 3. The acknowledgement, written from the Letters tab, shown, and printed to the CUPS queue.
    _menu_action(window.detail.write_menu, LetterKind.ACKNOWLEDGEMENT.value).trigger()
    preview = _modal(qtbot, PreviewDialog)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    printing = _modal(qtbot, QPrintDialog)
    printers = printing.findChild(QComboBox, "printers")
    printers.setCurrentIndex(printers.findText(cups.printer))
    _ok(qtbot, printing)
    qtbot.waitUntil(lambda: len(cups.jobs()) == 1, timeout=30000)
    letter_pages = len(PdfReader(BytesIO(preview._data)).pages)
    assert len(PdfReader(cups.jobs()[0]).pages) == letter_pages
    assert cups.printer in preview.outcome.text()
    preview.close()

    # 4. Marked sent, by registered post.
    window.detail.letters.selectRow(0)
    qtbot.mouseClick(window.detail.sent_button, Qt.MouseButton.LeftButton)
    sent = _modal(qtbot, SentDialog)
    sent.channel.setCurrentIndex(sent.channel.findData("post"))
    qtbot.keyClicks(sent.registered, "1A 111 222 3333 4")
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        _ok(qtbot, sent)
    [letter] = [le for le in window.workbench.letters(reference) if le.kind == "acknowledgement"]
    assert letter.sent_on == TODAY

    # 5. An email request: Case → Import emails…, then answered from the status menu.
    [case_menu] = [a.menu() for a in window.menuBar().actions()[2:3]]
    import_action = next(a for a in case_menu.actions() if a.objectName() == "importEmails")
    assert import_action is not None
    import_action.trigger()
    chooser = _modal(qtbot, QFileDialog)
    chooser.selectFile(str(_email(tmp_path)))
    with qtbot.waitSignal(window.refreshed, timeout=20000):
        chooser.accept()
    emailed = next(
        r.reference
        for r in window.workbench.page(window.workbench.filter_for(None, "zoe"), 0, 5)
        if r.channel == "email"
    )
    _select(qtbot, window, emailed)
    for status in ("in_progress", "answered"):
        with qtbot.waitSignal(window.refreshed, timeout=5000):
            _menu_action(window.detail.status_menu, status).trigger()
    answered = window.workbench.detail(emailed)
    assert answered.status == "answered" and answered.channel == "email"
    shots = tmp_path / f"journey-{language}.png"
    window.grab().save(str(shots))
    assert shots.stat().st_size > 10_000
