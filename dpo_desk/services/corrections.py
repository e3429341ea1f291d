"""Correcting what was logged, and withdrawing an entry logged in error.

A correction is a change like any other: the history records each field's old and new value, and
the deadlines are counted again from the corrected date of receipt. Nothing is rewritten in place
without a trace: the first entry stays in the history as it was logged.

An entry that was never a request (a letter for another department, one logged twice) is withdrawn
by a DPO as "logged in error", with the reason: it stays in the history and the case list, and
counts nowhere (dashboard, activity report).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.case_actions import can_correct
from ..domain.channels import Channel
from ..domain.rights import Right
from ..domain.statuses import Status, closing_day
from ..storage.models import Request, RequestRight
from . import events, search
from .cases import PersonInput, _refresh_deadlines, load_request, refuse_disguise
from .errors import QT_TRANSLATE_NOOP, ActionRefused
from .members import require_dpo
from .views import Outcome

PERSON_FIELDS = ("first_name", "last_name", "postal_address")
REQUEST_FIELDS = ("received_on", "channel", "rights")


@dataclass(frozen=True)
class Correction:
    """The new values; a field left None keeps what was logged."""

    first_name: str | None = None
    last_name: str | None = None
    postal_address: str | None = None
    received_on: date | None = None
    channel: Channel | None = None
    rights: tuple[Right, ...] | None = None


@dataclass(frozen=True)
class Corrected:
    outcome: Outcome
    changes: dict[str, dict[str, Any]]  # field -> {"from": old, "to": new}, as the history has them
    event_seq: int


def current_values(request: Request) -> dict[str, Any]:
    """The correctable fields, as the history writes them (dates ISO, rights sorted values)."""
    return {
        "first_name": request.person.first_name,
        "last_name": request.person.last_name,
        "postal_address": request.person.postal_address,
        "received_on": request.received_on.isoformat(),
        "channel": request.channel,
        "rights": sorted(r.right for r in request.rights),
    }


def values_of(session: Session, reference: str) -> dict[str, Any]:
    """What the correction form starts from: the values as logged or last corrected."""
    return current_values(load_request(session, reference))


def _wanted(correction: Correction) -> dict[str, Any]:
    wanted: dict[str, Any] = {}
    for name in PERSON_FIELDS:
        value = getattr(correction, name)
        if value is not None:
            wanted[name] = value.strip()
    if correction.received_on is not None:
        wanted["received_on"] = correction.received_on.isoformat()
    if correction.channel is not None:
        wanted["channel"] = correction.channel.value
    if correction.rights is not None:
        wanted["rights"] = sorted({r.value for r in correction.rights})
    return wanted


def _refuse_unless_correctable(request: Request) -> None:
    if not can_correct(request.status):  # the rule the Edit menu follows
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "{reference} was withdrawn as logged in error; it cannot be corrected."),
            reference=request.reference,
        )


def _check_received(request: Request, received: date, today: date) -> None:
    if received > today:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The date received ({received_on}) is in the future; use the day the request was delivered.",
            ),
            received_on=received,
        )
    # Nothing recorded on the case may then come before its receipt.
    steps = [p.started_on for p in request.pauses]
    steps += [d for d in (request.extended_on, request.answered_on, request.identity_requested_on) if d]
    if request.closed_on is not None:
        steps.append(request.closed_on)
    if steps and received > min(steps):
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "{reference} cannot have been received on {received_on}: a step of the case is dated "
                "{first_step}, before it.",
            ),
            reference=request.reference,
            received_on=received,
            first_step=min(steps),
        )


def correct_request(
    session: Session, reference: str, correction: Correction, *, user: str, today: date, undoing: int | None = None
) -> Corrected:
    """Apply the correction; refused when it changes nothing or leaves the request without a right."""
    request = load_request(session, reference)
    _refuse_unless_correctable(request)
    before = current_values(request)
    wanted = _wanted(correction)
    changes = {name: {"from": before[name], "to": value} for name, value in wanted.items() if before[name] != value}
    if not changes:
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "Nothing to correct: {reference} already says so."),
            reference=request.reference,
        )
    if "rights" in changes and not changes["rights"]["to"]:
        raise ActionRefused(QT_TRANSLATE_NOOP("Services", "Tick at least one right the person is exercising."))
    if any(name in changes for name in PERSON_FIELDS):
        first = wanted.get("first_name", request.person.first_name)
        last = wanted.get("last_name", request.person.last_name)
        if not (first or last or request.person.emails):
            raise ActionRefused(
                QT_TRANSLATE_NOOP("Services", "Give the person's name or an email: both cannot be empty.")
            )
        address = wanted.get("postal_address", request.person.postal_address)
        refuse_disguise(PersonInput(first_name=first, last_name=last, postal_address=address))
    if "received_on" in changes:
        _check_received(request, date.fromisoformat(changes["received_on"]["to"]), today)
    old_deadline = request.deadline_on
    for name in PERSON_FIELDS:
        if name in changes:
            setattr(request.person, name, changes[name]["to"])
    if "received_on" in changes:
        request.received_on = date.fromisoformat(changes["received_on"]["to"])
    if "channel" in changes:
        request.channel = changes["channel"]["to"]
    if "rights" in changes:
        request.rights = [RequestRight(right=r) for r in changes["rights"]["to"]]
    _refresh_deadlines(request, today)
    details: dict[str, Any] = {"changes": changes}
    if request.deadline_on != old_deadline:
        details["deadline"] = {"from": old_deadline.isoformat(), "to": request.deadline_on.isoformat()}
    if undoing is not None:
        details["undoes"] = undoing
    event = events.record(session, user=user, kind="request_corrected", request=request, details=details)
    _reindex_person(session, request)
    return Corrected(Outcome(request.reference), changes, event.seq)


def _reindex_person(session: Session, request: Request) -> None:
    """The person's name is in the search row of each of their requests."""
    others = session.scalars(select(Request).where(Request.person_id == request.person_id)).all()
    for item in others:
        search.index_request(session, item)


