"""Mail to triage, clicked: after each action the selected row and the preview show the same message,
and the next action acts on the message shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.text_dialog import TextDialog
from dpo_desk.ui.triage_dialog import TriageDialog

pytestmark = pytest.mark.gui


def _click_row(qtbot, triage: TriageDialog, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = triage.table.visualRect(triage.table.model().index(row, 3))
    qtbot.mouseClick(triage.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _shown_is_selected(triage: TriageDialog) -> str:
    """The subject of the selected message, after checking the preview shows that very message."""
    item = triage.selected()
    assert item is not None
    row = triage.table.selectionModel().selectedRows()[0].row()
    assert triage.table.item(row, 3).text() == item.subject
    assert f"Subject: {item.subject}" in triage.preview.toPlainText()
    assert f"From: {item.sender}" in triage.preview.toPlainText()
    return item.subject


def test_after_logging_the_preview_follows_the_selection(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.triage_action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), TriageDialog), timeout=5000)
    triage = QApplication.activeModalWidget()
    subjects = [triage.table.item(r, 3).text() for r in range(triage.table.rowCount())]
    assert subjects == ["Mes données", "Livraison", "Newsletter"]  # the demo's mail of this morning
    _click_row(qtbot, triage, 0)
    assert _shown_is_selected(triage) == "Mes données"
    with qtbot.waitSignal(triage.changed, timeout=5000):
        qtbot.mouseClick(triage.log_button, Qt.MouseButton.LeftButton)  # an access request: logged at once
    assert "Logged as IMV-" in triage.summary.text()
    assert [triage.table.item(r, 3).text() for r in range(triage.table.rowCount())] == ["Livraison", "Newsletter"]
    assert _shown_is_selected(triage) == "Livraison"  # the message that took its place, shown

    # Set aside acts on the message shown, not on the one logged before nor on another.
    qtbot.mouseClick(triage.aside_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), TextDialog), timeout=5000)
    reason = QApplication.activeModalWidget()
    reason.editor.setPlainText("A delivery complaint, sent to customer service")
    with qtbot.waitSignal(triage.changed, timeout=5000):
        qtbot.mouseClick(
            reason.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    assert [item.subject for item in window.workbench.triage_items()] == ["Newsletter"]
    assert _shown_is_selected(triage) == "Newsletter"
    triage.close()


def test_a_message_chosen_again_is_the_one_shown(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    triage = window.open_triage()
    _click_row(qtbot, triage, 2)
    assert _shown_is_selected(triage) == "Newsletter"
    triage.reload()  # as after a fetch: the same message stays chosen and shown
    assert _shown_is_selected(triage) == "Newsletter"
    _click_row(qtbot, triage, 1)
    assert _shown_is_selected(triage) == "Livraison"
    triage.close()
