"""File → Purge closed cases…: the preview of what the retention periods allow, then the purge."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..front_door.errors import Cancelled
from ..front_door.views import PurgeCandidate
from ..front_door.workbench import Workbench
from . import labels
from .dates import short_day
from .jobs import Job, start, with_progress
from .messages import in_words


class PurgeDialog(QDialog):
    """Signals:
    purged(int): that many cases were purged (the window reloads).
    """

    purged = Signal(int)

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Purge closed cases"))
        self.resize(820, 520)
        explain = QLabel(
            self.tr(
                "These closed cases have been kept as long as their organisation decided (File → "
                "Organisations…). Purging one keeps its procedural facts: reference, rights, channel, "
                "dates, status, pauses, which letters were sent when, and its history without details. "
                "Who asked, what they wrote, their documents, the letters' content and the notes are "
                "destroyed, and cannot be brought back. Backups made before the purge still hold them "
                "until they are rotated out or deleted."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("purgeSummary")
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("purgeCandidates")
        self.table.setAccessibleName(self.tr("Closed cases past their retention period"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Reference"), self.tr("Organisation"), self.tr("Person"), self.tr("Closed"), self.tr("Status")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.purge_button = QPushButton(self)
        self.purge_button.setObjectName("purgeButton")
        self.buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.purge_button.clicked.connect(self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.reload()

    def reload(self) -> None:
        self.candidates: list[PurgeCandidate] = self.workbench.purge_candidates()
        self.messages: list[int] = self.workbench.set_aside_due()
        self.table.setRowCount(len(self.candidates))
        for row, c in enumerate(self.candidates):
            status = labels.show(labels.STATUS, c.status)
            for column, text in enumerate((c.reference, c.organisation, c.person, short_day(c.closed_on), status)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        count = len(self.candidates)
        summary = (
            self.tr("%n closed case(s) past their retention period.", "", count)
            if count
            else self.tr("No closed case is past its retention period.")
        )
        if self.messages:
            summary += " " + self.tr(
                "%n message(s) set aside in the triage list as long ago will be deleted too.", "", len(self.messages)
            )
        self.summary.setText(summary)
        self.purge_button.setText(self.tr("Purge %n case(s)…", "", count))
        self.purge_button.setEnabled((count > 0 or bool(self.messages)) and self.job is None)

    def confirm(self) -> None:
        count = len(self.candidates)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Purge closed cases"),
            self.tr(
                "Purge %n case(s)? Only their procedural facts will be kept; the rest cannot be brought back.",
                "",
                count,
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("purgeConfirm")
        purge = box.addButton(self.tr("Purge"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _: self.purge_now() if box.clickedButton() is purge else None)
        box.open()

    def purge_now(self) -> Job:
        """The purge, in the background: one transaction, so Cancel leaves everything as it was."""
        references = [c.reference for c in self.candidates]
        messages = list(self.messages)
        text = self.tr("Purging closed cases…")

        def work(report, cancelled):  # type: ignore[no-untyped-def]
            def progress(done: int, total: int) -> None:
                if cancelled():
                    raise Cancelled
                report(text, done, total)

            return self.workbench.purge(references, messages, progress)

        job = self.job = Job(work)
        self.purge_button.setEnabled(False)
        self._progress = with_progress(job, self.tr("Purge closed cases"), self)
        job.succeeded.connect(self._done)
        job.failed.connect(self._failed)
        return start(job)

    def _done(self, count: int) -> None:
        self.job = None
        self.purged.emit(count)
        self.reload()
        self.summary.setText(self.tr("%n case(s) purged.", "", count))

    def _failed(self, exc: Exception) -> None:
        self.job = None
        self.reload()
        if isinstance(exc, Cancelled):
            self.summary.setText(self.tr("The purge was stopped; nothing was purged."))
        else:
            self.summary.setText(in_words(exc))
