"""Edit → Correct request…, Withdraw as logged in error… and Undo (Ctrl+Z), clicked in the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from dpo_desk.services.dashboard import Bucket
from dpo_desk.ui.correction_dialog import CorrectionDialog
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.text_dialog import TextDialog

from .test_ui import _select_open_request

pytestmark = pytest.mark.gui


def _edit_action(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Edit"]
    menu.aboutToShow.emit()  # as when the menu opens: the actions are brought up to date
    return next(a for a in menu.actions() if a.text().startswith(text))


def _modal(qtbot, kind):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=3000)
    return QApplication.activeModalWidget()


def _history_kinds(window: MainWindow, reference: str) -> list[str]:
    return [e.kind for e in window.workbench.detail(reference).events]


def test_a_request_is_corrected_then_the_correction_undone(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    reference = _select_open_request(window)
    before = window.workbench.detail(reference)
    assert [a.text() for a in window.menuBar().actions()][:3] == ["&File", "&Edit", "&Case"]
    assert not _edit_action(window, "&Undo").isEnabled()
    _edit_action(window, "&Correct request").trigger()
    dialog = _modal(qtbot, CorrectionDialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # nothing changed yet: refused in the dialog
    assert "Nothing to correct" in dialog.error.text() and dialog.isVisible()
    dialog.last_name.clear()
    qtbot.keyClicks(dialog.last_name, "Corrected")
    day = dialog.received.date().addDays(-3)
    dialog.received.setDate(day)
    # A right the request does not have yet (unticking one could leave none: refused, rightly).
    added = next(r for r in dialog.rights if r.value not in before.rights)
    box = dialog.rights[added]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on its box
    with qtbot.waitSignal(window.refreshed, timeout=3000):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    after = window.workbench.detail(reference)
    assert after.person_name.endswith("Corrected") and after.received_on == day.toPython()
    assert added.value in after.rights and set(before.rights) < set(after.rights)
    assert after.due_on < before.due_on  # counted again from the corrected day
    assert _history_kinds(window, reference)[-1] == "request_corrected"

    undo = _edit_action(window, "&Undo")
    assert undo.isEnabled() and undo.text() == f"&Undo correction of {reference}"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    with qtbot.waitSignal(window.refreshed, timeout=3000):
        qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = window.workbench.detail(reference)
    assert (back.person_name, back.received_on, back.rights) == (before.person_name, before.received_on, before.rights)
    assert _history_kinds(window, reference)[-2:] == ["request_corrected", "request_corrected"]
    assert not _edit_action(window, "&Undo").isEnabled()


def test_an_entry_logged_in_error_is_withdrawn_and_counts_no_more(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    reference = _select_open_request(window)
    open_before = window.workbench.counts()[Bucket.OPEN]
    _edit_action(window, "&Withdraw as logged in error").trigger()
    dialog = _modal(qtbot, TextDialog)
    qtbot.keyClicks(dialog.editor, "Logged twice: the same letter is IMV-2026-0001")
    with qtbot.waitSignal(window.refreshed, timeout=3000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert window.workbench.detail(reference).status == "logged_in_error"
    assert window.workbench.counts()[Bucket.OPEN] == open_before - 1
    assert window.dashboard.buttons[Bucket.OPEN].text().startswith(f"{open_before - 1}\n")
    assert not _edit_action(window, "&Correct request").isEnabled()  # nothing more to correct on it
    undo = _edit_action(window, "&Undo")
    assert undo.text() == f"&Undo withdrawal of {reference}"
    with qtbot.waitSignal(window.refreshed, timeout=3000):
        undo.trigger()
    assert window.workbench.detail(reference).status == "received"
    assert window.workbench.counts()[Bucket.OPEN] == open_before
