"""A case's actions (status, notes…) and the window's PDFs run off the GUI thread, the window staying
responsive, through real clicks (issue #18)."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from dpo_desk.domain.statuses import Status
from dpo_desk.front_door.errors import ActionRefused
from dpo_desk.front_door.views import FileInput
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.messages import in_words
from dpo_desk.ui.preview_dialog import PreviewDialog
from dpo_desk.ui.text_dialog import TextDialog

from .test_ui import _select_open_request

pytestmark = pytest.mark.gui


def _status_action(window: MainWindow, status: Status):  # type: ignore[no-untyped-def]
    return next(a for a in window.detail.status_menu.actions() if a.data() == status.value)


def test_a_status_change_is_written_off_the_gui_thread_which_stays_responsive(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    reference = _select_open_request(window)
    workbench = window.workbench
    real = workbench.change_status
    entered, release = threading.Event(), threading.Event()
    on_gui_thread: list[bool] = []

    def held(*args: Any, **kwargs: Any) -> Any:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        entered.set()
        if not release.wait(10):  # held until the test has seen the window answer meanwhile
            raise AssertionError("never released")
        return real(*args, **kwargs)

    monkeypatch.setattr(workbench, "change_status", held)
    _status_action(window, Status.IN_PROGRESS).trigger()
    qtbot.waitUntil(entered.is_set, timeout=5000)
    try:
        # The write is held in the job: the GUI thread still turns its event loop (a timer fires)…
        timer = QTimer(window)
        timer.setSingleShot(True)
        with qtbot.waitSignal(timer.timeout, timeout=2000):
            timer.start(10)
        # …and the case pane, drawn for the case before the change, cannot be clicked a second time.
        assert not window.detail.isEnabled() and not window.detail.note_button.isEnabled()
        qtbot.mouseClick(window.detail.note_button, Qt.MouseButton.LeftButton)
        assert not any(d.isVisible() for d in window.findChildren(TextDialog))
    finally:
        release.set()
    with qtbot.waitSignal(window.refreshed, timeout=10000):
        pass
    assert on_gui_thread == [False]
    assert workbench.detail(reference).status == "in_progress"
    assert window.detail.reference == reference and window.detail.isEnabled()
    assert window.detail.note_button.isEnabled()
    assert window.statusBar().currentMessage() == f"{reference}: status changed"


def test_a_refusal_from_a_background_action_is_said_in_the_same_words(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The pane still offers "in progress"; someone else made the change meanwhile: refused, in words."""
    reference = _select_open_request(window)
    workbench = window.workbench
    workbench.change_status(reference, Status.IN_PROGRESS)  # behind the window's back
    with pytest.raises(ActionRefused) as refused:  # what the same click said on the GUI thread
        workbench.change_status(reference, Status.IN_PROGRESS)
    _status_action(window, Status.IN_PROGRESS).trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorBox") is not None, timeout=5000)
    box = window.findChild(QMessageBox, "errorBox")
    assert box.text() == in_words(refused.value) and "already in progress" in box.text()
    assert box.windowTitle() == "Not done"
    assert window.detail.isEnabled()  # usable again, nothing half-done
    assert [e.kind for e in workbench.detail(reference).events].count("status_changed") == 1
    box.close()


