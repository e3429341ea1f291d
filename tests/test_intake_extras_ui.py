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
