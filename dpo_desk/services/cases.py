"""Logging and working a rights request. Each public function is one user action.

Every function takes the caller's Session (one transaction per action, opened by the caller),
the acting user, and the day it happens (`on`), so that nothing depends on the clock implicitly.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import mimetypes
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..domain.calendars import calendar_for, parse_region
from ..domain.case_actions import can_extend, can_resume
from ..domain.civility import Civility, parse_civility
from ..domain.deadlines import ExtensionRule, compute_deadlines
from ..domain.identity import (
    IdentityState,
    VerificationMethod,
    check_identity_step,
    verification_note,
)
from ..domain.pauses import PausePeriod, PauseReason, counted_paused_days, is_late
from ..domain.people import disguising_characters
from ..domain.references import format_reference
from ..domain.statuses import DPO_DECISIONS, Status, TransitionError, check_transition, closing_day
from ..explained import Words
from ..storage import blobs
from ..storage.door import plain
from ..storage.models import (
    Attachment,
    AttachmentBlob,
    Organisation,
    Pause,
    Person,
    Request,
    RequestRight,
)
from ..storage.queries.search import matching_request_ids
from . import case_list, events, proxies, request_detail, search
from .case_list import ListFilter
from .errors import QT_TRANSLATE_NOOP, ActionRefused, NotFound
from .members import require_dpo
from .organisation_lookup import get_organisation
from .views import (
    DirectivesInput,
    FileInput,
    NewRequest,
    Outcome,
    PersonInput,
    PersonSuggestion,
    RequestDetail,
    RequestRow,
)

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
ID_DOCUMENT = "id_document"


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# Reading --------------------------------------------------------------------------------------


def load_request(session: Session, reference: str) -> Request:
    request = session.scalar(
        select(Request)
        .where(Request.reference == reference.strip().upper())
        .options(selectinload(Request.rights), selectinload(Request.pauses), selectinload(Request.attachments))
    )
    if request is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "Services",
                "There is no request with the reference {name}.",
            ),
            name=reference.strip().upper(),
        )
    return request


def get_request(session: Session, reference: str, *, today: date) -> RequestDetail:
    """Everything the case pane shows (see request_detail.py), seeing this session's own changes."""
    return request_detail.get_request(plain(session), reference, today=today)


DECISION_WORDS = {
    Status.REFUSED: QT_TRANSLATE_NOOP("Services", "refuse a request"),
    Status.PARTIALLY_REFUSED: QT_TRANSLATE_NOOP("Services", "refuse a request in part"),
}

# `== True`, not `.is_(True)`: SQLite's "IS true" is a boolean test that cannot use an index.
_OPEN = Request.is_open == True  # noqa: E712


def count_requests(session: Session, flt: ListFilter, *, today: date) -> int:
    return case_list.count_requests(plain(session), flt, today=today)


def list_requests(session: Session, flt: ListFilter, *, today: date) -> list[RequestRow]:
    """Requests matching `flt` (see case_list.py), seeing this session's own changes."""
    return case_list.list_requests(plain(session), flt, today=today)


# Logging a request ---------------------------------------------------------------------------


def refuse_disguise(person: PersonInput) -> None:
    """Refuse a person whose name or details hide characters that disguise them (domain/people.py)."""
    fields = [
        (QT_TRANSLATE_NOOP("Services", "first name"), person.first_name, False),
        (QT_TRANSLATE_NOOP("Services", "last name"), person.last_name, False),
        (QT_TRANSLATE_NOOP("Services", "postal address"), person.postal_address, True),
        *((QT_TRANSLATE_NOOP("Services", "email address"), e, False) for e in person.emails),
        *((QT_TRANSLATE_NOOP("Services", "identifier"), f"{k}{v}", False) for k, v in person.identifiers.items()),
    ]
    for what, value, multiline in fields:
        codes = disguising_characters(value, multiline=multiline)
        if codes:
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The {what} holds invisible or direction-changing characters ({codes}) that would disguise it "
                    "in lists and letters; nothing was changed. Type it again without them.",
                ),
                what=what,
                codes=", ".join(codes),
            )


