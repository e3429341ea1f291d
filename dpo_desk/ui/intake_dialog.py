"""Logging a request as the post is opened: keyboard first, nothing lost when it is refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.channels import Channel
from ..domain.received_dates import is_unusually_old
from ..domain.rights import Right
from ..front_door.case_steps import file_from_path
from ..front_door.errors import ActionRefused, CaseFileError
from ..front_door.views import FileInput, NewRequest, PersonInput, PersonSuggestion
from ..front_door.workbench import Workbench
from . import labels
from .date_field import DateField
from .dates import day_format
from .intake_extras import OnBehalfFields, civility_box
from .jobs import Job, start
from .messages import in_words

if TYPE_CHECKING:
    from ..front_door.emails import EmailDraft

SUGGEST_DELAY_MS = 250
SUMMARY_LIMIT = 20_000


class IntakeDialog(QDialog):
    """Signals:
    logged(str): the reference of the request just logged.
    """

    logged = Signal(str)

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workbench = workbench
        # Called off the GUI thread with the new reference once it is logged (the window's
        # snapshot); what it returned is `followed` when `logged` is emitted.
        self.follow: Callable[[str], object] | None = None
        self.followed: object = None
        self._saving: Job | None = None
        self.setWindowTitle(self.tr("Log a request"))
        self.setAcceptDrops(True)
        self._chosen_person: PersonSuggestion | None = None
        self._suggestion: PersonSuggestion | None = None
        self.scans: list[Path] = []
        self.held_files: list[FileInput] = []  # documents already in memory (an email and its attachments)

        self.organisation = QComboBox(self)
        for code, name in workbench.organisations():
            self.organisation.addItem(f"{name} ({code})", code)
        self.received = DateField(self)
        self.received.setObjectName("received")
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat(day_format())
        today = workbench.today()
        self.received.setMaximumDate(QDate(today.year, today.month, today.day))
        self.received.setDate(QDate(today.year, today.month, today.day))
        self.received.setToolTip(self.tr("The day the letter was delivered, not the day it was opened"))
        self.channel = QComboBox(self)
        for channel in Channel:
            self.channel.addItem(labels.show(labels.CHANNEL, channel.value), channel.value)
        self.registered = QLineEdit(self)
        self.registered.setObjectName("registered")
        self.registered.setPlaceholderText(self.tr("e.g. 1A 123 456 7890 1"))
        self.first_name = QLineEdit(self)
        self.first_name.setObjectName("firstName")
        self.last_name = QLineEdit(self)
        self.last_name.setObjectName("lastName")
        self.email = QLineEdit(self)
        self.email.setObjectName("email")
        self.address = QPlainTextEdit(self)
        self.address.setObjectName("address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(64)
        self.customer = QLineEdit(self)
        self.customer.setObjectName("customer")
        self.customer.setPlaceholderText(self.tr("customer number, if the letter gives one"))

        self.suggestion = QLabel(self)
        self.suggestion.setObjectName("suggestion")
        self.suggestion.setWordWrap(True)
        # Wrapped labels in nested layouts under-report their height: reserve two lines.
        self.suggestion.setMinimumHeight(self.suggestion.fontMetrics().lineSpacing() * 2 + 6)
        self.suggestion.setStyleSheet("background: #eff6ff; padding: 2px 4px;")
        self.use_person = QPushButton(self.tr("Same person"), self)
        self.use_person.setObjectName("usePerson")
        self.use_person.setToolTip(self.tr("Link this request to the person already on file"))
        suggestion_row = QHBoxLayout()
        suggestion_row.addWidget(self.suggestion, 1)
        suggestion_row.addWidget(self.use_person)
        self.suggestion.hide()
        self.use_person.hide()

        self.rights: dict[Right, QCheckBox] = {}
        rights_grid = QGridLayout()
        for i, right in enumerate(Right):
            box = QCheckBox(labels.show(labels.RIGHT, right.value), self)
            box.setObjectName(f"right_{right.value}")
            box.setToolTip(right.article)
            self.rights[right] = box
            rights_grid.addWidget(box, i // 3, i % 3)

        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("What the person asks, in their words or summarised"))
        self.summary.setFixedHeight(80)

        self.scan_list = QListWidget(self)
        self.scan_list.setAccessibleName(self.tr("Scans of the letter"))
        self.scan_list.setFixedHeight(60)
        self.add_scans = QPushButton(self.tr("Add scans…"), self)
        self.add_scans.setToolTip(self.tr("Or drop the scanned letter on this window"))
        scans_row = QHBoxLayout()
        scans_row.addWidget(self.scan_list, 1)
        scans_row.addWidget(self.add_scans, 0, Qt.AlignmentFlag.AlignTop)

        self.error = QLabel(self)
        self.error.setObjectName("intakeError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save = self.buttons.addButton(self.tr("Log request"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setObjectName("logRequest")
        self.save.setToolTip(self.tr("Ctrl+Enter"))
        self.save.setAutoDefault(False)  # Return in a field does not log the request: Ctrl+Enter does

        form = QFormLayout()
        if self.organisation.count() > 1:
            form.addRow(self.tr("&Organisation"), self.organisation)
        else:
            self.organisation.hide()
        form.addRow(self.tr("&Received on"), self.received)
        form.addRow(self.tr("C&hannel"), self.channel)
        form.addRow(self.tr("Registered &mail no."), self.registered)
        form.addRow(self.tr("&First name"), self.first_name)
        form.addRow(self.tr("&Last name"), self.last_name)
        form.addRow(self.tr("&Email"), self.email)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("Customer &number"), self.customer)
        form.addRow("", suggestion_row)
        form.addRow(self.tr("Rights asked"), rights_grid)
        form.addRow(self.tr("Re&quest"), self.summary)
        form.addRow(self.tr("Scans"), scans_row)
        # Civility and a request made through someone else (intake_extras.py).
        self.civility = civility_box(self)
        self.on_behalf = OnBehalfFields(self)
        form.insertRow(
            form.getWidgetPosition(self.first_name)[0],  # type: ignore[index]
            self.tr("Ci&vility"),
            self.civility,
        )
        form.addRow(self.on_behalf)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._suggest_timer = QTimer(self)
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.setInterval(SUGGEST_DELAY_MS)
        self._suggest_timer.timeout.connect(self.refresh_suggestion)
        for field in (self.first_name, self.last_name, self.email):
            field.textEdited.connect(lambda _: self._suggest_timer.start())
        self.organisation.currentIndexChanged.connect(lambda _: self._suggest_timer.start())
        self.use_person.clicked.connect(self._use_suggestion)
        self.add_scans.clicked.connect(self._browse_scans)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.submit)
        self._question: QMessageBox | None = None
        self.received.setFocus()
        layout.addStretch(1)
        self.resize(640, self.sizeHint().height())

    # Suggestions -----------------------------------------------------------------------------

    def refresh_suggestion(self) -> None:
        name = f"{self.first_name.text()} {self.last_name.text()}".strip()
        try:
            found = self.workbench.suggest_people(self.organisation.currentData(), name, self.email.text())
        except (ActionRefused, CaseFileError):
            found = []
        self._suggestion = found[0] if found else None
        if self._suggestion is None or self._chosen_person is not None:
            self.suggestion.setVisible(self._chosen_person is not None)
            self.use_person.hide()
            return
        s = self._suggestion
        self.suggestion.setText(
            self.tr("Already on file: {name} ({emails}), last request {ref}.").format(
                name=s.name, emails=", ".join(s.emails) or self.tr("no email"), ref=s.last_reference
            )
        )
        self.suggestion.show()
        self.use_person.show()
        self._fit_height()

    def _fit_suggestion(self) -> None:
        """The notice as tall as its wrapped words at its width (nested layouts under-report it)."""
        label = self.suggestion
        label.ensurePolished()
        label.setMinimumHeight(max(label.fontMetrics().lineSpacing() * 2 + 6, label.heightForWidth(label.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.suggestion.isVisible():
            self._fit_suggestion()

    def _fit_height(self) -> None:
        self.layout().activate()
        self._fit_suggestion()
        self.layout().activate()
        wanted = self.sizeHint().height()
        if self.height() < wanted:
            self.resize(self.width(), wanted)

    def _use_suggestion(self) -> None:
        self._chosen_person = self._suggestion
        if self._chosen_person is not None:
            self.suggestion.setText(self.tr("Linked to {name}, already on file.").format(name=self._chosen_person.name))
            self.use_person.hide()

    # Scans -----------------------------------------------------------------------------------

    def prefill_from_email(self, draft: EmailDraft, filename: str) -> None:
        """Fill the form from a parsed email; the original message is kept as evidence."""
        self.channel.setCurrentIndex(self.channel.findData(Channel.EMAIL.value))
        if draft.received_on is not None:
            self.received.setDate(QDate(draft.received_on.year, draft.received_on.month, draft.received_on.day))
        first, _, last = draft.from_name.rpartition(" ")
        self.first_name.setText(first)
        self.last_name.setText(last)
        self.email.setText(draft.from_address)
        summary = draft.subject + ("\n\n" if draft.subject and draft.body_text else "") + draft.body_text
        self.summary.setPlainText(summary[:SUMMARY_LIMIT])
        for right in draft.suggested_rights:
            self.rights[right].setChecked(True)
        self.civility.setCurrentIndex(max(0, self.civility.findData(draft.suggested_civility)))
        self.held_files = [FileInput(filename, draft.raw, "email")] + [
            FileInput(a.filename, a.data, "document") for a in draft.attachments
        ]
        self.scan_list.clear()
        for item in self.held_files:
            self.scan_list.addItem(item.filename)
        if draft.warnings:
            self.error.setText("\n".join(in_words(w) for w in draft.warnings))
            self.error.show()
        self.refresh_suggestion()

    def add_scan_files(self, paths: list[Path]) -> None:
        for path in paths:
            if path.is_file() and path not in self.scans:
                self.scans.append(path)
                self.scan_list.addItem(path.name)

    def _browse_scans(self) -> None:
        dialog = QFileDialog(self, self.tr("Scans of the letter"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(lambda files: self.add_scan_files([Path(f) for f in files]))
        dialog.open()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_scan_files([Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()])
        event.acceptProposedAction()

    # Saving ----------------------------------------------------------------------------------

    def request(self) -> NewRequest:
        """What the form says, as the service takes it (reading the scans from disk now)."""
        files = list(self.held_files)
        channel = Channel(self.channel.currentData())
        for path in self.scans:
            try:
                files.append(file_from_path(path, "scan" if channel is Channel.POST else "document"))
            except OSError as exc:
                raise ActionRefused(
                    self.tr("Cannot read {name}: {why}").format(name=path.name, why=exc.strerror)
                ) from None
        identifiers = {"customer": self.customer.text().strip()} if self.customer.text().strip() else {}
        return NewRequest(
            channel=channel,
            received_on=self.received.date().toPython(),
            person=PersonInput(
                first_name=self.first_name.text(),
                last_name=self.last_name.text(),
                emails=(self.email.text(),) if self.email.text().strip() else (),
                postal_address=self.address.toPlainText(),
                identifiers=identifiers,
                civility=self.civility.currentData(),
            ),
            proxy=self.on_behalf.proxy(),
            rights=tuple(right for right, box in self.rights.items() if box.isChecked()),
            summary=self.summary.toPlainText(),
            registered_mail_no=self.registered.text(),
            organisation_code=self.organisation.currentData(),
            files=tuple(files),
            person_id=self._chosen_person.id if self._chosen_person else None,
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Return in a field does nothing (a half-typed form is not logged by accident); Escape asks first."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def is_filled(self) -> bool:
        """Whether leaving now would lose something typed or added."""
        texts = (self.registered, self.first_name, self.last_name, self.email, self.customer)
        return (
            any(field.text().strip() for field in texts)
            or bool(self.address.toPlainText().strip() or self.summary.toPlainText().strip())
            or any(box.isChecked() for box in self.rights.values())
            or bool(self.scans or self.held_files)
        )

    def reject(self) -> None:
        """Cancel, Escape and closing the window: a filled form asks before what was typed is lost."""
        if self._saving is not None:  # being logged: it closes by itself when it is
            return
        if not self.is_filled() or self._question is not None:
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard this request?"),
            self.tr("The form is filled in. Close it and lose what was typed?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("discardIntake")
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole))
        self._ask(box, lambda clicked: clicked is discard and QDialog.reject(self))

    def _ask(self, box: QMessageBox, then) -> None:  # type: ignore[no-untyped-def]
        """A question opened without blocking; `then(button clicked)` once it is answered."""
        self._question = box
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            self._question = None
            then(box.clickedButton())

        box.finished.connect(answered)
        box.open()

    def submit(self) -> None:
        """Log the request; a date of receipt more than three months back is confirmed first."""
        if self._question is not None:
            return
        received: date = self.received.date().toPython()  # type: ignore[assignment]
        if is_unusually_old(received, self.workbench.today()):
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Received so long ago?"),
                self.tr(
                    "The date received is {date}, {days} days ago: the deadline counts from that day. "
                    "Log the request with this date?"
                ).format(
                    date=self.received.date().toString(day_format()), days=(self.workbench.today() - received).days
                ),
                QMessageBox.StandardButton.NoButton,
                self,
            )
            box.setObjectName("oldReceipt")
            log = box.addButton(self.tr("Log with this date"), QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(box.addButton(self.tr("Change the date"), QMessageBox.ButtonRole.RejectRole))

            def answered(clicked) -> None:  # type: ignore[no-untyped-def]
                if clicked is log:
                    self._log()
                else:
                    self.received.setFocus()

            self._ask(box, answered)
            return
        self._log()

    def _log(self) -> None:
        """Log the request off the GUI thread (one write, then `follow`'s snapshot); then say so."""
        if self._saving is not None:
            return
        try:
            new = self.request()
        except (ActionRefused, ValueError) as exc:
            self._refused(exc)
            return
        workbench, follow = self.workbench, self.follow

        def work(_report, _cancelled):  # type: ignore[no-untyped-def]
            outcome = workbench.log_request(new)
            try:
                followed = follow(outcome.reference) if follow is not None else None
            except Exception:  # logged already: the window reads again itself; never offer Save twice
                followed = None
            return outcome.reference, followed

        job = Job(work)
        self._saving = job
        self.save.setEnabled(False)
        job.succeeded.connect(self._logged)
        job.failed.connect(self._refused)
        start(job)

    def _logged(self, result) -> None:  # type: ignore[no-untyped-def]
        self._saving = None
        reference, self.followed = result
        self.logged.emit(reference)
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self._saving = None
        self.save.setEnabled(True)
        if not isinstance(exc, ActionRefused | CaseFileError | ValueError):
            raise exc
        self.error.setText(in_words(exc))
        self.error.show()
