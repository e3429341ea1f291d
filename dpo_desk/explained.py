"""Messages a person can act on, in English, and translatable by the window.

A message is a template with named values: str() gives the English text (the command line's and
the logs'); the window translates the template with Qt Linguist and fills in the same values,
dates written the local way (ui/messages.py). QT_TRANSLATE_NOOP only marks a template for Qt's
lupdate: nothing outside dpo_desk/ui imports Qt.
"""

from __future__ import annotations

from datetime import date
from typing import Any


def long_date(day: date) -> str:
    """A day in English words: Monday 3 March 2026 (the domain's deadline words use it too)."""
    return f"{day.strftime('%A')} {day.day} {day.strftime('%B %Y')}"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def in_english(template: str, values: dict[str, Any]) -> str:
    """The template filled in, dates written in English (the command line's words)."""
    if not values:
        return template
    return template.format(**{k: long_date(v) if isinstance(v, date) else v for k, v in values.items()})


class Explained(Exception):
    """An expected failure; str() says why and what to do, in English."""

    def __init__(self, template: str = "", /, **values: Any) -> None:
        self.template, self.values = template, values
        super().__init__(in_english(template, values))


class Words(str):
    """A message that is also a str (English): for warnings and outcomes kept in lists and JSON."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> Words:
        made = super().__new__(cls, in_english(template, values))
        made.template, made.values = template, values
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # pickled whole: drafts come back from the email worker
        return (_words, (self.template, self.values))


def _words(template: str, values: dict[str, Any]) -> Words:
    return Words(template, **values)
