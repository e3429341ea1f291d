"""One case: who, what, the deadline in words, the identity check, the timeline, the actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.case_actions import can_check_authority, can_extend, can_resume, is_actionable
from ..domain.letters import DECISION_LETTERS, WRITTEN_BY_DPO_DESK, LetterKind
from ..domain.statuses import DPO_DECISIONS, Status
from ..services.views import RequestDetail
from . import labels
from .attachment_table_model import ATTACHMENT_ROLE, AttachmentTableModel
from .dates import short_day
from .deadline_text import deadline_text
from .event_table_model import EventTableModel
from .letter_table_model import LETTER_ROLE, LetterTableModel, kind_label
from .relay_table_model import RelayTableModel
from .sent_table_model import SENT_ROLE, SentTableModel


class CaseDetailView(QWidget):
    """Signals:
    status_requested(str, str): reference and the new status chosen in the menu.
    extend_requested(str): reference.
    pause_requested(str): reference (waiting for clarification).
    resume_requested(str): reference.
    note_requested(str): reference.
    """

    status_requested = Signal(str, str)
    document_requested = Signal(int)
    letter_requested = Signal(str, str)
    answer_requested = Signal(str, str)  # reference, what to record (ui/answer_dialogs.ANSWERS)
    activities_saved = Signal(str, list)
    report_requested = Signal(str)
    portability_requested = Signal(str)
    letter_opened = Signal(int)
    letter_sent = Signal(int)
    letter_receipt = Signal(int)  # a registered letter's acknowledgement of receipt came back
    envelope_requested = Signal(int)  # a letter's DL envelope and registered-mail slip
    label_requested = Signal(int)  # a letter's address label and registered-mail slip
    letter_emailed = Signal(int)
    email_requested = Signal(str, str)  # reference, what: "report" or "bundle"
    departments_requested = Signal(str)  # reference: Ask the departments…
    reminders_requested = Signal(str)  # reference: remind the departments late with their answer
    password_requested = Signal(int)  # an email sent: show its password again (a DPO, recorded)
    identity_requested = Signal(str)
    identity_received = Signal(str)
    identity_verified = Signal(str, str)
    identity_failed = Signal(str)
    authority_requested = Signal(str)  # reference: whoever acted for the person was checked
    extend_requested = Signal(str)
    pause_requested = Signal(str)
    resume_requested = Signal(str)
    note_requested = Signal(str)
    redaction_requested = Signal(int)  # attachment id: withhold other people's data (Art. 15(4))
    dossier_requested = Signal(str)  # reference: the dossier for an inspection or a complaint

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: RequestDetail | None = None
        self.title = QLabel(self)
        self.title.setObjectName("caseTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(True)
        self.deadline = QLabel(self)
        self.deadline.setObjectName("caseDeadline")
        self.deadline.setWordWrap(True)
        self.deadline.setStyleSheet("font-size: 12pt;")

        self.status_button = QToolButton(self)
        self.status_button.setText(self.tr("Change status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.can_decide = True  # set by the window from the user's role
        self.today: Callable[[], date] = date.today  # the workbench's clock, set by the window
        self.status_menu = QMenu(self.status_button)
        self.status_button.setMenu(self.status_menu)
        self.extend_button = QPushButton(self.tr("Extend…"), self)
        self.extend_button.setToolTip(self.tr("Extend by two further months (Art. 12(3)); reasons required"))
        self.pause_button = QPushButton(self.tr("Pause"), self)
        self.pause_button.setToolTip(self.tr("Stop the clock while waiting for a clarification"))
        self.resume_button = QPushButton(self.tr("Resume"), self)
        self.resume_button.setToolTip(self.tr("The information arrived today: the clock runs again"))
        self.note_button = QPushButton(self.tr("Add note…"), self)
        self.ask_id_button = QPushButton(self.tr("Ask for proof of identity…"), self)
        self.ask_id_button.setToolTip(self.tr("Only on a reasonable doubt (Art. 12(6)); pauses the clock"))
        self.id_received_button = QPushButton(self.tr("Proof received…"), self)
        self.verify_button = QToolButton(self)
        self.verify_button.setText(self.tr("Identity verified"))
        self.verify_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.verify_button.setToolTip(self.tr("Any copy of an ID document is then destroyed; a note stays"))
        self.verify_menu = QMenu(self.verify_button)
        for method, text in (
            ("email_match", self.tr("Email matches the account")),
            ("customer_number", self.tr("Customer number matches")),
            ("document_checked", self.tr("ID document checked")),
            ("in_person", self.tr("Seen in person")),
            ("other", self.tr("Other means")),
        ):
            self.verify_menu.addAction(text).setData(method)
        self.verify_button.setMenu(self.verify_menu)
        self.id_failed_button = QPushButton(self.tr("Not verified…"), self)
        self.authority_button = QPushButton(self.tr("Authority checked…"), self)
        self.authority_button.setObjectName("authorityButton")
        self.authority_button.setToolTip(
            self.tr("The request was made for the person: check the requester's identity and authority too")
        )
        self.authority_button.clicked.connect(lambda: self._emit(self.authority_requested))
        identity_actions = QHBoxLayout()
        for widget in (
            self.authority_button,
            self.ask_id_button,
            self.id_received_button,
            self.verify_button,
            self.id_failed_button,
        ):
            identity_actions.addWidget(widget)
        identity_actions.addStretch(1)
        actions = QHBoxLayout()
        for widget in (self.status_button, self.extend_button, self.pause_button, self.resume_button, self.note_button):
            actions.addWidget(widget)
        self.dossier_button = QPushButton(self.tr("Export dossier…"), self)
        self.dossier_button.setObjectName("dossierButton")
        self.dossier_button.setToolTip(
            self.tr("One PDF: the chronology, the letters, the documents' fingerprints, the history's checkpoint")
        )
        self.dossier_button.clicked.connect(lambda: self._emit(self.dossier_requested))
        actions.addStretch(1)
        actions.addWidget(self.dossier_button)

        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for key, label in (
            ("organisation", self.tr("Organisation")),
            ("status", self.tr("Status")),
            ("rights", self.tr("Rights")),
            ("received", self.tr("Received")),
            ("deadlines", self.tr("Deadlines")),
            ("identity", self.tr("Identity")),
            ("contact", self.tr("Contact")),
            ("assignee", self.tr("Assigned to")),
            ("summary", self.tr("Request")),
        ):
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"field_{key}")
            self.fields[key] = value
            form.addRow(label, value)

        self.documents_model = AttachmentTableModel(self)
        self.documents = QTableView(self)
        self.documents.setAccessibleName(self.tr("Documents of the case"))
        self.documents.setTabKeyNavigation(False)
        self.documents.setObjectName("documents")
        self.documents.setModel(self.documents_model)
        self.documents.verticalHeader().hide()
        self.documents.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.documents.horizontalHeader().setStretchLastSection(True)
        self.documents.setColumnWidth(0, 230)
        self.documents.doubleClicked.connect(self._document_chosen)

        self.letters_model = LetterTableModel(self)
        self.letters = QTableView(self)
        self.letters.setAccessibleName(self.tr("Letters of the case"))
        self.letters.setTabKeyNavigation(False)
        self.letters.setObjectName("letters")
        self.letters.setModel(self.letters_model)
        self.letters.verticalHeader().hide()
        self.letters.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.letters.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.letters.horizontalHeader().setStretchLastSection(True)
        self.letters.setColumnWidth(0, 210)
        self.letters.doubleClicked.connect(lambda index: self._letter_chosen(index, self.letter_opened))
        self.letters.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.letters.customContextMenuRequested.connect(
            lambda point: self.letter_menu(self.letters.indexAt(point)).popup(
                self.letters.viewport().mapToGlobal(point)
            )
        )
        self.write_button = QToolButton(self)
        self.write_button.setText(self.tr("Write letter"))
        self.write_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.write_menu = QMenu(self.write_button)
        for kind in LetterKind:
            if kind not in WRITTEN_BY_DPO_DESK:
                self.write_menu.addAction(kind_label(kind.value)).setData(kind.value)
        self.write_button.setMenu(self.write_menu)
        self.answer_button = QToolButton(self)
        self.answer_button.setObjectName("recordAnswer")
        self.answer_button.setText(self.tr("Record answer"))
        self.answer_button.setToolTip(self.tr("What was decided and done: the letters state exactly this"))
        self.answer_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.answer_menu = QMenu(self.answer_button)
        from .answer_dialogs import ANSWERS

        for key, label in ANSWERS:
            self.answer_menu.addAction(QCoreApplication.translate("Answers", label)).setData(key)
        self.answer_button.setMenu(self.answer_menu)
        self.answer_menu.triggered.connect(
            lambda action: self._detail and self.answer_requested.emit(self._detail.reference, action.data())
        )
        self.sign_by_hand = QCheckBox(self.tr("Space to sign by hand"), self)
        self.sign_by_hand.setObjectName("signByHand")
        self.sign_by_hand.setToolTip(
            self.tr("Leave room for a handwritten signature instead of the organisation's signature image")
        )
        self.sent_button = QPushButton(self.tr("Mark sent…"), self)
        self.sent_button.setEnabled(False)
        self.write_menu.triggered.connect(
            lambda action: self._detail and self.letter_requested.emit(self._detail.reference, action.data())
        )
        self.sent_button.clicked.connect(lambda: self._letter_chosen(self.letters.currentIndex(), self.letter_sent))
        self.receipt_button = QPushButton(self.tr("Receipt signed…"), self)
        self.receipt_button.setObjectName("receiptButton")
        self.receipt_button.setToolTip(
            self.tr("The acknowledgement of receipt came back: the day it was signed, its scan")
        )
        self.receipt_button.setEnabled(False)
        self.receipt_button.clicked.connect(
            lambda: self._letter_chosen(self.letters.currentIndex(), self.letter_receipt)
        )
        self.email_button = QPushButton(self.tr("Send by email…"), self)
        self.email_button.setObjectName("sendEmailButton")
        self.email_button.setToolTip(
            self.tr("Send the letter from the organisation's address, in reply to the request")
        )
        self.email_button.setEnabled(False)
        self.email_button.clicked.connect(lambda: self._letter_chosen(self.letters.currentIndex(), self.letter_emailed))
        self.letters.selectionModel().currentRowChanged.connect(self._letter_selected)

        self.timeline_model = EventTableModel(self)
        self.timeline = QTableView(self)
        self.timeline.setAccessibleName(self.tr("History of the case"))
        self.timeline.setTabKeyNavigation(False)
        self.timeline.setModel(self.timeline_model)
        self.timeline.verticalHeader().hide()
        self.timeline.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.timeline.setWordWrap(False)
        header = self.timeline.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((130, 110, 150)):
            self.timeline.setColumnWidth(column, width)

        self.placeholder = QLabel(self.tr("Select a request in the list to see it here."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addWidget(self.deadline)
        body.addLayout(actions)
        body.addLayout(form)
        body.addLayout(identity_actions)
        letters_page = QWidget(self)
        letters_layout = QVBoxLayout(letters_page)
        letters_row = QHBoxLayout()
        letters_row.addWidget(self.sign_by_hand)
        letters_row.addStretch(1)
        letters_row.addWidget(self.answer_button)
        letters_row.addWidget(self.write_button)
        # Writing on one row, sending on the next: in French one row is wider than the detail pane.
        sending_row = QHBoxLayout()
        sending_row.addStretch(1)
        sending_row.addWidget(self.email_button)
        sending_row.addWidget(self.sent_button)
        sending_row.addWidget(self.receipt_button)
        letters_layout.addLayout(letters_row)
        letters_layout.addLayout(sending_row)
        letters_layout.addWidget(self.letters, 2)
        self._build_sent_emails(letters_layout)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        self.tabs.addTab(self.timeline, self.tr("History"))
        self.tabs.addTab(self._documents_page(), self.tr("Documents"))
        self.tabs.setTabToolTip(1, self.tr("Drop files on the window to add them to this case"))
        self.tabs.addTab(letters_page, self.tr("Letters"))
        self.activities = QListWidget(self)
        self.activities.setAccessibleName(self.tr("Processing activities that concern the person"))
        self.activities.setObjectName("activities")
        self.save_activities = QPushButton(self.tr("Save"), self)
        self.save_activities.setToolTip(self.tr("The ticked activities drive the access report"))
        self.report_button = QPushButton(self.tr("Access report…"), self)
        self.report_button.setToolTip(self.tr("The Art. 15 report: each ticked activity, then the extracts attached"))
        self.portability_button = QPushButton(self.tr("Portability export…"), self)
        self.portability_button.setObjectName("portabilityButton")
        self.portability_button.setToolTip(
            self.tr("Art. 20: the person's data as a ZIP of JSON and CSV files with a manifest")
        )
        activities_page = QWidget(self)
        activities_layout = QVBoxLayout(activities_page)
        activities_layout.addWidget(QLabel(self.tr("Processing activities of the register that concern the person:")))
        activities_layout.addWidget(self.activities, 1)
        activities_row = QHBoxLayout()
        activities_row.addStretch(1)
        activities_row.addWidget(self.save_activities)
        activities_row.addWidget(self.report_button)
        activities_row.addWidget(self.portability_button)
        self.email_documents = QToolButton(self)
        self.email_documents.setObjectName("emailDocuments")
        self.email_documents.setText(self.tr("Send by email"))
        self.email_documents.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        email_menu = QMenu(self.email_documents)
        email_menu.addAction(self.tr("Access report, encrypted…")).setData("report")
        email_menu.addAction(self.tr("Portability bundle, encrypted…")).setData("bundle")
        email_menu.triggered.connect(
            lambda action: self._detail and self.email_requested.emit(self._detail.reference, action.data())
        )
        self.email_documents.setMenu(email_menu)
        activities_row.addWidget(self.email_documents)
        activities_layout.addLayout(activities_row)
        self._build_relays(activities_layout)
        self.tabs.addTab(activities_page, self.tr("Activities"))
        self.save_activities.clicked.connect(self._save_activities)
        self.report_button.clicked.connect(lambda: self._emit(self.report_requested))
        self.portability_button.clicked.connect(lambda: self._emit(self.portability_requested))
        body.addWidget(self.tabs, 1)
        layout.addWidget(self.body)
        self.body.hide()

        self.status_menu.triggered.connect(self._status_chosen)
        self.extend_button.clicked.connect(lambda: self._emit(self.extend_requested))
        self.pause_button.clicked.connect(lambda: self._emit(self.pause_requested))
        self.resume_button.clicked.connect(lambda: self._emit(self.resume_requested))
        self.note_button.clicked.connect(lambda: self._emit(self.note_requested))
        self.ask_id_button.clicked.connect(lambda: self._emit(self.identity_requested))
        self.id_received_button.clicked.connect(lambda: self._emit(self.identity_received))
        self.id_failed_button.clicked.connect(lambda: self._emit(self.identity_failed))
        self.verify_menu.triggered.connect(
            lambda action: self._detail and self.identity_verified.emit(self._detail.reference, action.data())
        )

    # Answering by email: the departments asked, the emails sent ------------------------------

    def _build_relays(self, layout: QVBoxLayout) -> None:
        """Under the activities: the departments asked for the person's data, late ones in red."""
        self.relays_label = QLabel(self.tr("Departments asked for the person's data:"), self)
        self.relays_model = RelayTableModel(self)
        self.relays = QTableView(self)
        self.relays.setAccessibleName(self.tr("Departments asked for the data"))
        self.relays.setTabKeyNavigation(False)
        self.relays.setObjectName("relays")
        self.relays.setModel(self.relays_model)
        self.relays.verticalHeader().hide()
        self.relays.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.relays.horizontalHeader()
        for column, mode in enumerate(
            (QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch)
            + (QHeaderView.ResizeMode.ResizeToContents,) * 3
        ):
            header.setSectionResizeMode(column, mode)
        self.relays.setMaximumHeight(120)
        self.ask_departments_button = QPushButton(self.tr("Ask the departments…"), self)
        self.ask_departments_button.setObjectName("askDepartments")
        self.remind_button = QPushButton(self.tr("Remind the late ones"), self)
        self.remind_button.setObjectName("remindDepartments")
        self.remind_button.setToolTip(self.tr("Email again the departments that did not answer by their due date"))
        self.remind_button.setEnabled(False)
        self.ask_departments_button.clicked.connect(lambda: self._emit(self.departments_requested))
        self.remind_button.clicked.connect(lambda: self._emit(self.reminders_requested))
        self.relays_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.ask_departments_button)
        row.addWidget(self.remind_button)
        layout.addWidget(self.relays_label)
        layout.addWidget(self.relays)
        layout.addLayout(row)

    def _build_sent_emails(self, layout: QVBoxLayout) -> None:
        """Under the letters: the emails sent for the case, to whom, how protected, bounced or not."""
        self.sent_model = SentTableModel(self)
        self.sent = QTableView(self)
        self.sent.setAccessibleName(self.tr("Emails sent"))
        self.sent.setTabKeyNavigation(False)
        self.sent.setObjectName("sentEmails")
        self.sent.setModel(self.sent_model)
        self.sent.verticalHeader().hide()
        self.sent.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.sent.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.sent.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((120, 170, 180, 220)):
            self.sent.setColumnWidth(column, width)
        self.show_password_button = QPushButton(self.tr("Show the password again…"), self)
        self.show_password_button.setObjectName("showPassword")
        self.show_password_button.setToolTip(
            self.tr("The password read out by telephone, for a DPO; the history records that it was shown")
        )
        self.show_password_button.setEnabled(False)
        self.show_password_button.clicked.connect(self._password_chosen)
        self.sent.selectionModel().currentRowChanged.connect(lambda *_: self._update_password_button())
        self.sent_label = QLabel(self.tr("Emails sent for this request:"), self)
        self.sent_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.sent_label, 1)
        row.addWidget(self.show_password_button)
        layout.addLayout(row)
        layout.addWidget(self.sent, 1)

    def show_relays(self, rows: list) -> None:  # type: ignore[type-arg]
        self.relays_model.set_rows(rows)
        late = self.relays_model.late()
        self._update_relay_buttons()
        self.relays_label.setText(
            self.tr("Departments asked for the person's data:") + (" " + self.tr("%n late", "", late) if late else "")
        )
        self.relays_label.setStyleSheet("color: #b91c1c; font-weight: 600;" if late else "")
        self._activities_tab_text(late)

    def _update_relay_buttons(self) -> None:
        self.remind_button.setEnabled(self.relays_model.late() > 0 and self._acting())
        self.ask_departments_button.setEnabled(self._acting() and self.can_decide)
        if self.can_decide:
            self.ask_departments_button.setToolTip(
                self.tr(
                    "Email the internal contact of each ticked activity a dated request for the person's data, "
                    "due before the legal deadline"
                )
            )
        else:
            self.ask_departments_button.setToolTip(self.tr("Only a DPO asks the departments"))

    def _activities_tab_text(self, late: int | None = None) -> None:
        """The tab says how many activities are ticked; red, with a tip, when a department is late."""
        late = self.relays_model.late() if late is None else late
        self.tabs.setTabText(3, self.tr("Activities ({n})").format(n=len(self.ticked_activities())))
        self._alert_tab(3, self.tr("%n department(s) late with their answer", "", late) if late else "")

    def _alert_tab(self, index: int, alert: str) -> None:
        self.tabs.setTabToolTip(index, alert)
        self.tabs.tabBar().setTabTextColor(index, QColor("#b91c1c") if alert else self.palette().windowText().color())

    def show_sent(self, rows: list, letter_kinds: dict[int, str] | None = None) -> None:  # type: ignore[type-arg]
        self.sent_model.letter_kinds = dict(letter_kinds or {})
        self.sent_model.set_rows(rows)
        bounced = sum(r.bounced for r in rows)
        text = self.tr("Emails sent for this request:")
        if bounced:
            text += " " + self.tr("%n bounced", "", bounced)
        self.sent_label.setText(text)
        self.sent_label.setStyleSheet("color: #b91c1c; font-weight: 600;" if bounced else "")
        self._alert_tab(2, self.tr("%n email(s) bounced: not delivered", "", bounced) if bounced else "")
        self._update_password_button()

    def _update_password_button(self) -> None:
        index = self.sent.currentIndex()
        row = index.data(SENT_ROLE) if index.isValid() else None
        kept = row is not None and row.password_kept
        self.show_password_button.setEnabled(kept and self.can_decide)
        if kept and not self.can_decide:
            self.show_password_button.setToolTip(self.tr("Only a DPO sees a password again"))

    def _password_chosen(self) -> None:
        index = self.sent.currentIndex()
        row = index.data(SENT_ROLE) if index.isValid() else None
        if row is not None:
            self.password_requested.emit(row.id)

    def _acting(self) -> bool:
        """A case is shown and can be acted on (open, not purged)."""
        detail = self._detail
        return detail is not None and is_actionable(detail.status, detail.purged_on)

    def _documents_page(self) -> QWidget:
        """The documents, with the redaction window a click away."""
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addStretch(1)
        self.redact_button = QPushButton(self.tr("Withhold others' data…"), self)
        self.redact_button.setObjectName("redactButton")
        self.redact_button.setToolTip(
            self.tr("Art. 15(4): mark what belongs to other people in an extract or a document, with the reason")
        )
        self.redact_button.setEnabled(False)
        row.addWidget(self.redact_button)
        layout.addLayout(row)
        layout.addWidget(self.documents)
        self.redact_button.clicked.connect(self._redact_chosen)
        self.documents.selectionModel().currentRowChanged.connect(self._document_selected)
        return page

    def _document_selected(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        row = current.data(ATTACHMENT_ROLE) if current.isValid() else None
        usable = row is not None and not row.destroyed and row.kind not in ("redacted", "id_document", "report")
        purged = self._detail is not None and self._detail.purged_on is not None
        self.redact_button.setEnabled(usable and not purged)

    def _redact_chosen(self) -> None:
        index = self.documents.currentIndex()
        row = index.data(ATTACHMENT_ROLE) if index.isValid() else None
        if row is not None and not row.destroyed:
            self.redaction_requested.emit(row.id)

    @property
    def reference(self) -> str | None:
        return self._detail.reference if self._detail else None

    @property
    def channel(self) -> str:
        """The channel the shown request came by (a letter goes back the same way by default)."""
        return self._detail.channel if self._detail else "post"

    def set_can_decide(self, can_decide: bool) -> None:
        """Staff prepare; only a DPO extends, refuses, and writes the letters that say so."""
        self.can_decide = can_decide
        for action in self.write_menu.actions():
            allowed = can_decide or LetterKind(action.data()) not in DECISION_LETTERS
            action.setEnabled(allowed)
            action.setToolTip("" if allowed else self.tr("Only a DPO writes this letter"))
        if not can_decide:
            self.extend_button.setEnabled(False)
            self.extend_button.setToolTip(self.tr("Only a DPO can extend a deadline"))
        if self._detail is not None:
            self.show_detail(self._detail)

    def show_detail(self, detail: RequestDetail | None) -> None:
        self._detail = detail
        self.placeholder.setVisible(detail is None)
        self.body.setVisible(detail is not None)
        if detail is None:
            self.timeline_model.set_rows([])
            self.documents_model.set_rows([])
            self.show_letters([])
            self.show_relays([])
            self.show_sent([])
            return
        if detail.purged_on is not None:
            purged = self.tr("purged on {date}: only its procedural facts are kept")
            self.title.setText(f"{detail.reference} — " + purged.format(date=short_day(detail.purged_on)))
        else:
            self.title.setText(f"{detail.reference} — {detail.person_name}")
        self.deadline.setText(deadline_text(detail, self.today()))
        alert = "color: #b91c1c; font-weight: 600;" if detail.overdue else ""
        self.deadline.setStyleSheet(f"font-size: 12pt; {alert}")
        self.fields["organisation"].setText(f"{detail.organisation_name} ({detail.organisation_code})")
        status = labels.show(labels.STATUS, detail.status)
        self.fields["status"].setText(status + (f" — {detail.status_reason}" if detail.status_reason else ""))
        self.fields["rights"].setText(", ".join(labels.show(labels.RIGHT, r) for r in detail.rights))
        received = f"{detail.received_on:%d/%m/%Y} — {labels.show(labels.CHANNEL, detail.channel)}"
        if detail.registered_mail_no:
            received += self.tr(", registered mail {number}").format(number=detail.registered_mail_no)
        self.fields["received"].setText(received)
        deadlines = self.tr("Due {due} (extension notice by the same date)").format(due=f"{detail.due_on:%d/%m/%Y}")
        if detail.extended:
            deadlines += "\n" + self.tr("Extended to {date}: {reason}").format(
                date=f"{detail.extended_due_on:%d/%m/%Y}", reason=detail.extension_reason
            )
            if not detail.extension_counts:
                deadlines += " " + self.tr("(counts once its notice is sent, by {date})").format(
                    date=f"{detail.due_on:%d/%m/%Y}"
                )
        self.fields["deadlines"].setText(deadlines)
        identity = labels.show(labels.IDENTITY, detail.identity_state)
        if detail.identity_doubt and detail.identity_state != "verified":
            identity += " — " + self.tr("doubt: {doubt}").format(doubt=detail.identity_doubt)
        if detail.identity_note:
            identity += " — " + labels.identity_note(detail.identity_note, short_day)
        if detail.on_behalf:
            capacity = {
                "representative": self.tr("representative"),
                "guardian": self.tr("parent or guardian"),
                "heir": self.tr("heir"),
            }.get(detail.on_behalf, detail.on_behalf)
            checked = (
                self.tr("authority checked on {date}").format(date=f"{detail.authority_checked_on:%d/%m/%Y}")
                if detail.authority_checked_on
                else self.tr("authority not checked yet")
            )
            identity += "\n" + self.tr("Made by {name} ({capacity}); {checked}").format(
                name=detail.requester_name, capacity=capacity, checked=checked
            )
        self.fields["identity"].setText(identity)
        contact = ", ".join(detail.person_emails)
        if detail.person_address:
            contact = (contact + "\n" if contact else "") + detail.person_address
        self.fields["contact"].setText(contact or "—")
        self.fields["assignee"].setText(detail.assignee or "—")
        self.fields["summary"].setText(detail.summary or "—")
        self.documents_model.set_rows(detail.attachments)
        self.redact_button.setEnabled(False)  # until a document is chosen
        self.tabs.setTabText(1, self.tr("Documents ({n})").format(n=len(detail.attachments)))
        self.timeline_model.set_rows(detail.events)

        self.status_menu.clear()
        for status_value in detail.next_statuses:
            if status_value in ("awaiting_identity", "awaiting_clarification"):
                continue  # offered by their own actions, which record why
            action = self.status_menu.addAction(labels.show(labels.STATUS, status_value))
            action.setData(status_value)
            if not self.can_decide and Status(status_value) in DPO_DECISIONS:
                action.setEnabled(False)
                action.setToolTip(self.tr("Only a DPO can refuse a request"))
        self.status_button.setEnabled(bool(self.status_menu.actions()))
        self.extend_button.setEnabled(can_extend(detail.status, detail.extended) and self.can_decide)
        self.pause_button.setEnabled("awaiting_clarification" in detail.next_statuses)
        self.resume_button.setEnabled(can_resume(detail.status))
        self.note_button.setEnabled(True)
        steps = set(detail.next_identity_steps)
        self.ask_id_button.setEnabled("requested" in steps)
        self.id_received_button.setEnabled("received" in steps)
        self.verify_button.setEnabled("verified" in steps)
        self.id_failed_button.setEnabled("failed" in steps)
        self.authority_button.setVisible(bool(detail.on_behalf))
        self.authority_button.setEnabled(
            can_check_authority(detail.status, detail.on_behalf, detail.authority_checked_on)
        )
        if detail.purged_on is not None:  # only procedural facts are left: nothing to act on
            for button in (
                self.status_button,
                self.note_button,
                self.write_button,
                self.answer_button,
                self.save_activities,
                self.report_button,
                self.portability_button,
                self.email_documents,
            ):
                button.setEnabled(False)
        else:
            for button in (
                self.write_button,
                self.answer_button,
                self.save_activities,
                self.report_button,
                self.portability_button,
                self.email_documents,
            ):
                button.setEnabled(True)
        self._update_relay_buttons()
        self._update_password_button()
        # A request that came by email is answered by email, unless the DPO chooses otherwise.
        by_email = detail.channel == "email"
        self.email_button.setDefault(by_email)
        self.sent_button.setDefault(not by_email)

    def show_activities(self, register: list[str], ticked: list[str], suggested: list[str] | None = None) -> None:
        """The organisation's activities: those that concern the person ticked, or else the suggested
        ones ticked and marked, for the DPO to confirm with Save."""
        self.activities.clear()
        suggested = suggested or []
        for name in register:
            label = name + (self.tr("  (suggested)") if name in suggested else "")
            item = QListWidgetItem(label, self.activities)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = name in ticked or name in suggested
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.tabs.setTabText(3, self.tr("Activities ({n})").format(n=len(ticked)))
        self._activities_tab_text()

    def ticked_activities(self) -> list[str]:
        return [
            self.activities.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.activities.count())
            if self.activities.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _save_activities(self) -> None:
        if self._detail is not None:
            self.activities_saved.emit(self._detail.reference, self.ticked_activities())

    def show_letters(self, rows: list) -> None:  # type: ignore[type-arg]
        self.letters_model.set_rows(rows)
        self.sent_button.setEnabled(False)
        self.email_button.setEnabled(False)
        self.tabs.setTabText(2, self.tr("Letters ({n})").format(n=len(rows)))

    def _letter_selected(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        row = current.data(LETTER_ROLE) if current.isValid() else None
        again = row is not None and (row.sent_on is None or row.bounced)  # a bounced letter never arrived
        self.sent_button.setEnabled(again)
        self.email_button.setEnabled(again and row.kind not in WRITTEN_BY_DPO_DESK)
        self.receipt_button.setEnabled(row is not None and row.sent_on is not None and row.sent_channel == "post")

    def letter_menu(self, index) -> QMenu:  # type: ignore[no-untyped-def]
        """The letter's context menu: its envelope or address label, with the registered-mail slip."""
        menu = QMenu(self.letters)
        menu.setObjectName("letterMenu")
        envelope = menu.addAction(self.tr("Envelope (DL) and registered-mail slip…"))
        label = menu.addAction(self.tr("Address label and registered-mail slip…"))
        envelope.setEnabled(index.isValid())
        label.setEnabled(index.isValid())
        envelope.triggered.connect(lambda: self._letter_chosen(index, self.envelope_requested))
        label.triggered.connect(lambda: self._letter_chosen(index, self.label_requested))
        return menu

    def _letter_chosen(self, index, signal) -> None:  # type: ignore[no-untyped-def]
        row = index.data(LETTER_ROLE) if index.isValid() else None
        if row is not None:
            signal.emit(row.id)

    def _document_chosen(self, index) -> None:  # type: ignore[no-untyped-def]
        row = index.data(ATTACHMENT_ROLE)
        if row is not None and not row.destroyed:
            self.document_requested.emit(row.id)

    def _status_chosen(self, action) -> None:  # type: ignore[no-untyped-def]
        if self._detail is not None:
            self.status_requested.emit(self._detail.reference, action.data())

    def _emit(self, signal) -> None:  # type: ignore[no-untyped-def]
        if self._detail is not None:
            signal.emit(self._detail.reference)
