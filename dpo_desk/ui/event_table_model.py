"""The timeline of one case: a small list, set whole by the detail pane."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
)

from ..front_door.views import EventView
from . import labels
from .dates import short_day, short_moment
from .letter_table_model import kind_label
from .table_model import Index, RowsTableModel

HEADERS = (
    QT_TRANSLATE_NOOP("Timeline", "Date"),
    QT_TRANSLATE_NOOP("Timeline", "Who"),
    QT_TRANSLATE_NOOP("Timeline", "What"),
    QT_TRANSLATE_NOOP("Timeline", "Details"),
)


def _day(value: Any) -> str:
    try:
        return short_day(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def recorded_day(event: EventView) -> str:
    return short_day(datetime.fromisoformat(event.at).astimezone().date())


def describe_details(event: EventView) -> str:
    """Details in words, plus the date the user gave when it differs from the day it was recorded."""
    text = _details(event.kind, event.details)
    dated = event.details.get("on")
    if dated and _day(dated) != recorded_day(event):
        text = QCoreApplication.translate("Timeline", "dated {day}").format(day=_day(dated)) + (
            f" — {text}" if text else ""
        )
    return text


def _details(kind: str, details: dict[str, Any]) -> str:
    if details.get("redacted") is True:  # what the purge kept of them, if anything
        removed = QCoreApplication.translate("Timeline", "the rest was removed when the case was purged")
        facts = _details(kind, {k: v for k, v in details.items() if k != "redacted"})
        return f"{facts} — {removed}" if facts else removed
    if kind == "case_purged":
        return QCoreApplication.translate(
            "Timeline",
            "kept {years} years after closing; %n document(s) destroyed",
            "",
            int(details.get("documents_destroyed", 0)),
        ).format(years=details.get("retention_years", ""))
    if kind == "cases_purged":
        return ", ".join(str(r) for r in details.get("references", []))
    if kind == "request_logged":
        return QCoreApplication.translate("Timeline", "received {received}, due {due}").format(
            received=_day(details.get("received_on", "")), due=_day(details.get("due_on", ""))
        )
    if kind == "status_changed":
        text = labels.show(labels.STATUS, str(details.get("to", "")))
        return text + (f" — {details['reason']}" if details.get("reason") else "")
    if kind == "extended":
        return QCoreApplication.translate("Timeline", "to {date}: {reason}").format(
            date=_day(details.get("new_deadline", "")), reason=details.get("reason", "")
        )
    if kind == "pause_started" and details.get("late"):
        return QCoreApplication.translate("Timeline", "asked late: the clock keeps running")
    if kind == "pause_ended":
        return QCoreApplication.translate("Timeline", "%n day(s) paused", "", int(details.get("days", 0)))
    if kind in ("letter_created", "letter_sent"):
        text = kind_label(str(details.get("letter", "")))
        number = details.get("registered_mail_no")
        if not number:
            return text
        return QCoreApplication.translate("Timeline", "{letter} — registered mail {number}").format(
            letter=text, number=number
        )
    if kind == "request_corrected":
        return _corrections(details)
    if kind == "withdrawal_undone":
        return labels.show(labels.STATUS, str(details.get("to", "")))
    if kind == "pause_started":
        return labels.show(labels.PAUSE, str(details.get("reason", "")))
    if kind == "identity_verified":
        if details.get("note"):
            return labels.identity_note(str(details["note"]), short_day)
        return labels.show(labels.METHOD, str(details.get("method", "")))
    if kind == "assigned":
        return str(details.get("to", "")) or QCoreApplication.translate("Timeline", "nobody")
    for key in ("text", "reason", "doubt", "filename", "note", "method", "legal_name"):
        if details.get(key):
            return str(details[key])
    return ""


def _shown_value(field: str, value: Any) -> str:
    if field in ("received_on", "deadline"):
        return _day(value)
    if field == "channel":
        return labels.show(labels.CHANNEL, str(value))
    if field == "rights":
        return ", ".join(labels.show(labels.RIGHT, str(r)) for r in value)
    return str(value).replace("\n", ", ") or "—"


def _corrections(details: dict[str, Any]) -> str:
    """Each field corrected, old → new, then the deadline when it moved."""
    changes = dict(details.get("changes", {}))
    if details.get("deadline"):
        changes["deadline"] = details["deadline"]
    parts = [
        f"{labels.show(labels.CORRECTED_FIELD, field)}: {_shown_value(field, change.get('from', ''))} → "
        f"{_shown_value(field, change.get('to', ''))}"
        for field, change in changes.items()
    ]
    text = "; ".join(parts)
    if details.get("undoes"):
        text = QCoreApplication.translate("Timeline", "undone: {changes}").format(changes=text)
    return text


class EventTableModel(RowsTableModel[EventView]):
    CONTEXT = "Timeline"
    HEADERS = HEADERS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        event = self._rows[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            if role == Qt.ItemDataRole.ToolTipRole:
                recorded = short_moment(datetime.fromisoformat(event.at), seconds=True)
                return QCoreApplication.translate("Timeline", "Recorded {when}").format(when=recorded)
            return recorded_day(event)
        if column == 1:
            return event.user
        if column == 2:
            return labels.show(labels.EVENT, event.kind)
        return describe_details(event)
