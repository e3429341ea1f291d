"""Undo for the last change of a session, where it can be undone safely.

Undoing never erases history: it is a new change, recorded with the one it undoes. It is offered
only for the changes whose inverse is exact (a correction, a withdrawal as logged in error, an
assignment), and only while it is still the last thing recorded in the case file: a note, a
letter, a status changed, anyone's change in between makes the undo refused, in words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.channels import Channel
from ..domain.rights import Right
from ..explained import Words
from ..storage.models import Event
from . import cases, corrections
from .errors import QT_TRANSLATE_NOOP, ActionRefused
from .views import Outcome

# What the Edit menu says after "Undo", per kind of change.
WHAT = {
    "correction": QT_TRANSLATE_NOOP("Services", "correction of {reference}"),
    "logged_in_error": QT_TRANSLATE_NOOP("Services", "withdrawal of {reference}"),
    "assigned": QT_TRANSLATE_NOOP("Services", "assignment of {reference}"),
}


@dataclass(frozen=True)
class Undoable:
    kind: str  # a key of WHAT
    reference: str
    event_seq: int  # the change's event: it must still be the request's last one
    before: dict[str, Any] = field(default_factory=dict)


def what(change: Undoable) -> Words:
    """The change in words, for "Undo …" in the Edit menu."""
    return Words(WHAT[change.kind], reference=change.reference)


def last_event_seq(session: Session, reference: str) -> int:
    request = cases.load_request(session, reference)
    seq = session.scalar(select(Event.seq).where(Event.request_id == request.id).order_by(Event.seq.desc()))
    assert seq is not None  # a request is logged by an event, so it has one
    return int(seq)


def _correction_back(before: dict[str, dict[str, Any]]) -> corrections.Correction:
    values = {name: change["from"] for name, change in before.items()}
    return corrections.Correction(
        first_name=values.get("first_name"),
        last_name=values.get("last_name"),
        postal_address=values.get("postal_address"),
        received_on=date.fromisoformat(values["received_on"]) if "received_on" in values else None,
        channel=Channel(values["channel"]) if "channel" in values else None,
        rights=tuple(Right(r) for r in values["rights"]) if "rights" in values else None,
    )


def still_last(session: Session, change: Undoable) -> bool:
    """Whether the change is still the last thing recorded in the case file (by anyone)."""
    return session.scalar(select(Event.seq).order_by(Event.seq.desc()).limit(1)) == change.event_seq


def _refuse_if_changed_since(session: Session, change: Undoable) -> None:
    if not still_last(session, change):
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Something was recorded since the {change} (see the history): it can no longer be undone safely.",
            ),
            change=what(change),
        )


def undo(session: Session, change: Undoable, *, user: str, today: date) -> Outcome:
    """Put back what `change` changed, as a new change in the history."""
    _refuse_if_changed_since(session, change)
    if change.kind == "correction":
        done = corrections.correct_request(
            session,
            change.reference,
            _correction_back(change.before),
            user=user,
            today=today,
            undoing=change.event_seq,
        )
        return done.outcome
    if change.kind == "logged_in_error":
        return corrections.restore_withdrawn(
            session, change.reference, change.before, user=user, undoing=change.event_seq
        )
    if change.kind == "assigned":
        return cases.assign(session, change.reference, change.before["assignee"], user=user)
    raise ValueError(change.kind)
