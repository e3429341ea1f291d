"""Small dialogs that record what was decided to answer a request (the facts its letters state)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ..explained import QT_TRANSLATE_NOOP, Explained
from .messages import in_words

if TYPE_CHECKING:  # the ORM loads after the first paint: the desk is only named here
    from ..front_door.answer_desk import AnswerDesk

# What can be recorded, in the order of the "Record answer" menu (key, label).
ANSWERS = (
    ("extract_reason", QT_TRANSLATE_NOOP("Answers", "No data in an activity…")),
    ("erasure", QT_TRANSLATE_NOOP("Answers", "Erasure decided…")),
    ("recipient", QT_TRANSLATE_NOOP("Answers", "Recipient notified (Art. 19)…")),
    ("objection", QT_TRANSLATE_NOOP("Answers", "Objection decided…")),
    ("unfounded", QT_TRANSLATE_NOOP("Answers", "Manifestly unfounded or excessive…")),
    ("automated", QT_TRANSLATE_NOOP("Answers", "Automated decision (Art. 22)…")),
    ("restriction_lift", QT_TRANSLATE_NOOP("Answers", "Restriction to be lifted…")),
)


def _date_edit(parent: QWidget, day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class AnswerDialog(QDialog):
    """A form whose OK records the decision; a refusal is shown in the dialog, and nothing is recorded."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setObjectName("answerError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self._save)
        self.record: Callable[[], None] = lambda: None
        self.resize(560, 300)

    def _save(self) -> None:
        try:
            self.record()
        except (Explained, ValueError) as exc:  # a refusal, or the case file's own failure, in words
            self.error.setText(in_words(exc))
            self.error.show()
            return
        self.accept()


def answer_dialog(desk: AnswerDesk, reference: str, what: str, today: date, parent: QWidget) -> AnswerDialog:
    build = {
        "extract_reason": _extract_reason,
        "erasure": _erasure,
        "recipient": _recipient,
        "objection": _objection,
        "unfounded": _unfounded,
        "automated": _automated,
        "restriction_lift": _restriction_lift,
    }[what]
    return build(desk, reference, today, parent)


def _extract_reason(desk: AnswerDesk, reference: str, today: date, parent: QWidget) -> AnswerDialog:
    dialog = AnswerDialog(QCoreApplication.translate("Answers", "No data in an activity"), parent)
    activity = QComboBox(dialog)
    activity.addItems(desk.facts(reference).activities)
    reason = QLineEdit(dialog)
    reason.setPlaceholderText(QCoreApplication.translate("Answers", "e.g. no data about this person in the CRM"))
    checked = _date_edit(dialog, today)
    dialog.form.addRow(QCoreApplication.translate("Answers", "Activity"), activity)
    dialog.form.addRow(QCoreApplication.translate("Answers", "Why there is no extract"), reason)
    dialog.form.addRow(QCoreApplication.translate("Answers", "Checked on"), checked)
    dialog.record = lambda: desk.extract_reason(reference, activity.currentText(), reason.text(), _day(checked), today)
    return dialog


