"""Importing a register of requests from a spreadsheet: map its columns, see every row that cannot be read.

The mapping is guessed from the headings (or the one used last time for the same headings), changed
here, and remembered in the case file when the import runs; *Save mapping…* writes it to a file for
`dpo-desk import-requests --mapping`. The import runs in the background; each readable row is logged
whole, and the others are listed with the reason.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain.channels import Channel
from ..domain.request_import import FIELDS, Mapping
from ..front_door.errors import expected_errors
from ..front_door.workbench import Workbench
from . import labels
from .jobs import Job, start, with_progress
from .messages import in_words

NOT_IMPORTED = ""


class ImportRequestsDialog(QDialog):
    """Signals:
    imported(int): how many requests were logged.
    """

    imported = Signal(int)

    def __init__(self, workbench: Workbench, data: bytes, filename: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importRequestsDialog")
        self.workbench = workbench
        self.data = data
        self.filename = filename
        self.table = workbench.import_table(data, filename)  # read once; each change of mapping re-reads rows only
        self.result = workbench.import_preview(self.table)
        self.report = None
        self.setWindowTitle(self.tr("Import requests — {name}").format(name=filename))
        table = self.result.table
        intro = QLabel(
            self.tr(
                "Sheet “{sheet}” of {name}: {rows} row(s) under the headings of row {header}. Say which column "
                "holds what; the choice is remembered for spreadsheets with the same headings."
            ).format(sheet=table.sheet, name=filename, rows=len(table.rows), header=table.header_row),
            self,
        )
        intro.setWordWrap(True)
        self.columns: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for field in FIELDS:
            combo = QComboBox(self)
            combo.setObjectName(f"column_{field.key}")
            combo.addItem(self.tr("— not imported —"), NOT_IMPORTED)
            for header in table.headers:
                if header:
                    combo.addItem(header, header)
            chosen = self.result.mapping.columns.get(field.key)
            if chosen is not None and combo.findData(chosen) >= 0:
                combo.setCurrentIndex(combo.findData(chosen))
            label = QCoreApplication.translate("Services", field.label)
            form.addRow(label + (" *" if field.required else ""), combo)
            self.columns[field.key] = combo
            combo.currentIndexChanged.connect(lambda _: self.recompute())
        self.organisation = QComboBox(self)
        self.organisation.setObjectName("defaultOrganisation")
        self.organisation.addItem(self.tr("— the row says —"), None)
        for code, name in workbench.organisations():
            self.organisation.addItem(f"{name} ({code})", code)
        if self.result.mapping.organisation:
            self.organisation.setCurrentIndex(max(0, self.organisation.findData(self.result.mapping.organisation)))
        elif self.organisation.count() == 2:
            self.organisation.setCurrentIndex(1)
        self.channel = QComboBox(self)
        self.channel.setObjectName("defaultChannel")
        for channel in Channel:
            self.channel.addItem(labels.show(labels.CHANNEL, channel.value), channel.value)
        self.channel.setCurrentIndex(self.channel.findData(self.result.mapping.channel.value))
        form.addRow(self.tr("Organisation of rows that do not say"), self.organisation)
        form.addRow(self.tr("Channel of rows that do not say"), self.channel)
        self.organisation.currentIndexChanged.connect(lambda _: self.recompute())
        self.channel.currentIndexChanged.connect(lambda _: self.recompute())
        form_widget = QWidget(self)
        form_widget.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidget(form_widget)
        scroll.setWidgetResizable(True)

        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        self.problems = QListWidget(self)
        self.problems.setObjectName("rowProblems")
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(QLabel(self.tr("Rows that cannot be read, and why (they are not imported):")))
        right.addWidget(self.problems, 1)
        body = QHBoxLayout()
        body.addWidget(scroll, 1)
        body.addLayout(right, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_mapping_button = self.buttons.addButton(
            self.tr("Save mapping…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_mapping_button.setObjectName("saveMapping")
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.run_import)
        self.save_mapping_button.clicked.connect(self._choose_mapping_file)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(1100, 760)
        self._show()

    def mapping(self) -> Mapping:
        columns = {key: combo.currentData() for key, combo in self.columns.items() if combo.currentData()}
        return replace(
            self.result.mapping,
            columns=columns,
            organisation=self.organisation.currentData(),
            channel=Channel(self.channel.currentData()),
        )

    def recompute(self) -> None:
        try:
            self.result = self.workbench.import_preview(self.table, mapping=self.mapping())
        except expected_errors() as exc:
            self.summary.setText(in_words(exc))
            return
        self._show()

    def _show(self) -> None:
        self.problems.clear()
        if self.result.problems:
            what = "; ".join(in_words(p) for p in self.result.problems)
            self.summary.setText(self.tr("Map these first: {what}.").format(what=what))
            self.summary.setStyleSheet("font-weight: 600; color: #b91c1c;")
            self.import_button.setEnabled(False)
            return
        readable, unreadable = len(self.result.readable), len(self.result.unreadable)
        self.summary.setStyleSheet("font-weight: 600;" + (" color: #b45309;" if unreadable else ""))
        self.summary.setText(
            self.tr("{ok} row(s) can be imported; {bad} cannot (listed below).").format(ok=readable, bad=unreadable)
        )
        for problem in self.result.unreadable:
            self.problems.addItem(self._problem(problem))
        self.import_button.setText(self.tr("Import %n request(s)", "", readable))
        self.import_button.setEnabled(readable > 0)

    def _problem(self, problem) -> str:  # type: ignore[no-untyped-def]
        reason = "; ".join(in_words(r) for r in problem.reasons)
        return self.tr("Row {row}: {reason}").format(row=problem.row, reason=reason)

    def _choose_mapping_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the mapping"), "mapping.json")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Mappings (*.json)"))
        dialog.setDefaultSuffix("json")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.save_mapping)
        dialog.open()

    def save_mapping(self, path: str) -> None:
        data = json.dumps(self.mapping().as_json(), ensure_ascii=False, indent=2).encode() + b"\n"
        self.workbench.save_file(Path(path), data)

    def run_import(self) -> Job | None:
        if self.result.problems or not self.result.readable:
            return None
        self.import_button.setEnabled(False)
        workbench, result = self.workbench, self.result
        label = self.tr("Logging the requests…")
        job = Job(lambda report, _cancelled: workbench.import_requests(result, lambda d, t: report(label, d, t)))
        self._progress = with_progress(job, self.tr("Import requests"), self)
        job.succeeded.connect(self._done)
        job.failed.connect(lambda exc: (self.summary.setText(in_words(exc)), self.import_button.setEnabled(True)))
        self.job = job
        return start(job)

    def _done(self, report) -> None:  # type: ignore[no-untyped-def]
        self.report = report
        self.problems.clear()
        for problem in report.unreadable:
            self.problems.addItem(self._problem(problem))
        for row, reference in report.already:
            self.problems.addItem(self.tr("Row {row}: already imported as {ref}").format(row=row, ref=reference))
        self.summary.setText(
            self.tr("{imported} request(s) imported, {already} already there, {bad} row(s) not imported.").format(
                imported=len(report.imported), already=len(report.already), bad=len(report.unreadable)
            )
        )
        self.import_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.imported.emit(len(report.imported))
