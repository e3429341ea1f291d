"""The window refreshes from one snapshot, and logs a request or writes a letter off the GUI thread,
through real clicks (issue #18)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from dpo_desk.domain.letters import LetterKind
from dpo_desk.domain.rights import Right
from dpo_desk.renderers import letters_pdf
from dpo_desk.ui.case_table_model import ROW_ROLE
from dpo_desk.ui.intake_dialog import IntakeDialog
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.preview_dialog import PreviewDialog

from .test_ui import _dialog, _select_open_request


class Checkouts:
    def __init__(self) -> None:
        self.count = 0
        self.threads: list[bool] = []  # on the GUI thread?

    def __call__(self, *_: Any) -> None:
        self.count += 1
        self.threads.append(threading.current_thread() is threading.main_thread())


@pytest.fixture
def checkouts(window: MainWindow) -> Iterator[Checkouts]:
    counted = Checkouts()
    engine = window.workbench.case._engine
    event.listen(engine, "checkout", counted)
    yield counted
    event.remove(engine, "checkout", counted)


def test_a_refresh_is_one_snapshot(qtbot, window: MainWindow, checkouts: Checkouts) -> None:  # type: ignore[no-untyped-def]
    reference = _select_open_request(window)
    shown = window.shown_label.text()
    checkouts.count = 0
    with qtbot.waitSignal(window.refreshed, timeout=3000):
        window.refresh()
    assert checkouts.count == 1  # counts, list, total, triage and the whole case pane: one read
    assert window.detail.reference == reference and window.shown_label.text() == shown
    assert window.detail.letters_model.rowCount() == len(window.workbench.letters(reference))


def _log_through_the_form(
    qtbot, window: MainWindow, checkouts: Checkouts, first: str, last: str
) -> tuple[IntakeDialog, str]:  # type: ignore[no-untyped-def]
    """Open the intake form from the menu, fill it in, click Save; the form and the reference logged,
    once the window has painted the result (the checkouts counted from the click)."""
    window.log_action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), IntakeDialog), timeout=3000)
    intake = QApplication.activeModalWidget()
    intake.first_name.setText(first)
    intake.last_name.setText(last)
    intake.rights[Right.ACCESS].setChecked(True)
    logged: list[str] = []
    intake.logged.connect(logged.append)
    checkouts.count, checkouts.threads = 0, []
    with qtbot.waitSignal(window.refreshed, timeout=10000):
        qtbot.mouseClick(intake.save, Qt.MouseButton.LeftButton)
    assert logged
    return intake, logged[0]


def test_a_request_logged_past_the_first_page_is_shown_without_reading_on_the_gui_thread(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, checkouts: Checkouts
) -> None:
    """On a large file the request just logged sorts after the list's first page: the pane shows
    it all the same, from the snapshot, and the previous case is not read again on the GUI thread."""
    _select_open_request(window)
    window.model.PAGE_SIZE = 3  # a first page this short: the new request (due in a month) is past it
    _, reference = _log_through_the_form(qtbot, window, checkouts, "", "Past-the-page")
    assert reference not in [window.model.row_at(r).reference for r in range(window.model.rowCount())]
    assert window.detail.reference == reference
    assert window.detail._detail is not None and window.detail._detail.person_name.endswith("Past-the-page")
    # The write and the snapshot in the job; on the GUI thread at most the list's own next page (a
    # page of 3 leaves the view room for more), not the half-dozen reads of a case pane.
    assert checkouts.threads.count(False) == 2 and checkouts.threads.count(True) <= 1
    assert not window.table.selectionModel().hasSelection()  # no row is the new request's


def test_a_request_is_logged_off_the_gui_thread(qtbot, window: MainWindow, checkouts: Checkouts) -> None:  # type: ignore[no-untyped-def]
    intake, reference = _log_through_the_form(qtbot, window, checkouts, "Zoé", "Lœwy")
    assert checkouts.threads and not any(checkouts.threads)  # the write and the snapshot, in the background
    assert checkouts.count == 2  # one write transaction, one snapshot
    assert window.detail.reference == reference  # listed and shown
    assert window.detail._detail is not None and window.detail._detail.person_name.startswith("Zoé")
    assert not intake.isVisible()


def test_a_letter_is_written_off_the_gui_thread(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    reference = _select_open_request(window)
    before = window.detail.letters_model.rowCount()
    real = letters_pdf.render_letter
    threads: list[bool] = []

    def render(layout):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return real(layout)

    monkeypatch.setattr(letters_pdf, "render_letter", render)
    action = next(a for a in window.detail.write_menu.actions() if a.data() == LetterKind.ACKNOWLEDGEMENT.value)
    action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(PreviewDialog)), timeout=10000)
    assert threads == [False]
    preview = next(d for d in window.findChildren(PreviewDialog) if d.isVisible())
    assert reference in preview.windowTitle()
    assert window.detail.reference == reference
    assert window.detail.letters_model.rowCount() == before + 1  # the pane shows it, from the snapshot
    preview.close()


def test_a_change_that_keeps_the_list_repaints_its_row_in_place(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Pausing a case changes its row, not the list: the row is replaced where it is (no reset, so
    the view repaints one row, not the page) and stays selected, the pane showing the change."""
    reference = _select_open_request(window)
    row = window.table.currentIndex().row()
    rows = window.model.rowCount()
    resets: list[None] = []
    window.model.modelReset.connect(lambda: resets.append(None))
    changed: list[int] = []
    window.model.dataChanged.connect(lambda first, last, _roles: changed.extend(range(first.row(), last.row() + 1)))
    qtbot.mouseClick(window.detail.pause_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.editor, "Which account?")
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert resets == [] and changed == [row] and window.model.rowCount() == rows
    assert window.model.index(row, 0).data(ROW_ROLE).reference == reference
    assert window.model.index(row, 7).data() == "paused"  # its cells worked out again
    assert window.table.currentIndex().row() == row and window.detail.reference == reference
    assert window.detail.resume_button.isEnabled()