def _erasure(desk: AnswerDesk, reference: str, today: date, parent: QWidget) -> AnswerDialog:
    dialog = AnswerDialog(QCoreApplication.translate("Answers", "Erasure decided"), parent)
    erased = QPlainTextEdit(dialog)
    erased.setObjectName("erased")
    erased.setFixedHeight(60)
    kept = QTableWidget(0, 4, dialog)
    kept.setObjectName("kept")
    kept.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("Answers", "Kept"),
            QCoreApplication.translate("Answers", "Art. 17(3) ground"),
            QCoreApplication.translate("Answers", "Text or reason"),
            QCoreApplication.translate("Answers", "Until"),
        ]
    )
    kept.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate((140, 190, 200)):
        kept.setColumnWidth(column, width)
    add = QPushButton(QCoreApplication.translate("Answers", "Add an item kept"), dialog)
    remove = QPushButton(QCoreApplication.translate("Answers", "Remove"), dialog)
    grounds = {
        "b": QCoreApplication.translate("Answers", "(b) a legal obligation"),
        "e": QCoreApplication.translate("Answers", "(e) legal claims"),
        "a": QCoreApplication.translate("Answers", "(a) freedom of expression"),
        "c": QCoreApplication.translate("Answers", "(c) public health"),
        "d": QCoreApplication.translate("Answers", "(d) archiving, research, statistics"),
    }

    def add_row() -> None:
        row = kept.rowCount()
        kept.insertRow(row)
        kept.setCellWidget(row, 0, QLineEdit(kept))
        ground = QComboBox(kept)
        for key, label in grounds.items():
            ground.addItem(label, key)
        kept.setCellWidget(row, 1, ground)
        kept.setCellWidget(row, 2, QLineEdit(kept))
        kept.setCellWidget(row, 3, _date_edit(kept, date(today.year + 10, 12, 31)))

    add.clicked.connect(add_row)
    remove.clicked.connect(lambda: kept.currentRow() >= 0 and kept.removeRow(kept.currentRow()))
    row_buttons = QHBoxLayout()
    row_buttons.addWidget(add)
    row_buttons.addWidget(remove)
    row_buttons.addStretch(1)
    dialog.form.addRow(QCoreApplication.translate("Answers", "What was erased"), erased)
    dialog.form.addRow(QCoreApplication.translate("Answers", "What is kept (nothing: leave empty)"), kept)
    dialog.form.addRow("", row_buttons)

    def items() -> list[tuple[str, str, str, date]]:
        found = []
        for row in range(kept.rowCount()):
            what, ground, basis, until = (kept.cellWidget(row, c) for c in range(4))
            found.append((what.text(), ground.currentData(), basis.text(), _day(until)))  # type: ignore[union-attr]
        return found

    dialog.record = lambda: desk.erasure(reference, erased.toPlainText(), items(), today)
    dialog.resize(940, 380)
    return dialog


def _recipient(desk: AnswerDesk, reference: str, today: date, parent: QWidget) -> AnswerDialog:
    dialog = AnswerDialog(QCoreApplication.translate("Answers", "Recipient notified (Art. 19)"), parent)
    found = desk.facts(reference)
    name = QComboBox(dialog)
    name.addItems([r.name for r in found.recipients])
    how = QComboBox(dialog)
    how.addItem(QCoreApplication.translate("Answers", "Notified"), "")
    how.addItem(QCoreApplication.translate("Answers", "Impossible to notify"), "impossible")
    how.addItem(QCoreApplication.translate("Answers", "Disproportionate effort"), "disproportionate")
    on = _date_edit(dialog, today)
    reason = QLineEdit(dialog)
    asked = QCheckBox(
        QCoreApplication.translate("Answers", "The person asked who the recipients are (the letters list them)"), dialog
    )
    asked.setChecked(found.recipients_asked)
    dialog.form.addRow(QCoreApplication.translate("Answers", "Recipient"), name)
    dialog.form.addRow(QCoreApplication.translate("Answers", "What was done"), how)
    dialog.form.addRow(QCoreApplication.translate("Answers", "Notified on"), on)
    dialog.form.addRow(QCoreApplication.translate("Answers", "Why not"), reason)
    dialog.form.addRow("", asked)
    how.currentIndexChanged.connect(
        lambda: (on.setEnabled(not how.currentData()), reason.setEnabled(bool(how.currentData())))
    )
    reason.setEnabled(False)

    def record() -> None:
        if name.currentText():
            exception = how.currentData()
            desk.recipient(
                reference, name.currentText(), None if exception else _day(on), exception, reason.text(), today
            )
        desk.recipients_asked(reference, asked.isChecked())

    dialog.record = record
    return dialog


def _objection(desk: AnswerDesk, reference: str, today: date, parent: QWidget) -> AnswerDialog:
    dialog = AnswerDialog(QCoreApplication.translate("Answers", "Objection decided"), parent)
    kind = QComboBox(dialog)
    kind.addItem(QCoreApplication.translate("Answers", "Direct marketing (Art. 21(2)): absolute"), "direct_marketing")
    kind.addItem(
        QCoreApplication.translate("Answers", "Other processing (Art. 21(1)): legitimate interest or public task"),
        "other",
    )
    processing = QLineEdit(dialog)
    processing.setPlaceholderText(QCoreApplication.translate("Answers", "e.g. CCTV of the car park, the newsletter"))
    outcome = QComboBox(dialog)
    outcome.addItem(QCoreApplication.translate("Answers", "The processing stops"), "stopped")
    outcome.addItem(
        QCoreApplication.translate("Answers", "It continues: compelling legitimate grounds or legal claims"),
        "continues",
    )
    grounds = QPlainTextEdit(dialog)
    grounds.setFixedHeight(60)
    dialog.form.addRow(QCoreApplication.translate("Answers", "Objection to"), kind)
    dialog.form.addRow(QCoreApplication.translate("Answers", "Processing"), processing)
    dialog.form.addRow(QCoreApplication.translate("Answers", "Decision"), outcome)
    dialog.form.addRow(QCoreApplication.translate("Answers", "Grounds demonstrated"), grounds)
    dialog.record = lambda: desk.objection(
        reference, kind.currentData(), processing.text(), outcome.currentData(), grounds.toPlainText(), today
    )
    return dialog


