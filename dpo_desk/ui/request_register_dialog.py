"""File → Register of requests…: every request of a period, for an inspection or a complaint (XLSX or CSV)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..front_door.errors import expected_errors
from ..front_door.workbench import Workbench
from .jobs import Job, start, with_progress
from .messages import in_words


class RequestRegisterDialog(QDialog):
    """Signals:
    saved(str): what was written, for the status bar.
    """

    saved = Signal(str)

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestRegisterDialog")
        self.workbench = workbench
        self.setWindowTitle(self.tr("Register of requests"))
        today = workbench.today()
        self.start = QDateEdit(QDate(today.year, 1, 1), self)
        self.start.setObjectName("registerFrom")
        self.end = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.end.setObjectName("registerTo")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.organisation = QComboBox(self)
        self.organisation.addItem(self.tr("All organisations"), None)
        for code, name in workbench.organisations():
            self.organisation.addItem(f"{name} ({code})", code)
        self.names = QCheckBox(self.tr("Include the data subjects' names"), self)
        self.names.setObjectName("includeNames")
        self.names.setToolTip(self.tr("Off by default: an auditor rarely needs them"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        form = QFormLayout()
        form.addRow(self.tr("Received from"), self.start)
        form.addRow(self.tr("to"), self.end)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.names)
        intro = QLabel(
            self.tr(
                "One row per request: reference, channel, received, rights, identity steps, pauses, extension "
                "and its notice, decision, letters with their dates and registered-mail numbers, time to answer, "
                "on time or late."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("registerError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = self.buttons.addButton(self.tr("Save as…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("saveRegister")
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self._choose_file)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, 320)

    def _period(self) -> tuple[date, date]:
        start, end = self.start.date(), self.end.date()
        return date(start.year(), start.month(), start.day()), date(end.year(), end.month(), end.day())

    def _choose_file(self) -> None:
        start, end = self._period()
        name = f"{'registre-demandes' if self.language.currentData() == 'fr' else 'requests'}-{start}-{end}.xlsx"
        dialog = QFileDialog(self, self.tr("Save the register of requests"), name)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Excel workbooks (*.xlsx)"), self.tr("CSV files (*.csv)")])
        dialog.setDefaultSuffix("xlsx")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.save_to(Path(path)))
        dialog.open()

    def save_to(self, path: Path) -> Job | None:
        first, last = self._period()
        if first > last:
            self.error.setText(self.tr("The period starts after it ends."))
            self.error.show()
            return None
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        workbench, org = self.workbench, self.organisation.currentData()
        names, language = self.names.isChecked(), self.language.currentData()
        label = self.tr("Reading the requests…")

        def work(report, _cancelled):  # type: ignore[no-untyped-def]
            report(label, 0, 1)
            data, count = workbench.register_of_requests(
                first, last, org, names=names, language=language, filename=path.name
            )
            workbench.save_file(path, data)
            return count

        job = Job(work)
        self._progress = with_progress(job, self.tr("Register of requests"), self)
        # Closing waits for the job's end: the progress dialog (a child) must outlive it.
        outcome: list[int] = []
        job.succeeded.connect(outcome.append)
        job.failed.connect(self._failed)
        job.finished.connect(lambda: outcome and self._saved(path, outcome[0]))
        self.job = job
        return start(job)

    def _saved(self, path: Path, count: int) -> None:
        self.error.hide()
        self.saved.emit(self.tr("%n request(s) saved to {path}", "", count).format(path=path))
        self.accept()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, expected_errors()):
            self.error.setText(in_words(exc))
        else:
            self.error.setText(self.tr("The register could not be written: {why}").format(why=exc))
        self.error.show()