def _civility(value: str) -> Civility:
    try:
        return parse_civility(value)
    except ValueError:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The civility is Madame, Monsieur or none, not “{value}”.",
            ),
            value=value,
        ) from None


def _clean_person(person: PersonInput) -> PersonInput:
    refuse_disguise(person)
    emails = tuple(dict.fromkeys(e.strip().lower() for e in person.emails if e.strip()))
    for email in emails:
        if not _EMAIL.match(email):
            raise ActionRefused(
                QT_TRANSLATE_NOOP("Services", "“{email}” does not look like an email address."), email=email
            )
    cleaned = PersonInput(
        first_name=person.first_name.strip(),
        last_name=person.last_name.strip(),
        emails=emails,
        postal_address=person.postal_address.strip(),
        identifiers={k.strip(): v.strip() for k, v in person.identifiers.items() if k.strip() and v.strip()},
        civility=_civility(person.civility).value,
    )
    if not (cleaned.first_name or cleaned.last_name or cleaned.emails):
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Say who the request is from: a name or an email address at least.",
            )
        )
    return cleaned


def _people_with_email(session: Session, org: Organisation, email: str) -> list[Person]:
    """People of `org` with this exact address, found through the search index (not by a scan)."""
    wanted = email.strip().lower()
    query = search.phrase_in("emails", wanted)
    if query is None:
        return []
    hits = matching_request_ids(query)
    candidates = session.scalars(
        select(Person)
        .join(Request, Request.person_id == Person.id)
        .where(Person.organisation_id == org.id, Request.id.in_(hits))
        .distinct()
    )
    return [p for p in candidates if wanted in (e.lower() for e in p.emails)]


def _find_person(session: Session, org: Organisation, person: PersonInput) -> Person | None:
    """An existing data subject of `org` with one of the same email addresses."""
    for email in person.emails:
        found = _people_with_email(session, org, email)
        if found:
            return found[0]
    return None


def suggest_people(
    session: Session, organisation_code: str | None, *, name: str = "", email: str = "", limit: int = 5
) -> list[PersonSuggestion]:
    """People already on file who may be the sender: same email address, or names matching."""
    org = get_organisation(session, organisation_code)
    found: dict[int, Person] = {}
    for candidate in _people_with_email(session, org, email):
        found[candidate.id] = candidate
    expression = search.match_expression(name)
    if expression is not None and len(name.strip()) >= 2:
        column_query = "person : (" + expression + ")"
        rows = session.execute(
            select(Person)
            .join(Request, Request.person_id == Person.id)
            .where(
                Person.organisation_id == org.id,
                Request.id.in_(matching_request_ids(column_query)),
            )
            .distinct()
            .limit(limit)
        ).scalars()
        for candidate in rows:
            found.setdefault(candidate.id, candidate)
    suggestions = []
    for person in list(found.values())[:limit]:
        last = session.scalar(
            select(Request.reference).where(Request.person_id == person.id).order_by(Request.id.desc()).limit(1)
        )
        suggestions.append(
            PersonSuggestion(person.id, person.display_name, list(person.emails), person.postal_address, last or "")
        )
    return suggestions


def _next_number(session: Session, org: Organisation, year: int) -> int:
    current = session.scalar(
        select(func.max(Request.number)).where(Request.organisation_id == org.id, Request.year == year)
    )
    return (current or 0) + 1


