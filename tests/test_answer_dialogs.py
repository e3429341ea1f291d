"""The window records what was decided (Letters tab → Record answer), and the letters then state it."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
)

from dpo_desk.domain.channels import Channel
from dpo_desk.domain.letters import LetterKind
from dpo_desk.domain.rights import Right
from dpo_desk.front_door.workbench import Workbench
from dpo_desk.services import register
from dpo_desk.services.cases import NewRequest, PersonInput
from dpo_desk.storage.casefile import CaseFile
from dpo_desk.ui.answer_dialogs import AnswerDialog
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.preview_dialog import PreviewDialog

from .conftest import TODAY
from .test_letter_content import CCTV, CRM

pytestmark = pytest.mark.gui
# Where the dialogs are grabbed (DPO_DESK_SHOTS=docs/screenshots refreshes the README's pictures).
SHOTS = Path(os.environ.get("DPO_DESK_SHOTS") or tempfile.gettempdir())


def _modal(qtbot, kind):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=5000)
    return QApplication.activeModalWidget()


@pytest.fixture
def window(qtbot, case: CaseFile, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "register.json"
    document = {"format": "dpo-desk-register", "version": 1, "activities": [CRM, CCTV]}
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with case.unit_of_work() as session:
        register.import_register(session, path, "IMV", user="dpo")
    workbench = Workbench(case, "claire.dpo")
    reference = workbench.log_request(
        NewRequest(
            Channel.POST,
            TODAY - timedelta(days=2),
            PersonInput("Jeanne", "Martin", ("jeanne@example.fr",), "3 rue Haute\n61300 L'Aigle"),
            (Right.ERASURE,),
        )
    ).reference
    workbench.set_concerned(reference, [CRM["name"]])
    win = MainWindow(workbench)
    qtbot.addWidget(win)
    win.show()
    win.table.selectRow(0)
    qtbot.waitUntil(lambda: win.detail.reference == reference, timeout=3000)
    return win


def _record(qtbot, window, what: str) -> AnswerDialog:  # type: ignore[no-untyped-def]
    action = next(a for a in window.detail.answer_menu.actions() if a.data() == what)
    action.trigger()
    return _modal(qtbot, AnswerDialog)


def _letter(qtbot, window, kind: LetterKind) -> str:  # type: ignore[no-untyped-def]
    next(a for a in window.detail.write_menu.actions() if a.data() == kind.value).trigger()
    preview = _modal(qtbot, PreviewDialog)
    preview.close()
    letters = window.workbench.letters(window.detail.reference)
    pdf = window.workbench.letter_pdf(letters[-1].id)
    return " ".join(" ".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages).split())


def test_an_erasure_decided_in_the_window_is_what_the_letter_says(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    next(a for a in window.detail.write_menu.actions() if a.data() == "erasure_done").trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorBox") is not None, timeout=3000)
    assert "decide-erasure" in window.findChild(QMessageBox, "errorBox").text()
    window.findChild(QMessageBox, "errorBox").close()
    dialog = _record(qtbot, window, "erasure")
    dialog.findChild(QPlainTextEdit, "erased").setPlainText("votre compte client")
    next(b for b in dialog.findChildren(QPushButton) if b.text() == "Add an item kept").click()
    table = dialog.findChild(QTableWidget, "kept")
    table.cellWidget(0, 0).setText("vos factures")
    table.cellWidget(0, 2).setText("Code de commerce, art. L123-22")
    dialog.grab().save(str(SHOTS / "erasure-decided.png"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    for name in CRM["recipients"]:
        dialog = _record(qtbot, window, "recipient")
        combo = dialog.form.itemAt(1).widget()
        combo.setCurrentIndex(combo.findText(name))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        qtbot.waitUntil(lambda d=dialog: not d.isVisible(), timeout=3000)
    text = _letter(qtbot, window, LetterKind.ERASURE_DONE)
    assert "votre compte client" in text and "vos factures" in text and "L123-22" in text
    assert "https://www.cnil.fr/fr/plaintes" in text and "2 destinataire(s)" in text


def test_a_refused_decision_stays_in_its_dialog(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = _record(qtbot, window, "objection")
    kind, processing, outcome = (dialog.form.itemAt(i).widget() for i in (1, 3, 5))
    kind.setCurrentIndex(kind.findData("direct_marketing"))
    processing.setText("la lettre d’information")
    outcome.setCurrentIndex(outcome.findData("continues"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and "absolute" in dialog.error.text()
    outcome.setCurrentIndex(outcome.findData("stopped"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    text = _letter(qtbot, window, LetterKind.OBJECTION_DONE)
    assert "liste d’opposition" in text


def test_the_unfounded_dialog_shows_earlier_requests(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = _record(qtbot, window, "unfounded")
    assert "No earlier request" in dialog.findChild(QLabel, "earlierRequests").text()
    ground, reasons, answer, fee = (dialog.form.itemAt(i).widget() for i in (3, 5, 7, 9))
    ground.setCurrentIndex(ground.findData("excessive"))
    reasons.setPlainText("cinq demandes identiques en deux semaines")
    answer.setCurrentIndex(answer.findData("fee"))
    fee.setText("12,50")
    dialog.grab().save(str(SHOTS / "unfounded-decided.png"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    text = _letter(qtbot, window, LetterKind.MANIFESTLY_UNFOUNDED)
    assert "manifestement excessive" in text and "12,50 €" in text
