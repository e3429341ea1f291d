"""Counts of requests needing attention; clicking one filters the case list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from ..domain.case_actions import DUE_SOON_DAYS
from ..front_door.views import Bucket

TITLES = {
    Bucket.OVERDUE: QT_TRANSLATE_NOOP("Dashboard", "Overdue"),
    Bucket.DUE_SOON: QT_TRANSLATE_NOOP("Dashboard", "Due within {days} days"),
    Bucket.EXTENSION_NOTICE: QT_TRANSLATE_NOOP("Dashboard", "Extension notice due"),
    Bucket.LETTERS_DUE: QT_TRANSLATE_NOOP("Dashboard", "Letters to send"),
    Bucket.AWAITING_SUBJECT: QT_TRANSLATE_NOOP("Dashboard", "Awaiting the data subject"),
    Bucket.OPEN: QT_TRANSLATE_NOOP("Dashboard", "Open"),
    Bucket.CLOSED_THIS_MONTH: QT_TRANSLATE_NOOP("Dashboard", "Closed this month"),
}
TIPS = {
    Bucket.OVERDUE: QT_TRANSLATE_NOOP("Dashboard", "Open requests whose deadline has passed"),
    Bucket.DUE_SOON: QT_TRANSLATE_NOOP("Dashboard", "Open requests due in the next {days} days"),
    Bucket.EXTENSION_NOTICE: QT_TRANSLATE_NOOP(
        "Dashboard", "Not extended, first deadline within {days} days: answer, or notify an extension by then"
    ),
    Bucket.LETTERS_DUE: QT_TRANSLATE_NOOP(
        "Dashboard", "Extended or refused, but the extension notice or refusal letter has not been sent"
    ),
    Bucket.AWAITING_SUBJECT: QT_TRANSLATE_NOOP("Dashboard", "Paused while waiting for identity or clarification"),
    Bucket.OPEN: QT_TRANSLATE_NOOP("Dashboard", "Every request still awaiting an answer"),
    Bucket.CLOSED_THIS_MONTH: QT_TRANSLATE_NOOP("Dashboard", "Requests closed since the first of the month"),
}
ALERT = {
    Bucket.OVERDUE: "#b91c1c",
    Bucket.DUE_SOON: "#b45309",
    Bucket.EXTENSION_NOTICE: "#b45309",
    Bucket.LETTERS_DUE: "#b45309",
}


class DashboardStrip(QWidget):
    """Signals:
    bucket_chosen(object): a Bucket, or None when the selected count is clicked again.
    """

    bucket_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self.buttons: dict[Bucket, QToolButton] = {}
        for bucket in Bucket:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolTip(QCoreApplication.translate("Dashboard", TIPS[bucket]).format(days=DUE_SOON_DAYS))
            button.setObjectName(f"bucket_{bucket.value}")
            button.clicked.connect(lambda checked, b=bucket: self._clicked(b, checked))
            self._group.addButton(button)
            layout.addWidget(button)
            self.buttons[bucket] = button
        layout.addStretch(1)
        self.set_counts(dict.fromkeys(Bucket, 0))

    def set_counts(self, counts: dict[Bucket, int]) -> None:
        for bucket, button in self.buttons.items():
            n = counts.get(bucket, 0)
            title = QCoreApplication.translate("Dashboard", TITLES[bucket]).format(days=DUE_SOON_DAYS)
            button.setText(f"{n}\n{title}")
            colour = ALERT.get(bucket) if n else None
            button.setStyleSheet(
                "QToolButton { padding: 4px 10px; font-weight: 600; %s }" % (f"color: {colour};" if colour else "")
            )

    def selected(self) -> Bucket | None:
        return next((b for b, button in self.buttons.items() if button.isChecked()), None)

    def clear_selection(self) -> None:
        for button in self.buttons.values():
            button.setChecked(False)

    def _clicked(self, bucket: Bucket, checked: bool) -> None:
        for other, button in self.buttons.items():
            if other is not bucket:
                button.setChecked(False)
        self.bucket_chosen.emit(bucket if checked else None)