def add_request(session: Session, new: NewRequest, *, user: str, today: date) -> Outcome:
    """Log a request as received on `new.received_on` (the delivery date, not the opening date)."""
    if new.received_on > today:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The date received ({received_on}) is in the future; use the day the request was delivered.",
            ),
            received_on=new.received_on,
        )
    if not new.rights:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Tick at least one right the person is exercising.",
            )
        )
    org = get_organisation(session, new.organisation_code)
    person: Person | None
    if new.person_id is not None:
        person = session.get(Person, new.person_id)
        if person is None or person.organisation_id != org.id:
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The person chosen is not on file for this organisation.",
                )
            )
        person_input = new.person
    else:
        person_input = _clean_person(new.person)
        person = _find_person(session, org, person_input)
    matched = person is not None
    if person is not None and new.person.civility.strip():
        person.civility = _civility(new.person.civility).value  # the civility the person gives now
    if person is None:
        person = Person(
            organisation_id=org.id,
            first_name=person_input.first_name,
            last_name=person_input.last_name,
            emails=list(person_input.emails),
            postal_address=person_input.postal_address,
            identifiers=dict(person_input.identifiers),
            civility=person_input.civility,
            created_at=events.now(session),
        )
        session.add(person)
        session.flush()
    year = new.received_on.year
    number = _next_number(session, org, year)
    request = Request(
        organisation_id=org.id,
        person_id=person.id,
        reference=format_reference(org.code, year, number),
        year=year,
        number=number,
        channel=new.channel.value,
        received_on=new.received_on,
        logged_at=events.now(session),
        logged_by=user,
        registered_mail_no=new.registered_mail_no.strip(),
        message_id=new.message_id.strip(),
        summary=new.summary.strip(),
        assignee=new.assignee.strip(),
        status=Status.RECEIVED.value,
        is_open=True,
        rights=[RequestRight(right=r.value) for r in dict.fromkeys(new.rights)],
    )
    request.organisation, request.person = org, person
    _refresh_deadlines(request, today)
    session.add(request)
    session.flush()
    events.record(
        session,
        user=user,
        kind="request_logged",
        request=request,
        details={
            "channel": request.channel,
            "received_on": request.received_on.isoformat(),
            "rights": [r.right for r in request.rights],
            "due_on": request.due_on.isoformat(),
            "registered_mail_no": request.registered_mail_no,
        },
    )
    if new.proxy is not None:
        proxies.record_proxy(session, request, new.proxy, user=user)
    if new.directives is not None:
        proxies.record_directives(session, request, new.directives, user=user)
    for item in new.files:
        _attach(session, request, item, user=user)
    search.index_request(session, request)
    return Outcome(request.reference, matched_person=matched)


# Deadlines, status, pauses --------------------------------------------------------------------


def _refresh_deadlines(request: Request, today: date) -> None:
    org = request.organisation
    periods = [PausePeriod(p.started_on, p.ended_on, PauseReason(p.reason), p.late) for p in request.pauses]
    closed = counted_paused_days([p for p in periods if p.ended_on is not None], today)
    deadlines = compute_deadlines(
        request.received_on,
        calendar_for(parse_region(org.holiday_region), bool(org.count_customary_days)),
        paused_days=closed,
        rule=ExtensionRule(org.extension_rule),
    )
    request.due_on = deadlines.due
    request.extended_due_on = deadlines.extended_due
    # An extension counts once its notice went out by the first deadline (services/clock.py).
    notified = request.extended and request.extension_notified_on is not None
    request.deadline_on = deadlines.extended_due if notified else deadlines.due
    running = [p for p in periods if p.ended_on is None and not p.late]
    request.paused_since = running[0].started_on if running else None


def refresh_request_deadlines(request: Request, today: date) -> None:
    """Recompute one request's stored deadlines (after its extension notice was sent)."""
    _refresh_deadlines(request, today)


def refresh_open_deadlines(session: Session, org: Organisation, today: date) -> int:
    """Recompute the stored deadlines of an organisation's open requests (after a settings change)."""
    requests = session.scalars(
        select(Request).where(Request.organisation_id == org.id, _OPEN).options(selectinload(Request.pauses))
    ).all()
    for request in requests:
        _refresh_deadlines(request, today)
    return len(requests)


def _check_day(request: Request, on: date, today: date) -> None:
    if on > today:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "{on} is in the future.",
            ),
            on=on,
        )
    if on < request.received_on:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "{on} is before the request was received ({received_on}).",
            ),
            on=on,
            received_on=request.received_on,
        )


