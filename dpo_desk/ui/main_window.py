"""The workbench window: dashboard counts, the case list, the case detail."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QSettings, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..domain.channels import Channel
from ..domain.identity import VerificationMethod
from ..domain.letters import LetterKind
from ..domain.pauses import PauseReason
from ..domain.statuses import Status
from ..front_door.workbench import Workbench
from ..lazy import load_all
from ..services.case_list import ListFilter
from ..services.errors import ActionRefused
from ..services.roles import Role
from ..services.views import FileInput, Outcome, RequestRow
from ..storage.backup import automatic_backup_due
from ..storage.casefile import open_case_file
from ..storage.errors import CaseFileError, WrongPassphrase
from ..storage.safe_files import write_private_atomic
from .case_detail import CaseDetailView
from .case_table_model import ROW_ROLE, CaseTableModel
from .dashboard_strip import DashboardStrip
from .fit import fit_all_headers, fit_headers
from .inactivity import InactivityWatcher
from .jobs import Job, start, with_progress
from .letter_table_model import details_prompt, kind_label
from .lock_page import LockPage
from .messages import in_words
from .preferences_dialog import PreferencesDialog, idle_minutes
from .receipt_dialog import ReceiptDialog
from .reminders_banner import RemindersBanner
from .sent_dialog import SentDialog
from .text_dialog import TextDialog
from .unlock_dialog import Opener

if TYPE_CHECKING:  # dialogs load when first opened (QtPdf, QtPrintSupport, the ORM), not at start-up
    from .activity_dialog import ActivityDialog
    from .import_requests_dialog import ImportRequestsDialog
    from .intake_dialog import IntakeDialog
    from .letters_of_day_dialog import LettersOfDayDialog
    from .mailbox_dialog import MailboxDialog
    from .organisation_dialog import OrganisationDialog
    from .preview_dialog import PreviewDialog
    from .purge_dialog import PurgeDialog
    from .redaction_dialog import RedactionDialog
    from .register_dialog import RegisterDialog
    from .request_register_dialog import RequestRegisterDialog
    from .send_dialog import SendDialog
    from .template_dialog import TemplateDialog
    from .triage_dialog import TriageDialog
    from .users_dialog import UsersDialog

SEARCH_DELAY_MS = 150
BACKUP_FIRST_CHECK_MS = 3_000  # after the window has painted
BACKUP_CHECK_MS = 3_600_000  # then every hour: a backup is made once a day
DIGEST_FIRST_CHECK_MS = 20_000  # the daily digest: once the window has settled…
REMINDERS_FIRST_MS = 1_500  # what falls due, once the first page is painted and the services loaded
DIGEST_CHECK_MS = 3_600_000  # …then every hour; each member gets one a day
COLUMN_WIDTHS = (118, 132, 92, 122, 68, 82, 112, 68, 126, 96)


class MainWindow(QMainWindow):
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
            from ..demo.sample import DEMO_PASSPHRASE  # already loaded: it made the demo

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

    # Building --------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(self.tr("Hide every case and forget the key until the passphrase is typed again"))
        self.lock_action.triggered.connect(self.lock)
        file_menu.addAction(self.lock_action)
        verify = QAction(self.tr("&Verify integrity"), self)
        verify.setToolTip(self.tr("Check the database, its encryption, the event history and the documents"))
        verify.triggered.connect(self.verify)
        file_menu.addAction(verify)
        organisations = QAction(self.tr("&Organisations…"), self)
        organisations.setToolTip(self.tr("Letterhead, DPO contact, signatory, holidays and deadline rules"))
        organisations.triggered.connect(self.open_organisations)
        file_menu.addAction(organisations)
        self.settings_actions = [organisations]
        register_action = QAction(self.tr("&Register of processing activities…"), self)
        register_action.setToolTip(self.tr("Each organisation's processing activities (Art. 30)"))
        register_action.triggered.connect(self.open_register)
        file_menu.addAction(register_action)
        self.settings_actions.append(register_action)
        batch = QAction(self.tr("&Letters written today…"), self)
        batch.setObjectName("lettersToday")
        batch.setShortcut(QKeySequence("Ctrl+Shift+P"))
        batch.setToolTip(self.tr("Print or save, in one go, every letter written today"))
        batch.triggered.connect(self.open_letters_of_day)
        file_menu.addAction(batch)
        mailboxes = QAction(self.tr("&Mailboxes…"), self)
        mailboxes.setObjectName("mailboxesAction")
        mailboxes.setToolTip(self.tr("The mailboxes requests arrive in (IMAP) and answers leave from (SMTP)"))
        mailboxes.triggered.connect(self.open_mailboxes)
        file_menu.addAction(mailboxes)
        self.settings_actions.append(mailboxes)
        users = QAction(self.tr("&Users…"), self)
        users.setObjectName("usersAction")
        users.setToolTip(self.tr("Who works in this case file: the DPO decides, staff prepare"))
        users.triggered.connect(self.open_users)
        file_menu.addAction(users)
        templates = QAction(self.tr("Letter and email &templates…"), self)
        templates.setObjectName("templatesAction")
        templates.setToolTip(
            self.tr("Each organisation's own wording of its letters and of the emails that carry them, with a preview")
        )
        templates.triggered.connect(self.open_templates)
        file_menu.addAction(templates)
        self.settings_actions.append(templates)
        self.purge_action = QAction(self.tr("P&urge closed cases…"), self)
        self.purge_action.setObjectName("purgeAction")
        self.purge_action.setToolTip(
            self.tr("Closed cases kept longer than their organisation's retention period: preview, then purge")
        )
        self.purge_action.triggered.connect(self.open_purge)
        file_menu.addAction(self.purge_action)
        preferences = QAction(self.tr("&Preferences…"), self)
        preferences.setShortcut(QKeySequence.StandardKey.Preferences)
        preferences.triggered.connect(self.open_preferences)
        file_menu.addAction(preferences)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        case_menu = self.menuBar().addMenu(self.tr("&Case"))
        self.log_action = QAction(self.tr("&Log postal request…"), self)
        self.log_action.setShortcut(QKeySequence.StandardKey.New)
        self.log_action.setToolTip(
            self.tr("Log a request as the post is opened (or one received by phone, in person…)")
        )
        self.log_action.triggered.connect(self.open_intake)
        case_menu.addAction(self.log_action)
        import_action = QAction(self.tr("&Import emails…"), self)
        import_action.setObjectName("importEmails")
        import_action.setToolTip(
            self.tr("Log requests from .eml or Outlook .msg files, or mbox mailboxes; each message is reported")
        )
        import_action.triggered.connect(self._choose_emails)
        case_menu.addAction(import_action)
        self.triage_action = QAction(self.tr("&Mail to triage…"), self)
        self.triage_action.setObjectName("triageAction")
        self.triage_action.setShortcut(QKeySequence("Ctrl+M"))
        self.triage_action.setToolTip(
            self.tr("Messages fetched from the mailboxes: log them as requests or set them aside")
        )
        self.triage_action.triggered.connect(self.open_triage)
        case_menu.addAction(self.triage_action)
        assign = QAction(self.tr("&Assign…"), self)
        assign.triggered.connect(self._assign)
        case_menu.addAction(assign)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        view_menu.addAction(refresh)
        find = QAction(self.tr("&Find…"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        view_menu.addAction(find)
        activity = QAction(self.tr("A&ctivity report…"), self)
        activity.setObjectName("activityAction")
        activity.setToolTip(self.tr("Your figures for a period: requests, responses on time, extensions, refusals"))
        activity.triggered.connect(self.open_activity)
        view_menu.addAction(activity)
        show_all = QAction(self.tr("Show &all requests"), self)
        show_all.setShortcut(QKeySequence("Ctrl+Shift+A"))
        show_all.triggered.connect(self._show_all)
        view_menu.addAction(show_all)

        self._build_accountability_menus(file_menu, case_menu)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About DPO Desk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # Loading ---------------------------------------------------------------------------------

    def _fetch(self, sort: str, descending: bool, offset: int, limit: int) -> list[RequestRow]:
        try:
            return self.workbench.page(replace(self._filter, sort=sort, descending=descending), offset, limit)
        except CaseFileError as exc:  # a damaged page, a full disk: said, once, and the list stops there
            self._storage_failure(exc)
            return []

    def _storage_failure(self, exc: CaseFileError) -> None:
        """Say what is wrong with the case file (storage/failures.py), without stacking the same box."""
        message = in_words(exc)
        shown = [b for b in self.findChildren(QMessageBox, "errorBox") if b.isVisible() and b.text() == message]
        if not shown:
            self._error(message)

    def _apply_filter(self) -> None:
        self._filter = self.workbench.filter_for(self.dashboard.selected(), self.search.text())
        self.model.reload()
        self._update_shown()

    def refresh(self) -> None:
        """Reload counts, list and the open case (after any change)."""
        self._counts_pending = False
        try:
            self.dashboard.set_counts(self.workbench.counts())
            self._update_triage_count()
            self._apply_filter()
        except CaseFileError as exc:  # a full disk, a damaged page: said as such (storage/failures.py)
            self._storage_failure(exc)
            return
        self.refreshed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._counts_pending and event.type() == QEvent.Type.Paint and watched is self.table.viewport():
            self._counts_pending = False
            self.table.viewport().removeEventFilter(self)
            QTimer.singleShot(0, self, self._first_counts)
        return super().eventFilter(watched, event)

    def _first_counts(self) -> None:
        load_all()  # the ORM and the services: the first page is on screen
        if not self._closed and not self.is_locked:
            self.dashboard.set_counts(self.workbench.counts())
            self._update_triage_count()
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
        try:
            self._show_row_details(row)
        except CaseFileError as exc:
            self._storage_failure(exc)

    def _show_row_details(self, row: int) -> None:
        item = self.model.row_at(row)
        self.detail.show_detail(self.workbench.detail(item.reference) if item is not None else None)
        self.detail.show_letters(self.workbench.letters(item.reference) if item is not None else [])
        if item is not None:
            names = [a.name for a in self.workbench.register(item.organisation)]
            ticked = self.workbench.concerned(item.reference)
            suggested = [] if ticked else self.workbench.suggested_activities(item.reference)
            self.detail.show_activities(names, ticked, suggested)
            self._show_email_parts(item.reference)

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

    # Acting ----------------------------------------------------------------------------------

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
        """Pause…: what was asked of the person goes on the record; the clock stops until the answer."""
        self._ask(
            self.tr("Pause the clock"),
            self.tr(
                "What was asked of the person behind {ref} to clarify the request? The clock stops until the "
                "answer arrives (Resume), and this goes on the record."
            ).format(ref=reference),
            lambda reason: self._run(
                lambda: self.workbench.pause(reference, PauseReason.CLARIFICATION, reason), self.tr("paused")
            ),
        )

    def _resume(self, reference: str) -> None:
        self._run(lambda: self.workbench.resume(reference), self.tr("resumed"))

    def _note(self, reference: str) -> None:
        self._ask(
            self.tr("Add a note"),
            self.tr("Note for the history of {ref}:").format(ref=reference),
            lambda text: self._run(lambda: self.workbench.add_note(reference, text), self.tr("note added")),
        )

    def verify(self) -> Job:
        """Check the whole case file in the background, with progress; the result in a dialog."""
        from ..services.integrity import Cancelled, verify_case_file

        stages = {
            "database": self.tr("Checking the database structure…"),
            "encryption": self.tr("Checking every encrypted page…"),
            "history": self.tr("Checking the history, event by event…"),
            "attachments": self.tr("Checking the documents…"),
        }
        case = self.workbench.case
        job = Job(
            lambda report, cancelled: verify_case_file(
                case, progress=lambda stage, done, total: report(stages[stage], done, total), cancelled=cancelled
            )
        )
        self._verify_progress = with_progress(job, self.tr("Integrity check"), self)

        def done(report) -> None:  # type: ignore[no-untyped-def]
            icon = QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Critical
            lines = "\n".join(in_words(line) for line in report.lines())
            self._message(self.tr("Integrity check"), lines, icon, "verifyBox")

        def failed(exc: Exception) -> None:
            if isinstance(exc, Cancelled):
                self.statusBar().showMessage(self.tr("Integrity check stopped; nothing was changed."), 8000)
            else:
                self._error(in_words(exc))

        job.succeeded.connect(self._while_open(done))
        job.failed.connect(self._while_open(failed))
        self._jobs.add(job)
        job.finished.connect(lambda: self._jobs.discard(job))
        return start(job)

    def backup_if_due(self) -> Job | None:
        """The daily encrypted backup, in the background, when one is due."""
        case = self.workbench.case
        if self.is_locked or not case.is_open or case.read_only or not automatic_backup_due(case.path):
            return None
        job = Job(lambda _report, _cancelled: case.automatic_backup())

        def written(made: object) -> None:
            if made is not None:
                self.statusBar().showMessage(self.tr("Daily backup written to {path}").format(path=made), 8000)

        def failed(exc: Exception) -> None:
            self._error(self.tr("The daily backup failed: {why}").format(why=in_words(exc)))

        job.succeeded.connect(self._while_open(written))
        job.failed.connect(self._while_open(failed))
        self._jobs.add(job)
        job.finished.connect(lambda: self._jobs.discard(job))
        return start(job)

    def _about(self) -> None:
        text = self.tr("DPO Desk {version}\nData-subject rights requests in an encrypted case file.")
        self._message(self.tr("About DPO Desk"), text.format(version=__version__), QMessageBox.Icon.NoIcon, "aboutBox")

    def open_intake(self) -> IntakeDialog:
        from .intake_dialog import IntakeDialog

        dialog = IntakeDialog(self.workbench, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.logged.connect(self._logged)
        dialog.open()
        return dialog

    def open_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.idle.set_minutes)
        dialog.open()
        return dialog

    def open_register(self) -> RegisterDialog:
        from .register_dialog import RegisterDialog

        dialog = RegisterDialog(self.workbench, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.refresh)
        dialog.open()
        return dialog

    def open_templates(self) -> TemplateDialog:
        from .template_dialog import TemplateDialog

        dialog = TemplateDialog(self.workbench, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_organisations(self) -> OrganisationDialog:
        from .organisation_dialog import OrganisationDialog

        dialog = OrganisationDialog(self.workbench, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _: self.refresh())
        dialog.open()
        return dialog

    def _logged(self, reference: str) -> None:
        self.dashboard.clear_selection()
        self.search.clear()
        self._search_timer.stop()
        self.refresh()
        self.select_reference(reference)
        self.statusBar().showMessage(self.tr("{ref} logged").format(ref=reference), 8000)

    def _assign(self) -> None:
        reference = self.detail.reference
        if reference is None:
            return
        self._ask(
            self.tr("Assign"),
            self.tr("Who handles {ref}?").format(ref=reference),
            lambda who: self._run(lambda: self.workbench.assign(reference, who), self.tr("assigned")),
        )

    def _ask_identity(self, reference: str) -> None:
        self._ask(
            self.tr("Ask for proof of identity"),
            self.tr(
                "What raises a reasonable doubt about the identity of the person behind {ref}? Asking is "
                "not systematic (Art. 12(6)); the clock is paused until the proof arrives."
            ).format(ref=reference),
            lambda doubt: self._run(
                lambda: self.workbench.request_identity(reference, doubt), self.tr("proof of identity requested")
            ),
        )

    def _identity_received(self, reference: str) -> None:
        """Proof received…: on which day (the clock runs again from it), with or without a copy."""
        from .proof_dialog import ProofDialog

        detail = self.detail._detail
        asked = max((p.started_on for p in detail.pauses if p.reason == "identity"), default=None) if detail else None
        dialog = ProofDialog(self.workbench.today(), asked, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(choice: str, on) -> None:  # type: ignore[no-untyped-def]
            if choice == "no_copy":
                self._run(lambda: self.workbench.identity_received(reference, None, on), self.tr("proof received"))
            else:
                self._choose_file(
                    self.tr("Copy of the identity document"),
                    lambda path: self._identity_document(reference, path, on),
                )

        dialog.chosen.connect(chosen)
        dialog.open()

    def _choose_file(self, title: str, then) -> None:  # type: ignore[no-untyped-def]
        dialog = QFileDialog(self, title)
        dialog.setObjectName("fileChooser")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: then(Path(name)))
        dialog.open()

    def _identity_document(self, reference: str, path: Path, on: date | None = None) -> None:
        try:
            document = FileInput(path.name, path.read_bytes(), "id_document")
        except OSError as exc:
            self._error(self.tr("Cannot read {name}: {why}").format(name=path.name, why=exc.strerror))
            return
        self._run(lambda: self.workbench.identity_received(reference, document, on), self.tr("proof received"))

    def _identity_verified(self, reference: str, method: str) -> None:
        self._run(
            lambda: self.workbench.verify_identity(reference, VerificationMethod(method)), self.tr("identity verified")
        )

    def _authority_checked(self, reference: str) -> None:
        detail = self.workbench.detail(reference)
        title = self.tr("Authority checked")

        def check(proof: str, death: str = "") -> None:
            self._run(lambda: self.workbench.check_authority(reference, proof, death), self.tr("authority checked"))

        def with_proof(proof: str) -> None:
            if detail.on_behalf == "heir" and not detail.death_proof:
                self._ask(
                    title, self.tr("Which proof of the death was checked (LIL art. 85-II)?"), lambda d: check(proof, d)
                )
            else:
                check(proof)

        self._ask(
            title,
            self.tr(
                "Which proof of {name}'s identity and authority was checked (a mandate, the parental authority or "
                "guardianship order, the proof of being heir)?"
            ).format(name=detail.requester_name),
            with_proof,
        )

    def _identity_failed(self, reference: str) -> None:
        self._ask(
            self.tr("Identity not verified"),
            self.tr("Why could the identity behind {ref} not be verified? This goes into the refusal letter.").format(
                ref=reference
            ),
            lambda why: self._run(
                lambda: self.workbench.identity_failed(reference, why), self.tr("identity not verified")
            ),
        )

    def preview_document(self, attachment_id: int) -> PreviewDialog | None:
        from .preview_dialog import PreviewDialog

        try:
            name, media_type, data = self.workbench.attachment(attachment_id)
        except (ActionRefused, CaseFileError) as exc:
            self._error(in_words(exc))
            return None
        dialog = PreviewDialog(name, media_type, data, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # Letters ---------------------------------------------------------------------------------

    def write_letter(self, reference: str, kind: str) -> None:
        """Write the letter (asking first for the words it needs, if any), keep it, and show it."""
        letter_kind = LetterKind(kind)
        prompt = letter_kind.details_prompt
        if prompt is None:
            self._write_letter(reference, letter_kind, "")
            return
        self._ask(
            kind_label(kind),
            (details_prompt(kind) or prompt) + "\n" + self.tr("These words go into the letter."),
            lambda details: self._write_letter(reference, letter_kind, details),
        )

    def record_answer(self, reference: str, what: str) -> None:
        """A small dialog records what was decided (ui/answer_dialogs.py); the letters then state it."""
        from ..front_door.answer_desk import AnswerDesk
        from .answer_dialogs import answer_dialog

        try:
            dialog = answer_dialog(AnswerDesk(self.workbench), reference, what, self.workbench.today(), self)
        except (ActionRefused, CaseFileError, ValueError) as exc:
            self._error(in_words(exc))
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def _write_letter(self, reference: str, kind: LetterKind, details: str) -> None:
        try:
            letter_id, pdf = self.workbench.write_letter(
                reference, kind, details=details, sign_by_hand=self.detail.sign_by_hand.isChecked()
            )
        except (ActionRefused, CaseFileError, ValueError) as exc:
            self._error(in_words(exc))
            return
        self.refresh()
        self._show_pdf(self.tr("Letter {ref}").format(ref=reference), pdf)
        self.statusBar().showMessage(self.tr("{ref}: letter kept in the case file").format(ref=reference), 8000)
        by_email = self.detail._detail is not None and self.detail._detail.channel == "email"
        if by_email and self.workbench.can_send_email(reference):  # it came by email: answered so, by default
            self.send_by_email(reference, "letter", letter_id)

    def _tick(self, reference: str, names: list[str]) -> Outcome:
        self.workbench.set_concerned(reference, names)
        return Outcome(reference)

    def show_access_report(self, reference: str) -> PreviewDialog | None:
        try:
            pdf, new = self.workbench.access_report(reference)
        except (ActionRefused, CaseFileError) as exc:
            self._error(in_words(exc))
            return None
        if new:
            self.refresh()
            self.statusBar().showMessage(
                self.tr("{ref}: access report kept with the case's documents").format(ref=reference), 8000
            )
        return self._show_pdf(self.tr("Access report {ref}").format(ref=reference), pdf)

    def _current_reference(self) -> str:
        return self.detail._detail.reference if self.detail._detail is not None else ""

    def send_by_email(self, reference: str, what: str, letter_id: int | None = None) -> SendDialog | None:
        """Send by email…: the dialog shows the message; sending runs off the GUI thread."""
        from ..domain.delivery import Purpose
        from .send_dialog import SendDialog

        if not reference:
            return None
        purpose = {"letter": Purpose.LETTER, "report": Purpose.REPORT, "bundle": Purpose.BUNDLE}[what]
        dialog = SendDialog(self.workbench, reference, purpose, letter_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sent.connect(
            lambda sent: (
                self.refresh(),
                self.statusBar().showMessage(
                    self.tr("{ref}: sent by email ({id})").format(ref=reference, id=sent.message_id), 8000
                ),
            )
        )
        dialog.open()
        return dialog

    # Relays to departments, passwords, the daily digest ------------------------------------

    def ask_departments(self, reference: str) -> QMessageBox | None:
        """Ask the departments…: who will be emailed, and by when they are asked to answer; then send."""
        try:
            targets = self.workbench.departments_to_ask(reference)
        except (ActionRefused, CaseFileError) as exc:
            self._error(in_words(exc))
            return None
        if not targets:
            return self._error(
                self.tr(
                    "No ticked activity of {ref} names an internal contact not asked yet. Tick the activities "
                    "that concern the person, and name each one's contact in File → Register of processing "
                    "activities."
                ).format(ref=reference)
            )
        from .dates import short_day

        lines = "\n".join(
            self.tr("• {contact} ({activity}), to answer by {due}").format(
                contact=t.contact, activity=t.activity, due=short_day(t.due_on)
            )
            for t in targets
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Ask the departments"),
            self.tr(
                "Email these departments a request for the data of {ref}? The email names the person, so that "
                "they can find their data.\n\n{lines}"
            ).format(ref=reference, lines=lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("askDepartmentsBox")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Send"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._relay_job(reference, ask=True))
        box.open()
        return box

    def remind_departments(self, reference: str) -> Job:
        return self._relay_job(reference, ask=False)

    def _relay_job(self, reference: str, *, ask: bool) -> Job:
        """Sending to the departments runs off the GUI thread; the case is shown again after."""
        workbench = self.workbench
        if ask:
            job = Job(lambda _report, _cancelled: workbench.ask_departments(reference))
        else:
            job = Job(lambda _report, _cancelled: workbench.remind_departments(reference))
        self.statusBar().showMessage(self.tr("{ref}: emailing the departments…").format(ref=reference))

        def done(result) -> None:  # type: ignore[no-untyped-def]
            self.refresh()
            if ask:
                text = self.tr("{ref}: %n department(s) asked", "", len(result)).format(ref=reference)
            else:
                text = self.tr("{ref}: %n department(s) reminded", "", result).format(ref=reference)
            self.statusBar().showMessage(text, 8000)

        def failed(exc: Exception) -> None:
            self.refresh()  # those asked before the failure are recorded
            self.statusBar().clearMessage()
            self._error(in_words(exc))

        job.succeeded.connect(self._while_open(done))
        job.failed.connect(self._while_open(failed))
        self._jobs.add(job)
        job.finished.connect(lambda: self._jobs.discard(job))
        return start(job)

    def show_password_again(self, outgoing_id: int) -> QMessageBox:
        """A DPO sees again a password read out by telephone; the history records it first."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Show the password again"),
            self.tr(
                "Show the password of this encrypted email, to read it out to the person again? The history of "
                "the request records that you saw it."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("showPasswordBox")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Show"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._reveal_password(outgoing_id))
        box.open()
        return box

    def _reveal_password(self, outgoing_id: int) -> None:
        from .send_dialog import PasswordDialog

        try:
            password = self.workbench.password_of(outgoing_id)
        except (ActionRefused, CaseFileError) as exc:
            self._error(in_words(exc))
            return
        self.refresh()  # the history now says it was shown
        dialog = PasswordDialog(password, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def announce_reminders(self) -> bool:
        """Once a day for this user and file: what falls due, in the banner and the desktop's notifications."""
        if self._closed or self.stack.currentWidget() is self.lock_page:
            return False
        try:
            items = self.workbench.reminders()
        except (ActionRefused, CaseFileError):
            return False
        return self.reminders_banner.announce(
            items, login=self.workbench.user, case_name=self.workbench.case.path.name, today=self.workbench.today()
        )

    def send_digests_if_due(self) -> Job | None:
        """Once a day, the digest of what falls due to each member who asked for it, off the GUI thread."""
        case = self.workbench.case
        if self._digest_job is not None or self.is_locked or not case.is_open or case.read_only:
            return None
        try:
            if not self.workbench.digests_due():
                return None
        except (ActionRefused, CaseFileError):
            return None
        workbench = self.workbench
        job = Job(lambda _report, _cancelled: workbench.send_digests())
        self._digest_job = job

        def sent(lines: list[str]) -> None:
            self.statusBar().showMessage(self.tr("Daily digest of what falls due sent by email."), 8000)

        def failed(exc: Exception) -> None:
            self.statusBar().showMessage(
                self.tr("The daily digest could not be sent: {why}").format(why=in_words(exc)), 15000
            )

        def finished() -> None:
            self._digest_job = None
            self._jobs.discard(job)

        job.succeeded.connect(self._while_open(sent))
        job.failed.connect(self._while_open(failed))
        self._jobs.add(job)
        job.finished.connect(finished)
        return start(job)

    def choose_portability_file(self, reference: str) -> None:
        dialog = QFileDialog(self, self.tr("Save the portability bundle"), f"{reference}-portability.zip")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("ZIP archives (*.zip)"))
        dialog.setDefaultSuffix("zip")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.export_portability(reference, Path(path)))
        dialog.open()

    def export_portability(self, reference: str, path: Path) -> bool:
        """Write the Art. 20 bundle where the user chose; the case records that it was made."""
        try:
            bundle = self.workbench.portability_bundle(reference)
            write_private_atomic(path, bundle.data)
        except (ActionRefused, CaseFileError) as exc:
            self._error(in_words(exc))
            return False
        except OSError as exc:
            self._error(self.tr("The bundle could not be written: {why}").format(why=exc.strerror or exc))
            return False
        self.refresh()
        self.statusBar().showMessage(
            self.tr("{ref}: portability bundle saved ({n} records)").format(ref=reference, n=bundle.records), 8000
        )
        return True

    def open_letters_of_day(self) -> LettersOfDayDialog:
        from .letters_of_day_dialog import LettersOfDayDialog

        today = self.workbench.today()
        batch = self.workbench.letters_written_today()
        dialog = LettersOfDayDialog(
            QLocale().toString(today, QLocale.FormatType.LongFormat),
            batch.documents,
            self.workbench.day_document_pdf,
            self,
            missing=[
                self.tr(
                    "The access letter of {ref} encloses the access report, which is not in this batch: {why}"
                ).format(ref=reference, why=in_words(why) if why is not None else self.tr("none was made yet."))
                for reference, why in batch.missing
            ],
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished_work.connect(lambda text: self.statusBar().showMessage(text, 8000))
        dialog.envelopes_requested.connect(self.show_batch_envelopes)
        dialog.open()
        return dialog

    def show_batch_envelopes(self, chosen: list[tuple[str, int]]) -> PreviewDialog | None:
        """The envelopes and slips of the letters chosen, in one PDF to print; those without an address said."""
        try:
            pdf, left_out = self.workbench.batch_envelopes(chosen)
        except (ActionRefused, CaseFileError) as exc:
            self._error(in_words(exc))
            return None
        if left_out:
            self.statusBar().showMessage(
                self.tr("No postal address, so no envelope, for: {references}").format(references=", ".join(left_out)),
                12_000,
            )
        return self._show_pdf(self.tr("Envelopes"), pdf) if pdf is not None else None

    def preview_letter(self, letter_id: int) -> PreviewDialog | None:
        try:
            pdf = self.workbench.letter_pdf(letter_id)
        except (ActionRefused, CaseFileError) as exc:
            self._error(in_words(exc))
            return None
        return self._show_pdf(self.tr("Letter"), pdf)

    def show_envelope(self, letter_id: int, label: bool = False) -> PreviewDialog | None:
        """The letter's envelope (or address label) and registered-mail slip, previewed to print."""
        reference = self.detail.reference
        try:
            pdf = self.workbench.envelope_pdf(reference, letter_id, label=label)
        except (ActionRefused, CaseFileError) as exc:
            self._error(in_words(exc))
            return None
        return self._show_pdf(self.tr("Address label") if label else self.tr("Envelope"), pdf)

    def _show_pdf(self, title: str, pdf: bytes) -> PreviewDialog:
        from .preview_dialog import PreviewDialog

        dialog = PreviewDialog(f"{title}.pdf", "application/pdf", pdf, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _letter_receipt(self, letter_id: int) -> ReceiptDialog:
        dialog = ReceiptDialog(self.workbench.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def record(signed_on, scan) -> None:  # type: ignore[no-untyped-def]
            try:
                self.workbench.record_receipt(letter_id, signed_on, scan)
            except (ActionRefused, CaseFileError) as exc:
                self._error(in_words(exc))
                return
            self.refresh()
            self.statusBar().showMessage(self.tr("Acknowledgement of receipt recorded"), 8000)

        dialog.chosen.connect(record)
        dialog.open()
        return dialog

    def _letter_sent(self, letter_id: int) -> SentDialog:
        dialog = SentDialog(self.workbench.today(), self, channel=self.detail.channel)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def record(on, channel: str, registered: str) -> None:  # type: ignore[no-untyped-def]
            try:
                warnings = self.workbench.mark_letter_sent(letter_id, on, Channel(channel), registered)
            except (ActionRefused, CaseFileError) as exc:
                self._error(in_words(exc))
                return
            self.refresh()
            self.statusBar().showMessage(self.tr("Letter marked sent"), 8000)
            if warnings:
                self._error("\n\n".join(in_words(w) for w in warnings), title=self.tr("Please note"))

        dialog.chosen.connect(record)
        dialog.open()
        return dialog

    # Documents dropped on the window ---------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.stack.currentIndex() == 0:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        emails = [p for p in paths if p.suffix.lower() in (".eml", ".msg")]
        if emails:
            for path in emails:
                self.open_email(path)
        else:
            self.attach_files(paths)

    def _choose_emails(self) -> None:
        dialog = QFileDialog(
            self, self.tr("Import emails"), str(Path.home()), self.tr("Emails (*.eml *.msg *.mbox);;All files (*)")
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(lambda names: self.import_emails([Path(n) for n in names]))
        dialog.open()

    def import_emails(self, paths: list[Path]) -> Job:
        """Import in the background with progress; then say what became of each message."""
        from ..services.email_import import import_files

        workbench = self.workbench
        label = self.tr("Importing emails…")
        job = Job(
            lambda report, cancelled: import_files(
                workbench.case,
                paths,
                user=workbench.user,
                today=workbench.today(),
                progress=lambda done, total: report(label, done, total),
                cancelled=cancelled,
            )
        )
        self._import_progress = with_progress(job, self.tr("Import emails"), self)

        def done(outcomes) -> None:  # type: ignore[no-untyped-def]
            self.refresh()
            counts = {
                kind: sum(o.outcome == kind for o in outcomes)
                for kind in ("imported", "duplicate", "needs_triage", "error")
            }
            summary = self.tr(
                "{imported} imported, {duplicate} already there, {needs_triage} to log by hand, {error} not readable."
            ).format(**counts)
            box = self._message(self.tr("Import emails"), summary, QMessageBox.Icon.Information, "importBox")
            box.setDetailedText("\n".join(f"{o.source}: {in_words(o.message)}" for o in outcomes))

        job.succeeded.connect(self._while_open(done))
        job.failed.connect(self._while_open(lambda exc: self._error(in_words(exc))))
        self._jobs.add(job)
        job.finished.connect(lambda: self._jobs.discard(job))
        return start(job)

    def apply_role(self) -> None:
        """What this user may do: staff prepare, a DPO decides and changes settings."""
        role = self.workbench.role()
        dpo = role is Role.DPO
        self.detail.set_can_decide(dpo)
        for action in self.settings_actions:
            action.setEnabled(dpo)
            action.setStatusTip("" if dpo else self.tr("Only a DPO changes settings"))
        self.purge_action.setEnabled(dpo)
        self.purge_action.setStatusTip("" if dpo else self.tr("Only a DPO purges closed cases"))
        self.not_member_banner.setVisible(role is None)

    def open_activity(self) -> ActivityDialog:
        from .activity_dialog import ActivityDialog

        dialog = ActivityDialog(self.workbench, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_purge(self) -> PurgeDialog:
        from .purge_dialog import PurgeDialog

        dialog = PurgeDialog(self.workbench, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.purged.connect(lambda _: self.refresh())
        dialog.open()
        return dialog

    def open_users(self) -> UsersDialog:
        from .users_dialog import UsersDialog

        dialog = UsersDialog(self.workbench, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.apply_role)
        dialog.open()
        return dialog

    def open_mailboxes(self) -> MailboxDialog:
        from .mailbox_dialog import MailboxDialog

        dialog = MailboxDialog(self.workbench, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_triage(self) -> TriageDialog:
        from .triage_dialog import TriageDialog

        dialog = TriageDialog(self.workbench, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.refresh)
        dialog.needs_intake.connect(lambda item_id, raw: self._intake_from_triage(dialog, item_id, raw))
        dialog.open()
        return dialog

    def _intake_from_triage(self, triage: TriageDialog, item_id: int, raw: bytes) -> IntakeDialog | None:
        """A fetched message DPO Desk could not log by itself: the intake form, filled from it."""
        from ..services.email_intake import EmailRefused
        from ..services.email_worker import parse_email
        from .intake_dialog import IntakeDialog

        try:
            draft = parse_email(raw)
        except EmailRefused as exc:
            triage.summary.setText(in_words(exc))
            return None
        dialog = IntakeDialog(self.workbench, triage)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.prefill_from_email(draft, f"message-{item_id}.eml")

        def logged(reference: str) -> None:
            self.workbench.triaged_by_hand(item_id, reference)
            triage.reload()
            self.refresh()

        dialog.logged.connect(logged)
        dialog.open()
        return dialog

    def _update_triage_count(self) -> None:
        waiting = sum(box.waiting for box in self.workbench.mailboxes())
        text = self.tr("&Mail to triage…") if not waiting else self.tr("&Mail to triage (%n)…", "", waiting)
        self.triage_action.setText(text)

    def open_email(self, path: Path) -> IntakeDialog | None:
        """An intake form filled from an email file, for staff to check and log."""
        from ..services.email_intake import EmailRefused
        from ..services.email_worker import parse_email

        try:
            draft = parse_email(path.read_bytes())
        except OSError as exc:
            self._error(self.tr("Cannot read {name}: {why}").format(name=path.name, why=exc.strerror))
            return None
        except EmailRefused as exc:
            self._error(f"{path.name}: {exc}")
            return None
        dialog = self.open_intake()
        dialog.prefill_from_email(draft, path.name)
        return dialog

    def attach_files(self, paths: list[Path]) -> None:
        reference = self.detail.reference
        if reference is None:
            self._error(self.tr("Select the request the documents belong to, then drop them again."))
            return
        try:
            files = [FileInput(p.name, p.read_bytes()) for p in paths if p.is_file()]
        except OSError as exc:
            self._error(self.tr("A document could not be read: {why}").format(why=exc.strerror))
            return
        if files:
            self._run(lambda: self.workbench.attach(reference, files), self.tr("%n document(s) added", "", len(files)))

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

    # Redaction, the inspection dossier, coming from Excel ------------------------------------

    def _build_accountability_menus(self, file_menu, case_menu) -> None:  # type: ignore[no-untyped-def]
        requests_register = QAction(self.tr("Register of &requests…"), self)
        requests_register.setObjectName("requestRegisterAction")
        requests_register.setToolTip(
            self.tr("For an inspection: every request of a period, one row each, as XLSX or CSV")
        )
        requests_register.triggered.connect(self.open_request_register)
        file_menu.insertAction(file_menu.actions()[-2], requests_register)
        import_requests = QAction(self.tr("Import requests from a &spreadsheet…"), self)
        import_requests.setObjectName("importRequestsAction")
        import_requests.setToolTip(self.tr("A register of requests kept in Excel, LibreOffice or CSV"))
        import_requests.triggered.connect(self._choose_requests_file)
        case_menu.addAction(import_requests)
        self.dossier_action = QAction(self.tr("Export &dossier…"), self)
        self.dossier_action.setObjectName("dossierAction")
        self.dossier_action.triggered.connect(
            lambda: self.detail.reference and self.choose_dossier_file(self.detail.reference)
        )
        case_menu.addAction(self.dossier_action)

    def open_redaction(self, attachment_id: int) -> RedactionDialog | None:
        from .redaction_dialog import RedactionDialog

        language = "fr"
        reference = self.detail.reference
        if reference is not None:
            detail = self.workbench.detail(reference)
            language = self.workbench.organisation(detail.organisation_code)[0].letter_language
        try:
            dialog = RedactionDialog(self.workbench, attachment_id, language, self)
        except (ActionRefused, CaseFileError) as exc:
            self._error(in_words(exc))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda n: self.statusBar().showMessage(self.tr("%n redaction(s) saved", "", n), 8000))
        dialog.copy_made.connect(lambda _: self._copy_made())
        dialog.open()
        return dialog

    def _copy_made(self) -> None:
        self.refresh()
        self.statusBar().showMessage(self.tr("Redacted copy kept with the case's documents"), 8000)

    def choose_dossier_file(self, reference: str) -> None:
        dialog = QFileDialog(self, self.tr("Export the dossier"), f"dossier-{reference}.pdf")
        dialog.setObjectName("dossierChooser")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.export_dossier(reference, Path(path)))
        dialog.open()

    def export_dossier(self, reference: str, path: Path) -> Job:
        """Make the dossier in the background and write it where the user chose."""
        workbench = self.workbench
        label = self.tr("Making the dossier of {ref}…").format(ref=reference)

        def work(report, _cancelled):  # type: ignore[no-untyped-def]
            report(label, 0, 1)
            made = workbench.case_dossier(reference)
            workbench.save_file(path, made.pdf)
            return made

        job = Job(work)
        self._dossier_progress = with_progress(job, self.tr("Export dossier"), self)

        def done(made) -> None:  # type: ignore[no-untyped-def]
            self.refresh()
            self._message(
                self.tr("Export dossier"),
                self.tr(
                    "The dossier of {ref} was saved to {path} ({pages} pages).\n\nIts checkpoint, {checkpoint}, "
                    "proves later that the history was not changed: dpo-desk verify --expect {checkpoint}"
                ).format(ref=reference, path=path, pages=made.pages, checkpoint=made.checkpoint),
                QMessageBox.Icon.Information,
                "dossierBox",
            )

        def failed(exc: Exception) -> None:
            if isinstance(exc, OSError):
                self._error(self.tr("The dossier could not be written: {why}").format(why=exc.strerror or exc))
            else:
                self._error(in_words(exc))

        job.succeeded.connect(self._while_open(done))
        job.failed.connect(self._while_open(failed))
        self._jobs.add(job)
        job.finished.connect(lambda: self._jobs.discard(job))
        return start(job)

    def open_request_register(self) -> RequestRegisterDialog:
        from .request_register_dialog import RequestRegisterDialog

        dialog = RequestRegisterDialog(self.workbench, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda text: self.statusBar().showMessage(text, 8000))
        dialog.open()
        return dialog

    def _choose_requests_file(self) -> None:
        dialog = QFileDialog(
            self,
            self.tr("Import requests from a spreadsheet"),
            str(Path.home()),
            self.tr("Spreadsheets (*.xlsx *.ods *.csv);;All files (*)"),
        )
        dialog.setObjectName("requestsChooser")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.open_import_requests(Path(name)))
        dialog.open()

    def open_import_requests(self, path: Path) -> ImportRequestsDialog | None:
        from .import_requests_dialog import ImportRequestsDialog

        try:
            data = path.read_bytes()
        except OSError as exc:
            self._error(self.tr("Cannot read {name}: {why}").format(name=path.name, why=exc.strerror))
            return None
        try:
            dialog = ImportRequestsDialog(self.workbench, data, path.name, self)
        except (ActionRefused, CaseFileError) as exc:
            self._error(in_words(exc))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _: self.refresh())
        dialog.open()
        return dialog

    # Locking ---------------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self.stack.currentIndex() == 1

    def lock(self) -> None:
        """Forget the key, close the file and hide every case until the passphrase is typed."""
        if self.is_locked:
            return
        self._stop_jobs()
        self.idle.stop()
        for widget in self.findChildren(QDialog):
            widget.reject()
        self.detail.show_detail(None)
        self.model.reload(lambda *_: [])
        self.dashboard.set_counts({})
        self.search.clear()
        self._search_timer.stop()
        self.workbench.close()
        self.stack.setCurrentIndex(1)
        self.lock_action.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.lock_page.reset()
        self.locked.emit()

    def _unlock(self, passphrase: str) -> None:
        try:
            case = self._opener(passphrase)
        except WrongPassphrase:
            self.lock_page.show_error(self.tr("Wrong passphrase. Check the keyboard layout and Caps Lock."))
            return
        except CaseFileError as exc:
            self.lock_page.show_error(in_words(exc))
            return
        old = self.workbench
        self.workbench = Workbench(case, old.user, old.today, demo=old.demo)
        self.stack.setCurrentIndex(0)
        self.lock_action.setEnabled(True)
        self.menuBar().setEnabled(True)
        self.model.reload(self._fetch)
        self.refresh()
        self.idle.restart()
        self.unlocked.emit()

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
        self._stop_jobs()
        self.workbench.close()
        super().closeEvent(event)
