"""Dates as the interface's locale writes them (04/11/2026 in French, 04/11/2026 in British English)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime


def _date(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_format() -> str:
    """The locale's short date format with a four-digit year, for date fields."""
    text = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def short_day(day: date) -> str:
    return QLocale().toString(_date(day), day_format())


def short_moment(moment: datetime, seconds: bool = False) -> str:
    """A moment in local time: the day, then the time."""
    local = moment.astimezone()
    clock = QTime(local.hour, local.minute, local.second)
    time_text = QLocale().toString(clock, "HH:mm:ss" if seconds else "HH:mm")
    return f"{short_day(local.date())} {time_text}"