def change_status(
    session: Session, reference: str, new: Status, *, user: str, on: date, today: date, reason: str = ""
) -> Outcome:
    if new in DPO_DECISIONS:
        require_dpo(session, user, DECISION_WORDS[new])
    request = load_request(session, reference)
    current = Status(request.status)
    _check_day(request, on, today)
    try:
        check_transition(current, new, reason)
    except TransitionError as exc:
        raise ActionRefused(str(exc)) from None
    if new is Status.AWAITING_IDENTITY and request.identity_state != IdentityState.REQUESTED.value:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Ask for proof of identity first, saying what raises a reasonable doubt (Art. 12(6)): the "
                "request then waits for the identity.",
            )
        )
    outcome = Outcome(request.reference)
    open_pause = next((p for p in request.pauses if p.ended_on is None), None)
    if open_pause is not None and new.pause_reason is None:
        if on < open_pause.started_on:
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The pause started on {started_on}; it cannot end before.",
                ),
                started_on=open_pause.started_on,
            )
        open_pause.ended_on = on
        events.record(
            session,
            user=user,
            kind="pause_ended",
            request=request,
            details={
                "reason": open_pause.reason,
                "ended_on": on.isoformat(),
                "days": (on - open_pause.started_on).days,
                "counted": not open_pause.late,
            },
        )
    if new.pause_reason is not None:
        if open_pause is not None:
            open_pause.ended_on = on
        late = is_late(request.received_on, on, request.organisation.grace_days)
        request.pauses.append(Pause(reason=new.pause_reason.value, started_on=on, late=late))
        if late:
            outcome.warnings.append(
                Words(
                    QT_TRANSLATE_NOOP(
                        "Services",
                        "Information was asked for {days} days after receipt, later than the "
                        "{grace_days} days this organisation allows: the clock keeps running (EDPB "
                        "01/2022 §159). The deadline stays {deadline_on}.",
                    ),
                    days=(on - request.received_on).days,
                    grace_days=request.organisation.grace_days,
                    deadline_on=request.deadline_on,
                )
            )
        events.record(
            session,
            user=user,
            kind="pause_started",
            request=request,
            details={"reason": new.pause_reason.value, "started_on": on.isoformat(), "late": late},
        )
    request.status = new.value
    request.is_open = new.is_open
    request.status_reason = reason.strip()
    if new is Status.ANSWERED:
        request.answered_on = on
    request.closed_on = closing_day(new, on, request.closed_on)
    _refresh_deadlines(request, today)
    events.record(
        session,
        user=user,
        kind="status_changed",
        request=request,
        details={
            "from": current.value,
            "to": new.value,
            "on": on.isoformat(),
            "reason": reason.strip(),
        },
    )
    return outcome


def pause(
    session: Session, reference: str, why: PauseReason, *, user: str, on: date, today: date, reason: str = ""
) -> Outcome:
    """Stop the clock while waiting for the data subject (identity or clarification); `reason`: what was asked."""
    target = Status.AWAITING_IDENTITY if why is PauseReason.IDENTITY else Status.AWAITING_CLARIFICATION
    return change_status(session, reference, target, user=user, on=on, today=today, reason=reason)


def resume(session: Session, reference: str, *, user: str, on: date, today: date) -> Outcome:
    """The information arrived on `on`: the clock runs again."""
    request = load_request(session, reference)
    if not can_resume(request.status):
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "{reference} is not paused.",
            ),
            reference=request.reference,
        )
    return change_status(session, reference, Status.IN_PROGRESS, user=user, on=on, today=today)