def _unfounded(desk: AnswerDesk, reference: str, today: date, parent: QWidget) -> AnswerDialog:
    dialog = AnswerDialog(
        QCoreApplication.translate("Answers", "Manifestly unfounded or excessive (Art. 12(5))"), parent
    )
    ground = QComboBox(dialog)
    ground.addItem(QCoreApplication.translate("Answers", "Manifestly unfounded"), "unfounded")
    ground.addItem(QCoreApplication.translate("Answers", "Manifestly excessive"), "excessive")
    reasons = QPlainTextEdit(dialog)
    reasons.setFixedHeight(70)
    answer = QComboBox(dialog)
    answer.addItem(QCoreApplication.translate("Answers", "Refuse to act"), "refusal")
    answer.addItem(QCoreApplication.translate("Answers", "Charge a reasonable fee"), "fee")
    fee = QLineEdit(dialog)
    fee.setPlaceholderText(QCoreApplication.translate("Answers", "amount in euros, from the administrative costs"))
    earlier = desk.earlier_requests(reference)
    lines = [f"{r['reference']} — {r['received']} — {r['rights']} — {r['status']}" for r in earlier]
    history = QLabel(
        "\n".join(lines) or QCoreApplication.translate("Answers", "No earlier request from this person."), dialog
    )
    history.setObjectName("earlierRequests")
    dialog.form.addRow(QCoreApplication.translate("Answers", "Earlier requests (the evidence)"), history)
    dialog.form.addRow(QCoreApplication.translate("Answers", "The request is"), ground)
    dialog.form.addRow(QCoreApplication.translate("Answers", "Reasons"), reasons)
    dialog.form.addRow(QCoreApplication.translate("Answers", "Answer"), answer)
    dialog.form.addRow(QCoreApplication.translate("Answers", "Fee"), fee)
    dialog.record = lambda: desk.unfounded(
        reference,
        ground.currentData(),
        reasons.toPlainText(),
        fee.text() if answer.currentData() == "fee" else None,
        today,
    )
    return dialog


def _automated(desk: AnswerDesk, reference: str, today: date, parent: QWidget) -> AnswerDialog:
    dialog = AnswerDialog(QCoreApplication.translate("Answers", "Automated decision (Art. 22)"), parent)
    exists = QCheckBox(
        QCoreApplication.translate("Answers", "A decision about the person is based solely on automated processing"),
        dialog,
    )
    logic, significance, consequences = (QLineEdit(dialog) for _ in range(3))
    dialog.form.addRow("", exists)
    dialog.form.addRow(QCoreApplication.translate("Answers", "Logic involved"), logic)
    dialog.form.addRow(QCoreApplication.translate("Answers", "Significance"), significance)
    dialog.form.addRow(QCoreApplication.translate("Answers", "Envisaged consequences"), consequences)
    for edit in (logic, significance, consequences):
        edit.setEnabled(False)
        exists.toggled.connect(edit.setEnabled)
    dialog.record = lambda: desk.automated(
        reference,
        exists.isChecked(),
        logic.text() if exists.isChecked() else "",
        significance.text() if exists.isChecked() else "",
        consequences.text() if exists.isChecked() else "",
    )
    return dialog


def _restriction_lift(desk: AnswerDesk, reference: str, today: date, parent: QWidget) -> AnswerDialog:
    dialog = AnswerDialog(QCoreApplication.translate("Answers", "Restriction to be lifted (Art. 18(3))"), parent)
    on = _date_edit(dialog, date.fromordinal(today.toordinal() + 15))
    reason = QLineEdit(dialog)
    dialog.form.addRow(QCoreApplication.translate("Answers", "Lifted on"), on)
    dialog.form.addRow(QCoreApplication.translate("Answers", "Why"), reason)
    dialog.record = lambda: desk.restriction_lift(reference, _day(on), reason.text(), today)
    return dialog
