"""The workbench window: dashboard counts, the case list, the case detail.

`MainWindow` is the shell — the layout, the list and its refresh, the window's state — made of parts
(window_parts.py): the menus (window_menus.py), the case's actions (case_actions.py), letters and
sending (letter_actions.py), background work and locking (background_work.py), and files coming in
(incoming_files.py).
"""

from __future__ import annotations

import gc
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..front_door.case_files import open_case_file
from ..front_door.errors import CaseFileError
from ..front_door.views import ListFilter, RequestRow
from ..front_door.workbench import Workbench
from ..lazy import load_all
from .background_work import BackgroundWork
from .case_actions import CaseActions
from .case_detail import CaseDetailView
from .case_table_model import ROW_ROLE, CaseTableModel
from .dashboard_strip import DashboardStrip
from .fit import fit_all_headers, fit_headers
from .inactivity import InactivityWatcher
from .incoming_files import IncomingFiles
from .jobs import Job
from .letter_actions import LetterActions
from .live_updates import LiveUpdates
from .lock_page import LockPage
from .preferences_dialog import idle_minutes
from .reminders_banner import RemindersBanner
from .unlock_dialog import Opener
from .window_menus import WindowMenus

if TYPE_CHECKING:  # dialogs load when first opened (QtPdf, QtPrintSupport, the ORM), not at start-up
    from ..front_door.snapshot import CaseParts, Snapshot

SEARCH_DELAY_MS = 150
BACKUP_FIRST_CHECK_MS = 3_000  # after the window has painted
BACKUP_CHECK_MS = 3_600_000  # then every hour: a backup is made once a day
DIGEST_FIRST_CHECK_MS = 20_000  # the daily digest: once the window has settled…
REMINDERS_FIRST_MS = 1_500  # what falls due, once the first page is painted and the services loaded
DIGEST_CHECK_MS = 3_600_000  # …then every hour; each member gets one a day
COLUMN_WIDTHS = (118, 132, 92, 122, 68, 82, 112, 68, 126, 96)