def extend(session: Session, reference: str, reason: str, *, user: str, on: date, today: date) -> Outcome:
    """Extend by two further months (Art. 12(3)): only with reasons, and within the first month.

    The extension is dated the day it is recorded, never earlier; it counts (the deadline moves)
    once its notice is sent, by the first deadline (services/clock.py).
    """
    require_dpo(session, user, QT_TRANSLATE_NOOP("Services", "extend a deadline"))
    request = load_request(session, reference)
    if on != today:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "An extension is dated the day it is recorded ({today}); it cannot be dated {on}.",
            ),
            today=today,
            on=on,
        )
    _check_day(request, on, today)
    if not can_extend(request.status, request.extended):  # the rule the Extend button follows
        if not Status(request.status).is_open:
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "{reference} is no longer open; it cannot be extended.",
                ),
                reference=request.reference,
            )
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "{reference} is already extended to {extended_due_on}.",
            ),
            reference=request.reference,
            extended_due_on=request.extended_due_on,
        )
    if not reason.strip():
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "An extension needs its reasons (complexity, number of requests): they go to the data subject.",
            )
        )
    if on > request.due_on:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Too late to extend: the data subject had to be told by {due_on}, within the first month (Art. 12(3)).",
            ),
            due_on=request.due_on,
        )
    request.extended = True
    request.extension_reason = reason.strip()
    request.extended_on = on
    request.extension_notified_on = None
    _refresh_deadlines(request, today)
    events.record(
        session,
        user=user,
        kind="extended",
        request=request,
        details={
            "reason": reason.strip(),
            "on": on.isoformat(),
            "new_deadline": request.extended_due_on.isoformat(),
            "notice_by": request.due_on.isoformat(),
        },
    )
    # The case's deadline words say that it counts once its notice is sent (domain/deadline_words.py).
    return Outcome(request.reference)


def check_authority(
    session: Session,
    reference: str,
    *,
    authority_proof: str = "",
    death_proof: str = "",
    user: str,
    on: date,
    today: date,
) -> Outcome:
    """Whoever acted for the person: their identity and authority checked on these proofs."""
    request = load_request(session, reference)
    proxies.check_authority(
        session, request, authority_proof=authority_proof, death_proof=death_proof, user=user, on=on, today=today
    )
    return Outcome(request.reference)


def record_directives(session: Session, reference: str, directives: DirectivesInput, *, user: str) -> Outcome:
    request = load_request(session, reference)
    proxies.record_directives(session, request, directives, user=user)
    return Outcome(request.reference)


def assign(session: Session, reference: str, assignee: str, *, user: str) -> Outcome:
    request = load_request(session, reference)
    previous = request.assignee
    request.assignee = assignee.strip()
    events.record(
        session, user=user, kind="assigned", request=request, details={"from": previous, "to": request.assignee}
    )
    search.index_request(session, request)
    return Outcome(request.reference)


def add_note(session: Session, reference: str, note: str, *, user: str) -> Outcome:
    if not note.strip():
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The note is empty.",
            )
        )
    request = load_request(session, reference)
    events.record(session, user=user, kind="note", request=request, details={"text": note.strip()})
    return Outcome(request.reference)


# Identity ------------------------------------------------------------------------------------


def _identity_step(request: Request, new: IdentityState) -> None:
    try:
        check_identity_step(IdentityState(request.identity_state), new)
    except ValueError as exc:
        raise ActionRefused(str(exc)) from None


def request_identity(session: Session, reference: str, doubt: str, *, user: str, on: date, today: date) -> Outcome:
    """Ask for proof of identity: only on reasonable doubt (Art. 12(6)), which must be stated."""
    if not doubt.strip():
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Say what raises a reasonable doubt about the person's identity: asking for proof is not "
                "systematic (Art. 12(6), EDPB 01/2022 §§70-73).",
            )
        )
    request = load_request(session, reference)
    _identity_step(request, IdentityState.REQUESTED)
    request.identity_state = IdentityState.REQUESTED.value
    request.identity_doubt = doubt.strip()
    request.identity_requested_on = on
    events.record(
        session,
        user=user,
        kind="identity_requested",
        request=request,
        details={"doubt": doubt.strip(), "on": on.isoformat()},
    )
    if Status(request.status) is not Status.AWAITING_IDENTITY:
        return change_status(session, reference, Status.AWAITING_IDENTITY, user=user, on=on, today=today)
    return Outcome(request.reference)


