"""Errors of use cases, each with a message a DPO can act on, in English or translated by the window.

A message is a template with named values. str() gives the English text (the command line's);
the window translates the template with Qt Linguist (context "Services") and fills in the same
values, dates written in its own language. QT_TRANSLATE_NOOP only marks a template for Qt's
lupdate: the services themselves never import Qt.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..domain.deadline_words import long_date


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class ActionRefused(Exception):
    """The action is not possible as asked; str() says why and what to do instead."""

    def __init__(self, template: str, /, **values: Any) -> None:
        self.template, self.values = template, values
        english = {k: long_date(v) if isinstance(v, date) else v for k, v in values.items()}
        super().__init__(template.format(**english) if values else template)


class NotFound(ActionRefused):
    pass