@dataclass(frozen=True)
class Withdrawn:
    outcome: Outcome
    previous: dict[str, Any]  # status, reason and closing day before, to put back on undo
    event_seq: int


def withdraw_logged_in_error(session: Session, reference: str, reason: str, *, user: str, today: date) -> Withdrawn:
    """A DPO withdraws an entry that was never a request; it stays in the history, out of the counts."""
    require_dpo(session, user, QT_TRANSLATE_NOOP("Services", "withdraw a request as logged in error"))
    request = load_request(session, reference)
    if not can_correct(request.status):
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "{reference} is already withdrawn as logged in error."),
            reference=request.reference,
        )
    if not reason.strip():
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "Say why {reference} was logged in error: the reason stays in its history."),
            reference=request.reference,
        )
    previous = {
        "status": request.status,
        "reason": request.status_reason,
        "closed_on": request.closed_on.isoformat() if request.closed_on else None,
    }
    new = Status.LOGGED_IN_ERROR
    request.status, request.is_open, request.status_reason = new.value, new.is_open, reason.strip()
    request.closed_on = closing_day(new, today, request.closed_on)
    event = events.record(
        session,
        user=user,
        kind="logged_in_error",
        request=request,
        details={"from": previous["status"], "to": new.value, "reason": reason.strip(), "on": today.isoformat()},
    )
    search.index_request(session, request)
    return Withdrawn(Outcome(request.reference), previous, event.seq)


def restore_withdrawn(
    session: Session, reference: str, previous: dict[str, Any], *, user: str, undoing: int
) -> Outcome:
    """Undo a withdrawal: the request is back as it was, the history saying so."""
    request = load_request(session, reference)
    if request.status != Status.LOGGED_IN_ERROR.value:
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "{reference} is not withdrawn as logged in error."),
            reference=request.reference,
        )
    status = Status(previous["status"])
    request.status, request.is_open, request.status_reason = status.value, status.is_open, previous["reason"]
    request.closed_on = date.fromisoformat(previous["closed_on"]) if previous["closed_on"] else None
    events.record(
        session,
        user=user,
        kind="withdrawal_undone",
        request=request,
        details={"to": status.value, "undoes": undoing},
    )
    search.index_request(session, request)
    return Outcome(request.reference)