def identity_received(
    session: Session, reference: str, *, user: str, on: date, today: date, document: FileInput | None = None
) -> Outcome:
    """The proof arrived on `on`: the clock runs again."""
    request = load_request(session, reference)
    _check_day(request, on, today)
    if request.identity_requested_on is not None and on < request.identity_requested_on:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The proof cannot have arrived on {on}: it was asked for on {asked_on}.",
            ),
            on=on,
            asked_on=request.identity_requested_on,
        )
    _identity_step(request, IdentityState.RECEIVED)
    request.identity_state = IdentityState.RECEIVED.value
    if document is not None:
        _attach(session, request, dataclasses.replace(document, kind=ID_DOCUMENT), user=user)
    events.record(session, user=user, kind="identity_received", request=request, details={"on": on.isoformat()})
    if Status(request.status) is Status.AWAITING_IDENTITY:
        return change_status(session, reference, Status.IN_PROGRESS, user=user, on=on, today=today)
    return Outcome(request.reference)


def verify_identity(
    session: Session, reference: str, method: VerificationMethod, *, user: str, on: date, today: date
) -> Outcome:
    """Mark the identity verified; any ID document copy is destroyed, leaving only a note (EDPB §79)."""
    request = load_request(session, reference)
    _identity_step(request, IdentityState.VERIFIED)
    proxies.require_authority_checked(request)
    request.identity_state = IdentityState.VERIFIED.value
    request.identity_method = method.value
    request.identity_verified_on = on
    request.identity_verified_by = user
    request.identity_note = verification_note(method, on.isoformat(), user)
    for attachment in request.attachments:
        if attachment.kind == ID_DOCUMENT and attachment.destroyed_at is None:
            _destroy(session, attachment, user=user)
            events.record(
                session,
                user=user,
                kind="id_document_destroyed",
                request=request,
                details={"attachment_id": attachment.id, "sha256": attachment.sha256},
            )
    events.record(
        session,
        user=user,
        kind="identity_verified",
        request=request,
        details={"method": method.value, "on": on.isoformat(), "note": request.identity_note},
    )
    if Status(request.status) is Status.AWAITING_IDENTITY:
        return change_status(session, reference, Status.IN_PROGRESS, user=user, on=on, today=today)
    return Outcome(request.reference)


def identity_failed(session: Session, reference: str, reason: str, *, user: str) -> Outcome:
    if not reason.strip():
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Say why the identity could not be verified: it goes into the refusal letter.",
            )
        )
    request = load_request(session, reference)
    _identity_step(request, IdentityState.FAILED)
    request.identity_state = IdentityState.FAILED.value
    request.identity_note = reason.strip()
    events.record(session, user=user, kind="identity_failed", request=request, details={"reason": reason.strip()})
    return Outcome(request.reference)


# Attachments ---------------------------------------------------------------------------------

_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*\u202a-\u202e\u2066-\u2069]')


def safe_filename(name: str) -> str:
    """A name to show and to export under: no folders, no control or bidi characters, not too long."""
    base = re.split(r"[\\/]", name)[-1]
    base = unicodedata.normalize("NFC", _UNSAFE.sub("_", base)).strip(" .")
    if not base:
        base = "attachment"
    stem, dot, ext = base.rpartition(".")
    if dot and len(ext) <= 10:
        return stem[: 150 - len(ext) - 1] + "." + ext if stem else base[:150]
    return base[:150]


def _too_large(filename: str, size: int) -> ActionRefused:
    return ActionRefused(
        QT_TRANSLATE_NOOP(
            "Services",
            "{filename} is {megabytes:.1f} MB; attachments are limited to {limit} MB. Scan it at a "
            "lower resolution or split it.",
        ),
        filename=filename,
        megabytes=size / 1024 / 1024,
        limit=MAX_ATTACHMENT_BYTES // 1024 // 1024,
    )


def file_from_path(path: Path, kind: str = "document") -> FileInput:
    """The file at `path` as an attachment, refused by its size before it is read (issue #19).

    A regular file is only opened here (so that one that cannot be read says so now): its bytes are
    read when it is stored, a chunk at a time. Anything else (a pipe, a device that reports no size)
    is read now, at most the limit plus one byte, so that it too is refused without being read whole.
    """
    with open(path, "rb") as handle:
        status = os.fstat(handle.fileno())
        if status.st_size > MAX_ATTACHMENT_BYTES:
            raise _too_large(path.name, status.st_size)
        if stat.S_ISREG(status.st_mode):
            return FileInput(path.name, b"", kind, path=path)
        data = handle.read(MAX_ATTACHMENT_BYTES + 1)
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise _too_large(path.name, len(data))
    return FileInput(path.name, data, kind)


