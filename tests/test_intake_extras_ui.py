"""The intake form records the civility and a request made through an heir, by keyboard and clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dpo_desk.ui.intake_dialog import IntakeDialog

pytestmark = pytest.mark.gui


def test_civility_and_an_heir_are_logged_from_the_form(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.log_action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), IntakeDialog), timeout=3000)
    intake = QApplication.activeModalWidget()
    assert not intake.on_behalf.name.isVisible()  # the person themselves, by default
    qtbot.keyClick(intake.civility, Qt.Key.Key_Down)  # (none given) -> Madame
    assert intake.civility.currentData() == "madame"
    qtbot.keyClicks(intake.last_name, "Martin")
    qtbot.keyClicks(intake.first_name, "Jean")
    for _ in range(3):
        qtbot.keyClick(intake.on_behalf.kind, Qt.Key.Key_Down)
    assert intake.on_behalf.kind.currentData() == "heir"
    assert intake.on_behalf.name.isVisible() and intake.on_behalf.death.isVisible()
    qtbot.keyClicks(intake.on_behalf.name, "Claire Martin")
    qtbot.keyClicks(intake.on_behalf.email, "claire.martin@example.fr")
    qtbot.keyClicks(intake.on_behalf.death, "acte de deces du 2 novembre")
    intake.rights[next(iter(intake.rights))].setChecked(True)
    intake.grab().save(str(tmp_path / "intake.png"))
    with qtbot.waitSignal(intake.logged, timeout=5000) as logged:
        qtbot.mouseClick(intake.save, Qt.MouseButton.LeftButton)
    detail = window.workbench.detail(logged.args[0])
    assert (detail.civility, detail.on_behalf, detail.requester_name) == ("madame", "heir", "Claire Martin")


def test_a_receipt_signed_is_recorded_from_the_letters_tab(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox, QTabWidget
    from sqlalchemy import select

    from dpo_desk.storage.models import Letter, Request
    from dpo_desk.ui.receipt_dialog import ReceiptDialog

    with window.workbench.case.reader(orm=True) as reading:
        reference, letter_id = reading.orm.execute(
            select(Request.reference, Letter.id)
            .join(Letter, Letter.request_id == Request.id)
            .where(Letter.sent_channel == "post", Letter.registered_mail_no != "")
            .limit(1)
        ).one()
    assert window.select_reference(reference)
    tabs = window.detail.findChild(QTabWidget)
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(window.detail.letters)))
    model = window.detail.letters_model
    window.detail.letters.selectRow(next(r for r in range(model.rowCount()) if model.row_at(r).id == letter_id))
    assert window.detail.receipt_button.isEnabled()
    qtbot.mouseClick(window.detail.receipt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ReceiptDialog), timeout=3000)
    dialog = QApplication.activeModalWidget()
    scan = tmp_path / "ar.pdf"
    scan.write_bytes(b"%PDF-1.4 signed")
    dialog.set_scan(scan)
    dialog.grab().save(str(tmp_path / "receipt.png"))
    with qtbot.waitSignal(window.refreshed, timeout=3000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    detail = window.workbench.detail(reference)
    assert detail.events[-1].kind == "receipt_signed"
    assert any(a.filename == "ar.pdf" for a in detail.attachments)
    shown = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert any("receipt signed" in text for text in shown), shown


def test_the_heirs_authority_is_checked_from_the_case_before_the_identity(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    from dpo_desk.domain.channels import Channel
    from dpo_desk.domain.rights import Right
    from dpo_desk.services.views import NewRequest, PersonInput, ProxyInput
    from dpo_desk.ui.text_dialog import TextDialog

    from .conftest import TODAY

    code = window.workbench.organisations()[0][0]
    outcome = window.workbench.log_request(
        NewRequest(
            channel=Channel.POST,
            received_on=TODAY,
            person=PersonInput(first_name="Jean", last_name="Martin"),
            rights=(Right.ERASURE,),
            organisation_code=code,
            proxy=ProxyInput("heir", "Claire Martin", email="claire@example.fr"),
        )
    )
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        window.refresh()
    assert window.select_reference(outcome.reference)
    assert window.detail.authority_button.isVisible() and window.detail.authority_button.isEnabled()
    qtbot.mouseClick(window.detail.authority_button, Qt.MouseButton.LeftButton)
    for answer in ("acte de notoriete du 2 novembre", "acte de deces du 28 octobre"):
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), TextDialog), timeout=3000)
        dialog = QApplication.activeModalWidget()
        qtbot.keyClicks(dialog.editor, answer)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workbench.detail(outcome.reference).authority_checked_on == TODAY, timeout=3000)
    assert window.workbench.detail(outcome.reference).death_proof == "acte de deces du 28 octobre"
    qtbot.waitUntil(lambda: not window.detail.authority_button.isEnabled(), timeout=3000)
