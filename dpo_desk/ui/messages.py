"""What went wrong, said in the interface's language.

Refusals and case-file errors carry an English template and its values (explained.py); here the
template is translated (context "Services"), text values that are themselves phrases of the
catalogue too (e.g. "extend a deadline"), and dates are written the local way.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from ..explained import Explained, Words
from .deadline_text import long_day


class LocalNumber(float):
    """A number written the interface's way when formatted ("{size:.1f}" gives 0,1 in French)."""

    def __format__(self, spec: str) -> str:
        if spec.startswith(".") and spec.endswith("f") and spec[1:-1].isdigit():
            return QLocale().toString(float(self), "f", int(spec[1:-1]))
        return format(float(self), spec)


def in_words(error: BaseException | str) -> str:
    """An error, a warning or an outcome in the interface's language (as is when it carries no template)."""
    if not isinstance(error, Explained | Words):
        return str(error) or type(error).__name__
    values = {}
    for key, value in error.values.items():
        if isinstance(value, date):
            values[key] = long_day(value)
        elif isinstance(value, float):
            values[key] = LocalNumber(value)
        elif isinstance(value, str):
            values[key] = QCoreApplication.translate("Services", value)
        else:
            values[key] = value
    try:
        return QCoreApplication.translate("Services", error.template).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a {value}: the English is right
        return str(error)