def test_a_request_whose_reading_back_fails_is_logged_once(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The write succeeded, the snapshot after it did not: the form closes (Save is never offered
    again for a request already logged) and the window reads the list again itself."""
    workbench = window.workbench
    real = workbench.snapshot
    failures: list[str] = []

    def failing_once(*args: Any, **kwargs: Any) -> Any:
        if not failures and threading.current_thread() is not threading.main_thread():
            failures.append("snapshot")
            raise OSError("the disk did not answer")  # a read that fails once, after the commit
        return real(*args, **kwargs)

    monkeypatch.setattr(workbench, "snapshot", failing_once)
    window.log_action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), IntakeDialog), timeout=3000)
    intake = QApplication.activeModalWidget()
    intake.first_name.setText("Zoé")
    intake.last_name.setText("Unique")
    intake.rights[Right.ACCESS].setChecked(True)
    logged: list[str] = []
    intake.logged.connect(logged.append)
    qtbot.mouseClick(intake.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(logged), timeout=10000)  # the form closed (and was deleted)
    qtbot.waitUntil(lambda: not isinstance(QApplication.activeModalWidget(), IntakeDialog), timeout=3000)
    assert failures == ["snapshot"]
    assert [r.reference for r in workbench.page(workbench.filter_for(None, "Unique"), 0, 10)] == logged
    qtbot.waitUntil(lambda: window.detail.reference == logged[0], timeout=5000)


def test_a_snapshot_read_before_the_one_on_screen_is_not_painted_over_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Readings run on several threads (after an action, after a dialog's change, the first counts): one
    that began earlier but finishes later holds an older state, and must not replace the newer one."""
    from dpo_desk.domain.pauses import PauseReason

    reference = _select_open_request(window)
    flt = window._snapshot_filter()
    older = window.workbench.snapshot(flt, limit=window.model.PAGE_SIZE, reference=reference)
    window.workbench.pause(reference, PauseReason.CLARIFICATION, "Which account?")
    newer = window.workbench.snapshot(flt, limit=window.model.PAGE_SIZE, reference=reference)
    assert older.taken < newer.taken
    window.show_snapshot(newer, flt)
    assert window.detail.resume_button.isEnabled()
    window.show_snapshot(older, flt)  # finished last, read first
    assert window.detail.resume_button.isEnabled()  # still the newer state
    row = window.table.currentIndex().row()
    assert window.model.index(row, 7).data() == "paused"
