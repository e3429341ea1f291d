"""One case: who, what, the deadline in words, the identity check, the timeline, the actions.

The Letters tab (case_letters_tab.py) and the Activities tab (case_activities_tab.py) are parts of
the same widget, each with its own signals.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.case_actions import can_check_authority, can_extend, can_resume, is_actionable
from ..domain.letters import DECISION_LETTERS, LetterKind
from ..domain.statuses import DPO_DECISIONS, Status
from ..front_door.views import RequestDetail
from . import labels
from .attachment_table_model import ATTACHMENT_ROLE, AttachmentTableModel
from .case_activities_tab import CaseActivitiesTab
from .case_letters_tab import CaseLettersTab
from .dates import short_day
from .deadline_text import deadline_text
from .event_table_model import EventTableModel


class CaseDetailView(CaseLettersTab, CaseActivitiesTab):
    """Signals (all defined here, the tabs' too: see case_letters_tab.py):
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

        self._build_letters()

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
        letters_page = self._letters_page()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        self.tabs.addTab(self.timeline, self.tr("History"))
        self.tabs.addTab(self._documents_page(), self.tr("Documents"))
        self.tabs.setTabToolTip(1, self.tr("Drop files on the window to add them to this case"))
        self.tabs.addTab(letters_page, self.tr("Letters"))
        activities_page = self._activities_page()
        self.tabs.addTab(activities_page, self.tr("Activities"))
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

    def _alert_tab(self, index: int, alert: str) -> None:
        self.tabs.setTabToolTip(index, alert)
        self.tabs.tabBar().setTabTextColor(index, QColor("#b91c1c") if alert else self.palette().windowText().color())

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
