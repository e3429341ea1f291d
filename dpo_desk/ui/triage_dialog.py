"""Messages fetched from the mailboxes, waiting to be logged as requests or set aside.

Thin over the workbench: fetching runs in the background with progress; logging uses the same
import as an .eml file, and a message DPO Desk cannot log by itself opens the intake form filled
from it, for staff to complete.
"""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..front_door.errors import ActionRefused, CaseFileError
from ..front_door.mail import FetchReport, TriageItem
from ..front_door.workbench import Workbench
from .dates import short_moment
from .jobs import Job, start, stop_and_wait, with_progress
from .messages import in_words
from .text_dialog import TextDialog


class TriageDialog(QDialog):
    """Signals:
    needs_intake(int, bytes): a message to log by hand, with its id and raw bytes.
    changed(): requests were logged or messages set aside.
    """

    needs_intake = Signal(int, bytes)
    changed = Signal()

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self.setWindowTitle(self.tr("Mail to triage"))
        self._items: list[TriageItem] = []
        self._jobs: set[Job] = set()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("triage")
        self.table.setAccessibleName(self.tr("Messages to triage"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Received"), self.tr("Mailbox"), self.tr("From"), self.tr("Subject")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _: self.log_selected())
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("triagePreview")
        self.preview.setAccessibleName(self.tr("Text of the message"))
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(self.tr("Select a message to read it here."))
        self.fetch_button = QPushButton(self.tr("Fetch new mail"), self)
        self.fetch_button.setToolTip(self.tr("Copies new messages from every mailbox; the server is only read"))
        self.log_button = QPushButton(self.tr("Log as request"), self)
        self.log_button.setObjectName("logTriaged")
        self.aside_button = QPushButton(self.tr("Set aside…"), self)
        self.aside_button.setToolTip(self.tr("Not a rights request: kept, with the reason, out of this list"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.fetch_button, self.log_button, self.aside_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.fetch_button.clicked.connect(self.fetch)
        self.log_button.clicked.connect(self.log_selected)
        self.aside_button.clicked.connect(self._ask_aside)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemSelectionChanged.connect(self._show_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(820, 560)
        self.reload()

    def reload(self) -> None:
        """The list again; the selection stays on the same message, or moves to the one that took its place.

        The preview is always that of the selected row: what the next click acts on is what is shown.
        """
        shown = self.selected()
        rows = self.table.selectionModel().selectedRows()
        shown_row = rows[0].row() if rows else None
        self.table.clearSelection()
        self._items = self.workbench.triage_items()
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            local = item.received_at.replace(tzinfo=UTC).astimezone()  # stored in UTC, shown in local time
            sender = f"{item.reference}: {in_words(item.matched)}" if item.matched else item.sender
            cells = [short_moment(local), item.mailbox, sender, item.subject]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(f"{item.sender}\n{text}" if item.matched else text)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        if not self.workbench.mailboxes():
            self.summary.setText(self.tr("No mailbox yet: add one in File → Mailboxes…"))
        else:
            self.summary.setText(self.tr("%n message(s) to triage.", "", len(self._items)))
        if shown is not None and shown_row is not None and self._items:
            ids = [item.id for item in self._items]
            self.table.selectRow(ids.index(shown.id) if shown.id in ids else min(shown_row, len(ids) - 1))
        self._show_selected()
        self._update_buttons()

    def selected(self) -> TriageItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self._items[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        """The message as text (an HTML-only one converted without loading anything)."""
        from ..front_door.emails import EmailRefused, parse_email

        item = self.selected()
        if item is None:
            self.preview.clear()
            return
        try:
            draft = parse_email(self.workbench.triage_message(item.id))
        except (EmailRefused, ActionRefused) as exc:
            self.preview.setPlainText(in_words(exc))
            return
        attachments = ", ".join(a.filename for a in draft.attachments)
        header = self.tr("From: {sender}\nTo: {to}\nSubject: {subject}").format(
            sender=item.sender, to=", ".join(draft.to), subject=draft.subject
        )
        if attachments:
            header += "\n" + self.tr("Attachments: {names}").format(names=attachments)
        self.preview.setPlainText(f"{header}\n\n{draft.body_text}")

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.log_button.setEnabled(chosen)
        self.aside_button.setEnabled(chosen)
        self.fetch_button.setEnabled(not self._jobs)

    def fetch(self) -> Job:
        """Every mailbox, in the background; the list reloads when it is done."""
        label = self.tr("Fetching {mailbox}…")
        workbench = self.workbench
        job = Job(
            lambda report, cancelled: workbench.fetch_mail(
                lambda name, done, total: report(label.format(mailbox=name), done, total), cancelled
            )
        )
        self._progress = with_progress(job, self.tr("Fetch new mail"), self)

        def done(results: list) -> None:  # type: ignore[type-arg]
            lines = []
            for result in results:
                if isinstance(result, FetchReport):
                    lines.append(
                        self.tr("{mailbox}: %n new message(s)", "", result.fetched).format(mailbox=result.mailbox)
                    )
                else:
                    lines.append(f"{result[0]}: {result[1]}")
            self.reload()
            if lines:
                self.summary.setText("\n".join(lines))

        def failed(exc: Exception) -> None:
            self.summary.setText(in_words(exc))

        job.succeeded.connect(done)
        job.failed.connect(failed)
        self._jobs.add(job)
        job.finished.connect(lambda: (self._jobs.discard(job), self._update_buttons()))
        self._update_buttons()
        return start(job)

    def log_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        try:
            outcome = self.workbench.log_triaged(item.id)
        except (ActionRefused, CaseFileError) as exc:
            self.summary.setText(in_words(exc))
            return
        if outcome.outcome in ("imported", "duplicate"):
            self.changed.emit()
            self.reload()
            self.summary.setText(in_words(outcome.message))  # after the reload, which shows the count
            return
        # DPO Desk could not tell the organisation, the sender or the right: staff complete the form.
        self.needs_intake.emit(item.id, self.workbench.triage_message(item.id))

    def _ask_aside(self) -> None:
        item = self.selected()
        if item is None:
            return
        dialog = TextDialog(
            self.tr("Set aside"),
            self.tr("Why is this message not a rights request? The reason is kept with it."),
            required=True,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.set_aside(item.id, dialog.text()))
        dialog.open()

    def set_aside(self, item_id: int, reason: str) -> None:
        try:
            self.workbench.set_aside(item_id, reason)
        except (ActionRefused, CaseFileError) as exc:
            self.summary.setText(in_words(exc))
            return
        self.changed.emit()
        self.reload()

    def done(self, result: int) -> None:
        """Closing stops fetching after the current batch, and waits for it (what was fetched is kept)."""
        stop_and_wait(self._jobs)
        super().done(result)
