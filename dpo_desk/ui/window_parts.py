"""What every part of the main window shares: its widgets and state (declared here, made by
`MainWindow.__init__`), and how it tells the user — refusals in words, messages that do not block,
short questions, PDFs previewed, background jobs dropped once the window is closed.

The window is one `MainWindow` made of parts (window_menus, case_actions, letter_actions,
background_work, incoming_files), each a `WindowParts`: one class per concern, one object at run time.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
)

from ..front_door.errors import ActionRefused, CaseFileError
from ..front_door.views import Outcome
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
    from .jobs import Job
    from .lock_page import LockPage
    from .preview_dialog import PreviewDialog
    from .reminders_banner import RemindersBanner
    from .unlock_dialog import Opener


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
    _search_timer: QTimer
    _backup_timer: QTimer
    _digest_timer: QTimer
    _digest_job: Job | None

    def _run(self, action, done: str) -> None:  # type: ignore[no-untyped-def]
        """Run one user action (one transaction); show its refusal in words, or refresh."""
        try:
            outcome: Outcome = action()
        except (ActionRefused, CaseFileError, ValueError) as exc:
            self._error(in_words(exc))
            return
        self.refresh()
        message = f"{outcome.reference}: {done}"
        if outcome.warnings:
            self._error("\n\n".join(in_words(w) for w in outcome.warnings), title=self.tr("Please note"))
        self.statusBar().showMessage(message, 8000)

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
