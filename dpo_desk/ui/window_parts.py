"""What every part of the main window shares: its widgets and state (declared here, made by
`MainWindow.__init__`), and how it tells the user — refusals in words, messages that do not block,
short questions, PDFs previewed, background jobs dropped once the window is closed.

The window is one `MainWindow` made of parts (window_menus, case_actions, letter_actions,
background_work, incoming_files), each a `WindowParts`: one class per concern, one object at run time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QWidget,
)

from ..front_door.errors import ActionRefused, CaseFileError
from ..front_door.views import Outcome
from .jobs import Job, Report, start
from .messages import in_words
from .text_dialog import TextDialog

if TYPE_CHECKING:
    from ..front_door.snapshot import Snapshot
    from ..front_door.views import ListFilter
    from ..front_door.workbench import Workbench
    from .case_detail import CaseDetailView
    from .case_table_model import CaseTableModel
    from .dashboard_strip import DashboardStrip
    from .edit_menu import EditActions
    from .file_help_menus import FileActions, HelpActions
    from .inactivity import InactivityWatcher
    from .intake_dialog import IntakeDialog
    from .lock_page import LockPage
    from .preview_dialog import PreviewDialog
    from .reminders_banner import RemindersBanner
    from .unlock_dialog import Opener

T = TypeVar("T")


@dataclass(frozen=True)
class _View:
    """The list's filter (`base`, and `flt` in the list's order) and the open case as they were when a
    change began, on the case file then open."""

    workbench: Workbench
    reference: str | None
    base: ListFilter
    flt: ListFilter
    size: int

    def read(self) -> Snapshot | None:
        """The snapshot after the change (on a pool thread); None if it fails: the change is made and
        never offered again, the window reads again itself."""
        try:
            return self.workbench.snapshot(self.flt, limit=self.size, reference=self.reference)
        except Exception:
            return None


class WindowParts(QMainWindow):
    """The base of each part of the main window."""

    workbench: Workbench
    dashboard: DashboardStrip
    search: QLineEdit
    model: CaseTableModel
    table: QTableView
    detail: CaseDetailView
    splitter: QSplitter
    stack: QStackedWidget
    lock_page: LockPage
    idle: InactivityWatcher
    reminders_banner: RemindersBanner
    not_member_banner: QLabel
    shown_label: QLabel
    lock_action: QAction
    log_action: QAction
    triage_action: QAction
    purge_action: QAction
    dossier_action: QAction
    settings_actions: list[QAction]
    edit_actions: EditActions
    file_actions: FileActions
    help_actions: HelpActions
    _opener: Opener
    _filter: ListFilter
    _jobs: set[Job]
    _closed: bool
    _counts_pending: bool
    _painted_taken = 0  # the number of the snapshot on screen (front_door/snapshot.py: Snapshot.taken)
    _search_timer: QTimer
    _backup_timer: QTimer
    _digest_timer: QTimer
    _digest_job: Job | None

    _action_job: Job | None = None  # the user action running in the background, if any
    _queued_actions: tuple[tuple[Callable[[], Outcome], str, bool], ...] = ()

    def _run(self, action: Callable[[], Outcome], done: str, *, with_reference: bool = True) -> Job | None:
        """Run one user action (one transaction) and read the window again after it, both off the GUI
        thread; then paint the case, or show the refusal in words; the status bar says `done` (after
        the case's reference unless told not to). Returns the job, None if queued.

        While it runs the case pane is disabled: its buttons and menus were drawn for the case before
        the change, and a second click would repeat the action (or contradict it) on a stale view. An
        action asked for from elsewhere meanwhile (Undo, a file dropped) waits its turn: it runs once
        the first has been painted, as the user asked, never lost and never at the same time.
        """
        if self._action_job is not None:
            self._queued_actions = (*self._queued_actions, (action, done, with_reference))
            return None
        view = self._view()

        def work(_report: Report, _cancelled: Callable[[], bool]) -> tuple[Outcome, Snapshot | None]:
            outcome = action()
            return outcome, view.read()

        def succeeded(result: tuple[Outcome, Snapshot | None]) -> None:
            outcome, snapshot = result
            if not self._action_settled(view.workbench, focus):
                return
            self._paint(view, snapshot)
            if outcome.warnings:
                self._error("\n\n".join(in_words(w) for w in outcome.warnings), title=self.tr("Please note"))
            self.statusBar().showMessage(f"{outcome.reference}: {done}" if with_reference else done, 8000)
            self._next_action()

        def failed(exc: Exception) -> None:
            if not self._action_settled(view.workbench, focus):
                return
            self._next_action()
            if not isinstance(exc, ActionRefused | CaseFileError | ValueError):
                raise exc
            self._error(in_words(exc))

        job = Job(work)
        focus = self._hold_pane(job)
        job.succeeded.connect(self._while_open(succeeded))
        job.failed.connect(self._while_open(failed))
        self._jobs.add(job)
        job.finished.connect(lambda: self._jobs.discard(job))
        return start(job, after_paint=True)  # the pane painted disabled first

    def _view(self) -> _View:
        """What the window shows now, to read again off the GUI thread after a change."""
        base = self.workbench.filter_for(self.dashboard.selected(), self.search.text())
        sort, descending = self.model.order
        flt = replace(base, sort=sort, descending=descending)
        return _View(self.workbench, self.detail.reference, base, flt, self.model.PAGE_SIZE)

    def _same_file(self, workbench: Workbench) -> bool:
        """Whether a job's result may still be shown: the window was locked (or the file reopened)
        since it began, and nothing of a case may appear on the lock page."""
        return not self.is_locked and self.workbench is workbench

    def _paint(self, view: _View, snapshot: Snapshot | None) -> None:
        """Paint a snapshot read after a change; if it failed, or the user has since chosen another
        case or filter, read what is shown now instead (emits `refreshed` either way)."""
        now = self.workbench.filter_for(self.dashboard.selected(), self.search.text())
        if snapshot is None or view.reference != self.detail.reference or view.base != now:
            self.refresh()
        else:
            self._filter = view.base
            self.show_snapshot(snapshot, view.flt)

    def _hold_pane(self, job: Job) -> tuple[QWidget | None, QWidget | None]:
        """Disable the case pane while `job` changes the case (see `_run`); where the focus was, and
        where Qt moved it."""
        focused = QApplication.focusWidget()
        self._action_job = job
        self.detail.setEnabled(False)  # its own disabled buttons stay disabled when it is enabled again
        return focused, QApplication.focusWidget()

    def _action_settled(self, workbench: Workbench, focus: tuple[QWidget | None, QWidget | None]) -> bool:
        """The pane is usable again, the keyboard focus back where it was (disabling moved it) unless
        the user moved it since. False if the window was locked meanwhile: then nothing is shown, and
        the actions waiting are dropped (they were asked of the case file as it was before the lock)."""
        self._action_job = None
        self.detail.setEnabled(True)
        if not self._same_file(workbench):
            self._queued_actions = ()
            return False
        focused, moved_to = focus
        still = QApplication.focusWidget() in (None, moved_to)
        if focused is not None and focused.isVisible() and focused.isEnabled() and still:
            focused.setFocus()
        return True

    def _next_action(self) -> None:
        if self._queued_actions:
            (action, done, with_reference), *rest = self._queued_actions
            self._queued_actions = tuple(rest)
            self._run(action, done, with_reference=with_reference)

    _refresh_job: Job | None = None  # a refresh_soon() reading, if one runs
    _refresh_again = False  # asked for again while it ran: its snapshot may predate the change

    def refresh_soon(self) -> Job:
        """Read the window again off the GUI thread, then paint it: after a change made elsewhere (a
        dialog's own write, an e-mail sent, a file exported). Asked again while a reading runs, it reads
        once more after it, so the last change is always shown. Returns the reading's job."""
        if self._refresh_job is not None:
            self._refresh_again = True
            return self._refresh_job
        view = self._view()

        def finished(snapshot: Snapshot | None) -> None:
            self._refresh_job = None
            if not self._same_file(view.workbench):
                self._refresh_again = False
                return
            if self._refresh_again:
                self._refresh_again = False
                self.refresh_soon()
            else:
                self._paint(view, snapshot)  # None (the reading failed): read again, the failure said

        job = Job(lambda _report, _cancelled: view.read())  # read() says a failure as None, never raises
        self._refresh_job = job
        job.succeeded.connect(self._while_open(finished))
        self._jobs.add(job)
        job.finished.connect(lambda: self._jobs.discard(job))
        return start(job)

    def _in_background(self, work: Callable[[], T], then: Callable[[T], object], busy: str | None = None) -> Job:
        """Read or render off the GUI thread (a PDF, a report); `then` gets the result on it.
        A refusal is shown in words, as when this ran on the GUI thread."""

        workbench = self.workbench

        def failed(exc: Exception) -> None:
            if busy is not None:
                self.statusBar().clearMessage()
            if not self._same_file(workbench):
                return
            if not isinstance(exc, ActionRefused | CaseFileError | ValueError):
                raise exc
            self._error(in_words(exc))

        def succeeded(result: T) -> None:
            if busy is not None:
                self.statusBar().clearMessage()
            if self._same_file(workbench):
                then(result)

        job = Job(lambda _report, _cancelled: work())
        if busy is not None:
            self.statusBar().showMessage(busy)
        job.succeeded.connect(self._while_open(succeeded))
        job.failed.connect(self._while_open(failed))
        self._jobs.add(job)
        job.finished.connect(lambda: self._jobs.discard(job))
        return start(job)

    def _error(self, message: str, title: str | None = None) -> QMessageBox:
        return self._message(title or self.tr("Not done"), message, QMessageBox.Icon.Warning, "errorBox")

    def _message(self, title: str, text: str, icon: QMessageBox.Icon, name: str) -> QMessageBox:
        """A window-modal message that does not block the event loop (opened, not exec'd)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName(name)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _ask(self, title: str, prompt: str, then) -> TextDialog:  # type: ignore[no-untyped-def]
        dialog = TextDialog(title, prompt, required=True, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: then(dialog.text()))
        dialog.open()
        return dialog

    def _choose_file(self, title: str, then) -> None:  # type: ignore[no-untyped-def]
        dialog = QFileDialog(self, title)
        dialog.setObjectName("fileChooser")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: then(Path(name)))
        dialog.open()

    def _choose_save_file(  # type: ignore[no-untyped-def]
        self, title: str, name: str, then, *, kinds: str = "", suffix: str = "", object_name: str = ""
    ) -> QFileDialog:
        """A "save as" dialog, opened without blocking, proposing `name`; `then(path)` once one is chosen.

        `kinds` is its name filter (e.g. "PDF documents (*.pdf)"), `suffix` what a name typed without
        one is given."""
        dialog = QFileDialog(self, title, name)
        if object_name:
            dialog.setObjectName(object_name)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        if kinds:
            dialog.setNameFilter(kinds)
        if suffix:
            dialog.setDefaultSuffix(suffix)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: then(Path(path)))
        dialog.open()
        return dialog

    def _show_pdf(self, title: str, pdf: bytes) -> PreviewDialog:
        from .preview_dialog import PreviewDialog

        dialog = PreviewDialog(f"{title}.pdf", "application/pdf", pdf, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _storage_failure(self, exc: CaseFileError) -> None:
        """Say what is wrong with the case file (storage/failures.py), without stacking the same box."""
        message = in_words(exc)
        shown = [b for b in self.findChildren(QMessageBox, "errorBox") if b.isVisible() and b.text() == message]
        if not shown:
            self._error(message)

    def _while_open(self, callback):  # type: ignore[no-untyped-def]
        """A job's result may arrive after this window closed: then it is dropped."""

        def call(*args: object) -> None:
            if not self._closed:
                callback(*args)

        return call

    def _stop_jobs(self) -> None:
        """Cancel background work and wait for it before the case file is closed under it."""
        for job in list(self._jobs):
            job.cancel()
        QThreadPool.globalInstance().waitForDone()

    if TYPE_CHECKING:  # made by the other parts; one window at run time

        def refresh(self) -> None: ...
        def show_snapshot(self, snapshot: Snapshot, flt: ListFilter | None = None) -> None: ...
        def _snapshot_filter(self) -> ListFilter: ...
        def select_reference(self, reference: str) -> bool: ...
        def apply_role(self) -> None: ...
        def _update_triage_count(self) -> None: ...
        def _fetch(self, sort: str, descending: bool, offset: int, limit: int) -> list: ...  # type: ignore[type-arg]
        def lock(self) -> None: ...
        @property
        def is_locked(self) -> bool: ...
        def open_intake(self) -> IntakeDialog: ...
        def send_by_email(self, reference: str, what: str, letter_id: int | None = None) -> object: ...
        def choose_dossier_file(self, reference: str) -> None: ...