def test_actions_asked_for_while_one_runs_run_after_it_in_turn(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """An action from elsewhere (Undo, a file dropped) while one runs waits its turn, never at the same time."""
    reference = _select_open_request(window)
    workbench = window.workbench
    with qtbot.waitSignal(window.refreshed, timeout=10000):
        window._note(reference)  # the dialog the Add note… button opens
        dialog = next(d for d in window.findChildren(TextDialog) if d.isVisible())
        dialog.editor.setPlainText("First")
        dialog.accept()
        queued = window._run(lambda: workbench.add_note(reference, "Second"), "note added")
        assert queued is None  # behind the first, which is still running
    qtbot.waitUntil(lambda: window._action_job is None and not window._queued_actions, timeout=10000)
    notes = [e.details["text"] for e in workbench.detail(reference).events if e.kind == "note"]
    assert notes[-2:] == ["First", "Second"]


def test_the_access_report_is_made_off_the_gui_thread(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    reference = _select_open_request(window)
    workbench = window.workbench
    workbench.set_concerned(reference, workbench.suggested_activities(reference)[:1])  # the answer complete
    workbench.attach(reference, [FileInput("crm.csv", b"champ;valeur\nemail;x@example.fr\n", "extract")])
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        window.refresh()
    real = workbench.access_report
    on_gui_thread: list[bool] = []

    def recorded(*args: Any, **kwargs: Any) -> Any:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(workbench, "access_report", recorded)
    with qtbot.waitSignal(window.refreshed, timeout=10000):  # a new report is kept: the pane shows it
        window.detail.report_button.click()  # on the Activities tab, not shown
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(PreviewDialog)), timeout=10000)
    assert on_gui_thread == [False]
    preview = next(d for d in window.findChildren(PreviewDialog) if d.isVisible())
    assert reference in preview.windowTitle() and preview._data.startswith(b"%PDF")
    assert "kept with the case's documents" in window.statusBar().currentMessage()
    preview.close()


def test_an_action_finishing_after_the_window_locked_shows_nothing(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Locking waits for the write; its result, arriving after, paints no case on the lock page."""
    _select_open_request(window)
    workbench = window.workbench
    real = workbench.change_status
    entered, release = threading.Event(), threading.Event()

    def held(*args: Any, **kwargs: Any) -> Any:
        entered.set()
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(workbench, "change_status", held)
    _status_action(window, Status.IN_PROGRESS).trigger()
    qtbot.waitUntil(entered.is_set, timeout=5000)
    release.set()
    with qtbot.waitSignal(window.locked, timeout=5000):
        window.lock()  # waits for the job: the file is never closed under a write
    qtbot.waitUntil(lambda: window._action_job is None, timeout=5000)
    assert window.is_locked and window.detail.reference is None and window.model.rowCount() == 0
    assert window.findChild(QMessageBox, "errorBox") is None
    assert window.detail.isEnabled()  # usable once unlocked


def test_a_document_is_read_off_the_gui_thread_then_previewed(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    reference = _select_open_request(window)
    workbench = window.workbench
    workbench.attach(reference, [FileInput("note.txt", b"Bonjour, voici ma demande.")])
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        window.refresh()
    real = workbench.attachment
    on_gui_thread: list[bool] = []

    def recorded(*args: Any, **kwargs: Any) -> Any:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(workbench, "attachment", recorded)
    model = window.detail.documents_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "note.txt")
    window.detail.documents.doubleClicked.emit(model.index(row, 0))
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(PreviewDialog)), timeout=10000)
    assert on_gui_thread == [False]
    preview = next(d for d in window.findChildren(PreviewDialog) if d.isVisible())
    assert preview._data == b"Bonjour, voici ma demande."
    preview.close()


def test_while_a_letter_is_written_the_case_pane_cannot_write_it_again(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from dpo_desk.domain.letters import LetterKind
    from dpo_desk.renderers import letters_pdf

    reference = _select_open_request(window)
    before = window.detail.letters_model.rowCount()
    real = letters_pdf.render_letter
    entered, release = threading.Event(), threading.Event()

    def held(layout):  # type: ignore[no-untyped-def]
        entered.set()
        release.wait(10)
        return real(layout)

    monkeypatch.setattr(letters_pdf, "render_letter", held)
    action = next(a for a in window.detail.write_menu.actions() if a.data() == LetterKind.ACKNOWLEDGEMENT.value)
    action.trigger()
    qtbot.waitUntil(entered.is_set, timeout=5000)
    try:
        assert not window.detail.write_button.isEnabled()  # its menu cannot be opened a second time
    finally:
        release.set()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(PreviewDialog)), timeout=10000)
    assert window.detail.isEnabled() and window.detail.write_button.isEnabled()
    assert window.detail.reference == reference and window.detail.letters_model.rowCount() == before + 1
    next(d for d in window.findChildren(PreviewDialog) if d.isVisible()).close()
