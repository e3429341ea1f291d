"""Editing an organisation's register of processing activities (Art. 30)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
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

from ..domain.register import LIST_FIELDS, TEXT_FIELDS, Activity, RegisterError, activity_from_json
from ..front_door.errors import ActionRefused, CaseFileError
from ..front_door.workbench import Workbench
from .messages import in_words

LONG_TEXT = {"transfers", "retention", "automated_decision"}
LABELS = {
    "name": QT_TRANSLATE_NOOP("RegisterDialog", "Name"),
    "data_subjects": QT_TRANSLATE_NOOP("RegisterDialog", "Data subjects (one per line)"),
    "purposes": QT_TRANSLATE_NOOP("RegisterDialog", "Purposes (one per line)"),
    "legal_basis": QT_TRANSLATE_NOOP("RegisterDialog", "Legal basis"),
    "data_categories": QT_TRANSLATE_NOOP("RegisterDialog", "Categories of data (one per line)"),
    "recipients": QT_TRANSLATE_NOOP("RegisterDialog", "Recipients and processors, by name (one per line)"),
    "transfers": QT_TRANSLATE_NOOP("RegisterDialog", "Transfers outside the EU and safeguards"),
    "retention": QT_TRANSLATE_NOOP("RegisterDialog", "Retention period"),
    "retention_basis": QT_TRANSLATE_NOOP("RegisterDialog", "Basis of the retention period"),
    "source": QT_TRANSLATE_NOOP("RegisterDialog", "Source of the data"),
    "automated_decision": QT_TRANSLATE_NOOP("RegisterDialog", "Automated decision-making"),
    "internal_contact": QT_TRANSLATE_NOOP("RegisterDialog", "Internal contact (asked for a person's data)"),
    "transfer_safeguards": QT_TRANSLATE_NOOP("RegisterDialog", "Safeguards of the transfers (Art. 46)"),
}


class RegisterDialog(QDialog):
    """Signals:
    saved(): the register was saved.
    """

    saved = Signal()

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self.setWindowTitle(self.tr("Register of processing activities"))
        self.entries: list[dict[str, object]] = []
        self.organisation = QComboBox(self)
        for code, name in workbench.organisations():
            self.organisation.addItem(f"{name} ({code})", code)
        self.list = QListWidget(self)
        self.list.setObjectName("activityList")
        self.list.setAccessibleName(self.tr("Processing activities"))
        self.list.setMinimumWidth(260)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        for key, label in LABELS.items():
            widget: QLineEdit | QPlainTextEdit
            if key in LIST_FIELDS or key in LONG_TEXT:
                widget = QPlainTextEdit(self)
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(64 if key in LIST_FIELDS else 46)
            else:
                widget = QLineEdit(self)
            widget.setObjectName(f"field_{key}")
            self.fields[key] = widget
            form.addRow(self.tr(label), widget)
        self.error = QLabel(self)
        self.error.setObjectName("registerError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self._add_file_buttons()
        left = QVBoxLayout()
        left.addWidget(self.organisation)
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)
        top = QHBoxLayout()
        top.addLayout(left)
        top.addLayout(form, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._current = -1
        self.organisation.currentIndexChanged.connect(lambda _: self.load())
        self.list.currentRowChanged.connect(self._select)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.resize(1000, 720)
        self.load()

    def load(self) -> None:
        self.entries = [a.as_json() for a in self.workbench.register(self.organisation.currentData())]
        self._current = -1
        self.list.clear()
        self.list.addItems([str(e["name"]) for e in self.entries])
        if self.entries:
            self.list.setCurrentRow(0)
        self.error.hide()

    def _keep_edits(self) -> None:
        if 0 <= self._current < len(self.entries):
            entry = self.entries[self._current]
            for key, widget in self.fields.items():
                if key in LIST_FIELDS:
                    entry[key] = [line for line in widget.toPlainText().splitlines() if line.strip()]
                elif isinstance(widget, QPlainTextEdit):
                    entry[key] = " ".join(widget.toPlainText().split())
                else:
                    entry[key] = widget.text()
            self.list.item(self._current).setText(str(entry["name"]) or self.tr("(no name)"))

    def _select(self, row: int) -> None:
        self._keep_edits()
        self._current = row
        entry = self.entries[row] if 0 <= row < len(self.entries) else {}
        for key, widget in self.fields.items():
            value = entry.get(key, [] if key in LIST_FIELDS else "")
            if key in LIST_FIELDS:
                widget.setPlainText("\n".join(value))  # type: ignore[arg-type, union-attr]
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value))
            else:
                widget.setText(str(value))

    def add(self) -> None:
        self._keep_edits()
        self.entries.append(
            {"name": self.tr("New activity"), **{k: [] for k in LIST_FIELDS}, **{k: "" for k in TEXT_FIELDS}}
        )
        self.list.addItem(self.tr("New activity"))
        self.list.setCurrentRow(len(self.entries) - 1)
        self.fields["name"].setFocus()

    def remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.entries):
            self._current = -1
            del self.entries[row]
            self.list.takeItem(row)

    def activities(self) -> list[Activity]:
        self._keep_edits()
        return [
            activity_from_json(entry, self.tr("Activity {n}").format(n=n)) for n, entry in enumerate(self.entries, 1)
        ]

    def save(self) -> None:
        try:
            activities = self.activities()
            names = [a.name for a in activities]
            if len(set(names)) != len(names):
                raise RegisterError(self.tr("Two activities have the same name."))
            self.workbench.replace_register(self.organisation.currentData(), activities)
        except (RegisterError, ActionRefused, CaseFileError) as exc:
            self.error.setText(in_words(exc))
            self.error.show()
            return
        self.error.hide()
        self.saved.emit()

    # Spreadsheets: the CNIL model register, Excel, LibreOffice ---------------------------------

    def _add_file_buttons(self) -> None:
        self.import_button = self.buttons.addButton(self.tr("Import…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setObjectName("registerImport")
        self.import_button.setToolTip(
            self.tr("Replace this organisation's register by a spreadsheet's (XLSX, ODS, CSV), the CNIL model's too")
        )
        self.export_button = self.buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("registerExport")
        self.import_button.clicked.connect(self._choose_import)
        self.export_button.clicked.connect(self._choose_export)

    def _choose_import(self) -> None:
        dialog = QFileDialog(self, self.tr("Import a register"), "", self.tr("Spreadsheets (*.xlsx *.ods *.csv)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.import_file(Path(path)))
        dialog.open()

    def import_file(self, path: Path) -> QMessageBox | None:
        """Read the spreadsheet, say what it holds and what did not map, then replace on confirmation."""
        try:
            data = path.read_bytes()
            found = self.workbench.read_register_spreadsheet(data, path.name)
        except OSError as exc:
            self.error.setText(self.tr("Cannot read {name}: {why}").format(name=path.name, why=exc.strerror))
            self.error.show()
            return None
        except ActionRefused as exc:
            self.error.setText(in_words(exc))
            self.error.show()
            return None
        code = self.organisation.currentData()
        lines = [
            self.tr("{name} holds %n processing activit(ies), read as {layout}.", "", len(found.activities)).format(
                name=path.name,
                layout=self.tr("the CNIL model register") if found.layout == "cnil" else self.tr("a table"),
            ),
            self.tr("They replace the register of {code}.").format(code=code),
        ]
        if found.unmapped:
            lines.append(self.tr("Not imported (no such field in DPO Desk):") + "\n– " + "\n– ".join(found.unmapped))
        if found.incomplete:
            lines.append(
                self.tr("To complete before an access report (purposes, legal basis, retention):")
                + "\n– "
                + "\n– ".join(found.incomplete)
            )
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import a register"), "\n\n".join(lines), parent=self)
        box.setObjectName("registerImportBox")
        replace_button = box.addButton(self.tr("Replace the register"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(button) -> None:  # type: ignore[no-untyped-def]
            if button is replace_button:
                try:
                    self.workbench.import_register_spreadsheet(code, data, path.name)
                except (ActionRefused, CaseFileError) as exc:
                    self.error.setText(in_words(exc))
                    self.error.show()
                    return
                self.load()
                self.saved.emit()

        box.buttonClicked.connect(chosen)
        box.open()
        return box

    def _choose_export(self) -> None:
        code = self.organisation.currentData()
        dialog = QFileDialog(self, self.tr("Export the register"), f"registre-{code}.xlsx")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        filters = {
            self.tr("Excel workbook (*.xlsx)"): ("table", ".xlsx"),
            self.tr("OpenDocument spreadsheet (*.ods)"): ("table", ".ods"),
            self.tr("The CNIL model register, a sheet per activity (*.ods)"): ("cnil", ".ods"),
            self.tr("The CNIL model register, a sheet per activity (*.xlsx)"): ("cnil", ".xlsx"),
            self.tr("CSV file (*.csv)"): ("table", ".csv"),
        }
        dialog.setNameFilters(list(filters))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(
            lambda path: self.export_file(Path(path), *filters.get(dialog.selectedNameFilter(), ("table", ".xlsx")))
        )
        dialog.open()

    def export_file(self, path: Path, layout: str = "table", suffix: str = ".xlsx") -> bool:
        if path.suffix.lower() not in (".xlsx", ".ods", ".csv"):
            path = path.with_suffix(suffix)
        try:
            data = self.workbench.export_register_spreadsheet(self.organisation.currentData(), path.name, layout)
            self.workbench.save_file(path, data)
        except (ActionRefused, CaseFileError) as exc:
            self.error.setText(in_words(exc))
            self.error.show()
            return False
        except OSError as exc:
            self.error.setText(self.tr("The register could not be written: {why}").format(why=exc.strerror or exc))
            self.error.show()
            return False
        self.error.hide()
        return True
