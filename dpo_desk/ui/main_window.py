"""The workbench window: dashboard counts, the case list, the case detail."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..demo import DEMO_PASSPHRASE
from ..domain.pauses import PauseReason
from ..domain.statuses import Status
from ..services.cases import ListFilter, Outcome
from ..services.errors import ActionRefused
from ..services.workbench import Workbench
from ..storage.errors import CaseFileError
from .case_detail import CaseDetailView
from .case_table_model import ROW_ROLE, CaseTableModel
from .dashboard_strip import DashboardStrip
from .text_dialog import TextDialog

SEARCH_DELAY_MS = 150
COLUMN_WIDTHS = (125, 140, 95, 140, 75, 85, 125, 70, 135, 100)


class MainWindow(QMainWindow):
    """Signals:
    refreshed(): the list, the counts and the open case were reloaded after a change.
    """

    refreshed = Signal()

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self._filter = ListFilter()
        title = f"DPO Desk — {workbench.title}"
        self.setWindowTitle(title + (" — " + self.tr("DEMO") if workbench.demo else ""))

        self.dashboard = DashboardStrip(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search names, emails, references, identifiers, request text…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        self.model = CaseTableModel(self._fetch, self)
        self.table = QTableView(self)
        self.table.setObjectName("caseList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        header.setSortIndicator(6, Qt.SortOrder.AscendingOrder)

        self.detail = CaseDetailView(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([1080, 620])

        central = QWidget(self)
        layout = QVBoxLayout(central)
        if workbench.demo:
            banner = QLabel(
                self.tr("DEMO case file: every person and request in it is fictitious. Its passphrase is {p}.").format(
                    p=DEMO_PASSPHRASE
                ),
                self,
            )
            banner.setObjectName("demoBanner")
            banner.setStyleSheet("background: #fde68a; color: #78350f; padding: 6px; font-weight: 600;")
            layout.addWidget(banner)
        layout.addWidget(self.dashboard)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        layout.addLayout(search_row)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.shown_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.shown_label)

        self._build_menus()
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

        self._restore_state()
        self.refresh()
        for notice in workbench.case.notices:
            self.statusBar().showMessage(notice, 15000)

    # Building --------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        verify = QAction(self.tr("&Verify integrity"), self)
        verify.setToolTip(self.tr("Check the database, its encryption, the event history and the documents"))
        verify.triggered.connect(self._verify)
        file_menu.addAction(verify)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        view_menu.addAction(refresh)
        find = QAction(self.tr("&Find…"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        view_menu.addAction(find)
        show_all = QAction(self.tr("Show &all requests"), self)
        show_all.setShortcut(QKeySequence("Ctrl+Shift+A"))
        show_all.triggered.connect(self._show_all)
        view_menu.addAction(show_all)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About DPO Desk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # Loading ---------------------------------------------------------------------------------

    def _fetch(self, sort: str, descending: bool, offset: int, limit: int):  # type: ignore[no-untyped-def]
        from dataclasses import replace

        return self.workbench.page(replace(self._filter, sort=sort, descending=descending), offset, limit)

    def _apply_filter(self) -> None:
        self._filter = self.workbench.filter_for(self.dashboard.selected(), self.search.text())
        self.model.reload()
        self._update_shown()

    def refresh(self) -> None:
        """Reload counts, list and the open case (after any change)."""
        self.dashboard.set_counts(self.workbench.counts())
        self._filter = self.workbench.filter_for(self.dashboard.selected(), self.search.text())
        self.model.reload()
        self._update_shown()
        self.refreshed.emit()

    def _update_shown(self) -> None:
        total = self.workbench.count(self._filter)
        self.shown_label.setText(self.tr("%n request(s)", "", total))

    def _reselect(self) -> None:
        reference = self.detail.reference
        for row in range(self.model.rowCount()):
            item = self.model.row_at(row)
            if item is not None and item.reference == reference:
                self.table.selectRow(row)
                self._show_row(row)
                return
        self.detail.show_detail(None)

    def _show_row(self, row: int) -> None:
        item = self.model.row_at(row)
        self.detail.show_detail(self.workbench.detail(item.reference) if item is not None else None)

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

    # Acting ----------------------------------------------------------------------------------

    def _run(self, action, done: str) -> None:  # type: ignore[no-untyped-def]
        """Run one user action (one transaction); show its refusal in words, or refresh."""
        try:
            outcome: Outcome = action()
        except (ActionRefused, CaseFileError, ValueError) as exc:
            self._error(str(exc))
            return
        self.refresh()
        message = f"{outcome.reference}: {done}"
        if outcome.warnings:
            self._error("\n\n".join(outcome.warnings), title=self.tr("Please note"))
        self.statusBar().showMessage(message, 8000)

    def _error(self, message: str, title: str | None = None) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title or self.tr("Not done"), message, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("errorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _ask(self, title: str, prompt: str, then) -> TextDialog:  # type: ignore[no-untyped-def]
        dialog = TextDialog(title, prompt, required=True, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: then(dialog.text()))
        dialog.open()
        return dialog

    def _change_status(self, reference: str, status: str) -> None:
        new = Status(status)
        if new in (Status.REFUSED, Status.PARTIALLY_REFUSED, Status.WITHDRAWN):
            self._ask(
                self.tr("Reason"),
                self.tr("Why is {ref} {status}? This goes on the record and, for a refusal, into the letter.").format(
                    ref=reference, status=new.value.replace("_", " ")
                ),
                lambda reason: self._run(
                    lambda: self.workbench.change_status(reference, new, reason), self.tr("status changed")
                ),
            )
            return
        self._run(lambda: self.workbench.change_status(reference, new), self.tr("status changed"))

    def _extend(self, reference: str) -> None:
        self._ask(
            self.tr("Extend the deadline"),
            self.tr(
                "Reasons for extending {ref} by two months (complexity, number of requests). They are sent to "
                "the data subject with the extension notice."
            ).format(ref=reference),
            lambda reason: self._run(lambda: self.workbench.extend(reference, reason), self.tr("extended")),
        )

    def _pause(self, reference: str) -> None:
        self._run(lambda: self.workbench.pause(reference, PauseReason.CLARIFICATION), self.tr("paused"))

    def _resume(self, reference: str) -> None:
        self._run(lambda: self.workbench.resume(reference), self.tr("resumed"))

    def _note(self, reference: str) -> None:
        self._ask(
            self.tr("Add a note"),
            self.tr("Note for the history of {ref}:").format(ref=reference),
            lambda text: self._run(lambda: self.workbench.add_note(reference, text), self.tr("note added")),
        )

    def _verify(self) -> None:
        from ..services.integrity import verify_case_file

        report = verify_case_file(self.workbench.case)
        box = QMessageBox(
            QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Critical,
            self.tr("Integrity check"),
            "\n".join(report.lines()),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("verifyBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.NoIcon,
            self.tr("About DPO Desk"),
            self.tr("DPO Desk {version}\nData-subject rights requests in an encrypted case file.").format(
                version=__version__
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # Window state ----------------------------------------------------------------------------

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

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        self.workbench.close()
        super().closeEvent(event)
