"""View → Activity report…: the DPO's figures for a period and an organisation, with PDF and CSV out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.activity import ActivitySummary
from ..front_door.files import write_private_atomic
from ..front_door.workbench import Workbench
from . import labels
from .dates import day_format


class MonthBars(QWidget):
    """Requests received per month, as columns: enough to see the trend at a glance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthBars")
        self.setMinimumHeight(140)
        self.counts: dict[str, int] = {}

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.counts:
            return
        top = max(self.counts.values()) or 1
        width, height = self.width(), self.height() - 18
        slot = width / len(self.counts)
        for index, (month, count) in enumerate(self.counts.items()):
            bar = (height - 14) * count / top
            rect = QRectF(index * slot + slot * 0.15, height - bar, slot * 0.7, bar)
            painter.fillRect(rect, QColor("#1e3a8a"))
            painter.setPen(self.palette().text().color())
            if count:
                painter.drawText(
                    QRectF(rect.left() - 8, rect.top() - 14, rect.width() + 16, 14),
                    Qt.AlignmentFlag.AlignCenter,
                    str(count),
                )
            label = f"{month[5:]}/{month[2:4]}"
            painter.drawText(QRectF(index * slot, height + 2, slot, 16), Qt.AlignmentFlag.AlignCenter, label)
        painter.end()


class ActivityDialog(QDialog):
    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self.setWindowTitle(self.tr("Activity report"))
        today = workbench.today()
        self.organisation = QComboBox(self)
        self.organisation.addItem(self.tr("All organisations"), "")
        for code, name in workbench.organisations():
            self.organisation.addItem(f"{name} ({code})", code)
        self.start = QDateEdit(QDate(today.year - 1, today.month, min(today.day, 28)), self)
        self.end = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.start.setAccessibleName(self.tr("Period from"))
        self.end.setAccessibleName(self.tr("Period to"))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(day_format())
            edit.dateChanged.connect(lambda _: self.refresh())
        self.organisation.currentIndexChanged.connect(lambda _: self.refresh())
        form = QFormLayout()
        form.addRow(self.tr("Organisation"), self.organisation)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("→", self))
        period.addWidget(self.end)
        period.addStretch(1)
        form.addRow(self.tr("Received from"), period)
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        names = (
            ("received", self.tr("Requests received")),
            ("responded", self.tr("Responses given")),
            ("on_time", self.tr("Within the deadline")),
            ("median", self.tr("Median time to respond")),
            ("worst", self.tr("Longest time to respond")),
            ("extended", self.tr("Deadlines extended")),
            ("refused", self.tr("Refusals, full or partial")),
            ("overdue", self.tr("Overdue today")),
        )
        for index, (key, text) in enumerate(names):
            value = QLabel(self)
            value.setObjectName(f"figure_{key}")
            value.setStyleSheet("font-size: 16pt; font-weight: 600;")
            caption = QLabel(text, self)
            caption.setWordWrap(True)
            grid.addWidget(value, (index // 4) * 2, index % 4)
            grid.addWidget(caption, (index // 4) * 2 + 1, index % 4)
            self.figures[key] = value
        self.bars = MonthBars(self)
        self.breakdown = QLabel(self)
        self.breakdown.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        pdf = QPushButton(self.tr("Save as PDF…"), self)
        table = QPushButton(self.tr("Save as CSV…"), self)
        table.setToolTip(self.tr("One row per request, references and dates only: no names"))
        buttons.addButton(pdf, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(table, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        pdf.clicked.connect(lambda: self._choose("activity.pdf", self.tr("PDF (*.pdf)"), self.save_pdf))
        table.clicked.connect(lambda: self._choose("activity.csv", self.tr("CSV (*.csv)"), self.save_csv))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addSpacing(10)
        layout.addWidget(QLabel(self.tr("Requests received per month"), self))
        layout.addWidget(self.bars, 1)
        layout.addWidget(self.breakdown)
        layout.addWidget(buttons)
        self.resize(760, 560)
        self.refresh()

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def refresh(self) -> ActivitySummary:
        start, end = self.period()
        self.summary, self._facts = self.workbench.activity(start, end, self.organisation.currentData() or None)
        s = self.summary

        def days(value: float | None) -> str:
            return "—" if value is None else self.tr("%n day(s)", "", round(value))

        percent = self.tr("{n}%").format(n=round(s.on_time_share * 100)) if s.on_time_share is not None else ""
        share = f" ({percent})" if percent else ""
        values = {
            "received": str(s.received),
            "responded": str(s.responded),
            "on_time": f"{s.on_time}{share}",
            "median": days(s.median_days),
            "worst": days(s.worst_days),
            "extended": str(s.extended),
            "refused": str(s.refused)
            + (self.tr(" ({count} sent late)").format(count=s.refused_late) if s.refused_late else ""),
            "overdue": str(s.overdue_now),
        }
        for key, text in values.items():
            self.figures[key].setText(text)
        self.bars.set_counts(s.per_month)
        rights = ", ".join(f"{labels.show(labels.RIGHT, k)} {v}" for k, v in s.by_right.items())
        channels = ", ".join(f"{labels.show(labels.CHANNEL, k)} {v}" for k, v in s.by_channel.items())
        self.breakdown.setText(
            self.tr("Rights: {rights}\nChannels: {channels}").format(rights=rights or "—", channels=channels or "—")
        )
        return s

    def _choose(self, name: str, kinds: str, then) -> None:  # type: ignore[no-untyped-def]
        dialog = QFileDialog(self, self.tr("Save the activity report"), name)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(kinds)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(then)
        dialog.open()

    def save_pdf(self, path: str) -> None:
        language = "fr" if QLocale().language() == QLocale.Language.French else "en"  # the interface's
        pdf = self.workbench.activity_pdf(self.summary, self.organisation.currentData() or None, language)
        write_private_atomic(Path(path), pdf)

    def save_csv(self, path: str) -> None:
        write_private_atomic(Path(path), self.workbench.activity_csv(self._facts))
