"""Dates as French (and English) spreadsheets hold them: typed cells, serial numbers, or text.

Day first, always: 05/03/2026 is 5 March. Accepted text: 05/03/2026, 5/3/26, 05-03-2026, 05.03.2026,
2026-03-05, "5 mars 2026", "1er mars 2026", "mardi 5 mars 2026", "5 March 2026", with a time or not.
Two-digit years are 20YY. A serial number is a day count from 30 December 1899 (Excel, LibreOffice).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from ..explained import QT_TRANSLATE_NOOP, Words
from .right_keywords import normalise

MONTHS = {
    **{
        name: n
        for n, names in enumerate(
            (
                ("janvier", "janv", "jan", "january"),
                ("fevrier", "fevr", "fev", "feb", "february"),
                ("mars", "mar", "march"),
                ("avril", "avr", "apr", "april"),
                ("mai", "may"),
                ("juin", "jun", "june"),
                ("juillet", "juil", "jul", "july"),
                ("aout", "aug", "august"),
                ("septembre", "sept", "sep", "september"),
                ("octobre", "oct", "october"),
                ("novembre", "nov", "november"),
                ("decembre", "dec", "december"),
            ),
            1,
        )
        for name in names
    }
}
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?:[ T]\d{1,2}[:h]\d{2}(?::\d{2})?)?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_WORDS = re.compile(r"^(?:[a-z]+\.?,?\s+)?(\d{1,2})(?:er|st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$")
_EXCEL_EPOCH = date(1899, 12, 30)
NOT_A_DATE = QT_TRANSLATE_NOOP("Services", "“{text}” is not a date")


class DateUnreadable(ValueError):
    """str() says what the cell held and how dates are written."""


def read_date(value: object) -> date | None:
    """The date a cell holds, or None for an empty cell; DateUnreadable otherwise."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise DateUnreadable(Words(NOT_A_DATE, text=value))
    if isinstance(value, int | float):
        if 1 <= value < 2_958_466:  # up to 31 December 9999
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise DateUnreadable(Words(NOT_A_DATE, text=value))
    text = " ".join(str(value).split())
    if not text:
        return None
    try:
        if match := _ISO.match(text):
            year, month, day = (int(g) for g in match.groups())
            return date(year, month, day)
        if match := _NUMERIC.match(text):
            day, month, year = (int(g) for g in match.groups())
            return date(year + 2000 if year < 100 else year, month, day)
        if match := _WORDS.match(normalise(text)):
            day_text, month_name, year_text = match.groups()
            named = MONTHS.get(month_name)
            if named is not None:
                return date(int(year_text), named, int(day_text))
    except ValueError:
        raise DateUnreadable(
            Words(QT_TRANSLATE_NOOP("Services", "“{text}” is not a day of the calendar"), text=text)
        ) from None
    raise DateUnreadable(
        Words(
            QT_TRANSLATE_NOOP("Services", "“{text}” is not a date (write it as 05/03/2026 or 5 mars 2026)"), text=text
        )
    )
