"""The deadline in words for the case header, in the interface's language and date format.

The command line has its English twin in dpo_desk.domain.deadline_words.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ..domain.statuses import Status
from ..front_door.views import RequestDetail


def long_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def deadline_text(detail: RequestDetail, today: date) -> str:
    when = long_day(detail.deadline_on)
    if not Status(detail.status).is_open:
        return QCoreApplication.translate("Deadline", "Closed (the deadline was {date})").format(date=when)
    if detail.paused_since is not None:
        since = long_day(detail.paused_since)
        return QCoreApplication.translate("Deadline", "Paused since {date}, waiting for the data subject").format(
            date=since
        )
    days = (detail.deadline_on - today).days
    text = _words(detail, days).format(date=when)
    if detail.extended and not detail.extension_counts and days >= 0:
        text += QCoreApplication.translate("Deadline", " (extended to {date} once its notice is sent)").format(
            date=long_day(detail.extended_due_on)
        )
    return text


def _words(detail: RequestDetail, days: int) -> str:
    if days > 0 and detail.extension_counts:
        text = QCoreApplication.translate("Deadline", "%n day(s) left - extended to {date}", None, days)
    elif days > 0:
        text = QCoreApplication.translate("Deadline", "%n day(s) left - due {date}", None, days)
    elif days == 0:
        text = QCoreApplication.translate("Deadline", "Due today - {date}")
    elif detail.extension_counts:
        text = QCoreApplication.translate("Deadline", "%n day(s) overdue - was extended to {date}", None, -days)
    else:
        text = QCoreApplication.translate("Deadline", "%n day(s) overdue - was due {date}", None, -days)
    return text