def _cannot_read(name: str, exc: OSError) -> ActionRefused:
    return ActionRefused(QT_TRANSLATE_NOOP("Services", "Cannot read {name}: {why}"), name=name, why=exc.strerror)


def _source(item: FileInput) -> contextlib.AbstractContextManager[io.BufferedIOBase]:
    return open(item.path, "rb") if item.path is not None else contextlib.nullcontext(io.BytesIO(item.data))


def _read(handle: io.BufferedIOBase, size: int, digest: hashlib._Hash) -> Iterator[bytes]:
    """`size` bytes of `handle`, a chunk at a time, into `digest`; one more if the file grew meanwhile."""
    left = size
    while left:
        chunk = handle.read(min(blobs.CHUNK, left))
        if not chunk:
            return
        digest.update(chunk)
        left -= len(chunk)
        yield chunk
    yield handle.read(1)


def _attach(session: Session, request: Request, item: FileInput, *, user: str) -> Attachment:
    """The document stored with the case, streamed into the file: memory holds a chunk of it, not all."""
    name = safe_filename(item.filename)
    try:
        with _source(item) as handle:
            size = os.fstat(handle.fileno()).st_size if item.path is not None else len(item.data)
            if size > MAX_ATTACHMENT_BYTES:
                raise _too_large(item.filename, size)
            attachment = Attachment(
                kind=item.kind,
                filename=name,
                media_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
                size=size,
                sha256="",
                added_at=events.now(session),
                added_by=user,
            )
            request.attachments.append(attachment)
            session.flush()
            digest = hashlib.sha256()
            try:
                blobs.store(session, attachment.id, size, _read(handle, size, digest))
            except blobs.SizeMismatch:
                raise ActionRefused(
                    QT_TRANSLATE_NOOP(
                        "Services", "{filename} changed while it was being read; nothing was added. Add it again."
                    ),
                    filename=item.filename,
                ) from None
    except OSError as exc:
        raise _cannot_read(item.filename, exc) from None
    attachment.sha256 = digest.hexdigest()
    session.flush()
    events.record(
        session,
        user=user,
        kind="attachment_added",
        request=request,
        details={
            "attachment_id": attachment.id,
            "filename": name,
            "kind": item.kind,
            "size": attachment.size,
            "sha256": attachment.sha256,
        },
    )
    return attachment


def _destroy(session: Session, attachment: Attachment, *, user: str) -> None:
    session.execute(AttachmentBlob.__table__.delete().where(AttachmentBlob.attachment_id == attachment.id))
    attachment.destroyed_at = events.now(session)
    attachment.destroyed_by = user


def add_attachment(session: Session, reference: str, item: FileInput, *, user: str) -> Outcome:
    request = load_request(session, reference)
    _attach(session, request, item, user=user)
    return Outcome(request.reference)


def attachment_bytes(session: Session, attachment_id: int) -> tuple[str, str, bytes]:
    """(file name, media type, content) of a document still held."""
    row = session.execute(
        select(Attachment.filename, Attachment.media_type)
        .join(AttachmentBlob, AttachmentBlob.attachment_id == Attachment.id)
        .where(Attachment.id == attachment_id)
    ).first()
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "Services",
                "That attachment does not exist, or it was destroyed after its check.",
            )
        )
    return row[0], row[1], b"".join(blobs.chunks(session, attachment_id))


def copy_attachment(session: Session, attachment_id: int, out: BinaryIO) -> int:
    """A document still held written to `out` a chunk at a time; its size (NotFound when not held)."""
    held = session.execute(
        select(AttachmentBlob.attachment_id).where(AttachmentBlob.attachment_id == attachment_id)
    ).first()
    if held is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "Services",
                "That attachment does not exist, or it was destroyed after its check.",
            )
        )
    size = 0
    for chunk in blobs.chunks(session, attachment_id):
        out.write(chunk)
        size += len(chunk)
    return size
