"""A date field that Tab leaves, as every other field.

Qt's date editor uses Tab to walk its day, month and year: on a form typed at the keyboard that
traps the user in the date. Here Tab and Shift+Tab move to the next and previous fields; the arrow
keys still move between the day, the month and the year.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QWidget


class DateField(QDateEdit):
    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)