class MainWindow(WindowMenus, CaseActions, LetterActions, BackgroundWork, IncomingFiles):
    """Signals:
    refreshed(): the list, the counts and the open case were reloaded after a change.
    locked(): the key was dropped and every case hidden.
    unlocked(): the case file is open again.
    """

    refreshed = Signal()
    locked = Signal()
    unlocked = Signal()

    def __init__(self, workbench: Workbench, opener: Opener | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workbench = workbench
        path = workbench.case.path
        # Unlocking after a lock always asks for the passphrase: the keyring would defeat the lock.
        self._opener: Opener = opener or (lambda p: open_case_file(path, passphrase=p, use_keyring=False))
        self.setAcceptDrops(True)
        self._filter = ListFilter()
        self._snapshot_case: CaseParts | None = None  # the open case, while a snapshot is painted
        self._jobs: set[Job] = set()
        self._closed = False
        title = f"DPO Desk — {workbench.title}"
        self.setWindowTitle(title + (" — " + self.tr("DEMO") if workbench.demo else ""))

        self.dashboard = DashboardStrip(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setPlaceholderText(
            self.tr("Search names, emails, references, identifiers, request text… (two letters or more)")
        )
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        self.model = CaseTableModel(self._fetch, self)
        self.table = QTableView(self)
        self.table.setObjectName("caseList")
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the next control; arrows move in it
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        fit_headers(self.table)
        # Status next to the deadlines, the organisation and the channel after it: the status stays in
        # sight without scrolling on a 1600-pixel screen (the model's columns keep their numbers).
        for column in (2, 4):
            header.moveSection(header.visualIndex(column), header.visualIndex(8))
        # Indicator first: enabling sorting sorts at once by the indicated column.
        header.setSortIndicator(6, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        self.detail = CaseDetailView(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([1000, 500])

        central = QWidget(self)
        layout = QVBoxLayout(central)
        if workbench.demo:
            from ..front_door.demo import DEMO_PASSPHRASE  # already loaded: it made the demo

            banner = QLabel(
                self.tr("DEMO case file: every person and request in it is fictitious. Its passphrase is {p}.").format(
                    p=DEMO_PASSPHRASE
                ),
                self,
            )
            banner.setObjectName("demoBanner")
            banner.setStyleSheet("background: #fde68a; color: #78350f; padding: 6px; font-weight: 600;")
            layout.addWidget(banner)
        self.not_member_banner = QLabel(
            self.tr(
                "You ({user}) are not a user of this case file: you can read it, but not change it. "
                "Ask the DPO to add you (File → Users…)."
            ).format(user=workbench.user),
            self,
        )
        self.not_member_banner.setObjectName("notMemberBanner")
        self.not_member_banner.setWordWrap(True)
        self.not_member_banner.setStyleSheet("background: #fee2e2; color: #7f1d1d; padding: 6px; font-weight: 600;")
        self.not_member_banner.hide()
        layout.addWidget(self.not_member_banner)
        self.reminders_banner = RemindersBanner(self)
        layout.addWidget(self.reminders_banner)
        layout.addWidget(self.dashboard)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        layout.addLayout(search_row)
        layout.addWidget(self.splitter, 1)
        self.lock_page = LockPage(workbench.case.path.name, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(central)
        self.stack.addWidget(self.lock_page)
        self.setCentralWidget(self.stack)
        self.idle = InactivityWatcher(idle_minutes(), self)
        self.idle.idle.connect(self.lock)
        self.lock_page.unlock_requested.connect(self._unlock)
        self.shown_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.shown_label)

        self._build_menus()
        from .edit_menu import EditActions

        self.edit_actions = EditActions(self)  # Edit: Undo, Correct request…, Withdraw as logged in error…
        from .file_help_menus import FileActions, HelpActions

        self.file_actions = FileActions(self)  # File: New, Open, Back up now, Change passphrase
        self.help_actions = HelpActions(self)  # Help: Manual, Keyboard shortcuts
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self._search_timer.timeout.connect(self._apply_filter)
        self.dashboard.bucket_chosen.connect(lambda _: self._apply_filter())
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._show_row(current.row()))
        self.model.modelReset.connect(self._reselect)
        self.detail.status_requested.connect(self._change_status)
        self.detail.extend_requested.connect(self._extend)
        self.detail.pause_requested.connect(self._pause)
        self.detail.resume_requested.connect(self._resume)
        self.detail.note_requested.connect(self._note)
        self.detail.document_requested.connect(self.preview_document)
        self.detail.letter_requested.connect(self.write_letter)
        self.detail.answer_requested.connect(self.record_answer)
        self.detail.activities_saved.connect(
            lambda ref, names: self._run(lambda: self._tick(ref, names), self.tr("activities saved"))
        )
        self.detail.report_requested.connect(self.show_access_report)
        self.detail.portability_requested.connect(self.choose_portability_file)
        self.detail.letter_opened.connect(self.preview_letter)
        self.detail.letter_sent.connect(self._letter_sent)
        self.detail.letter_receipt.connect(self._letter_receipt)
        self.detail.envelope_requested.connect(self.show_envelope)
        self.detail.label_requested.connect(lambda letter_id: self.show_envelope(letter_id, label=True))
        self.detail.letter_emailed.connect(
            lambda letter_id: self.send_by_email(self._current_reference(), "letter", letter_id)
        )
        self.detail.email_requested.connect(lambda reference, what: self.send_by_email(reference, what))
        self.detail.departments_requested.connect(self.ask_departments)
        self.detail.reminders_requested.connect(self.remind_departments)
        self.detail.password_requested.connect(self.show_password_again)
        self.detail.identity_requested.connect(self._ask_identity)
        self.detail.identity_received.connect(self._identity_received)
        self.detail.identity_verified.connect(self._identity_verified)
        self.detail.identity_failed.connect(self._identity_failed)
        self.detail.authority_requested.connect(self._authority_checked)
        self.detail.redaction_requested.connect(self.open_redaction)
        self.detail.dossier_requested.connect(self.choose_dossier_file)

        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self.backup_if_due)
        self._backup_timer.start()
        QTimer.singleShot(BACKUP_FIRST_CHECK_MS, self, self.backup_if_due)  # dies with the window
        self._digest_job: Job | None = None
        self._digest_timer = QTimer(self)
        self._digest_timer.setInterval(DIGEST_CHECK_MS)
        self._digest_timer.timeout.connect(self.send_digests_if_due)
        self._digest_timer.start()
        QTimer.singleShot(DIGEST_FIRST_CHECK_MS, self, self.send_digests_if_due)
        QTimer.singleShot(REMINDERS_FIRST_MS, self, self.announce_reminders)

        self.detail.today = workbench.today
        self.apply_role()
        self._restore_state()
        # The first page of the list is painted first; the counts (which read many more pages of a
        # cold file) follow as soon as it is on screen.
        self._filter = self.workbench.filter_for(None, "")
        self.model.reload()
        self._counts_pending = True
        self.table.viewport().installEventFilter(self)
        for notice in workbench.case.notices:
            self.statusBar().showMessage(notice, 15000)
        self.live_updates = LiveUpdates(self)  # others' changes on a team server (a case file has none)

    # Loading -----------------------------------------------------------------------------------

    def _fetch(self, sort: str, descending: bool, offset: int, limit: int) -> list[RequestRow]:
        try:
            return self.workbench.page(replace(self._filter, sort=sort, descending=descending), offset, limit)
        except CaseFileError as exc:  # a damaged page, a full disk: said, once, and the list stops there
            self._storage_failure(exc)
            return []

    def _apply_filter(self) -> None:
        self._filter = self.workbench.filter_for(self.dashboard.selected(), self.search.text())
        self.model.reload()
        self._update_shown()

    def refresh(self) -> None:
        """Reload counts, list and the open case (after any change), from one snapshot (one read)."""
        self._counts_pending = False
        self._filter = self.workbench.filter_for(self.dashboard.selected(), self.search.text())
        try:
            snapshot = self.workbench.snapshot(
                self._snapshot_filter(), limit=self.model.PAGE_SIZE, reference=self.detail.reference
            )
        except CaseFileError as exc:  # a full disk, a damaged page: said as such (storage/failures.py)
            self._storage_failure(exc)
            return
        self.show_snapshot(snapshot)

    def _snapshot_filter(self) -> ListFilter:
        """The list's filter in the list's order: what a snapshot reads the first page of."""
        sort, descending = self.model.order
        return replace(self._filter, sort=sort, descending=descending)

    def show_snapshot(self, snapshot: Snapshot, flt: ListFilter | None = None) -> None:
        """Paint a snapshot taken after a change (maybe off the GUI thread), reading nothing more.

        `flt`: the filter it was taken for; if the list's filter changed since, the list is read again.
        A snapshot whose reading began before the one on screen is not painted: it is older.
        """
        if snapshot.taken < self._painted_taken:
            return
        self._painted_taken = snapshot.taken
        if flt is not None and flt != self._snapshot_filter():
            self.refresh()
            return
        self._counts_pending = False
        self.dashboard.set_counts(snapshot.counts)
        self._show_triage_count(snapshot.waiting)
        self._snapshot_case = snapshot.case
        try:
            if not self.model.show_rows(list(snapshot.rows), exhausted=len(snapshot.rows) < snapshot.limit):
                self._reselect()  # the same rows, changed in place: no reset made the pane show the case
        finally:
            self._snapshot_case = None
        self.shown_label.setText(self.tr("%n request(s)", "", snapshot.total))
        self.refreshed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._counts_pending and event.type() == QEvent.Type.Paint and watched is self.table.viewport():
            self._counts_pending = False
            self.table.viewport().removeEventFilter(self)
            QTimer.singleShot(0, self, self._first_counts)
        return super().eventFilter(watched, event)

    def _first_counts(self) -> None:
        load_all()  # the ORM and the services: the first page is on screen
        # What is loaded now (modules, the ORM's mappers, the window's widgets) lives as long as the
        # program: set apart from the collector, whose full passes then stop taking ~80 ms at a
        # time, on whichever thread triggers them, while the window waits (issue #18).
        gc.freeze()
        if not self._closed and not self.is_locked:
            # Read off the GUI thread (counts read many pages of a large file); the same first page
            # comes back with them, so the list is not repainted (show_rows changes nothing).
            self.refresh_soon()

    def _update_shown(self) -> None:
        total = self.workbench.count(self._filter)
        self.shown_label.setText(self.tr("%n request(s)", "", total))

    def _update_triage_count(self) -> None:
        self._show_triage_count(sum(box.waiting for box in self.workbench.mailboxes()))

    def _show_triage_count(self, waiting: int) -> None:
        text = self.tr("&Mail to triage…") if not waiting else self.tr("&Mail to triage (%n)…", "", waiting)
        self.triage_action.setText(text)

    def _reselect(self) -> None:
        shown = self._snapshot_case  # a snapshot being painted names the case to show
        reference = shown.detail.reference if shown is not None else self.detail.reference
        for row in range(self.model.rowCount()):
            item = self.model.row_at(row)
            if item is not None and item.reference == reference:
                self.table.selectRow(row)
                self._show_row(row)
                return
        if shown is not None:  # past the list's first page: the pane shows it, no row is selected
            self.table.clearSelection()
            self._show_parts(shown)
            return
        self.detail.show_detail(None)

    def _show_row(self, row: int) -> None:
        try:
            self._show_row_details(row)
        except CaseFileError as exc:
            self._storage_failure(exc)

    def _show_row_details(self, row: int) -> None:
        item = self.model.row_at(row)
        parts = self._snapshot_case
        if item is not None and parts is not None and parts.detail.reference == item.reference:
            self._show_parts(parts)
            return
        self.detail.show_detail(self.workbench.detail(item.reference) if item is not None else None)
        self.detail.show_letters(self.workbench.letters(item.reference) if item is not None else [])
        if item is not None:
            names = [a.name for a in self.workbench.register(item.organisation)]
            ticked = self.workbench.concerned(item.reference)
            suggested = [] if ticked else self.workbench.suggested_activities(item.reference)
            self.detail.show_activities(names, ticked, suggested)
            self._show_email_parts(item.reference)

    def _show_parts(self, parts: CaseParts) -> None:
        """The case pane from a snapshot's reading of the case: nothing more is read."""
        self.detail.show_detail(parts.detail)
        self.detail.show_letters(list(parts.letters))
        self.detail.show_activities(list(parts.register), list(parts.ticked), list(parts.suggested))
        self.detail.show_relays(list(parts.relays))
        self.detail.show_sent(list(parts.sent), parts.letter_kinds)

    def _show_email_parts(self, reference: str) -> None:
        """The departments asked (late ones in red) and the emails sent (bounced ones in red)."""
        self.detail.show_relays(self.workbench.relays(reference))
        kinds = {letter.id: letter.kind for letter in self.workbench.letters(reference)}
        self.detail.show_sent(self.workbench.sent_messages(reference), kinds)

    def select_reference(self, reference: str) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(ROW_ROLE).reference == reference:
                self.table.selectRow(row)
                return True
        return False

    def _show_all(self) -> None:
        self.dashboard.clear_selection()
        self.search.clear()
        self._apply_filter()

    # Window state ------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 820)
        splitter = settings.value("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        columns = settings.value("main/columns")
        if columns is not None:
            self.table.horizontalHeader().restoreState(columns)
            fit_headers(self.table)  # remembered widths, from before a change of language

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_all_headers(self)  # once shown, the style's fonts are known

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.setValue("main/columns", self.table.horizontalHeader().saveState())
        self._closed = True
        self.idle.stop()
        self._backup_timer.stop()
        self._digest_timer.stop()
        self.live_updates.shutdown()
        self._stop_jobs()
        self.workbench.close()
        super().closeEvent(event)
