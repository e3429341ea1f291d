"""The letters written today, across every case: print them as one job, or save them to a folder.

Whoever signs and posts the letters works from this batch. Printing renders in memory and runs in
the background with progress; saving writes one PDF per letter where the user chose.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..front_door.files import write_private_atomic
from ..front_door.views import DayDocument
from .jobs import Job, start, stop_and_wait, with_progress
from .letter_table_model import kind_label
from .printing import ask_printer, print_pdfs, printed_words


class LettersOfDayDialog(QDialog):
    finished_work = Signal(str)  # what was done, in words

    envelopes_requested = Signal(list)  # [(reference, letter id)] ticked: their envelopes and slips

    def __init__(
        self,
        day: str,
        letters: list[DayDocument],
        pdf_of: Callable[[DayDocument], bytes],
        parent: QWidget | None = None,
        missing: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._missing = missing or []  # enclosures that cannot be printed, said above the list
        self.setWindowTitle(self.tr("Letters written on {day}").format(day=day))
        self._letters = letters
        self._pdf_of = pdf_of
        self._jobs: set[Job] = set()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(letters), 4, self)
        self.table.setObjectName("dayLetters")
        self.table.setAccessibleName(self.tr("Letters written today"))
        self.table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Person"), self.tr("Letter"), self.tr("Sent")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, letter in enumerate(letters):
            case = QTableWidgetItem(letter.reference)
            case.setFlags(case.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            case.setCheckState(Qt.CheckState.Checked)
            case.setToolTip(letter.subject)
            self.table.setItem(row, 0, case)
            self.table.setItem(row, 1, QTableWidgetItem(letter.person))
            what = kind_label(letter.kind) if letter.is_letter else self.tr("Access report (enclosed with the letter)")
            self.table.setItem(row, 2, QTableWidgetItem(what))
            sent = letter.sent_on.isoformat() if letter.sent_on else ""
            self.table.setItem(row, 3, QTableWidgetItem(sent))
        self.table.resizeColumnsToContents()
        self.table.itemChanged.connect(self._update)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printAll")
        self.save_button = QPushButton(self.tr("Save to a folder…"), self)
        self.save_button.setObjectName("saveAll")
        self.save_button.setToolTip(self.tr("One PDF per letter, unencrypted, in the folder you choose"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.envelopes_button = QPushButton(self.tr("Envelopes…"), self)
        self.envelopes_button.setObjectName("envelopesAll")
        self.envelopes_button.setToolTip(
            self.tr("The DL envelope and the registered-mail slip details of each ticked letter, to print")
        )
        buttons.addButton(self.envelopes_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.envelopes_button.clicked.connect(
            lambda: self.envelopes_requested.emit([(d.reference, d.id) for d in self.chosen() if d.is_letter])
        )
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self._print_dialog)
        self.save_button.clicked.connect(self._folder_dialog)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 440)
        self._update()

    def chosen(self) -> list[DayDocument]:
        return [
            letter
            for row, letter in enumerate(self._letters)
            if self.table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def _update(self) -> None:
        count = len(self.chosen())
        if not self._letters:
            self.summary.setText(self.tr("No letter was written today."))
        else:
            self.summary.setText(self.tr("%n letter(s) ticked to print or save.", "", count))
        if self._missing:
            self.summary.setText("\n".join([self.summary.text(), *self._missing]))
        for button in (self.print_button, self.save_button, self.envelopes_button):
            button.setEnabled(count > 0)

    def _print_dialog(self) -> None:
        ask_printer(self, self.print_to)

    def print_to(self, printer: QPrinter) -> Job:
        """Print the ticked letters as one job, in the background; `finished_work` says how it went."""
        documents = [self._pdf_of(letter) for letter in self.chosen()]
        label = self.tr("Printing letters…")

        def work(report, cancelled) -> int:  # type: ignore[no-untyped-def]
            return print_pdfs(
                printer,
                documents,
                progress=lambda done, total: report(label, done, total),
                cancelled=cancelled,
            )

        job = Job(work)
        job.printer = printer  # type: ignore[attr-defined]  # kept alive until the job is done
        return self._run(
            job,
            self.tr("Print"),
            lambda pages: printed_words(pages, printer),
        )

    def _folder_dialog(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the letters in…"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.save_to)
        dialog.open()

    def save_to(self, folder: str) -> Job:
        """Write one PDF per ticked letter into `folder`, in the background."""
        batch = [(Path(folder) / letter.filename, self._pdf_of(letter)) for letter in self.chosen()]
        label = self.tr("Saving letters…")

        def work(report, cancelled) -> int:  # type: ignore[no-untyped-def]
            for done, (path, data) in enumerate(batch, start=1):
                if cancelled():
                    return done - 1
                write_private_atomic(path, data)
                report(label, done, len(batch))
            return len(batch)

        return self._run(
            Job(work),
            self.tr("Save"),
            lambda saved: self.tr("%n letter(s) saved in {folder}.", "", saved).format(folder=folder),
        )

    def _run(self, job: Job, title: str, said: Callable[[int], str]) -> Job:
        self._progress = with_progress(job, title, self)

        def succeeded(result: int) -> None:
            self.summary.setText(said(result))
            self.finished_work.emit(said(result))

        def failed(exc: Exception) -> None:
            message = str(getattr(exc, "strerror", None) or exc) or type(exc).__name__
            self.summary.setText(self.tr("Stopped: {why}").format(why=message))

        job.succeeded.connect(succeeded)
        job.failed.connect(failed)
        self._jobs.add(job)
        job.finished.connect(lambda: self._jobs.discard(job))
        return start(job)

    def done(self, result: int) -> None:
        """Closing stops the batch after the current letter, and waits for it: nothing is left half-done."""
        stop_and_wait(self._jobs)
        super().done(result)
